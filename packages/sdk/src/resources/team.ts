import { operations } from '../operations.js';
import type { ContactRole } from '../schemas/account.js';
import type { Invitation, Team, TeamInvite, TeamMember } from '../schemas/team.js';
import type { RequestOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Team members of the organisation and invitations; the contact role decides what each may do. */
export class TeamResource extends Resource {
  /** Members and pending invitations. */
  retrieve(options?: RequestOptions): Promise<Team> {
    return this.transport.call(operations.retrieveTeam, { options });
  }

  /** Invites someone by e-mail with a contact role; a duplicate invitation is refused (409). */
  invite(params: TeamInvite, options?: RequestOptions): Promise<Invitation> {
    return this.transport.call(operations.inviteTeamMember, { body: params, options });
  }

  /** Sends a pending invitation again and extends its expiry. */
  resendInvitation(invitationId: string, options?: RequestOptions): Promise<Invitation> {
    return this.transport.call(operations.resendInvitation, { pathParams: { invitationId }, options });
  }

  /** Withdraws a pending invitation. */
  revokeInvitation(invitationId: string, options?: RequestOptions): Promise<void> {
    return this.transport.call(operations.revokeInvitation, { pathParams: { invitationId }, options });
  }

  /** Changes a member's contact role. */
  updateRole(memberId: string, role: ContactRole, options?: RequestOptions): Promise<TeamMember> {
    return this.transport.call(operations.updateTeamMember, { pathParams: { memberId }, body: { role }, options });
  }

  /** Removes a member (not yourself, not the last billing contact: 409). */
  remove(memberId: string, options?: RequestOptions): Promise<void> {
    return this.transport.call(operations.removeTeamMember, { pathParams: { memberId }, options });
  }
}
