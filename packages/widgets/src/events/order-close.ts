/**
 * A person left the order view of `<cc-order-tracker>` for the list ("All orders"). Focus has
 * gone back to the order in the list.
 */
export class CcOrderCloseEvent extends Event {
  static readonly eventName = 'cc-order-close';

  /** The id (`ord_…`) of the order that was shown. */
  readonly detail: { readonly orderId: string };

  constructor(orderId: string) {
    super(CcOrderCloseEvent.eventName, { bubbles: true, composed: true });
    this.detail = { orderId };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-order-close': CcOrderCloseEvent;
  }
}
