import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { formatDateTime, formatMoney, ORDER_STATUSES, type OrderStatus } from '@customer-center/sdk';
import '../billing-provider/define.js';
import type { CcOrderTracker } from './order-tracker.js';
import { recordingClientFor } from '../../test/support.js';
import {
  announcement,
  button,
  clientFor,
  filter,
  mount,
  numbers,
  org,
  part,
  parts,
  root,
  search,
  settled,
  statuses,
  storeOrders,
  text,
  useMockApi,
  XSS,
} from './order-tracker.helpers.test.js';

// The list of <cc-order-tracker> against the mock API: what it shows of the store, the status
// filter, search, paging, each role, loading and error states, status changes announced, and
// strings from the API rendered as text. The order view, help, keyboard and languages have
// their own files.

const LABELS: Record<OrderStatus, string> = {
  booked: 'Booked',
  provisioning: 'Provisioning',
  shipped: 'Shipped',
  delivered: 'Delivered',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

describe('<cc-order-tracker> list', function () {
  this.timeout(20_000);
  const mock = useMockApi();

  it('lists the orders newest first, with description, date, every status and total', async () => {
    const orders = storeOrders(mock());
    const el = await mount();
    expect(numbers(el)).to.deep.equal(orders.map((order) => order.number));
    expect(new Set(statuses(el))).to.deep.equal(new Set(ORDER_STATUSES.map((status) => LABELS[status])));
    const rows = [...root(el).querySelectorAll('tbody tr')];
    orders.forEach((order, index) => {
      const row = text(rows[index]);
      expect(row).to.contain(order.description);
      expect(row).to.contain(formatDateTime(order.placedAt, 'en', { dateStyle: 'medium' }));
      expect(row).to.contain(formatMoney(order.total, 'en'));
      expect(text(rows[index]!.querySelector('[part~="status"]'))).to.equal(LABELS[order.status]);
      expect(rows[index]!.querySelector('.hint')!.textContent).to.match(/Updated/);
    });
    expect(text(part(el, 'count'))).to.equal(`Showing ${orders.length} of ${orders.length} orders`);
    expect([...root(el).querySelectorAll('thead th')].map(text)).to.deep.equal([
      'Order',
      'Description',
      'Placed',
      'Status',
      'Total',
    ]);
    // Order numbers are isolated for right-to-left text.
    expect(parts(el, 'order-button').every((b) => b.querySelector('bdi') !== null)).to.equal(true);
    expect(part(el, 'load-more')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('filters by each status from the buttons, says which is pressed and announces the count', async () => {
    const orders = storeOrders(mock());
    const el = await mount();
    expect(parts(el, 'filter').map(text)).to.deep.equal(['All', ...ORDER_STATUSES.map((s) => LABELS[s])]);
    expect(filter(el, 'All').getAttribute('aria-pressed')).to.equal('true');
    for (const status of ORDER_STATUSES) {
      filter(el, LABELS[status]).click();
      await el.updateComplete;
      await settled(el);
      const expected = orders.filter((order) => order.status === status).map((order) => order.number);
      expect(numbers(el), status).to.deep.equal(expected);
      expect(statuses(el).every((label) => label === LABELS[status])).to.equal(true);
      expect(filter(el, LABELS[status]).getAttribute('aria-pressed')).to.equal('true');
      expect(filter(el, 'All').getAttribute('aria-pressed')).to.equal('false');
      expect(el.status).to.equal(status);
      expect(el.getAttribute('status')).to.equal(status);
      await waitUntil(() => announcement(el).startsWith(`Orders found: ${expected.length}`), 'count announced');
    }
    filter(el, 'All').click();
    await el.updateComplete;
    await settled(el);
    expect(numbers(el)).to.have.length(orders.length);
    expect(el.hasAttribute('status')).to.equal(false);
  });

  it('starts filtered from the status attribute, and ignores a status it does not know', async () => {
    const orders = storeOrders(mock());
    const el = await mount({ attributes: 'status="shipped"' });
    expect(numbers(el)).to.deep.equal(orders.filter((o) => o.status === 'shipped').map((o) => o.number));
    el.setAttribute('status', 'lost');
    await el.updateComplete;
    await settled(el);
    expect(numbers(el)).to.have.length(orders.length);
    expect(filter(el, 'All').getAttribute('aria-pressed')).to.equal('true');
  });

  it('searches by order number and by description, after typing pauses', async () => {
    const orders = storeOrders(mock());
    const el = await mount();
    const wanted = orders[3]!;
    await search(el, wanted.number);
    expect(numbers(el)).to.deep.equal([wanted.number]);
    await waitUntil(() => announcement(el) === 'Orders found: 1', 'count announced');
    const word = 'licences';
    await search(el, word);
    const expected = orders.filter((order) => order.description.toLowerCase().includes(word));
    expect(expected.length).to.be.greaterThan(0);
    expect(numbers(el)).to.deep.equal(expected.map((order) => order.number));
  });

  it('searches at once on Enter', async () => {
    const orders = storeOrders(mock());
    const el = await mount();
    const input = part(el, 'search') as HTMLInputElement;
    input.value = orders[0]!.number;
    input.closest('form')!.requestSubmit();
    await waitUntil(() => el.search === orders[0]!.number, 'search applied at once', { timeout: 200 });
    await settled(el);
    expect(numbers(el)).to.deep.equal([orders[0]!.number]);
  });

  it('says when a search finds nothing, and clears search and filter on request', async () => {
    const orders = storeOrders(mock());
    const el = await mount({ attributes: 'status="booked"' });
    await search(el, 'NO-SUCH-ORDER');
    expect(text(part(el, 'empty'))).to.equal('No Booked orders match “NO-SUCH-ORDER”.');
    expect(root(el).querySelector('table')).to.equal(null);
    await waitUntil(() => announcement(el) === 'No orders found.', 'no results announced');
    await expect(el).to.be.accessible();
    filter(el, 'All').click();
    await el.updateComplete;
    await settled(el);
    expect(text(part(el, 'empty'))).to.equal('No orders match “NO-SUCH-ORDER”.');
    part(el, 'clear-button')!.click();
    await el.updateComplete;
    await settled(el);
    expect(numbers(el)).to.have.length(orders.length);
    expect((part(el, 'search') as HTMLInputElement).value).to.equal('');
    expect(root(el).activeElement === part(el, 'search')).to.equal(true);
  });

  it('says so when there are no orders at all, or none with a status', async () => {
    org(mock()).orders = org(mock()).orders.filter((order) => order.status !== 'cancelled');
    const el = await mount({ attributes: 'status="cancelled"' });
    expect(text(part(el, 'empty'))).to.equal('No orders with the status Cancelled.');
    expect(part(el, 'clear-button')).to.not.equal(null);
    org(mock()).orders = [];
    const empty = await mount();
    expect(text(part(empty, 'empty'))).to.equal('There are no orders yet.');
    expect(part(empty, 'clear-button')).to.equal(null);
    await expect(empty).to.be.accessible();
  });

  it('loads more pages on request, announces them and moves focus to the first new order', async () => {
    const orders = storeOrders(mock());
    const el = await mount({ attributes: 'page-size="4"' });
    expect(numbers(el)).to.deep.equal(orders.slice(0, 4).map((order) => order.number));
    expect(text(part(el, 'count'))).to.equal(`Showing 4 of ${orders.length} orders`);
    const more = part(el, 'load-more')!;
    more.focus();
    more.click();
    // A second press while loading does nothing.
    more.click();
    await waitUntil(() => numbers(el).length === 8, 'second page');
    expect(numbers(el)).to.deep.equal(orders.slice(0, 8).map((order) => order.number));
    expect(announcement(el)).to.equal('4 more orders loaded');
    expect(root(el).activeElement === parts(el, 'order-button')[4]).to.equal(true);
    part(el, 'load-more')!.click();
    await waitUntil(() => numbers(el).length === orders.length, 'last page');
    expect(part(el, 'load-more')).to.equal(null);
    expect(root(el).activeElement === parts(el, 'order-button')[8]).to.equal(true);
    expect(numbers(el)).to.deep.equal(orders.map((order) => order.number));
  });

  it('says why the next page could not be loaded, and loads it on a second try', async () => {
    const el = await mount({ attributes: 'page-size="5"' });
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['listOrders'] });
    part(el, 'load-more')!.click();
    await waitUntil(() => part(el, 'load-more-error'), 'error shown');
    expect(text(part(el, 'load-more-error'))).to.contain('The billing service had a problem');
    expect(numbers(el)).to.have.length(5);
    mock().faults.clear();
    part(el, 'load-more')!.click();
    await waitUntil(() => numbers(el).length === 10, 'second page');
    expect(part(el, 'load-more-error')).to.equal(null);
  });

  it('shows a technical contact and an executive contact the orders', async () => {
    for (const token of ['test_us_technical', 'test_us_executive', 'test_de_executive']) {
      const slug = token.split('_')[1]!;
      const el = await mount({ token });
      expect(numbers(el), token).to.deep.equal(storeOrders(mock(), slug).map((order) => order.number));
      expect(part(el, 'no-access')).to.equal(null);
    }
  });

  it('tells a billing contact that their role cannot see orders, without a retry', async () => {
    // Without asking for the orders: the API would refuse, and the browser log the 403 as an error.
    const { client, asked } = recordingClientFor('test_us_billing');
    const el = await mount({ client });
    expect(asked).to.deep.equal(['/api/account']);
    const message = text(part(el, 'no-access'));
    expect(message).to.contain('Your role cannot see orders.');
    expect(message).to.contain('Your role: billing contact.');
    expect(root(el).querySelector('table')).to.equal(null);
    expect(part(el, 'search')).to.equal(null);
    expect(part(el, 'retry-button')).to.equal(null);
    expect(part(el, 'help-button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a loading state, then an error with a retry that loads the list', async () => {
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['listOrders'] });
    const el = await mount({ wait: false });
    await el.updateComplete;
    expect(part(el, 'loading')).to.not.equal(null);
    expect(text(part(el, 'loading'))).to.equal('Loading orders…');
    await settled(el);
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('The billing service had a problem. Try again in a moment.');
    expect(text(error)).to.match(/Reference for support: req_\w+/);
    await expect(el).to.be.accessible();
    mock().faults.clear();
    part(el, 'retry-button')!.click();
    await waitUntil(() => numbers(el).length > 0, 'rows after retry', { timeout: 8000 });
  });

  it('shows an error when the account cannot be read, and retries it', async () => {
    mock().faults.set({ errorRate: 1, errorStatus: 503, retryAfterSeconds: 0, operations: ['retrieveAccount'] });
    const el = await mount();
    expect(text(part(el, 'error'))).to.contain('The billing service had a problem');
    mock().faults.clear();
    part(el, 'retry-button')!.click();
    await waitUntil(() => numbers(el).length > 0, 'rows after retry', { timeout: 8000 });
  });

  it('asks for a client when it has none', async () => {
    const el = await fixture<CcOrderTracker>(html`<cc-order-tracker></cc-order-tracker>`);
    await waitUntil(() => part(el, 'empty'), 'empty state');
    expect(text(part(el, 'empty'))).to.equal('Connect a billing API to see orders.');
  });

  it('finds its client through <cc-billing-provider>', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<cc-billing-provider api-base="/api" token="test_us_technical">
        <cc-order-tracker></cc-order-tracker>
      </cc-billing-provider>`,
    );
    const el = wrapper.querySelector<CcOrderTracker>('cc-order-tracker')!;
    await settled(el);
    expect(numbers(el)).to.have.length(storeOrders(mock()).length);
  });

  it('reloads when orders change through its client, and announces the new status', async () => {
    const client = clientFor();
    const el = await mount({ client });
    const booked = org(mock()).orders.find((order) => order.status === 'booked')!;
    booked.status = 'provisioning';
    booked.history.push({ status: 'provisioning', at: new Date().toISOString(), note: 'Generating licence keys' });
    client.invalidate(['orders']);
    await waitUntil(() => announcement(el) === `Order ${booked.number} is now Provisioning.`, 'change announced');
    const row = [...root(el).querySelectorAll('tbody tr')].find((r) => text(r).includes(booked.number))!;
    expect(text(row.querySelector('[part~="status"]'))).to.equal('Provisioning');
    expect(text(row.querySelector('.hint'))).to.equal('Updated today');
  });

  it('shows rows as cards in a narrow host', async () => {
    const el = await mount({ width: '360px' });
    const thead = root(el).querySelector('thead')!;
    expect(getComputedStyle(thead).position).to.equal('absolute');
    const row = root(el).querySelector('tbody tr')!;
    expect(getComputedStyle(row).display).to.equal('block');
    const cell = row.querySelector('td[data-label]')!;
    expect(getComputedStyle(cell, '::before').content).to.equal('"Description: "');
    await expect(el).to.be.accessible();
  });

  it('renders script-like strings from the API as text', async () => {
    const order = org(mock()).orders.find((candidate) => candidate.status === 'shipped')!;
    order.number = `${XSS}SO-XSS`;
    order.description = XSS;
    const el = await mount();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(numbers(el)).to.include(`${XSS}SO-XSS`);
    expect(text(root(el).querySelector('tbody'))).to.contain(XSS);
    // A search for markup is sent as text, and finds the order.
    await search(el, XSS);
    expect(numbers(el)).to.deep.equal([`${XSS}SO-XSS`]);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(button(root(el), `${XSS}SO-XSS`)).to.not.equal(undefined);
  });
});
