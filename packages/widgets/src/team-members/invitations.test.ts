import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CcHelpRequestEvent } from '../events/help-request.js';
import type { CcTeamMembers } from './team-members.js';
import {
  activeIn,
  button,
  click,
  dialogError,
  dialogOf,
  emailInput,
  fieldError,
  fillInvite,
  invitationRow,
  mount,
  openFrom,
  org,
  root,
  roleSelect,
  section,
  status,
  text,
  useMockApi,
} from './team-members.helpers.test.js';

// Inviting (the e-mail checked first, addresses already on the team refused with the reason
// and a pending invitation offered for resending), resending and revoking, the API's
// refusals, nothing sent twice, focus and the keyboard.

const NEW_EMAIL = 'jordan.lee@harborview-logistics.example';

describe('<cc-team-members> invitations', function () {
  this.timeout(20_000);
  const mock = useMockApi();

  const invitations = () => structuredClone(org(mock()).invitations);
  const pending = () => org(mock()).invitations.find((invitation) => invitation.status === 'pending')!;
  const expired = () => org(mock()).invitations.find((invitation) => invitation.expiresAt < mock().store.nowIso())!;
  const formAlert = (el: CcTeamMembers) => text(section(el, 'invite').querySelector('[part~="failure"]'));

  async function submit(el: CcTeamMembers): Promise<void> {
    await click(section(el, 'invite'), /^(Send invitation|Sending…)$/);
    await el.updateComplete;
  }

  it('invites by e-mail with a role: the store has it, the page is told, focus moves to it', async () => {
    const el = await mount();
    const before = invitations();
    await fillInvite(el, `  ${NEW_EMAIL} `, 'executive');
    expect(text(root(el).querySelector('#invite-role-hint'))).to.contain('Oversees decisions');
    await expect(el).to.be.accessible();
    const invited = oneEvent(el, 'cc-member-invited');
    await submit(el);
    const { detail } = await invited;
    expect(detail.invitation).to.include({ email: NEW_EMAIL, role: 'executive', status: 'pending' });
    const after = invitations();
    expect(after).to.have.length(before.length + 1);
    expect(after.find((invitation) => invitation.email === NEW_EMAIL)).to.include({ role: 'executive' });
    await waitUntil(() => invitationRow(el, NEW_EMAIL), 'new invitation listed');
    await waitUntil(() => activeIn(el) === invitationRow(el, NEW_EMAIL), 'focus on the new invitation');
    expect(text(invitationRow(el, NEW_EMAIL)!.querySelector('[part~="role-badge"]'))).to.equal('Executive');
    expect(status(el)).to.contain(`Invitation sent to ${NEW_EMAIL} as Executive.`);
    // The form starts over.
    expect(emailInput(el).value).to.equal('');
    expect(roleSelect(el).value).to.equal('');
  });

  it('checks the e-mail and the role before sending anything, with localized messages', async () => {
    const el = await mount();
    const before = invitations();
    await submit(el);
    expect(fieldError(el, emailInput(el))).to.equal('Enter the e-mail address of the person to invite.');
    expect(fieldError(el, roleSelect(el))).to.equal('Choose a role for the person you invite.');
    expect(emailInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(activeIn(el) === emailInput(el)).to.equal(true);
    expect(status(el)).to.equal('2 fields need your attention.');
    await expect(el).to.be.accessible();

    await fillInvite(el, 'jordan.lee@', 'billing');
    expect(fieldError(el, emailInput(el))).to.equal('');
    await submit(el);
    expect(fieldError(el, emailInput(el))).to.equal('Enter a valid e-mail address, like name@example.com.');
    expect(fieldError(el, roleSelect(el))).to.equal('');
    expect(status(el)).to.equal('1 field needs your attention.');
    await fillInvite(el, 'jordan lee@example.com', 'billing');
    await submit(el);
    expect(fieldError(el, emailInput(el))).to.equal('Enter a valid e-mail address, like name@example.com.');
    await expect(el).to.be.accessible();
    expect(invitations()).to.deep.equal(before);
  });

  it('refuses an address that is already a member, before sending', async () => {
    const el = await mount();
    const before = invitations();
    await fillInvite(el, 'Brian.Kowalski@Harborview-Logistics.example', 'technical');
    await submit(el);
    expect(fieldError(el, emailInput(el))).to.equal(
      'Brian.Kowalski@Harborview-Logistics.example is already a member of the team.',
    );
    expect(invitations()).to.deep.equal(before);
  });

  it('explains the API’s already_member when the page did not know yet', async () => {
    const el = await mount();
    const data = org(mock());
    data.members.push({ ...structuredClone(data.members[5]!), id: 'usr_new', email: NEW_EMAIL, name: 'Jordan Lee' });
    await fillInvite(el, NEW_EMAIL, 'technical');
    await submit(el);
    await waitUntil(() => fieldError(el, emailInput(el)), 'refusal shown');
    expect(fieldError(el, emailInput(el))).to.equal(`${NEW_EMAIL} is already a member of the team.`);
    expect(activeIn(el) === emailInput(el)).to.equal(true);
    // The list was read again.
    await waitUntil(() => root(el).querySelectorAll('[part~="member"]').length === data.members.length);
    expect(org(mock()).invitations.some((invitation) => invitation.email === NEW_EMAIL)).to.equal(false);
  });

  it('refuses a duplicate invitation and offers to resend the pending one', async () => {
    const el = await mount();
    const invitation = structuredClone(pending());
    const before = invitations();
    mock().store.advance(60_000);
    await fillInvite(el, invitation.email.toUpperCase(), 'billing');
    await submit(el);
    expect(fieldError(el, emailInput(el))).to.equal(
      `${invitation.email.toUpperCase()} has a pending invitation already. Resend it instead.`,
    );
    expect(invitations()).to.deep.equal(before);
    await expect(el).to.be.accessible();
    const resent = oneEvent(el, 'cc-invitation-resent');
    await click(section(el, 'invite'), /^Resend the invitation/);
    const { detail } = await resent;
    expect(detail.invitation.id).to.equal(invitation.id);
    const stored = org(mock()).invitations.find((candidate) => candidate.id === invitation.id)!;
    expect(stored.expiresAt >= invitation.expiresAt).to.equal(true);
    expect(stored.invitedAt > invitation.invitedAt).to.equal(true);
    expect(org(mock()).invitations).to.have.length(before.length);
    await waitUntil(() => activeIn(el) === invitationRow(el, invitation.email), 'focus on the invitation');
    expect(status(el)).to.contain(`Invitation sent again to ${invitation.email}.`);
    expect(emailInput(el).value).to.equal('');
    expect(fieldError(el, emailInput(el))).to.equal('');
  });

  it('explains the API’s invitation_duplicate when the page did not know yet, and offers Resend', async () => {
    const el = await mount();
    const data = org(mock());
    const now = mock().store.nowIso();
    data.invitations.push({
      id: 'invt_other_tab',
      email: NEW_EMAIL,
      role: 'technical',
      invitedAt: now,
      expiresAt: '2099-01-01T00:00:00Z',
      status: 'pending',
    });
    await fillInvite(el, NEW_EMAIL, 'technical');
    await submit(el);
    await waitUntil(() => fieldError(el, emailInput(el)), 'refusal shown');
    expect(fieldError(el, emailInput(el))).to.equal(
      `${NEW_EMAIL} has a pending invitation already. Resend it instead.`,
    );
    expect(button(section(el, 'invite'), /^Resend the invitation/)).not.to.equal(undefined);
    expect(invitationRow(el, NEW_EMAIL)).not.to.equal(undefined);
    expect(org(mock()).invitations.filter((invitation) => invitation.email === NEW_EMAIL)).to.have.length(1);
  });

  it('invites an address whose invitation expired again, replacing the old one', async () => {
    const el = await mount();
    const old = structuredClone(expired());
    await fillInvite(el, old.email, 'billing');
    await submit(el);
    await waitUntil(() => org(mock()).invitations.every((invitation) => invitation.id !== old.id), 'replaced');
    const fresh = org(mock()).invitations.filter((invitation) => invitation.email === old.email);
    expect(fresh.map((invitation) => invitation.status)).to.deep.equal(['pending']);
    await waitUntil(() => invitationRow(el, old.email)?.textContent?.includes('Pending'), 'shown pending');
  });

  it('resends an invitation from the list: new dates in the store, the page told, focus kept', async () => {
    const el = await mount();
    const old = structuredClone(expired());
    const row = invitationRow(el, old.email)!;
    expect(text(row.querySelector('[part~="invitation-status"]'))).to.equal('Expired');
    const resent = oneEvent(el, 'cc-invitation-resent');
    await click(row, /^Resend/);
    const { detail } = await resent;
    expect(detail.invitation).to.include({ id: old.id, status: 'pending' });
    const stored = org(mock()).invitations.find((invitation) => invitation.id === old.id)!;
    expect(stored.expiresAt > old.expiresAt).to.equal(true);
    await waitUntil(
      () => text(invitationRow(el, old.email)!.querySelector('[part~="invitation-status"]')) === 'Pending',
    );
    expect(status(el)).to.contain(`Invitation sent again to ${old.email}. It expires`);
    expect(activeIn(el) === button(invitationRow(el, old.email)!, /^Resend/)).to.equal(true);
  });

  it('revokes an invitation after confirmation; "Keep it" keeps it and returns focus', async () => {
    const el = await mount();
    const invitation = structuredClone(pending());
    const revokeButton = () => button(invitationRow(el, invitation.email)!, /^Revoke/)!;
    await openFrom(el, invitationRow(el, invitation.email)!, /^Revoke/);
    expect(text(dialogOf(el).querySelector('h2'))).to.equal(`Revoke the invitation to ${invitation.email}?`);
    expect(activeIn(el) === button(dialogOf(el), 'Keep it')).to.equal(true);
    await expect(el).to.be.accessible();
    await click(dialogOf(el), 'Keep it');
    await waitUntil(() => !dialogOf(el).open, 'closed');
    expect(org(mock()).invitations.some((candidate) => candidate.id === invitation.id)).to.equal(true);
    expect(activeIn(el) === revokeButton()).to.equal(true);

    await openFrom(el, invitationRow(el, invitation.email)!, /^Revoke/);
    const revoked = oneEvent(el, 'cc-invitation-revoked');
    await click(dialogOf(el), 'Revoke');
    expect((await revoked).detail).to.deep.equal({ invitationId: invitation.id });
    await waitUntil(() => !dialogOf(el).open, 'closed');
    expect(org(mock()).invitations.some((candidate) => candidate.id === invitation.id)).to.equal(false);
    await waitUntil(() => !invitationRow(el, invitation.email), 'gone from the list');
    expect(status(el)).to.contain(`Invitation to ${invitation.email} revoked.`);
    await waitUntil(() => activeIn(el)?.id === 'invitations-heading', 'focus on the heading');
  });

  it('explains an invitation revoked elsewhere meanwhile, and refreshes the list', async () => {
    const el = await mount();
    const invitation = structuredClone(pending());
    await openFrom(el, invitationRow(el, invitation.email)!, /^Revoke/);
    org(mock()).invitations = org(mock()).invitations.filter((candidate) => candidate.id !== invitation.id);
    await click(dialogOf(el), 'Revoke');
    await waitUntil(() => dialogError(el), 'refusal shown');
    expect(dialogError(el)).to.equal('This invitation no longer exists. The list has been refreshed.');
    expect(button(dialogOf(el), 'Revoke')).to.equal(undefined);
    await waitUntil(() => !invitationRow(el, invitation.email), 'list refreshed');
    await click(dialogOf(el), 'Close');
    await waitUntil(() => !dialogOf(el).open, 'closed');
    await waitUntil(() => activeIn(el)?.id === 'members-heading', 'focus kept in the element');
  });

  it('shows a server error with its reference and "Get help", and sends once on a double click', async () => {
    const el = await mount({ help: true });
    const before = invitations();
    await fillInvite(el, NEW_EMAIL, 'technical');
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['inviteTeamMember'] });
    await submit(el);
    await waitUntil(() => formAlert(el), 'error shown');
    expect(formAlert(el))
      .to.contain('The billing service had a problem. Try again in a moment.')
      .and.match(/Reference for support: req_/);
    expect(invitations()).to.deep.equal(before);
    await expect(el).to.be.accessible();
    const help = oneEvent(el, 'cc-help-request') as Promise<CcHelpRequestEvent>;
    button(section(el, 'invite').querySelector('[part~="failure"]')!, 'Get help')!.click();
    const { detail } = await help;
    expect(detail).to.include({ topic: 'team', message: 'The billing service had a problem. Try again in a moment.' });
    expect(detail.requestId).to.match(/^req_/);

    mock().faults.set({ latencyMs: 300, operations: ['inviteTeamMember'] });
    const send = button(section(el, 'invite'), 'Send invitation')!;
    send.focus();
    send.click();
    send.click();
    await el.updateComplete;
    expect(formAlert(el)).to.equal('');
    expect(button(section(el, 'invite'), 'Sending…')!.getAttribute('aria-disabled')).to.equal('true');
    send.click();
    await waitUntil(() => invitationRow(el, NEW_EMAIL), 'sent', { timeout: 8000 });
    expect(org(mock()).invitations.filter((invitation) => invitation.email === NEW_EMAIL)).to.have.length(1);
  });

  it('explains a 403 when the role changed meanwhile, and shows the team read-only', async () => {
    const el = await mount({ token: 'test_us_executive' });
    org(mock()).members.find((member) => member.token === 'test_us_executive')!.role = 'technical';
    await fillInvite(el, NEW_EMAIL, 'technical');
    await submit(el);
    await waitUntil(() => root(el).querySelector('[part~="read-only-notice"]'), 'read-only now', { timeout: 8000 });
    expect(root(el).querySelector('[part~="invite-form"]')).to.equal(null);
    // The refusal stays in sight, above the sections, though the form is gone.
    expect(text(root(el).querySelector('[part~="failure"]'))).to.contain(
      'Your role does not allow managing the team. The page has been refreshed to show what you may do.',
    );
    await expect(el).to.be.accessible();
    expect(org(mock()).invitations.some((invitation) => invitation.email === NEW_EMAIL)).to.equal(false);
  });

  it('invites by keyboard alone', async () => {
    const el = await mount();
    emailInput(el).focus();
    await sendKeys({ type: NEW_EMAIL });
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el) === roleSelect(el)).to.equal(true);
    // Typing selects by the option's first letter, as in any select.
    await sendKeys({ type: 'B' });
    await el.updateComplete;
    expect(roleSelect(el).value).to.equal('billing');
    await sendKeys({ press: 'Tab' });
    expect(text(activeIn(el))).to.equal('Send invitation');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => activeIn(el) === invitationRow(el, NEW_EMAIL), 'focus on the new invitation', {
      timeout: 8000,
    });
    expect(org(mock()).invitations.find((invitation) => invitation.email === NEW_EMAIL)).to.include({
      role: 'billing',
    });
    // Enter in the e-mail field sends too.
    emailInput(el).focus();
    await sendKeys({ type: 'sam.ortiz@harborview-logistics.example' });
    roleSelect(el).focus();
    await sendKeys({ type: 'T' });
    emailInput(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => invitationRow(el, 'sam.ortiz@harborview-logistics.example'), 'second invitation', {
      timeout: 8000,
    });
  });

  it('resends and revokes by keyboard alone', async () => {
    const el = await mount();
    const old = structuredClone(expired());
    button(invitationRow(el, old.email)!, /^Resend/)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => text(invitationRow(el, old.email)!.querySelector('[part~="invitation-status"]')) === 'Pending',
      'resent',
      { timeout: 8000 },
    );
    expect(activeIn(el) === button(invitationRow(el, old.email)!, /^Resend/), 'focus kept').to.equal(true);

    const invitation = structuredClone(pending());
    button(invitationRow(el, invitation.email)!, /^Revoke/)!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => dialogOf(el).open, 'confirmation open');
    expect(activeIn(el) === button(dialogOf(el), 'Keep it'), 'the safe choice has focus').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(text(activeIn(el))).to.equal('Revoke');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !invitationRow(el, invitation.email), 'revoked', { timeout: 8000 });
    expect(org(mock()).invitations.some((candidate) => candidate.id === invitation.id)).to.equal(false);
    await waitUntil(() => activeIn(el)?.id === 'invitations-heading', 'focus on the heading');
  });
});
