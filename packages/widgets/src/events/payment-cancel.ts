/** The payer closed the payment dialog before paying. Bubbles out of shadow roots. */
export class CcPaymentCancelEvent extends Event {
  static readonly eventName = 'cc-payment-cancel';

  readonly detail: { readonly invoiceIds: readonly string[] };

  constructor(invoiceIds: readonly string[]) {
    super(CcPaymentCancelEvent.eventName, { bubbles: true, composed: true });
    this.detail = { invoiceIds: [...invoiceIds] };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-payment-cancel': CcPaymentCancelEvent;
  }
}
