import { operations } from '../operations.js';
import type { PagePromise } from '../pagination.js';
import type { Order, OrderListQuery } from '../schemas/orders.js';
import type { RequestOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Orders and their tracking status. */
export class OrdersResource extends Resource {
  /** A page of orders (filter by `status`, `search` by number); `for await` the result to walk every page. */
  list(params: OrderListQuery = {}, options?: RequestOptions): PagePromise<Order> {
    return this.paginate<Order>(operations.listOrders, params, options);
  }

  /** One order with its tracking history and the invoices it produced. */
  retrieve(orderId: string, options?: RequestOptions): Promise<Order> {
    return this.transport.call(operations.retrieveOrder, { pathParams: { orderId }, options });
  }
}
