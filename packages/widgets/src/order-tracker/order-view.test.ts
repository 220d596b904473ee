import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { formatDate, formatDateTime, formatMoney, type Order } from '@customer-center/sdk';
import type { CcInvoiceDetail } from '../invoice-detail/invoice-detail.js';
import {
  announcement,
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
  XSS,
} from './order-tracker.helpers.test.js';

// One order in <cc-order-tracker>: opening it from the list and going back, its timeline,
// its summary and the invoices it produced (opening one), deep links with `order`, and its
// loading, error and no-access states.

describe('<cc-order-tracker> order view', function () {
  this.timeout(20_000);
  const mock = useMockApi();

  const withStatus = (status: Order['status']): Order =>
    structuredClone(org(mock()).orders.find((order) => order.status === status)!);

  it('opens an order from the list: its status, summary and timeline oldest first, with notes', async () => {
    const order = withStatus('shipped');
    const el = await mount();
    const selected = oneEvent(el, 'cc-order-select');
    await openOrder(el, order.number);
    const event = await selected;
    expect(event.detail.orderId).to.equal(order.id);
    expect(event.detail.order.number).to.equal(order.number);
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
    expect(el.order).to.equal(order.id);
    expect(el.getAttribute('order')).to.equal(order.id);
    // The list is gone; the order's heading has focus.
    expect(part(el, 'table')).to.equal(null);
    const heading = part(el, 'order-heading')!;
    expect(text(heading)).to.equal(`Order ${order.number}`);
    expect(heading.querySelector('bdi')!.textContent).to.equal(order.number);
    expect(root(el).activeElement === heading).to.equal(true);

    const view = part(el, 'order')!;
    expect(text(view.querySelector('[part~="status"]'))).to.equal('Shipped');
    expect(text(view)).to.contain('On its way to you.').and.contain(order.description);
    const summary = text(part(el, 'summary'));
    expect(summary).to.contain(`Placed ${formatDateTime(order.placedAt, 'en')}`);
    expect(summary).to.contain(`Total ${formatMoney(order.total, 'en')}`);
    expect(summary).to.contain(`Last update ${formatDateTime(order.history.at(-1)!.at, 'en')}`);
    expect(summary).to.contain(`Tracking number ${order.trackingNumber!}`);

    const steps = parts(el, 'timeline-step');
    expect(part(el, 'timeline')!.tagName).to.equal('OL');
    expect(steps.map((step) => text(step.querySelector('.step__status')))).to.deep.equal([
      'Booked',
      'Provisioning',
      'Shipped',
    ]);
    order.history.forEach((entry, index) => {
      const step = steps[index]!;
      expect(step.querySelector('time')!.getAttribute('datetime')).to.equal(entry.at);
      expect(text(step.querySelector('time'))).to.equal(formatDateTime(entry.at, 'en'));
      expect(text(step.querySelector('.step__note'))).to.equal(entry.note ?? '');
    });
    expect(steps.map((step) => step.getAttribute('aria-current'))).to.deep.equal(['false', 'false', 'step']);
    expect(parts(el, 'current-step')).to.have.length(1);
    expect(steps.at(-1)!.getAttribute('part')).to.contain('current-step');
    await expect(el).to.be.accessible();
  });

  it('shows the history in time order even when the API sends it otherwise', async () => {
    const stored = org(mock()).orders.find((order) => order.status === 'completed')!;
    const expected = stored.history.map((entry) => entry.status);
    stored.history.reverse();
    const el = await mount({ attributes: `order="${stored.id}"` });
    expect(parts(el, 'timeline-step').map((step) => text(step.querySelector('.step__status')))).to.deep.equal(
      expected.map((status) => status[0]!.toUpperCase() + status.slice(1)),
    );
  });

  it('goes back to the list with its search kept and gives focus back to the order', async () => {
    const orders = storeOrders(mock());
    const el = await mount();
    await search(el, 'licences');
    const shown = numbers(el);
    const target = shown.at(-1)!;
    await openOrder(el, target);
    const closed = oneEvent(el, 'cc-order-close');
    part(el, 'back-button')!.click();
    const event = await closed;
    expect(event.detail.orderId).to.equal(orders.find((order) => order.number === target)!.id);
    await settled(el);
    expect(el.order).to.equal(undefined);
    expect(el.hasAttribute('order')).to.equal(false);
    expect(numbers(el)).to.deep.equal(shown);
    expect((part(el, 'search') as HTMLInputElement).value).to.equal('licences');
    expect(text(root(el).activeElement)).to.equal(target);
  });

  it('leaves the order to the host that cancels cc-order-select', async () => {
    const order = withStatus('booked');
    const el = await mount();
    el.addEventListener('cc-order-select', (event) => event.preventDefault(), { once: true });
    parts(el, 'order-button')
      .find((candidate) => text(candidate) === order.number)!
      .click();
    await el.updateComplete;
    expect(el.order).to.equal(undefined);
    expect(part(el, 'table')).to.not.equal(null);
  });

  it('shows the order named by the order attribute directly, and the list after "All orders"', async () => {
    const order = withStatus('delivered');
    const el = await mount({ attributes: `order="${order.id}"` });
    expect(text(part(el, 'order-heading'))).to.equal(`Order ${order.number}`);
    expect(text(part(el, 'order')!.querySelector('[part~="status"]'))).to.equal('Delivered');
    part(el, 'back-button')!.click();
    await el.updateComplete;
    await settled(el);
    expect(numbers(el)).to.have.length(storeOrders(mock()).length);
    expect(text(root(el).activeElement)).to.equal(order.number);
    // Setting the property shows another order.
    const other = withStatus('cancelled');
    el.order = other.id;
    await el.updateComplete;
    await settled(el);
    expect(text(part(el, 'order-heading'))).to.equal(`Order ${other.number}`);
  });

  it('lists the invoices an order produced and opens one in the invoice dialog', async () => {
    const order = withStatus('shipped');
    const invoice = structuredClone(org(mock()).invoices.find((candidate) => candidate.id === order.invoiceIds[0])!);
    const el = await mount({ attributes: `order="${order.id}"` });
    const table = part(el, 'invoices')!;
    const row = text(table.querySelector('tbody tr'));
    expect(row).to.contain(invoice.number).and.contain(formatDate(invoice.issueDate, 'en'));
    expect(row).to.contain(formatMoney(invoice.total, 'en'));
    const labels = { overdue: 'Overdue', open: 'Open', closed: 'Paid' } as const;
    expect(text(part(el, 'invoice-status'))).to.equal(labels[invoice.status]);
    const open = part(el, 'invoice-button')!;
    expect(open.querySelector('bdi')!.textContent).to.equal(invoice.number);

    const selected = oneEvent(el, 'cc-invoice-select');
    open.focus();
    open.click();
    const event = await selected;
    expect(event.detail.invoiceId).to.equal(invoice.id);
    expect(event.cancelable).to.equal(true);
    const detail = () => root(el).querySelector<CcInvoiceDetail>('cc-invoice-detail');
    await waitUntil(() => detail()?.shadowRoot?.querySelector('dialog[open]'), 'invoice dialog open', {
      timeout: 8000,
    });
    expect(detail()!.modal).to.equal(true);
    expect(detail()!.invoice).to.equal(invoice.id);
    await waitUntil(() => text(detail()!.shadowRoot!.querySelector('h2')).includes(invoice.number), 'invoice shown');
    detail()!.close();
    await waitUntil(() => !detail(), 'dialog gone');
    expect(root(el).activeElement === part(el, 'invoice-button')).to.equal(true);

    // A host that takes over shows its own invoice page.
    el.addEventListener('cc-invoice-select', (e) => e.preventDefault(), { once: true });
    part(el, 'invoice-button')!.click();
    await el.updateComplete;
    expect(detail()).to.equal(null);
  });

  it('says why an order has no invoice yet, or none at all', async () => {
    const booked = withStatus('booked');
    const el = await mount({ attributes: `order="${booked.id}"` });
    expect(part(el, 'invoices')).to.equal(null);
    expect(text(part(el, 'order'))).to.contain(
      'No invoice yet. The order is invoiced when it ships or, for licences, when it is completed.',
    );
    const cancelled = withStatus('cancelled');
    el.order = cancelled.id;
    await el.updateComplete;
    await settled(el);
    expect(text(part(el, 'order'))).to.contain('No invoice: the order was cancelled before it was invoiced.');
    expect(text(part(el, 'order')!.querySelector('[part~="status"]'))).to.equal('Cancelled');
    await expect(el).to.be.accessible();
  });

  it('shows the order when one of its invoices cannot be loaded, with a retry for it', async () => {
    const order = withStatus('shipped');
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['retrieveInvoice'] });
    const el = await mount({ attributes: `order="${order.id}"` });
    expect(parts(el, 'timeline-step')).to.have.length(order.history.length);
    const problem = text(part(el, 'invoice-error'));
    expect(problem).to.contain('This invoice could not be loaded.').and.contain('had a problem');
    expect(text(part(el, 'invoices'))).to.contain(order.invoiceIds[0]!);
    await expect(el).to.be.accessible();
    mock().faults.clear();
    [...part(el, 'invoices')!.querySelectorAll('button')].find((b) => text(b) === 'Try again')!.click();
    await waitUntil(() => part(el, 'invoice-button'), 'invoice after retry', { timeout: 8000 });
    expect(part(el, 'invoice-error')).to.equal(null);
  });

  it('shows a loading state, then an error with a retry that loads the order', async () => {
    const order = withStatus('provisioning');
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['retrieveOrder'] });
    const el = await mount();
    await openOrder(el, order.number);
    // The heading names the order from the list while it cannot be loaded.
    expect(text(part(el, 'order-heading'))).to.equal(`Order ${order.number}`);
    expect(text(part(el, 'error'))).to.contain('The billing service had a problem');
    expect(part(el, 'back-button')).to.not.equal(null);
    await expect(el).to.be.accessible();
    mock().faults.set({ latencyMs: 150 });
    part(el, 'retry-button')!.click();
    await waitUntil(() => part(el, 'loading'), 'loading shown');
    expect(text(part(el, 'loading'))).to.equal('Loading the order…');
    await settled(el);
    expect(parts(el, 'timeline-step')).to.have.length(order.history.length);
  });

  it('says when the order does not exist', async () => {
    const el = await mount({ attributes: 'order="ord_000000"' });
    expect(text(part(el, 'order-heading'))).to.equal('Order');
    expect(text(part(el, 'error'))).to.contain('We could not find this. It may have been removed.');
    await expect(el).to.be.accessible();
  });

  it('tells a billing contact with a link to an order that their role cannot see orders', async () => {
    const order = withStatus('shipped');
    const el = await mount({ token: 'test_us_billing', attributes: `order="${order.id}"` });
    expect(text(part(el, 'no-access'))).to.contain('Your role cannot see orders.');
    expect(part(el, 'timeline')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('follows the order when it changes through its client, announcing the new status', async () => {
    const client = clientFor();
    const stored = org(mock()).orders.find((order) => order.status === 'shipped')!;
    const el = await mount({ client, attributes: `order="${stored.id}"` });
    stored.status = 'delivered';
    stored.history.push({ status: 'delivered', at: new Date().toISOString(), note: 'Delivered to the loading dock' });
    client.invalidate(['orders']);
    await waitUntil(() => announcement(el) === `Order ${stored.number} is now Delivered.`, 'change announced');
    await settled(el);
    const steps = parts(el, 'timeline-step');
    expect(steps).to.have.length(4);
    expect(text(steps.at(-1)!.querySelector('.step__note'))).to.equal('Delivered to the loading dock');
    expect(steps.at(-1)!.getAttribute('aria-current')).to.equal('step');
    expect(text(part(el, 'order')!.querySelector('[part~="status"]'))).to.equal('Delivered');
  });

  it('renders script-like strings of an order as text', async () => {
    const stored = org(mock()).orders.find((order) => order.status === 'shipped')!;
    stored.number = `${XSS}SO`;
    stored.description = XSS;
    stored.trackingNumber = XSS;
    stored.history[0]!.note = XSS;
    const el = await mount();
    await openOrder(el, `${XSS}SO`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(text(part(el, 'order-heading'))).to.equal(`Order ${XSS}SO`);
    expect(text(parts(el, 'timeline-step')[0]!.querySelector('.step__note'))).to.equal(XSS);
    expect(text(part(el, 'summary'))).to.contain(`Tracking number ${XSS}`);
    expect(text(part(el, 'order'))).to.contain(XSS);
  });
});
