import type { BillingContact, SavedPaymentMethod } from '@customer-center/sdk';

/** What `cc-profile-updated` reports: a contact edited, or the default payment method changed. */
export type CcProfileUpdatedDetail =
  | {
      readonly section: 'contacts';
      /** The contact as the API saved it. */
      readonly contact: BillingContact;
      /** The fields that changed: `name`, `email`, `phone`, `address`. */
      readonly changed: readonly string[];
    }
  | {
      readonly section: 'methods';
      /** The method that is now the default. */
      readonly paymentMethod: SavedPaymentMethod;
      /** Always `['defaultPaymentMethod']`. */
      readonly changed: readonly string[];
    };

/**
 * `<cc-billing-profile>` saved a change to the billing profile: a contact's details (`section:
 * 'contacts'`, with the saved contact) or the default payment method (`section: 'methods'`).
 * `detail.changed` names what changed. Bubbles out of shadow roots.
 */
export class CcProfileUpdatedEvent extends Event {
  static readonly eventName = 'cc-profile-updated';

  readonly detail: CcProfileUpdatedDetail;

  constructor(detail: CcProfileUpdatedDetail) {
    super(CcProfileUpdatedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-profile-updated': CcProfileUpdatedEvent;
  }
}
