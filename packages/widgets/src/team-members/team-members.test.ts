import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { formatDate } from '@customer-center/sdk';
import { http } from 'msw';
import type { CcHelpRequestEvent } from '../events/help-request.js';
import type { CcTeamMembers } from './team-members.js';
// In Arabic, buttons are found by their Arabic words: msg() gives them in the page's locale.
import { msg } from '../i18n/msg.js';
import {
  button,
  click,
  clientFor,
  dialogOf,
  invitationRow,
  memberRow,
  mount,
  openFrom,
  org,
  problem,
  root,
  section,
  setPageLanguage,
  text,
  untilLoaded,
  useMockApi,
} from './team-members.helpers.test.js';

// What each role sees: the members and invitations of the store, the roles explained, the
// signed-in person and the last billing contact, the read-only view; loading, errors and
// the help hook; names as text; right-to-left.

describe('<cc-team-members>', function () {
  this.timeout(20_000);
  const mock = useMockApi();

  it('lists the members and invitations of the store, with each role explained', async () => {
    const el = await mount();
    const data = org(mock());
    const rows = [...root(el).querySelectorAll('[part~="member"]')];
    expect(rows).to.have.length(data.members.length);
    for (const member of data.members) {
      const row = memberRow(el, member.name)!;
      expect(text(row)).to.contain(member.email);
      expect(text(row.querySelector('[part~="role-badge"]'))).to.equal(
        { billing: 'Billing', technical: 'Technical', executive: 'Executive' }[member.role],
      );
      expect(text(row)).to.contain(`Joined ${formatDate(member.joinedAt.slice(0, 10), 'en')}`);
    }
    expect(text(memberRow(el, 'Emily Carter')!.querySelector('[part~="you-badge"]'))).to.equal('(you)');
    expect(root(el).querySelectorAll('[part~="you-badge"]')).to.have.length(1);
    expect(text(section(el, 'members').querySelector('h2'))).to.equal(`Members ${data.members.length}`);

    expect(root(el).querySelectorAll('[part~="invitation"]')).to.have.length(data.invitations.length);
    for (const invitation of data.invitations) {
      const row = invitationRow(el, invitation.email)!;
      const expired = invitation.status === 'expired';
      expect(text(row.querySelector('[part~="invitation-status"]'))).to.equal(expired ? 'Expired' : 'Pending');
      expect(text(row)).to.contain(`Sent ${formatDate(invitation.invitedAt.slice(0, 10), 'en')}`);
      const expiry = formatDate(invitation.expiresAt.slice(0, 10), 'en');
      expect(text(row)).to.contain(expired ? `Expired ${expiry}` : `Expires ${expiry} (`);
    }
    // Pending invitations come first.
    const statuses = [...root(el).querySelectorAll('[part~="invitation-status"]')].map(text);
    expect(statuses).to.deep.equal([...statuses].sort((a, b) => Number(a === 'Expired') - Number(b === 'Expired')));

    const roles = text(root(el).querySelector('[part~="roles"]'));
    expect(roles)
      .to.contain('Billing The finance contact: receives, pays and manages the invoices.')
      .and.contain('Can see invoices, pay invoices, change the billing profile and payment methods,')
      .and.contain(
        'Technical The sales and technical contact: places and follows orders. Can see invoices, track orders,',
      )
      .and.contain('Executive Oversees decisions')
      .and.contain('invite people and manage the team.');
    await expect(el).to.be.accessible();
  });

  for (const token of ['test_us_billing', 'test_us_executive']) {
    it(`lets ${token.split('_')[2]} manage the team`, async () => {
      const el = await mount({ token });
      expect(root(el).querySelector('[part~="read-only-notice"]')).to.equal(null);
      expect(root(el).querySelector('[part~="invite-form"]')).not.to.equal(null);
      const other = memberRow(el, 'Brian Kowalski')!;
      expect(button(other, /^Change role/)).not.to.equal(undefined);
      expect(button(other, /^Remove/)).not.to.equal(undefined);
      const invitation = root(el).querySelector<HTMLElement>('[part~="invitation"]')!;
      expect(button(invitation, /^Resend/)).not.to.equal(undefined);
      expect(button(invitation, /^Revoke/)).not.to.equal(undefined);
    });
  }

  it('shows a technical contact the team read-only, with the reason', async () => {
    const el = await mount({ token: 'test_us_technical' });
    const notice = root(el).querySelector('[part~="read-only-notice"]')!;
    expect(text(notice)).to.equal(
      'You can see the team, but your role (Technical) cannot change it. To invite someone, change a role or remove a member, ask a person with the Billing or Executive role.',
    );
    expect(root(el).querySelectorAll('[part~="member"]')).to.have.length(org(mock()).members.length);
    expect(root(el).querySelectorAll('[part~="invitation"]')).to.have.length(org(mock()).invitations.length);
    expect(root(el).querySelector('[part~="invite-form"]')).to.equal(null);
    expect(root(el).querySelectorAll('.sections button')).to.have.length(0);
    expect(root(el).querySelector('[part~="member-hint"]')).to.equal(null);
    expect(text(memberRow(el, 'Marcus Johnson')!.querySelector('[part~="you-badge"]'))).to.equal('(you)');
    expect(root(el).querySelector('[part~="roles"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('tells a role that may not see the team so', async () => {
    mock.use(http.get('*/api/team', () => problem(403, 'forbidden')));
    const el = await mount();
    expect(text(root(el).querySelector('[part~="no-access"]'))).to.contain('Your role cannot see the team.');
    expect(root(el).querySelector('[part~="error"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('offers the signed-in person no role change or removal of themselves, and says why', async () => {
    const el = await mount({ token: 'test_us_executive' });
    const me = memberRow(el, 'Sarah Whitfield')!;
    expect(text(me)).to.contain('(you)');
    expect(me.querySelectorAll('button')).to.have.length(0);
    expect(text(me.querySelector('[part~="member-hint"]'))).to.equal(
      'This is you: ask another person who manages the team to change your role or remove you.',
    );
  });

  it('offers the last billing contact no role change or removal, and says why', async () => {
    const el = await mount({ token: 'test_fr_executive' });
    const billing = org(mock(), 'fr').members.filter((member) => member.role === 'billing');
    expect(billing).to.have.length(1);
    const only = memberRow(el, billing[0]!.name)!;
    expect(only.querySelectorAll('button')).to.have.length(0);
    expect(text(only.querySelector('[part~="member-hint"]'))).to.equal(
      'The team’s only billing contact: make someone else a billing contact before changing this role or removing them.',
    );
    expect(button(memberRow(el, 'Julien Moreau')!, /^Remove/)).not.to.equal(undefined);
  });

  it('shows a loading state, then an error with its reference, and loads on retry', async () => {
    mock().faults.set({ latencyMs: 300, errorRate: 1, errorStatus: 500, operations: ['retrieveTeam'] });
    const el = await fixture<CcTeamMembers>(html`<cc-team-members .client=${clientFor()}></cc-team-members>`);
    const loading = root(el).querySelector('[part~="loading"]')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(text(loading)).to.equal('Loading the team…');
    await untilLoaded(el);
    const error = root(el).querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error))
      .to.contain('The billing service had a problem. Try again in a moment.')
      .and.match(/Reference for support: req_/);
    // No `help` attribute: no "Get help" button.
    expect(button(error, 'Get help')).to.equal(undefined);
    await expect(el).to.be.accessible();
    mock().faults.clear();
    await click(error, 'Try again');
    await waitUntil(() => root(el).querySelector('[part~="member"]'), 'loaded on retry', { timeout: 8000 });
    expect(root(el).querySelector('[part~="error"]')).to.equal(null);
  });

  it('with the help attribute, "Get help" in the error state sends cc-help-request', async () => {
    mock().faults.set({ errorRate: 1, errorStatus: 503, operations: ['retrieveTeam'] });
    const el = await mount({ help: true });
    const error = root(el).querySelector('[part~="error"]')!;
    const help = button(error, 'Get help')!;
    expect(help.getAttribute('part')).to.equal('help-button');
    const request = oneEvent(el, 'cc-help-request') as Promise<CcHelpRequestEvent>;
    help.click();
    const { detail, bubbles, composed } = await request;
    expect(bubbles && composed).to.equal(true);
    expect(detail.topic).to.equal('team');
    expect(detail.message).to.equal('The billing service had a problem. Try again in a moment.');
    expect(detail.requestId).to.match(/^req_/);
    await expect(el).to.be.accessible();
  });

  it('shows the host’s slotted help content next to an error', async () => {
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['retrieveTeam'] });
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <cc-team-members .client=${clientFor()}
          ><a slot="help" href="/support" id="support">Billing support</a></cc-team-members
        >
      </div>`,
    );
    const el = wrapper.querySelector<CcTeamMembers>('cc-team-members')!;
    await untilLoaded(el);
    const slot = root(el).querySelector<HTMLSlotElement>('[part~="error"] [part~="help"] slot[name="help"]')!;
    expect(slot.assignedElements().map((node) => node.id)).to.deep.equal(['support']);
    expect(button(root(el).querySelector('[part~="error"]')!, 'Get help')).to.equal(undefined);
  });

  it('renders markup in names as text, in the list and in a dialog', async () => {
    const payload = '<img src=x onerror="window.__xss=1">';
    const target = org(mock()).members.find((member) => member.name === 'Brian Kowalski')!;
    target.name = payload;
    const el = await mount();
    const row = memberRow(el, payload)!;
    expect(text(row.querySelector('.row__title'))).to.equal(payload);
    expect(root(el).querySelector('img')).to.equal(null);
    await openFrom(el, row, /^Remove/);
    expect(text(dialogOf(el).querySelector('h2'))).to.equal(`Remove ${payload} from the team?`);
    expect(dialogOf(el).querySelector('img')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('reloads when the team changes through its client elsewhere on the page', async () => {
    const client = clientFor();
    const el = await mount({ client });
    await client.team.invite({ email: 'new.person@harborview-logistics.example', role: 'executive' });
    await waitUntil(() => invitationRow(el, 'new.person@harborview-logistics.example'), 'new invitation shown');
  });

  describe('in Arabic, right to left', () => {
    async function mountRtl(token = 'test_us_billing'): Promise<CcTeamMembers> {
      await setPageLanguage('ar', 'rtl');
      const el = await fixture<CcTeamMembers>(html`<cc-team-members .client=${clientFor(token)}></cc-team-members>`);
      await untilLoaded(el);
      return el;
    }

    it('lays out right to left, formats dates in Arabic and is accessible', async () => {
      const el = await mountRtl();
      expect(getComputedStyle(el).direction).to.equal('rtl');
      const row = memberRow(el, 'Brian Kowalski')!;
      const main = row.querySelector('.row__main')!.getBoundingClientRect();
      const side = row.querySelector('.row__side')!.getBoundingClientRect();
      // The name starts on the right, the role and actions are on its left.
      expect(main.right > side.right).to.equal(true);
      // The heading's words start at the section's right edge.
      const range = document.createRange();
      range.selectNodeContents(section(el, 'members').querySelector('h2')!);
      const words = range.getBoundingClientRect();
      const box = section(el, 'members').getBoundingClientRect();
      expect(box.right - words.right < words.left - box.left).to.equal(true);
      const joined = org(mock())
        .members.find((member) => member.name === 'Brian Kowalski')!
        .joinedAt.slice(0, 10);
      expect(text(row)).to.contain(formatDate(joined, 'ar'));
      expect(formatDate(joined, 'ar')).not.to.equal(formatDate(joined, 'en'));
      await expect(el).to.be.accessible();
    });

    it('is accessible read-only and with a dialog open', async () => {
      const readOnly = await mountRtl('test_us_technical');
      expect(root(readOnly).querySelector('[part~="read-only-notice"]')).not.to.equal(null);
      await expect(readOnly).to.be.accessible();
      const el = await mountRtl();
      await openFrom(el, memberRow(el, 'Laura Chen')!, new RegExp(`^${msg('Change role')}`));
      expect(getComputedStyle(dialogOf(el)).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
      await click(dialogOf(el), msg('Cancel'));
      await waitUntil(() => !dialogOf(el).open, 'closed');
    });

    it('shows the error state accessibly, with "Get help"', async () => {
      mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['retrieveTeam'] });
      await setPageLanguage('ar', 'rtl');
      const el = await fixture<CcTeamMembers>(html`<cc-team-members help .client=${clientFor()}></cc-team-members>`);
      await untilLoaded(el);
      const error = root(el).querySelector('[part~="error"]')!;
      expect(button(error, msg('Get help'))).not.to.equal(undefined);
      expect(getComputedStyle(error).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    });

    it('shows form errors accessibly', async () => {
      const el = await mountRtl();
      await click(section(el, 'invite'), msg('Send invitation'));
      await waitUntil(() => root(el).querySelector('[part~="field-error"]'), 'errors shown');
      await expect(el).to.be.accessible();
    });
  });
});
