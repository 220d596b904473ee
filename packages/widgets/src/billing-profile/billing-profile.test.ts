import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { formatDate, formatMoney } from '@customer-center/sdk';
import { http, HttpResponse } from 'msw';
import type { CcPayButton } from '../pay-button/pay-button.js';
import '../pay-button/define.js';
import type { CcBillingProfile } from './billing-profile.js';
import { recordingClientFor } from '../../test/support.js';
import {
  BASE,
  button,
  clientFor,
  mount,
  org,
  root,
  section,
  status,
  text,
  untilLoaded,
  useMockApi,
  payWithSavedCard,
  payDialogOf,
} from './billing-profile.helpers.test.js';

// The element against the mock API: what it shows of the store, per role and per section,
// its loading and error states, downloads, the refresh when a payment is made elsewhere, and
// strings from the API rendered as text. Contacts, payment methods and payments due have
// their own files.

const XSS = '<img src=x onerror="window.__xss=1">';

describe('<cc-billing-profile>', function () {
  this.timeout(20_000);
  const mock = useMockApi();

  it('shows every section with the store’s data: contacts, methods, payments due, plans', async () => {
    const data = structuredClone(org(mock()));
    const el = await mount();
    const headings = [...root(el).querySelectorAll('h2')].map(text);
    expect(headings).to.deep.equal(['Billing contacts', 'Payment methods', 'Payments due', 'Plans']);

    const contacts = section(el, 'contacts')!;
    const primary = data.contacts.find((contact) => contact.isPrimary)!;
    expect(contacts.querySelectorAll('[part~="contact"]')).to.have.length(data.contacts.length);
    expect(text(contacts)).to.contain(primary.name).and.contain(primary.email).and.contain(primary.phone!);
    expect(text(contacts)).to.contain(primary.address.line1).and.contain(primary.address.city);
    expect(text(contacts)).to.contain(`Invoices are e-mailed to the primary billing contact, ${primary.email}.`);
    expect(text(contacts.querySelector('[part~="primary-badge"]'))).to.equal('Primary: receives the invoices');

    const methods = [...section(el, 'methods')!.querySelectorAll('[part~="method"]')];
    expect(methods).to.have.length(data.paymentMethods.length);
    const visa = methods.find((item) => text(item).startsWith('Visa •••• 4242'))!;
    expect(text(visa)).to.contain('Expires 08/2028').and.contain('Default');
    const expired = methods.find((item) => text(item).startsWith('Mastercard •••• 5454'))!;
    expect(text(expired.querySelector('[part~="expired-badge"]'))).to.equal('Expired 07/2026');
    expect(text(section(el, 'methods')!.querySelector('[part~="expired-banner"]'))).to.contain(
      'Mastercard •••• 5454 has expired',
    );
    expect(text(methods.find((item) => text(item).startsWith('PayPal')))).to.contain(
      'accounts.payable@harborview-logistics.example',
    );

    const dues = [...section(el, 'due')!.querySelectorAll('[part~="due"]')];
    expect(dues).to.have.length(data.paymentsDue.length);
    for (const due of data.paymentsDue) {
      const item = dues.find((candidate) => candidate.getAttribute('data-due') === due.id)!;
      expect(text(item)).to.contain(due.description).and.contain(formatMoney(due.amount, 'en'));
      expect(text(item)).to.contain(formatDate(due.dueDate, 'en'));
    }
    const failed = dues.find((item) => text(item).includes('Failed automatic payment'))!;
    expect(text(failed)).to.contain('The card on file has expired');
    expect(failed.querySelector('cc-pay-button')).to.not.equal(null);
    expect(section(el, 'due')!.querySelectorAll('[part~="issue-button"]')).to.have.length(2);

    const rows = [...section(el, 'plans')!.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(data.plans.length);
    const platform = data.plans[0]!;
    const row = text(rows[0]);
    expect(row).to.contain(platform.name).and.contain('24 months').and.contain(formatMoney(platform.amount, 'en'));
    expect(row).to.contain('Monthly').and.contain(formatDate(platform.nextBillingDate!, 'en')).and.contain('Active');
    expect(text(rows.find((r) => text(r).includes('Data Lake'))))
      .to.contain('Cancelled')
      .and.contain('None');
    await expect(el).to.be.accessible();
  });

  it('shows only the sections asked for, in that order', async () => {
    const el = await mount({ sections: 'methods contacts' });
    expect([...root(el).querySelectorAll('h2')].map(text)).to.deep.equal(['Payment methods', 'Billing contacts']);
    el.sections = 'plans';
    await el.updateComplete;
    expect([...root(el).querySelectorAll('h2')].map(text)).to.deep.equal(['Plans']);
    el.sections = 'due';
    await el.updateComplete;
    expect([...root(el).querySelectorAll('h2')].map(text)).to.deep.equal(['Payments due']);
    // Unknown names are ignored; nothing known shows everything.
    el.sections = 'nonsense';
    await el.updateComplete;
    expect(root(el).querySelectorAll('h2')).to.have.length(4);
  });

  it('shows an executive the profile read-only, with the reason', async () => {
    const el = await mount({ token: 'test_us_executive', tokenizer: undefined });
    const notice = text(root(el).querySelector('[part~="read-only-notice"]'));
    expect(notice).to.contain('You can view the billing profile, but your role (executive contact) cannot change it');
    expect(notice).to.contain('Ask a billing contact');
    for (const label of [/^Edit/, /^Make default/, /^Remove/, /^Replace/, 'Add a card', /^Use another/, /^Pay/]) {
      expect(button(root(el), label), String(label)).to.equal(undefined);
    }
    expect(root(el).querySelector('cc-pay-button')).to.equal(null);
    expect(text(section(el, 'due'))).to.contain('Your role cannot make payments');
    // Downloads are reading: still offered.
    expect(section(el, 'plans')!.querySelectorAll('[part~="download-button"]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('tells a technical contact that their role cannot see the billing profile', async () => {
    // Without asking for the profile: the API would refuse, and the browser log the 403 as an error.
    const { client, asked } = recordingClientFor('test_us_technical');
    const el = await mount({ client });
    expect(asked).to.deep.equal(['/api/account']);
    const message = text(root(el).querySelector('[part~="no-access"]'));
    expect(message).to.contain('Your role cannot see the billing profile.');
    expect(message).to.contain('Your role: technical contact.');
    expect(root(el).querySelector('section')).to.equal(null);
    expect(root(el).querySelector('[part~="retry-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('has no payment methods to manage where online payment is not offered (Kuwait)', async () => {
    const el = await mount({ token: 'test_kw_billing' });
    expect(text(section(el, 'methods'))).to.contain('Online payment is not offered in your country');
    expect(button(root(el), 'Add a card')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows a loading state, then an error with a retry that loads the profile', async () => {
    mock().faults.set({ errorRate: 1, errorStatus: 500, latencyMs: 1500, operations: ['retrieveProfile'] });
    const el = await fixture<CcBillingProfile>(html`<cc-billing-profile .client=${clientFor()}></cc-billing-profile>`);
    expect(root(el).querySelector('[part~="loading"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    // Still loading: axe saw the skeleton.
    expect(root(el).querySelector('[part~="loading"]')).to.not.equal(null);
    await untilLoaded(el);
    const error = root(el).querySelector('[part~="error"]')!;
    expect(text(error)).to.contain('The billing service had a problem. Try again in a moment.');
    expect(text(error)).to.match(/Reference for support: req_\d+/);
    await expect(el).to.be.accessible();
    mock().faults.clear();
    root(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await waitUntil(() => section(el, 'contacts'), 'loaded after retry', { timeout: 8000 });
  });

  it('asks for a client when it has none', async () => {
    const el = await fixture<CcBillingProfile>(html`<cc-billing-profile></cc-billing-profile>`);
    await waitUntil(() => root(el).querySelector('[part~="empty"]'));
    expect(text(root(el).querySelector('[part~="empty"]'))).to.contain('Connect a billing API');
  });

  it('downloads a plan’s billing schedule as CSV and as PDF, under the files’ names', async () => {
    const el = await mount({ sections: 'plans' });
    const saved: { name: string; type: string }[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, type: this.href.slice(0, 5) });
    };
    try {
      const row = section(el, 'plans')!.querySelector('tbody tr')!;
      const [csv, pdf] = [...row.querySelectorAll<HTMLButtonElement>('[part~="download-button"]')];
      expect(text(csv)).to.contain('Download CSV').and.contain('billing schedule of Veridane Cloud Platform');
      csv!.click();
      // A double click downloads once.
      csv!.click();
      await waitUntil(() => saved.length === 1 && status(el).includes('downloaded'), 'CSV saved');
      pdf!.click();
      await waitUntil(() => saved.length === 2, 'PDF saved');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(saved.map((file) => file.name)).to.deep.equal([
        'billing-schedule-veridane-cloud-platform-enterprise-294-users.csv',
        'billing-schedule-veridane-cloud-platform-enterprise-294-users.pdf',
      ]);
      expect(saved.every((file) => file.type === 'blob:')).to.equal(true);
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
  });

  it('says why a download failed', async () => {
    const el = await mount({ sections: 'plans' });
    mock().faults.set({ errorRate: 1, operations: ['downloadBillingSchedule'] });
    section(el, 'plans')!.querySelector<HTMLButtonElement>('[data-format="pdf"]')!.click();
    await waitUntil(() => section(el, 'plans')!.querySelector('[part~="section-error"]'), 'error shown');
    expect(text(section(el, 'plans')!.querySelector('[part~="section-error"]'))).to.contain(
      'The billing service had a problem',
    );
  });

  it('refreshes when a payment made by another widget on the same client settles a payment due', async () => {
    const client = clientFor();
    const failed = structuredClone(org(mock()).paymentsDue.find((due) => due.kind === 'failed_charge')!);
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <cc-billing-profile .client=${client} sections="due"></cc-billing-profile>
        <cc-pay-button .client=${client} invoice=${failed.invoiceId!}></cc-pay-button>
      </div>`,
    );
    const el = wrapper.querySelector<CcBillingProfile>('cc-billing-profile')!;
    await untilLoaded(el);
    expect(root(el).querySelector(`[data-due="${failed.id}"]`)).to.not.equal(null);
    const payButton = wrapper.querySelector<CcPayButton>(':scope > cc-pay-button')!;
    payButton.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await payWithSavedCard(payButton);
    await waitUntil(() => !root(el).querySelector(`[data-due="${failed.id}"]`), 'due gone', { timeout: 8000 });
    expect(section(el, 'due')!.querySelectorAll('[part~="due"]')).to.have.length(2);
    payDialogOf(payButton).close();
  });

  it('re-renders when the profile changes through the same client elsewhere', async () => {
    const client = clientFor();
    const el = await mount({ client, sections: 'contacts' });
    const contact = org(mock()).contacts[1]!;
    await client.profile.updateContact(contact.id, { name: 'Finance Team' });
    await waitUntil(() => text(section(el, 'contacts')).includes('Finance Team'), 'renamed contact shown');
  });

  it('keeps what it showed, under the error, when a reload after a change elsewhere fails', async () => {
    const client = clientFor();
    const el = await mount({ client, sections: 'contacts due' });
    const shown = text(section(el, 'contacts'));
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['retrieveProfile'] });
    client.invalidate(['profile']);
    await waitUntil(() => root(el).querySelector('[part="error"]'), 'the reload’s error shown', { timeout: 8000 });
    expect(text(root(el).querySelector('[part="error"]'))).to.contain(
      'The billing service had a problem. Try again in a moment.',
    );
    expect(text(section(el, 'contacts')), 'the profile is still there').to.equal(shown);
    expect(section(el, 'due')).to.not.equal(null);
    await expect(el).to.be.accessible();

    mock().faults.clear();
    button(root(el).querySelector('[part="error"]')!, 'Try again')!.click();
    await waitUntil(() => !root(el).querySelector('[part="error"]'), 'reloaded', { timeout: 8000 });
    expect(text(section(el, 'contacts'))).to.equal(shown);
  });

  it('renders script-like strings from the API as text', async () => {
    const data = org(mock());
    data.contacts[0]!.name = XSS;
    data.contacts[0]!.address.line1 = XSS;
    data.contacts[0]!.address.city = XSS;
    data.contacts[0]!.phone = `${XSS}phone`;
    data.contacts[0]!.address.line2 = `${XSS}line2`;
    data.contacts[0]!.address.region = `${XSS}region`;
    data.plans[0]!.name = XSS;
    data.paymentsDue[0]!.description = XSS;
    data.paymentMethods[2]!.holderName = XSS;
    (window as { __xss?: number }).__xss = undefined;
    const el = await mount();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(text(section(el, 'contacts'))).to.contain(XSS);
    for (const value of [`${XSS}phone`, `${XSS}line2`, `${XSS}region`]) {
      expect(text(section(el, 'contacts'))).to.contain(value);
    }
    expect(text(section(el, 'plans'))).to.contain(XSS);
    expect(text(section(el, 'due'))).to.contain(XSS);
    expect(text(section(el, 'methods'))).to.contain(XSS);
    // The edit form shows the values as values, not markup.
    button(section(el, 'contacts')!, /^Edit/)!.click();
    await el.updateComplete;
    expect(root(el).querySelector<HTMLInputElement>('input[name="name"]')!.value).to.equal(XSS);
    expect(root(el).querySelector<HTMLInputElement>('input[name="phone"]')!.value).to.equal(`${XSS}phone`);
    expect(root(el).querySelector<HTMLInputElement>('input[name="line2"]')!.value).to.equal(`${XSS}line2`);
    expect(root(el).querySelector<HTMLInputElement>('input[name="region"]')!.value).to.equal(`${XSS}region`);
    expect(text(root(el).querySelector('[part~="contact-form"] h3'))).to.equal(`Edit ${XSS}`);
    expect(root(el).querySelector('img')).to.equal(null);
  });

  it('renders a script-like name as text in what it says after saving, and in the removal dialog', async () => {
    const data = org(mock());
    const contact = data.contacts.find((candidate) => !candidate.isPrimary)!;
    data.paymentMethods.find((method) => method.type === 'paypal')!.holderName = XSS;
    const el = await mount({ sections: 'contacts methods' });
    button(root(el).querySelector(`[data-contact="${contact.id}"]`)!, /^Edit/)!.click();
    await el.updateComplete;
    const name = root(el).querySelector<HTMLInputElement>('input[name="name"]')!;
    name.value = XSS;
    name.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    button(root(el).querySelector('[part~="contact-form"]')!, 'Save')!.click();
    await waitUntil(() => status(el).includes('Saved'), 'saved', { timeout: 8000 });
    expect(org(mock()).contacts.find((candidate) => candidate.id === contact.id)!.name).to.equal(XSS);
    expect(status(el)).to.equal(`Saved the details of ${XSS}.`);
    expect(text(root(el).querySelector(`[data-contact="${contact.id}"] h3`))).to.equal(XSS);
    // The removal dialog names the method by its brand and last four digits only.
    const paypal = [...section(el, 'methods')!.querySelectorAll('[part~="method"]')].find((item) =>
      text(item).startsWith('PayPal'),
    )!;
    expect(text(paypal)).to.contain(XSS);
    button(paypal, /^Remove/)!.click();
    const dialog = root(el).querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'confirmation open');
    expect(text(dialog.querySelector('h2'))).to.equal('Remove PayPal?');
    expect(root(el).querySelector('img')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('shows nothing of a payment method whose last four digits are not digits', async () => {
    // The API answers with a script-like "last four"; the SDK checks the answer before the
    // element sees it, so the profile says it could not read it and shows none of it.
    const profile = structuredClone(await clientFor().profile.retrieve());
    (profile.paymentMethods[0] as { last4: string | null }).last4 = XSS;
    mock.use(http.get(`${BASE}/profile`, () => HttpResponse.json(profile)));
    const el = await mount({ sections: 'methods' });
    expect(text(root(el).querySelector('[part~="error"]'))).to.contain(
      'The billing service sent data we could not read.',
    );
    expect(text(root(el))).not.to.contain(XSS);
    expect(root(el).querySelector('img')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('dispatches its events from the element, bubbling and composed', async () => {
    const el = await mount({ sections: 'methods' });
    const event = oneEvent(el, 'cc-profile-updated');
    button(section(el, 'methods')!, /^Make default Bank account/)!.click();
    const { detail, bubbles, composed } = await event;
    expect([bubbles, composed]).to.deep.equal([true, true]);
    expect(detail.section).to.equal('methods');
    expect(detail.changed).to.deep.equal(['defaultPaymentMethod']);
  });
});
