import type { Invitation } from '@customer-center/sdk';

/**
 * `<cc-team-members>` sent an invitation again; `invitation` has its new sent and expiry
 * dates. Bubbles out of shadow roots.
 */
export class CcInvitationResentEvent extends Event {
  static readonly eventName = 'cc-invitation-resent';

  readonly detail: { readonly invitation: Invitation };

  constructor(invitation: Invitation) {
    super(CcInvitationResentEvent.eventName, { bubbles: true, composed: true });
    this.detail = { invitation };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-invitation-resent': CcInvitationResentEvent;
  }
}
