import { msg, str } from '../i18n/msg.js';
import {
  BillingApiError,
  BillingPermissionError,
  CONTACT_ROLES,
  ROLE_PERMISSIONS,
  type ContactRole,
  type Permission,
} from '@customer-center/sdk';
import { nothing, type TemplateResult } from 'lit';
import type { HelpHost } from '../base/help.js';
import { errorMessage, renderFailure as renderActionFailure, type ActionFailure } from '../base/states.js';

/** The localized words of `<cc-team-members>`: roles, what each may do, and the API's refusals. */

export { failureOf, type ActionFailure as Failure } from '../base/states.js';

/** A failure as an alert, with its reference for support and the help area. */
export function renderFailure(
  failure: ActionFailure | undefined,
  part: string,
  host: HelpHost,
): TemplateResult | typeof nothing {
  return renderActionFailure(failure, part, { host, topic: 'team' });
}

/** A contact role's name. */
export function roleLabel(role: ContactRole): string {
  return { billing: msg('Billing'), technical: msg('Technical'), executive: msg('Executive') }[role];
}

/** Who a contact role is, in one sentence. */
export function roleSummary(role: ContactRole): string {
  return {
    billing: msg('The finance contact: receives, pays and manages the invoices.'),
    technical: msg('The sales and technical contact: places and follows orders.'),
    executive: msg('Oversees decisions: sees invoices, orders and contracts.'),
  }[role];
}

function permissionPhrase(permission: Permission): string {
  return {
    'invoices:view': msg('see invoices'),
    'invoices:pay': msg('pay invoices'),
    'profile:view': msg('see the billing profile'),
    'profile:manage': msg('change the billing profile and payment methods'),
    'rewards:redeem': msg('redeem Support Rewards'),
    'orders:view': msg('track orders'),
    'contracts:view': msg('see contracts'),
    'documents:view': msg('download documents'),
    'team:view': msg('see the team'),
    'team:manage': msg('invite people and manage the team'),
  }[permission];
}

/** A list in words, as the locale joins one ("a, b and c"). */
export function listOf(items: readonly string[], locale: string, type: 'conjunction' | 'disjunction'): string {
  try {
    return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** What a contact role may do, from the SDK's table of permissions: "Can see invoices, pay invoices…". */
export function roleAbilities(role: ContactRole, locale: string): string {
  const permissions = ROLE_PERMISSIONS[role];
  // "see X" goes without saying when the role may also change X.
  const shown = permissions.filter(
    (permission) =>
      !(permission.endsWith(':view') && permissions.includes(permission.replace(':view', ':manage') as Permission)),
  );
  const list = listOf(shown.map(permissionPhrase), locale, 'conjunction');
  return msg(str`Can ${list}.`);
}

/** The roles that may manage the team, in words ("Billing or Executive"). */
export function managingRoles(locale: string): string {
  return listOf(
    CONTACT_ROLES.filter((role) => ROLE_PERMISSIONS[role].includes('team:manage')).map(roleLabel),
    locale,
    'disjunction',
  );
}

/** The reasons the API refuses a team change; the rest are the common messages. */
function teamRefusal(error: unknown): string | undefined {
  if (error instanceof BillingPermissionError)
    return msg('Your role does not allow managing the team. The page has been refreshed to show what you may do.');
  if (!(error instanceof BillingApiError)) return undefined;
  switch (error.code) {
    case 'cannot_change_own_role':
      return msg('You cannot change your own role. Ask another person who manages the team.');
    case 'cannot_remove_self':
      return msg('You cannot remove yourself from the team. Ask another person who manages the team.');
    case 'last_billing_contact':
      return msg(
        'The team needs at least one billing contact. Make someone else a billing contact first, then try again.',
      );
    case 'member_not_found':
      return msg('This person is no longer a member of the team. The list has been refreshed.');
    case 'invitation_not_found':
      return msg('This invitation no longer exists. The list has been refreshed.');
  }
  if (error.status === 404) return msg('This was changed meanwhile. The list has been refreshed.');
  return undefined;
}

export function refusalMessage(error: unknown): string {
  return teamRefusal(error) ?? errorMessage(error);
}

/** An e-mail address that is already a member. */
export function alreadyMemberMessage(email: string): string {
  return msg(str`${email} is already a member of the team.`);
}

/** An e-mail address with a pending invitation. */
export function duplicateInvitationMessage(email: string): string {
  return msg(str`${email} has a pending invitation already. Resend it instead.`);
}

/** Whether the API's refusal is one the page was too old to foresee, so the list should be read again. */
export function isStaleRefusal(error: unknown): boolean {
  return error instanceof BillingApiError && (error.status === 403 || error.status === 404 || error.status === 409);
}
