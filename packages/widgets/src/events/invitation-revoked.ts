/** `<cc-team-members>` revoked a pending invitation. Bubbles out of shadow roots. */
export class CcInvitationRevokedEvent extends Event {
  static readonly eventName = 'cc-invitation-revoked';

  readonly detail: { readonly invitationId: string };

  constructor(invitationId: string) {
    super(CcInvitationRevokedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { invitationId };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-invitation-revoked': CcInvitationRevokedEvent;
  }
}
