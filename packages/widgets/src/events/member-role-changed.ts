import type { ContactRole, TeamMember } from '@customer-center/sdk';

/**
 * `<cc-team-members>` changed a member's contact role: `member` as saved, with its new
 * `role`, and the role it had before. Bubbles out of shadow roots.
 */
export class CcMemberRoleChangedEvent extends Event {
  static readonly eventName = 'cc-member-role-changed';

  readonly detail: { readonly member: TeamMember; readonly previousRole: ContactRole };

  constructor(member: TeamMember, previousRole: ContactRole) {
    super(CcMemberRoleChangedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { member, previousRole };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cc-member-role-changed': CcMemberRoleChangedEvent;
  }
}
