/**
 * Asks the host to start paying invoices. Elements dispatch it from a Pay button; the host
 * (or a payment element) answers it. It bubbles out of shadow roots and is cancelable, so a
 * host can call `preventDefault()` to tell the element it handled the request itself.
 */
export class CcPayRequestEvent extends Event {
  static readonly eventName = 'cc-pay-request';

  /** The ids (`in_…`) of the invoices to pay. */
  readonly detail: { readonly invoiceIds: string[] };

  constructor(invoiceIds: readonly string[]) {
    super(CcPayRequestEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = { invoiceIds: [...invoiceIds] };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-pay-request': CcPayRequestEvent;
  }
}
