import type { Invitation } from '@customer-center/sdk';

/** `<cc-team-members>` sent an invitation. Bubbles out of shadow roots. */
export class CcMemberInvitedEvent extends Event {
  static readonly eventName = 'cc-member-invited';

  readonly detail: { readonly invitation: Invitation };

  constructor(invitation: Invitation) {
    super(CcMemberInvitedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { invitation };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-member-invited': CcMemberInvitedEvent;
  }
}
