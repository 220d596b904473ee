import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createBillingClient, type BillingClient } from '@customer-center/sdk';
import { createMockApi, type MockApi } from '@customer-center/mock-api';
import { startMockApi, type RunningMockApi } from '@customer-center/mock-api/testing';
import './define.js';
import type { CcCustomerCenter } from './customer-center.js';
import { setPageLanguage } from '../../test/support.js';

const client = (role = 'billing', slug = 'us'): BillingClient =>
  createBillingClient({ baseUrl: '/api', getToken: () => `test_${slug}_${role}`, maxRetries: 0 });

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const inShadow = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const navItems = (el: CcCustomerCenter) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="nav-item"]')];
const navLabels = (el: CcCustomerCenter) => navItems(el).map((item) => text(item));
const shownTag = (el: CcCustomerCenter) =>
  inShadow(el, '[part="section"]')?.querySelector(':scope > :not(h2)')?.localName ?? '';

async function mount(role = 'billing', attributes = ''): Promise<CcCustomerCenter> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<cc-customer-center ${attributes}></cc-customer-center>`;
  const el = wrapper.querySelector<CcCustomerCenter>('cc-customer-center')!;
  el.client = client(role);
  await waitUntil(() => navItems(el).length > 0 || inShadow(el, '[part="empty"]'), 'portal shown', {
    timeout: 8000,
  });
  return el;
}

/** Waits until the section's element is defined and has rendered something. */
const untilSection = (el: CcCustomerCenter, tag: string) =>
  waitUntil(
    () =>
      shownTag(el) === tag &&
      (inShadow(el, '[part="section"]')!.querySelector(tag)?.shadowRoot?.childElementCount ?? 0) > 0,
    `${tag} shown (was ${shownTag(el)})`,
    { timeout: 8000 },
  );

describe('<cc-customer-center>', function () {
  this.timeout(20_000);
  let mock: MockApi;
  let running: RunningMockApi;

  before(async () => {
    mock = createMockApi({ baseUrl: '/api' });
    running = await startMockApi(mock.handlers);
  });
  afterEach(() => {
    mock.faults.clear();
    mock.store.reset();
  });
  after(() => running.stop());

  it('offers a billing contact every section but Orders, and shows the invoices first', async () => {
    const el = await mount('billing');
    expect(navLabels(el)).to.deep.equal([
      'Invoices',
      'Payments',
      'Billing profile',
      'Rewards',
      'Contracts',
      'Documents',
      'Team',
    ]);
    expect(navItems(el)[0]!.getAttribute('aria-current')).to.equal('page');
    await untilSection(el, 'cc-invoice-list');
    await expect(el).to.be.accessible();
  });

  it('offers each role only the sections it may use', async () => {
    const technical = await mount('technical');
    expect(navLabels(technical)).to.deep.equal(['Invoices', 'Rewards', 'Orders', 'Contracts', 'Documents', 'Team']);
    const executive = await mount('executive');
    expect(navLabels(executive)).to.deep.equal([
      'Invoices',
      'Billing profile',
      'Rewards',
      'Orders',
      'Contracts',
      'Documents',
      'Team',
    ]);
  });

  it('falls back to the first allowed section when the one asked for is not allowed', async () => {
    const el = await mount('technical', 'section="payments"');
    expect(navItems(el).find((item) => item.getAttribute('aria-current') === 'page')!.textContent).to.contain(
      'Invoices',
    );
    await untilSection(el, 'cc-invoice-list');
  });

  it('opens every section with its element, fetched on first use, and tells the page', async () => {
    const el = await mount('billing');
    const expected: Record<string, string> = {
      Payments: 'cc-billing-profile',
      'Billing profile': 'cc-billing-profile',
      Rewards: 'cc-rewards-redeem',
      Contracts: 'cc-contract-list',
      Documents: 'cc-document-list',
      Team: 'cc-team-members',
      Invoices: 'cc-invoice-list',
    };
    for (const [label, tag] of Object.entries(expected)) {
      const changed = oneEvent(el, 'cc-section-change');
      navItems(el)
        .find((item) => text(item) === label)!
        .click();
      await changed;
      await untilSection(el, tag);
      expect(text(inShadow(el, '#section-heading'))).to.equal(label);
      expect(el.shadowRoot!.activeElement?.id).to.equal('section-heading');
    }
    // The payments section shows what is due and the methods; the profile section the rest.
    el.section = 'payments';
    await untilSection(el, 'cc-billing-profile');
    expect(inShadow(el, 'cc-billing-profile')!.getAttribute('sections')).to.equal('due methods');
  });

  it('shows the orders to a technical contact, and is accessible there', async () => {
    const el = await mount('technical', 'section="orders"');
    await untilSection(el, 'cc-order-tracker');
    await expect(el).to.be.accessible();
  });

  it('moves between sections by keyboard alone', async () => {
    const el = await mount('billing');
    navItems(el)[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === navItems(el)[1]).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await untilSection(el, 'cc-billing-profile');
    expect(el.section).to.equal('payments');
    expect(el.shadowRoot!.activeElement?.id).to.equal('section-heading');
  });

  it('shows an error with a retry when the account cannot be read, with help on request', async () => {
    mock.faults.set({ errorRate: 1, errorStatus: 500, operations: ['retrieveAccount'] });
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('cc-customer-center');
    el.help = true;
    el.client = client();
    wrapper.append(el);
    await waitUntil(() => inShadow(el, '[part="error"]'), 'error shown');
    await expect(el).to.be.accessible();
    const requested = oneEvent(el, 'cc-help-request');
    inShadow(el, '[part="help-button"]')!.click();
    const { detail } = await requested;
    expect(detail.requestId).to.match(/^req_/);
    expect(detail.topic, 'the account as a whole, not one section').to.equal('account');
    mock.faults.clear();
    inShadow(el, '[part="retry-button"]')!.click();
    await waitUntil(() => navItems(el).length > 0, 'portal shown after retry');
  });

  it('passes the help attribute and the host’s help content on to its sections', async () => {
    mock.faults.set({ errorRate: 1, errorStatus: 500, operations: ['listInvoices'] });
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<cc-customer-center help><a slot="help" href="#support">Billing support</a></cc-customer-center>`;
    const el = wrapper.querySelector<CcCustomerCenter>('cc-customer-center')!;
    el.client = client();
    const list = () => inShadow(el, '[part="section"]')?.querySelector('cc-invoice-list');
    await waitUntil(() => list()?.shadowRoot?.querySelector('[part="help-button"]'), 'the list’s error, with help', {
      timeout: 8000,
    });
    const slot = list()!.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="help"]')!;
    expect(slot.assignedNodes({ flatten: true }).map((node) => node.textContent)).to.deep.equal(['Billing support']);
    const requested = oneEvent(wrapper, 'cc-help-request');
    list()!.shadowRoot!.querySelector<HTMLElement>('[part="help-button"]')!.click();
    const { detail } = await requested;
    expect(detail.topic).to.equal('invoices');
    expect(detail.requestId).to.match(/^req_/);
    await expect(el).to.be.accessible();
  });

  it('lays the navigation out right-to-left in Arabic', async () => {
    await setPageLanguage('ar', 'rtl');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="ar" dir="rtl" style="inline-size: 60rem">
        <cc-customer-center .client=${client()}></cc-customer-center>
      </div>`,
    );
    const el = wrapper.querySelector<CcCustomerCenter>('cc-customer-center')!;
    await waitUntil(() => navItems(el).length > 0, 'portal shown');
    await untilSection(el, 'cc-invoice-list');
    // The navigation stands at the inline start: on the right in right-to-left.
    const nav = inShadow(el, '[part="nav"]')!.getBoundingClientRect();
    const section = inShadow(el, '[part="section"]')!.getBoundingClientRect();
    expect(nav.left > section.left).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
