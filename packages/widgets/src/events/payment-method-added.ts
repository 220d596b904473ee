import type { SavedPaymentMethod } from '@customer-center/sdk';

/**
 * `<cc-billing-profile>` saved a new payment method. When it replaced an expired one,
 * `replaced` is the method that was removed with it (no separate removal event is sent).
 * Bubbles out of shadow roots.
 */
export class CcPaymentMethodAddedEvent extends Event {
  static readonly eventName = 'cc-payment-method-added';

  readonly detail: { readonly paymentMethod: SavedPaymentMethod; readonly replaced?: SavedPaymentMethod };

  constructor(paymentMethod: SavedPaymentMethod, replaced?: SavedPaymentMethod) {
    super(CcPaymentMethodAddedEvent.eventName, { bubbles: true, composed: true });
    this.detail = replaced ? { paymentMethod, replaced } : { paymentMethod };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-payment-method-added': CcPaymentMethodAddedEvent;
  }
}
