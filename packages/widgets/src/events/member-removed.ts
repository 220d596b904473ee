/** `<cc-team-members>` removed a member from the team. Bubbles out of shadow roots. */
export class CcMemberRemovedEvent extends Event {
  static readonly eventName = 'cc-member-removed';

  readonly detail: { readonly memberId: string };

  constructor(memberId: string) {
    super(CcMemberRemovedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { memberId };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-member-removed': CcMemberRemovedEvent;
  }
}
