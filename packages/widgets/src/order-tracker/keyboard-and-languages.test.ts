import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatDate, formatDateTime, formatMoney } from '@customer-center/sdk';
import type { CcInvoiceDetail } from '../invoice-detail/invoice-detail.js';
import type { CcOrderTracker } from './order-tracker.js';
import {
  clientFor,
  mount,
  numbers,
  openOrder,
  org,
  part,
  parts,
  root,
  search,
  settled,
  storeOrders,
  text,
  useMockApi,
} from './order-tracker.helpers.test.js';

// <cc-order-tracker> used with the keyboard alone, and in English and Arabic (right to left):
// every state accessible (axe), the layout mirrored, dates and money formatted by Intl.

/** The focused element's text, through the element's shadow root. */
const focusedText = (el: CcOrderTracker): string => text(root(el).activeElement);
const focusedPart = (el: CcOrderTracker): string => root(el).activeElement?.getAttribute('part') ?? '';

async function tab(times = 1, shift = false): Promise<void> {
  if (shift) await sendKeys({ down: 'Shift' });
  for (let index = 0; index < times; index++) await sendKeys({ press: 'Tab' });
  if (shift) await sendKeys({ up: 'Shift' });
}

/** Formatted text as `text()` reads it: every run of white space (no-break spaces too) as one space. */
const spaced = (value: string): string => value.replace(/\s+/g, ' ').trim();

