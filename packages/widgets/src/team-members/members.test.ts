import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http } from 'msw';
import type { CcHelpRequestEvent } from '../events/help-request.js';
import type { CcTeamMembers } from './team-members.js';
import {
  activeIn,
  button,
  click,
  dialogError,
  dialogOf,
  memberRow,
  mount,
  openFrom,
  org,
  problem,
  root,
  status,
  storeMember,
  text,
  useMockApi,
} from './team-members.helpers.test.js';

// Changing a member's role (with confirmation when it takes billing access away) and removing
// a member (with confirmation), the API's refusals, nothing sent twice, focus and the keyboard.

describe('<cc-team-members> members', function () {
  this.timeout(20_000);
  const mock = useMockApi();

  const radio = (el: CcTeamMembers, role: string) =>
    dialogOf(el).querySelector<HTMLInputElement>(`input[type="radio"][value="${role}"]`)!;

  async function choose(el: CcTeamMembers, role: string): Promise<void> {
    radio(el, role).click();
    await el.updateComplete;
  }

  it('changes a role: the store has it, the page is told, focus returns to the button', async () => {
    const el = await mount();
    const marcus = structuredClone(storeMember(mock(), 'Marcus Johnson'));
    const roleButton = () => button(memberRow(el, 'Marcus Johnson')!, /^Change role/)!;
    await openFrom(el, memberRow(el, 'Marcus Johnson')!, /^Change role/);
    expect(text(dialogOf(el).querySelector('h2'))).to.equal('Change the role of Marcus Johnson');
    expect(radio(el, 'technical').checked).to.equal(true);
    expect(activeIn(el) === radio(el, 'technical')).to.equal(true);
    expect(text(radio(el, 'technical').closest('label'))).to.contain('Technical (current)');
    expect(text(radio(el, 'executive').closest('label'))).to.contain('Oversees decisions');
    // Nothing to save until another role is chosen.
    expect(button(dialogOf(el), 'Save role')!.getAttribute('aria-disabled')).to.equal('true');
    await choose(el, 'executive');
    expect(dialogOf(el).querySelector('[part~="role-warning"]')).to.equal(null);
    await expect(el).to.be.accessible();
    const changed = oneEvent(el, 'cc-member-role-changed');
    await click(dialogOf(el), 'Change to Executive');
    const { detail } = await changed;
    expect(detail.previousRole).to.equal('technical');
    expect(detail.member).to.include({ id: marcus.id, role: 'executive' });
    await waitUntil(() => !dialogOf(el).open, 'closed');
    expect(storeMember(mock(), 'Marcus Johnson').role).to.equal('executive');
    await waitUntil(() => text(memberRow(el, 'Marcus Johnson')!.querySelector('[part~="role-badge"]')) === 'Executive');
    expect(status(el)).to.contain('Marcus Johnson is now Executive.');
    expect(activeIn(el) === roleButton()).to.equal(true);
  });

  it('asks before taking billing access away; Cancel keeps the role', async () => {
    const el = await mount();
    await openFrom(el, memberRow(el, 'Laura Chen')!, /^Change role/);
    await choose(el, 'technical');
    expect(text(dialogOf(el).querySelector('[part~="role-warning"]'))).to.equal(
      'Laura Chen will no longer be a billing contact: they can no longer pay invoices or change the billing profile.',
    );
    await expect(el).to.be.accessible();
    await click(dialogOf(el), 'Cancel');
    await waitUntil(() => !dialogOf(el).open, 'closed');
    expect(storeMember(mock(), 'Laura Chen').role).to.equal('billing');
    expect(activeIn(el) === button(memberRow(el, 'Laura Chen')!, /^Change role/)).to.equal(true);

    await openFrom(el, memberRow(el, 'Laura Chen')!, /^Change role/);
    expect(radio(el, 'billing').checked).to.equal(true);
    await choose(el, 'executive');
    await click(dialogOf(el), 'Change to Executive and remove billing access');
    await waitUntil(() => !dialogOf(el).open, 'closed');
    expect(storeMember(mock(), 'Laura Chen').role).to.equal('executive');
    expect(status(el)).to.contain('Laura Chen is now Executive and no longer a billing contact.');
  });

  it('explains the API’s last_billing_contact when others lost the role meanwhile', async () => {
    const el = await mount({ token: 'test_us_executive' });
    await openFrom(el, memberRow(el, 'Emily Carter')!, /^Change role/);
    storeMember(mock(), 'Laura Chen').role = 'technical';
    storeMember(mock(), 'Michael Reyes').role = 'technical';
    await choose(el, 'technical');
    await click(dialogOf(el), 'Change to Technical and remove billing access');
    await waitUntil(() => dialogError(el), 'refusal shown');
    expect(dialogError(el)).to.equal(
      'The team needs at least one billing contact. Make someone else a billing contact first, then try again.',
    );
    expect(storeMember(mock(), 'Emily Carter').role).to.equal('billing');
    // Only Close is left, and it has focus.
    expect(button(dialogOf(el), /^Change to/)).to.equal(undefined);
    expect(activeIn(el) === button(dialogOf(el), 'Close')).to.equal(true);
    await expect(el).to.be.accessible();
    // The list was read again: Emily is now the only billing contact.
    await waitUntil(() => memberRow(el, 'Emily Carter')!.querySelector('[part~="member-hint"]'), 'hint shown');
    await click(dialogOf(el), 'Close');
    await waitUntil(() => !dialogOf(el).open, 'closed');
    // Her buttons went with the refresh: focus stays in the element.
    expect(root(el).contains(activeIn(el))).to.equal(true);
  });

  it('explains the API’s last_billing_contact on removal too', async () => {
    const el = await mount({ token: 'test_us_executive' });
    await openFrom(el, memberRow(el, 'Laura Chen')!, /^Remove/);
    storeMember(mock(), 'Emily Carter').role = 'technical';
    storeMember(mock(), 'Michael Reyes').role = 'technical';
    await click(dialogOf(el), 'Remove');
    await waitUntil(() => dialogError(el), 'refusal shown');
    expect(dialogError(el)).to.contain('The team needs at least one billing contact.');
    expect(org(mock()).members.some((member) => member.name === 'Laura Chen')).to.equal(true);
  });

  for (const [code, method, message] of [
    ['cannot_change_own_role', 'patch', 'You cannot change your own role. Ask another person who manages the team.'],
    [
      'cannot_remove_self',
      'delete',
      'You cannot remove yourself from the team. Ask another person who manages the team.',
    ],
  ] as const) {
    it(`explains the API’s ${code} (409) with its reference`, async () => {
      mock.use(http[method]('*/api/team/members/:memberId', () => problem(409, code, 'req_conflict')));
      const el = await mount({ help: true });
      const row = memberRow(el, 'Brian Kowalski')!;
      if (method === 'patch') {
        await openFrom(el, row, /^Change role/);
        await choose(el, 'executive');
        await click(dialogOf(el), 'Change to Executive');
      } else {
        await openFrom(el, row, /^Remove/);
        await click(dialogOf(el), 'Remove');
      }
      await waitUntil(() => dialogError(el), 'refusal shown');
      expect(dialogError(el)).to.equal(message);
      expect(text(dialogOf(el).querySelector('[part~="failure"]'))).to.contain('Reference for support: req_conflict');
      const help = oneEvent(el, 'cc-help-request') as Promise<CcHelpRequestEvent>;
      button(dialogOf(el), 'Get help')!.click();
      expect((await help).detail).to.deep.equal({ topic: 'team', message, requestId: 'req_conflict' });
      // The host's support chat cannot be used behind the modal dialog: it closes, focus back on the opener.
      await waitUntil(() => !dialogOf(el).open, 'dialog closed for the host’s help');
      expect(
        activeIn(el) === button(memberRow(el, 'Brian Kowalski')!, method === 'patch' ? /^Change role/ : /^Remove/),
      ).to.equal(true);
    });
  }

  it('removes a member after confirmation; Cancel keeps them and returns focus', async () => {
    const el = await mount();
    const brian = structuredClone(storeMember(mock(), 'Brian Kowalski'));
    await openFrom(el, memberRow(el, 'Brian Kowalski')!, /^Remove/);
    expect(text(dialogOf(el).querySelector('h2'))).to.equal('Remove Brian Kowalski from the team?');
    expect(text(dialogOf(el))).to.contain('Brian Kowalski can no longer sign in to the customer center');
    expect(activeIn(el) === button(dialogOf(el), 'Cancel')).to.equal(true);
    await expect(el).to.be.accessible();
    await click(dialogOf(el), 'Cancel');
    await waitUntil(() => !dialogOf(el).open, 'closed');
    expect(org(mock()).members.some((member) => member.id === brian.id)).to.equal(true);
    expect(activeIn(el) === button(memberRow(el, 'Brian Kowalski')!, /^Remove/)).to.equal(true);

    await openFrom(el, memberRow(el, 'Brian Kowalski')!, /^Remove/);
    const removed = oneEvent(el, 'cc-member-removed');
    await click(dialogOf(el), 'Remove');
    expect((await removed).detail).to.deep.equal({ memberId: brian.id });
    await waitUntil(() => !dialogOf(el).open, 'closed');
    expect(org(mock()).members.some((member) => member.id === brian.id)).to.equal(false);
    await waitUntil(() => !memberRow(el, 'Brian Kowalski'), 'gone from the list');
    expect(status(el)).to.contain('Brian Kowalski was removed from the team.');
    await waitUntil(() => activeIn(el)?.id === 'members-heading', 'focus on the heading');
  });

  it('shows a server error in the dialog, keeps it open, and removes once on a double click', async () => {
    const el = await mount();
    await openFrom(el, memberRow(el, 'Brian Kowalski')!, /^Remove/);
    mock().faults.set({ errorRate: 1, errorStatus: 503, operations: ['removeTeamMember'] });
    await click(dialogOf(el), 'Remove');
    await waitUntil(() => dialogError(el), 'error shown');
    expect(dialogError(el)).to.equal('The billing service had a problem. Try again in a moment.');
    expect(text(dialogOf(el).querySelector('[part~="failure"]'))).to.match(/Reference for support: req_/);
    // Without the help attribute: no "Get help" button.
    expect(button(dialogOf(el), 'Get help')).to.equal(undefined);
    expect(dialogOf(el).open).to.equal(true);
    await expect(el).to.be.accessible();

    mock().faults.set({ latencyMs: 300, operations: ['removeTeamMember'] });
    const remove = button(dialogOf(el), 'Remove')!;
    remove.focus();
    remove.click();
    remove.click();
    await el.updateComplete;
    expect(button(dialogOf(el), 'Removing…')!.getAttribute('aria-disabled')).to.equal('true');
    // Escape does not close the dialog while the member is being removed.
    dialogOf(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(dialogOf(el).open).to.equal(true);
    await waitUntil(() => !dialogOf(el).open, 'removed', { timeout: 8000 });
    expect(org(mock()).members.some((member) => member.name === 'Brian Kowalski')).to.equal(false);
  });

  it('removes by keyboard alone, and Escape closes the confirmation', async () => {
    const el = await mount();
    const removeButton = button(memberRow(el, 'Brian Kowalski')!, /^Remove/)!;
    button(memberRow(el, 'Brian Kowalski')!, /^Change role/)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el) === removeButton).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el).open, 'confirmation open');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el).open, 'closed by Escape');
    expect(activeIn(el) === removeButton).to.equal(true);
    await sendKeys({ press: 'Space' });
    await waitUntil(() => dialogOf(el).open, 'open again');
    expect(activeIn(el) === button(dialogOf(el), 'Cancel')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el) === button(dialogOf(el), 'Remove')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialogOf(el).open, 'removed');
    expect(org(mock()).members.some((member) => member.name === 'Brian Kowalski')).to.equal(false);
    await waitUntil(() => activeIn(el)?.id === 'members-heading', 'focus on the heading');
  });

  it('changes a role by keyboard alone', async () => {
    const el = await mount();
    button(memberRow(el, 'Brian Kowalski')!, /^Change role/)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el).open, 'open');
    expect(activeIn(el) === radio(el, 'technical')).to.equal(true);
    // Arrow keys move through the roles, in the reading direction.
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radio(el, 'executive').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el) === button(dialogOf(el), 'Cancel')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(text(activeIn(el))).to.equal('Change to Executive');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialogOf(el).open, 'saved');
    expect(storeMember(mock(), 'Brian Kowalski').role).to.equal('executive');
    expect(activeIn(el) === button(memberRow(el, 'Brian Kowalski')!, /^Change role/)).to.equal(true);
  });
});
