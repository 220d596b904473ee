import { operations } from '../operations.js';
import type { PagePromise } from '../pagination.js';
import type { Order, OrderListQuery } from '../schemas/orders.js';
import type { RequestOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Orders and their tracking status. */
export class OrdersResource extends Resource {
  list(params: OrderListQuery = {}, options?: RequestOptions): PagePromise<Order> {
    return this.paginate<Order>(operations.listOrders, params, options);
  }

  retrieve(orderId: string, options?: RequestOptions): Promise<Order> {
    return this.transport.call(operations.retrieveOrder, { pathParams: { orderId }, options });
  }
}
