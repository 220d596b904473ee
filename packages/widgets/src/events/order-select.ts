import type { Order } from '@customer-center/sdk';

/**
 * A person opened an order of `<cc-order-tracker>` to see its timeline. Cancelable: a host
 * that calls `preventDefault()` shows the order its own way (a page of its own, say) instead.
 */
export class CcOrderSelectEvent extends Event {
  static readonly eventName = 'cc-order-select';

  /** The order's id (`ord_…`) and the order as listed. */
  readonly detail: { readonly orderId: string; readonly order: Order };

  constructor(order: Order) {
    super(CcOrderSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = { orderId: order.id, order };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-order-select': CcOrderSelectEvent;
  }
}
