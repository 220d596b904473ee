import type { Payment } from '@customer-center/sdk';

/** A payment went through (card, direct debit, or PayPal once approved). Bubbles out of shadow roots. */
export class CcPaymentSucceededEvent extends Event {
  static readonly eventName = 'cc-payment-succeeded';

  readonly detail: { readonly payment: Payment };

  constructor(payment: Payment) {
    super(CcPaymentSucceededEvent.eventName, { bubbles: true, composed: true });
    this.detail = { payment };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-payment-succeeded': CcPaymentSucceededEvent;
  }
}