describe('<cc-order-tracker> keyboard', function () {
  this.timeout(30_000);
  const mock = useMockApi();

  it('filters, searches, opens an order and its invoice, and goes back, with the keyboard alone', async () => {
    const orders = storeOrders(mock());
    const shipped = orders.find((order) => order.status === 'shipped')!;
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button id="before">Before</button>
        <cc-order-tracker .client=${clientFor()}></cc-order-tracker>
      </div>`,
    );
    const el = wrapper.querySelector<CcOrderTracker>('cc-order-tracker')!;
    await settled(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    // Into the filters: All, Booked, Provisioning, Shipped.
    await tab();
    expect(focusedText(el)).to.equal('All');
    await tab(3);
    expect(focusedText(el)).to.equal('Shipped');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await settled(el);
    expect(el.status).to.equal('shipped');
    expect(numbers(el)).to.deep.equal([shipped.number]);
    expect(focusedText(el)).to.equal('Shipped');

    // Back to All with Enter, then on to the search box: type and press Enter.
    await tab(3, true);
    expect(focusedText(el)).to.equal('All');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await settled(el);
    expect(numbers(el)).to.have.length(orders.length);
    await tab(7);
    expect(focusedPart(el)).to.equal('search');
    await sendKeys({ type: shipped.number });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.search === shipped.number, 'search applied', { timeout: 300 });
    await settled(el);
    expect(numbers(el)).to.deep.equal([shipped.number]);

    // The order: Tab to its number, Enter opens it and its heading takes focus.
    await tab();
    expect(focusedText(el)).to.equal(shipped.number);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await settled(el);
    expect(focusedPart(el)).to.equal('order-heading');

    // Its invoice: Tab, Enter opens the dialog; Escape closes it and focus comes back.
    await tab();
    expect(focusedPart(el)).to.equal('invoice-button');
    await sendKeys({ press: 'Enter' });
    const detail = () => root(el).querySelector<CcInvoiceDetail>('cc-invoice-detail');
    await waitUntil(() => detail()?.shadowRoot?.querySelector('dialog[open]'), 'invoice dialog open', {
      timeout: 8000,
    });
    await waitUntil(() => detail()!.shadowRoot!.querySelector('h2'), 'invoice loaded', { timeout: 8000 });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !detail(), 'dialog closed');
    expect(focusedPart(el)).to.equal('invoice-button');

    // "All orders" is the stop before the heading; Enter goes back to the order in the list.
    await tab(1, true);
    expect(focusedPart(el)).to.equal('back-button');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await settled(el);
    expect(el.order).to.equal(undefined);
    expect(focusedText(el)).to.equal(shipped.number);
  });

  it('loads more with the keyboard, focus landing on the first new order', async () => {
    const orders = storeOrders(mock());
    const el = await mount({ attributes: 'page-size="6"' });
    parts(el, 'order-button').at(-1)!.focus();
    await tab();
    expect(focusedPart(el)).to.equal('load-more');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => numbers(el).length === orders.length, 'second page');
    expect(focusedText(el)).to.equal(orders[6]!.number);
  });
});

describe('<cc-order-tracker> in English and Arabic', function () {
  this.timeout(40_000);
  const mock = useMockApi();

  for (const { lang, dir } of [
    { lang: 'en', dir: 'ltr' },
    { lang: 'ar', dir: 'rtl' },
  ] as const) {
    describe(`lang="${lang}" dir="${dir}"`, () => {
      it('lays out the list in reading order, formats dates and money by Intl, and is accessible', async () => {
        const orders = storeOrders(mock());
        const el = await mount({ lang, dir });
        const row = root(el).querySelector('tbody tr')!;
        const first = row.querySelector('th')!.getBoundingClientRect();
        const last = row.querySelector('td:last-child')!.getBoundingClientRect();
        if (dir === 'rtl') expect(first.left).to.be.greaterThan(last.left);
        else expect(first.left).to.be.lessThan(last.left);
        const firstFilter = parts(el, 'filter')[0]!.getBoundingClientRect();
        const lastFilter = parts(el, 'filter').at(-1)!.getBoundingClientRect();
        if (dir === 'rtl') expect(firstFilter.left).to.be.greaterThan(lastFilter.left);
        else expect(firstFilter.left).to.be.lessThan(lastFilter.left);
        const cells = text(row);
        const placed = spaced(formatDateTime(orders[0]!.placedAt, lang, { dateStyle: 'medium' }));
        const total = spaced(formatMoney(orders[0]!.total, lang));
        expect(cells).to.contain(placed).and.contain(total);
        if (lang === 'ar') {
          expect(placed).to.not.equal(spaced(formatDateTime(orders[0]!.placedAt, 'en', { dateStyle: 'medium' })));
          expect(total).to.not.equal(spaced(formatMoney(orders[0]!.total, 'en')));
        }
        await expect(el).to.be.accessible();
      });

      it('mirrors the order view: timeline marks at the start side, arrow pointing back', async () => {
        const order = structuredClone(org(mock()).orders.find((candidate) => candidate.status === 'shipped')!);
        const invoice = org(mock()).invoices.find((candidate) => candidate.id === order.invoiceIds[0])!;
        const el = await mount({ lang, dir, attributes: `order="${order.id}" help` });
        const step = parts(el, 'timeline-step')[0]!;
        const mark = step.querySelector('.step__mark')!.getBoundingClientRect();
        const body = step.querySelector('.step__body')!.getBoundingClientRect();
        if (dir === 'rtl') expect(mark.left).to.be.greaterThan(body.left);
        else expect(mark.left).to.be.lessThan(body.left);
        const arrow = root(el).querySelector('.back__arrow')!;
        expect(getComputedStyle(arrow).scale).to.equal(dir === 'rtl' ? '-1 1' : 'none');
        expect(text(step.querySelector('time'))).to.equal(spaced(formatDateTime(order.history[0]!.at, lang)));
        expect(text(part(el, 'summary'))).to.contain(spaced(formatMoney(order.total, lang)));
        expect(text(part(el, 'invoices'))).to.contain(spaced(formatDate(invoice.issueDate, lang)));
        await expect(el).to.be.accessible();
      });

      it('is accessible while loading, with no results, in error, without access and in narrow hosts', async () => {
        mock().faults.set({ latencyMs: 300, operations: ['listOrders'] });
        const loading = await mount({ lang, dir, wait: false });
        await waitUntil(() => part(loading, 'loading'), 'loading');
        await expect(loading).to.be.accessible();
        await settled(loading);
        mock().faults.clear();

        await search(loading, 'NO-SUCH-ORDER');
        expect(part(loading, 'empty')).to.not.equal(null);
        await expect(loading).to.be.accessible();

        mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['listOrders'] });
        const failed = await mount({ lang, dir, attributes: 'help' });
        expect(part(failed, 'error')).to.not.equal(null);
        await expect(failed).to.be.accessible();
        mock().faults.clear();

        const denied = await mount({ lang, dir, token: 'test_us_billing', attributes: 'help' });
        expect(part(denied, 'no-access')).to.not.equal(null);
        await expect(denied).to.be.accessible();

        const narrow = await mount({ lang, dir, width: '340px' });
        expect(getComputedStyle(root(narrow).querySelector('tbody tr')!).display).to.equal('block');
        await expect(narrow).to.be.accessible();
        await openOrder(narrow, numbers(narrow)[0]!);
        await expect(narrow).to.be.accessible();
      });
    });
  }
});
