import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { formatMoney, type InvoiceDetail } from '@customer-center/sdk';
import { createMockApi, type MockApi } from '@customer-center/mock-api';
import { startMockApi, type RunningMockApi } from '@customer-center/mock-api/testing';
import { resolveLocale, sharedClient } from '@customer-center/widgets';
import '@customer-center/widgets/billing-provider';
import './define.js';
import type { CcInvoiceDetail } from './invoice-detail.js';
import { setPageLanguage } from '../../test/support.js';
import { CcInvoiceDetailCloseEvent } from '../events/invoice-detail-close.js';
import { CcPayRequestEvent } from '../events/pay-request.js';

const TOKEN = 'test_us_billing';

const part = (el: CcInvoiceDetail, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim() ?? '';
const buttonNamed = (el: CcInvoiceDetail, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((button) => text(button) === name);

const settled = (el: CcInvoiceDetail) =>
  waitUntil(() => part(el, 'heading') ?? part(el, 'error') ?? part(el, 'empty'), 'element settled', {
    timeout: 4000,
  });

async function renderDetail(invoiceId: string, token = TOKEN): Promise<CcInvoiceDetail> {
  const wrapper = await fixture(
    html`<cc-billing-provider api-base="/api" token=${token}>
      <cc-invoice-detail invoice=${invoiceId}></cc-invoice-detail>
    </cc-billing-provider>`,
  );
  const el = wrapper.querySelector('cc-invoice-detail')!;
  await settled(el);
  return el;
}

describe('<cc-invoice-detail>', () => {
  let mock: MockApi;
  let running: RunningMockApi;

  const us = () => mock.store.organization('us')!;
  /** An unpaid invoice with lines, credits or payments where the seed has them. */
  const openInvoice = (): InvoiceDetail =>
    us().invoices.find(
      (invoice) => invoice.status !== 'closed' && invoice.lines.length > 1 && invoice.balanceDue.amountMinor > 0,
    )!;
  const closedInvoice = (): InvoiceDetail => us().invoices.find((invoice) => invoice.status === 'closed')!;

  before(async () => {
    mock = createMockApi({ baseUrl: '/api' });
    running = await startMockApi(mock.handlers);
  });
  beforeEach(() => {
    // The shared client caches answers for 30 s: forget them, so each test reads the reset store.
    sharedClient('/api', { token: TOKEN }).invalidate(['invoices']);
  });
  afterEach(() => {
    mock.faults.clear();
    mock.store.reset();
  });
  after(() => running.stop());

  it('renders a real invoice: number, status, lines and the balance due in the page locale', async () => {
    const invoice = openInvoice();
    const el = await renderDetail(invoice.id);
    const locale = resolveLocale(el);

    expect(text(part(el, 'heading'))).to.equal(`Invoice ${invoice.number}`);
    expect(text(part(el, 'status'))).to.equal(invoice.status === 'overdue' ? 'Overdue' : 'Open');

    const table = part(el, 'lines') as HTMLTableElement;
    expect(table.tagName).to.equal('TABLE');
    expect(text(table.caption)).to.equal('Invoice lines');
    expect([...table.tHead!.querySelectorAll('th')].map((th) => th.getAttribute('scope'))).to.deep.equal([
      'col',
      'col',
      'col',
      'col',
    ]);
    const rows = [...table.tBodies[0]!.rows];
    expect(rows).to.have.length(invoice.lines.length);
    invoice.lines.forEach((line, index) => {
      const row = rows[index]!;
      expect(row.querySelector('th[scope="row"]')?.textContent).to.contain(line.description);
      expect(text(row.cells[3])).to.equal(formatMoney(line.amount, locale));
    });
    expect(text(table.tFoot)).to.contain(formatMoney(invoice.total, locale));
    expect(text(table.tFoot)).to.contain(formatMoney(invoice.taxTotal, locale));

    expect(text(part(el, 'balance-due'))).to.equal(`Balance due ${formatMoney(invoice.balanceDue, locale)}`);
    expect(part(el, 'balance-due')!.querySelector('strong')).not.to.equal(null);
    expect(text(part(el, 'summary'))).to.contain(invoice.billTo.name);
    if (invoice.poNumber) expect(text(part(el, 'summary'))).to.contain(invoice.poNumber);
    expect(text(part(el, 'summary'))).to.match(/\((Overdue, due|Due) /);
    await expect(el).to.be.accessible();
  });

  it('lists credits, rewards and payments applied', async () => {
    const invoice = us().invoices.find(
      (candidate) => candidate.adjustments.length > 0 && candidate.payments.length > 0,
    )!;
    expect(invoice, 'the seed has an invoice with adjustments and payments').not.to.equal(undefined);
    const el = await renderDetail(invoice.id);
    const locale = resolveLocale(el);
    const adjustments = part(el, 'adjustments')!.querySelectorAll('li');
    expect(adjustments).to.have.length(invoice.adjustments.length);
    expect(text(adjustments[0])).to.contain(invoice.adjustments[0]!.reference);
    expect(part(el, 'payments')!.querySelectorAll('li')).to.have.length(invoice.payments.length);
    expect(text(part(el, 'payments'))).to.contain(
      formatMoney({ ...invoice.payments[0]!.amount, amountMinor: -invoice.payments[0]!.amount.amountMinor }, locale),
    );
  });

  it('asks to quote the invoice number, and copies it to the clipboard with an announcement', async () => {
    const invoice = openInvoice();
    expect(invoice.remittance.referenceToQuote).to.equal(invoice.number);
    const el = await renderDetail(invoice.id);
    const remittance = part(el, 'remittance')!;
    expect(text(remittance)).to.contain(`Quote invoice number ${invoice.number} with your payment.`);

    const clipboard = navigator.clipboard;
    const written: string[] = [];
    let reject = false;
    Object.defineProperty(clipboard, 'writeText', {
      configurable: true,
      value: async (value: string) => {
        if (reject) throw new DOMException('Denied', 'NotAllowedError');
        written.push(value);
      },
    });
    try {
      const announcement = part(el, 'announcement')!;
      expect(announcement.getAttribute('aria-live')).to.equal('polite');

      buttonNamed(el, 'Copy invoice number')!.click();
      await waitUntil(() => text(announcement) === 'Copied', 'announced');
      expect(written).to.deep.equal([invoice.number]);

      const accountNumber = invoice.remittance.wire.accountNumber ?? invoice.remittance.wire.iban;
      buttonNamed(el, invoice.remittance.wire.accountNumber ? 'Copy account number' : 'Copy IBAN')!.click();
      await waitUntil(() => written.length === 2, 'account number copied');
      expect(written[1]).to.equal(accountNumber);

      reject = true;
      buttonNamed(el, 'Copy invoice number')!.click();
      await waitUntil(() => text(announcement).startsWith('Could not copy'), 'failure announced');
    } finally {
      delete (clipboard as { writeText?: unknown }).writeText;
    }
    expect(navigator.clipboard.writeText).to.equal(Clipboard.prototype.writeText);
  });

  it('downloads the PDF under the name the API gives it', async () => {
    const invoice = openInvoice();
    const el = await renderDetail(invoice.id);
    const clicked: { download: string; href: string }[] = [];
    const revoked: string[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    const originalRevoke = URL.revokeObjectURL;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ download: this.getAttribute('download') ?? '', href: this.href });
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      originalRevoke.call(URL, url);
    };
    try {
      part(el, 'download-button')!.click();
      await waitUntil(() => clicked.length === 1, 'anchor clicked');
      expect(clicked[0]!.download).to.equal(`${invoice.number}.pdf`);
      expect(clicked[0]!.href).to.match(/^blob:/);
      await waitUntil(() => revoked.includes(clicked[0]!.href), 'object URL revoked', { timeout: 3000 });
      expect(el.shadowRoot!.querySelector('a[download]'), 'temporary anchor removed').to.equal(null);
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
      URL.revokeObjectURL = originalRevoke;
    }
  });

  it('asks the host to pay with a cc-pay-request event, and offers no Pay for a paid invoice', async () => {
    const invoice = openInvoice();
    const el = await renderDetail(invoice.id);
    const requested = oneEvent(document, 'cc-pay-request');
    part(el, 'pay-button')!.click();
    const event = await requested;
    expect(event).to.be.instanceOf(CcPayRequestEvent);
    expect(event.detail.invoiceIds).to.deep.equal([invoice.id]);
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);

    const paid = await renderDetail(closedInvoice().id);
    expect(text(part(paid, 'status'))).to.equal('Paid');
    expect(part(paid, 'pay-button')).to.equal(null);
    expect(part(paid, 'download-button')).not.to.equal(null);
  });

  it('offers a technical contact no Pay button, and says why', async () => {
    const el = await renderDetail(openInvoice().id, 'test_us_technical');
    await waitUntil(() => part(el, 'read-only-notice'), 'the role is known');
    expect(text(part(el, 'read-only-notice'))).to.contain('Your role cannot make payments');
    expect(part(el, 'pay-button')).to.equal(null);
    expect(part(el, 'download-button')).not.to.equal(null);
  });

  it('opens as a modal dialog, closes on Escape and gives focus back to the opener', async () => {
    const invoice = openInvoice();
    const wrapper = await fixture(
      html`<cc-billing-provider api-base="/api" token=${TOKEN}>
        <button id="opener" type="button">Open invoice</button>
        <cc-invoice-detail modal invoice=${invoice.id}></cc-invoice-detail>
      </cc-billing-provider>`,
    );
    const el = wrapper.querySelector('cc-invoice-detail')!;
    const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
    opener.addEventListener('click', () => void el.show());
    await settled(el);
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(false);

    opener.focus();
    opener.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'dialog open');
    expect(el.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.contains(el.shadowRoot!.activeElement), 'focus moved into the dialog').to.equal(true);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('heading');
    expect(el.shadowRoot!.getElementById('heading')?.textContent).to.contain(invoice.number);
    expect(text(part(el, 'close-button'))).to.equal('Close');
    await expect(el).to.be.accessible();

    const closed = oneEvent(el, 'cc-invoice-detail-close');
    el.shadowRoot!.activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }),
    );
    const event = await closed;
    expect(event).to.be.instanceOf(CcInvoiceDetailCloseEvent);
    expect(event.detail.invoiceId).to.equal(invoice.id);
    expect(dialog.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('closes with its Close button and returns focus', async () => {
    const invoice = openInvoice();
    const wrapper = await fixture(
      html`<cc-billing-provider api-base="/api" token=${TOKEN}>
        <button id="opener" type="button">Open invoice</button>
        <cc-invoice-detail modal invoice=${invoice.id}></cc-invoice-detail>
      </cc-billing-provider>`,
    );
    const el = wrapper.querySelector('cc-invoice-detail')!;
    const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
    await settled(el);
    opener.focus();
    await el.show();
    expect(el.shadowRoot!.querySelector('dialog[open]')).not.to.equal(null);
    const closed = oneEvent(el, 'cc-invoice-detail-close');
    part(el, 'close-button')!.click();
    await closed;
    expect(el.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('renders HTML from the API as text', async () => {
    const invoice = openInvoice();
    const payload = '<img src=x onerror=alert(1)>';
    invoice.notes = payload;
    invoice.lines[0]!.description = payload;
    invoice.billTo.name = payload;
    const el = await renderDetail(invoice.id);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(el, 'notes')!.querySelector('p')!.textContent).to.equal(payload);
    expect(part(el, 'lines')!.querySelector('tbody th')!.textContent).to.contain(payload);
  });

  it('reloads when invoices change through its client', async () => {
    const invoice = openInvoice();
    const el = await renderDetail(invoice.id);
    invoice.notes = 'Updated after a payment elsewhere on the page.';
    sharedClient('/api', { token: TOKEN }).invalidate(['invoices']);
    await waitUntil(() => text(part(el, 'notes')).includes('Updated after a payment'), 'reloaded');
  });

  it('shows a localized error with a retry that loads the invoice', async () => {
    const invoice = openInvoice();
    mock.faults.set({ errorRate: 1, errorStatus: 503, retryAfterSeconds: 0, operations: ['retrieveInvoice'] });
    const el = await renderDetail(invoice.id);
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('The billing service had a problem. Try again in a moment.');
    await expect(el).to.be.accessible();
    mock.faults.clear();
    part(el, 'retry-button')!.click();
    await waitUntil(() => text(part(el, 'heading')) === `Invoice ${invoice.number}`, 'retried');
  });

  it('announces loading accessibly', async () => {
    mock.faults.set({ latencyMs: 400, operations: ['retrieveInvoice'] });
    const wrapper = await fixture(
      html`<cc-billing-provider api-base="/api" token=${TOKEN}>
        <cc-invoice-detail invoice=${openInvoice().id}></cc-invoice-detail>
      </cc-billing-provider>`,
    );
    const el = wrapper.querySelector('cc-invoice-detail')!;
    await el.updateComplete;
    const loading = part(el, 'loading')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(text(loading)).to.contain('Loading…');
    await expect(el).to.be.accessible();
    await settled(el);
  });

  it('shows a calm empty state without a billing client', async () => {
    const el = await fixture<CcInvoiceDetail>(html`<cc-invoice-detail invoice="in_missing"></cc-invoice-detail>`);
    await settled(el);
    expect(text(part(el, 'empty'))).to.equal('Connect a billing API to show this invoice.');
    await expect(el).to.be.accessible();
  });

  it('formats money in Arabic on a page in Arabic', async () => {
    await setPageLanguage('ar-SA', 'rtl');
    const invoice = openInvoice();
    const wrapper = await fixture(
      html`<div lang="ar" dir="rtl">
        <cc-billing-provider api-base="/api" token=${TOKEN}>
          <cc-invoice-detail invoice=${invoice.id}></cc-invoice-detail>
        </cc-billing-provider>
      </div>`,
    );
    const el = wrapper.querySelector('cc-invoice-detail')!;
    await settled(el);
    const balance = text(part(el, 'balance-due')!.querySelector('strong'));
    expect(balance).to.equal(formatMoney(invoice.balanceDue, 'ar-SA'));
    expect(balance).not.to.equal(formatMoney(invoice.balanceDue, 'en'));
    await expect(el).to.be.accessible();
  });
});
