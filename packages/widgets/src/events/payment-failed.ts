import type { BillingError, Payment } from '@customer-center/sdk';

/**
 * A payment attempt ended without paying: declined (`payment` holds the failure), refused by
 * the API (`error`), or its outcome is not known yet (`unknown`: it may still have gone
 * through; the element keeps asking and sends `cc-payment-succeeded` if it did).
 */
export class CcPaymentFailedEvent extends Event {
  static readonly eventName = 'cc-payment-failed';

  readonly detail: {
    readonly payment: Payment | undefined;
    readonly error: BillingError | undefined;
    /** Whether trying again (the same attempt, or another method) may succeed. */
    readonly retryable: boolean;
    /** The outcome is not known yet: do not tell the payer it failed. */
    readonly unknown: boolean;
  };

  constructor(detail: CcPaymentFailedEvent['detail']) {
    super(CcPaymentFailedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-payment-failed': CcPaymentFailedEvent;
  }
}
