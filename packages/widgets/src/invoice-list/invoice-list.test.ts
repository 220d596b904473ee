import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createMockApi, tokenizeTestCard, type MockApi } from '@customer-center/mock-api';
import { startMockApi, type RunningMockApi } from '@customer-center/mock-api/testing';
import { sharedClient } from '../base/client.js';
import '../billing-provider/define.js';
import './define.js';
import type { CcInvoiceList } from './invoice-list.js';
import { setPageLanguage } from '../../test/support.js';

const TOKEN = 'test_us_billing';
const rowsOf = (el: CcInvoiceList) => [...el.shadowRoot!.querySelectorAll('tbody tr')];
const numbers = (el: CcInvoiceList) => rowsOf(el).map((row) => row.querySelector('.number')!.textContent!.trim());
const statuses = (el: CcInvoiceList) =>
  rowsOf(el).map((row) => row.querySelector('[part="status"]')!.textContent!.trim());
const loaded = (el: CcInvoiceList) =>
  waitUntil(
    () => el.shadowRoot!.querySelector('table[aria-busy="false"], [part="empty"], [part="error"]'),
    'list loaded',
    {
      timeout: 4000,
    },
  );

async function mount(attributes = '', width = '1100px', token = TOKEN): Promise<CcInvoiceList> {
  const wrapper = await fixture(
    html`<div style="inline-size: ${width}">
      <cc-billing-provider api-base="/api" token=${token}></cc-billing-provider>
    </div>`,
  );
  // Attributes vary per test, so the element is created from markup.
  const provider = wrapper.querySelector('cc-billing-provider')!;
  provider.innerHTML = `<cc-invoice-list ${attributes}></cc-invoice-list>`;
  const el = provider.querySelector('cc-invoice-list')!;
  await loaded(el);
  return el;
}

