import type { ContactRole, TeamInvite } from '@customer-center/sdk';
import type { OrganizationData } from '../model.js';
import { fail } from '../problem.js';
import { empty, findOr404, json, type Route } from './context.js';

const INVITATION_DAYS = 14;
const DAY_MS = 86_400_000;

export const retrieveTeam: Route = ({ store, organization, member }) =>
  json({
    members: organization.members.map(({ id, name, email, role, joinedAt }) => ({
      id,
      name,
      email,
      role,
      joinedAt,
      isCurrentUser: id === member.id,
    })),
    invitations: organization.invitations.map((invitation) => ({
      ...invitation,
      status: invitation.expiresAt < store.nowIso() ? 'expired' : invitation.status,
    })),
  });

export const inviteTeamMember: Route = ({ store, organization, body }) => {
  const { email, role } = body as TeamInvite;
  const address = email.toLowerCase();
  if (organization.members.some((member) => member.email.toLowerCase() === address)) {
    throw fail(409, 'already_member', `${email} is already a member of the team`);
  }
  const now = store.nowIso();
  if (
    organization.invitations.some(
      (invitation) => invitation.email.toLowerCase() === address && invitation.expiresAt >= now,
    )
  ) {
    throw fail(409, 'invitation_duplicate', `${email} has a pending invitation already: resend it instead`);
  }
  organization.invitations = organization.invitations.filter(
    (invitation) => invitation.email.toLowerCase() !== address,
  );
  const invitation = {
    id: store.nextId('inv'),
    email,
    role,
    invitedAt: now,
    expiresAt: new Date(store.now + INVITATION_DAYS * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    status: 'pending' as const,
  };
  organization.invitations.push(invitation);
  store.touch();
  return json(invitation, 201);
};

export const resendInvitation: Route = ({ store, organization, params }) => {
  const invitation = findOr404(organization.invitations, params.invitationId ?? '', 'invitation');
  invitation.invitedAt = store.nowIso();
  invitation.expiresAt = new Date(store.now + INVITATION_DAYS * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
  invitation.status = 'pending';
  store.touch();
  return json(invitation);
};

export const revokeInvitation: Route = ({ store, organization, params }) => {
  const invitation = findOr404(organization.invitations, params.invitationId ?? '', 'invitation');
  organization.invitations = organization.invitations.filter((other) => other !== invitation);
  store.touch();
  return empty();
};

function billingContacts(organization: OrganizationData): number {
  return organization.members.filter((member) => member.role === 'billing').length;
}

export const updateTeamMember: Route = ({ store, organization, member: me, params, body }) => {
  const target = findOr404(organization.members, params.memberId ?? '', 'member');
  const { role } = body as { role: ContactRole };
  if (target.id === me.id)
    throw fail(409, 'cannot_change_own_role', 'Ask another team manager to change your own role');
  if (target.role === 'billing' && role !== 'billing' && billingContacts(organization) === 1) {
    throw fail(409, 'last_billing_contact', 'The team needs at least one billing contact');
  }
  target.role = role;
  store.touch();
  return json({
    id: target.id,
    name: target.name,
    email: target.email,
    role: target.role,
    joinedAt: target.joinedAt,
    isCurrentUser: false,
  });
};

export const removeTeamMember: Route = ({ store, organization, member: me, params }) => {
  const target = findOr404(organization.members, params.memberId ?? '', 'member');
  if (target.id === me.id) throw fail(409, 'cannot_remove_self', 'You cannot remove yourself from the team');
  if (target.role === 'billing' && billingContacts(organization) === 1) {
    throw fail(409, 'last_billing_contact', 'The team needs at least one billing contact');
  }
  organization.members = organization.members.filter((other) => other !== target);
  store.touch();
  return empty();
};
