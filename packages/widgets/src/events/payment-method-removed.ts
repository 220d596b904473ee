/** `<cc-billing-profile>` removed a saved payment method. Bubbles out of shadow roots. */
export class CcPaymentMethodRemovedEvent extends Event {
  static readonly eventName = 'cc-payment-method-removed';

  readonly detail: { readonly paymentMethodId: string };

  constructor(paymentMethodId: string) {
    super(CcPaymentMethodRemovedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { paymentMethodId };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-payment-method-removed': CcPaymentMethodRemovedEvent;
  }
}