describe('<cc-invoice-list>', () => {
  let mock: MockApi;
  let running: RunningMockApi;

  before(async () => {
    mock = createMockApi({ baseUrl: '/api' });
    running = await startMockApi(mock.handlers);
  });
  afterEach(() => {
    mock.faults.clear();
    mock.store.reset();
    // Drop answers cached by the page's shared client between tests.
    sharedClient('/api', { token: TOKEN }).invalidate(['invoices']);
  });
  after(() => running.stop());

  it('offers a technical contact no Pay buttons nor selection, and says why', async () => {
    const el = await mount('selectable', '1100px', 'test_us_technical');
    expect(statuses(el)).to.include('Overdue');
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="read-only-notice"]')!.textContent).to.contain('Your role cannot make payments');
    const buttons = [...root.querySelectorAll('tbody button')].map((button) => button.textContent!.trim());
    expect(buttons.some((label) => label.startsWith('Pay'))).to.equal(false);
    expect(buttons.some((label) => label.startsWith('Download'))).to.equal(true);
    expect(root.querySelector('input[type="checkbox"]')).to.equal(null);
    await expect(el).to.be.accessible();

    const billing = await mount('selectable');
    expect(billing.shadowRoot!.querySelector('[part="read-only-notice"]')).to.equal(null);
    expect(billing.shadowRoot!.querySelector('input[type="checkbox"]')).not.to.equal(null);
  });

  it('lists overdue first, then open, then closed, with counts and totals per currency', async () => {
    const el = await mount('page-size="100"');
    const order = { Overdue: 0, Open: 1, Closed: 2 } as Record<string, number>;
    const ranks = statuses(el).map((status) => order[status]!);
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).to.equal(0);
    const filters = el.shadowRoot!.querySelector('[part="filters"]')!.textContent!.replace(/\s+/g, ' ');
    expect(filters).to.match(/All \d+ Overdue \d+ Open \d+ Closed \d+/);
    const totals = el.shadowRoot!.querySelector('[part="totals"]')!.textContent!;
    expect(totals).to.contain('Overdue (USD)').and.to.contain('$');
    await expect(el).to.be.accessible();
  });

  it('filters by status from the buttons, and says which is pressed', async () => {
    const el = await mount();
    const open = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.filter')].find((b) =>
      b.textContent!.trim().startsWith('Open'),
    )!;
    open.click();
    await el.updateComplete;
    await loaded(el);
    await waitUntil(() => statuses(el).every((status) => status === 'Open'), 'only open invoices');
    expect(open.getAttribute('aria-pressed')).to.equal('true');
    expect(el.status).to.equal('open');
  });

  it('searches by invoice number after typing pauses', async () => {
    const el = await mount('page-size="5"');
    const wanted = numbers(el)[2]!;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    input.value = wanted;
    input.dispatchEvent(new InputEvent('input'));
    await waitUntil(() => numbers(el).length === 1 && numbers(el)[0] === wanted, 'one match', { timeout: 3000 });
  });

  it('sorts by a column both ways, announcing the order with aria-sort', async () => {
    const el = await mount('page-size="20"');
    const header = () =>
      [...el.shadowRoot!.querySelectorAll('thead th')].find((th) => th.textContent!.includes('Invoice'))!;
    header().querySelector('button')!.click();
    await waitUntil(() => header().getAttribute('aria-sort') === 'ascending' && numbers(el).length === 20, 'sorted');
    await loaded(el);
    const ascending = numbers(el);
    expect(ascending).to.deep.equal([...ascending].sort());
    header().querySelector('button')!.click();
    await waitUntil(() => header().getAttribute('aria-sort') === 'descending', 'reversed');
    await waitUntil(() => numbers(el)[0]! > ascending[0]!, 'descending rows');
  });

  it('loads more pages on request and announces them', async () => {
    const el = await mount('page-size="10"');
    expect(rowsOf(el)).to.have.length(10);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="load-more"]')!.click();
    await waitUntil(() => rowsOf(el).length === 20, 'second page');
    expect(el.shadowRoot!.querySelector('[role="status"][aria-live]')!.textContent).to.contain(
      '10 more invoices loaded',
    );
  });

  it('emits a cancelable cc-invoice-select when an invoice number is pressed', async () => {
    const el = await mount('page-size="5"');
    setTimeout(() => rowsOf(el)[0]!.querySelector<HTMLButtonElement>('.number')!.click());
    const event = await oneEvent(el, 'cc-invoice-select');
    expect(event.detail.invoiceId).to.match(/^in_/);
    expect(event.cancelable).to.equal(true);
    expect(event.composed).to.equal(true);
  });

  it('opens the invoice in a modal dialog, unless the host takes over', async () => {
    const el = await mount('page-size="5"');
    const button = rowsOf(el)[0]!.querySelector<HTMLButtonElement>('.number')!;
    button.focus();
    button.click();
    const detail = () => el.shadowRoot!.querySelector('cc-invoice-detail');
    await waitUntil(() => detail()?.shadowRoot?.querySelector('dialog[open]'), 'dialog open', { timeout: 4000 });
    await waitUntil(() => detail()!.shadowRoot!.textContent!.includes(numbers(el)[0]!), 'invoice shown');
    detail()!.close();
    await waitUntil(() => !detail(), 'dialog gone');
    const takeOver = (event: Event) => event.preventDefault();
    el.addEventListener('cc-invoice-select', takeOver);
    button.click();
    await el.updateComplete;
    expect(detail()).to.equal(null);
    el.removeEventListener('cc-invoice-select', takeOver);
  });

  it('e-mails the current filter from its dialog', async () => {
    const el = await mount('status="overdue" page-size="5"');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="email-button"]')!.click();
    // The dialog's code is fetched on first use.
    await waitUntil(
      () => el.shadowRoot!.querySelector('cc-invoice-email-dialog')?.shadowRoot?.querySelector('dialog[open]'),
      'e-mail dialog open',
    );
    const dialog = el.shadowRoot!.querySelector('cc-invoice-email-dialog')!;
    const recipients = dialog.shadowRoot!.querySelector<HTMLTextAreaElement | HTMLInputElement>('textarea, input')!;
    recipients.value = 'finance@example.com';
    recipients.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const send = [...dialog.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Send')!;
    setTimeout(() => send.click());
    const sent = await oneEvent(el, 'cc-invoices-emailed');
    const us = mock.store.organizations.find((org) => org.slug === 'us')!;
    expect(sent.detail.invoiceCount).to.equal(us.invoices.filter((invoice) => invoice.status === 'overdue').length);
    expect(us.emails.at(-1)!.recipients).to.deep.equal(['finance@example.com']);
  });

  it('asks to pay one invoice, or every selected one', async () => {
    const el = await mount('page-size="10" selectable');
    const firstPay = rowsOf(el)[0]!.querySelector<HTMLButtonElement>('.actions .cc-button:not(.secondary)')!;
    setTimeout(() => firstPay.click());
    expect((await oneEvent(el, 'cc-pay-request')).detail.invoiceIds).to.have.length(1);
    const boxes = rowsOf(el)
      .map((row) => row.querySelector<HTMLInputElement>('input[type="checkbox"]')!)
      .filter((box) => !box.disabled);
    boxes[0]!.click();
    boxes[1]!.click();
    await el.updateComplete;
    const paySelected = [...el.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Pay selected',
    )!;
    setTimeout(() => paySelected.click());
    expect((await oneEvent(el, 'cc-pay-request')).detail.invoiceIds).to.have.length(2);
    el.shadowRoot!.querySelector<HTMLInputElement>('thead input[type="checkbox"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain(`${boxes.length} selected`);
  });

  it('downloads the PDF under the invoice’s own file name', async () => {
    const el = await mount('page-size="5"');
    const original = HTMLAnchorElement.prototype.click;
    const saved: string[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this.download);
    };
    try {
      rowsOf(el)[0]!.querySelector<HTMLButtonElement>('.actions .secondary')!.click();
      await waitUntil(() => saved.length === 1, 'file saved');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(saved[0]).to.equal(`${numbers(el)[0]}.pdf`);
  });

  it('refreshes after a payment made through the same client elsewhere on the page', async () => {
    const el = await mount('status="overdue" page-size="100"');
    const before = numbers(el).length;
    const client = sharedClient('/api', { token: TOKEN });
    const first = (await client.invoices.list({ status: 'overdue', limit: 100 })).data.find(
      (invoice) => invoice.currency === 'USD' && invoice.balanceDue.amountMinor < 5_000_000,
    )!;
    await client.payments.create({
      allocations: [{ invoiceId: first.id, amount: first.balanceDue }],
      method: {
        type: 'card',
        source: tokenizeTestCard({ number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '1' }),
      },
    });
    await waitUntil(
      () => numbers(el).length === before - 1 && !numbers(el).includes(first.number),
      'paid invoice left',
    );
  });

  it('renders API text as text, never as markup', async () => {
    const invoice = mock.store.organizations
      .find((org) => org.slug === 'us')!
      .invoices.find((i) => i.status === 'overdue')!;
    invoice.number = '<img src=x onerror="window.__xss=1">INV-XSS';
    mock.store.touch();
    const el = await mount('status="overdue" page-size="100"');
    expect(numbers(el)).to.include('<img src=x onerror="window.__xss=1">INV-XSS');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('shows an empty state for a search without matches', async () => {
    const el = await mount('page-size="5"');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    input.value = 'NO-SUCH-INVOICE';
    input.dispatchEvent(new InputEvent('input'));
    await waitUntil(() => el.shadowRoot!.querySelector('[part="empty"]'), 'empty state', { timeout: 3000 });
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.contain(
      'No invoices match “NO-SUCH-INVOICE”.',
    );
    await expect(el).to.be.accessible();
  });

  it('shows the error with a retry that works', async () => {
    mock.faults.set({ errorRate: 1, errorStatus: 503, retryAfterSeconds: 0, operations: ['listInvoices'] });
    const el = await mount();
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('The billing service had a problem');
    await expect(el).to.be.accessible();
    mock.faults.clear();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => rowsOf(el).length > 0, 'rows after retry');
  });

  it('shows rows as cards in a narrow container', async () => {
    const el = await mount('page-size="5"', '380px');
    const thead = el.shadowRoot!.querySelector('thead')!;
    expect(getComputedStyle(thead).position).to.equal('absolute');
    expect(getComputedStyle(rowsOf(el)[0]!).display).to.equal('block');
  });

  it('mirrors in right-to-left: the first column stands right of the last', async () => {
    await setPageLanguage('ar', 'rtl');
    const el = await mount('page-size="5"');
    const row = rowsOf(el)[0]!;
    const first = row.querySelector('th')!.getBoundingClientRect();
    const last = row.querySelector('.actions')!.getBoundingClientRect();
    expect(first.left).to.be.greaterThan(last.left);
  });

  it('keeps a direction the host sets on the element over the locale’s', async () => {
    await setPageLanguage('ar', 'rtl');
    const el = await mount('page-size="5" dir="ltr"');
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(el).direction).to.equal('ltr');
    const row = rowsOf(el)[0]!;
    const first = row.querySelector('th')!.getBoundingClientRect();
    const last = row.querySelector('.actions')!.getBoundingClientRect();
    expect(first.left).to.be.lessThan(last.left);
  });
});
