import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { mount, openOrder, org, part, storeOrders, text, useMockApi } from './order-tracker.helpers.test.js';

// The help hook of <cc-order-tracker>: the host's `slot="help"` content in error states, the
// no-access message and the order view; with the `help` attribute, a "Get help" button there
// that sends `cc-help-request` with what the person was looking at.

const SUPPORT = '<a slot="help" href="#support">Order support</a>';

/** What the help slot of the element's view shows. */
const slotted = (el: HTMLElement): string[] =>
  (part(el, 'help')!.querySelector('slot[name="help"]') as HTMLSlotElement)
    .assignedElements()
    .map((element) => element.textContent ?? '');

describe('<cc-order-tracker> help', function () {
  this.timeout(20_000);
  const mock = useMockApi();

  it('offers "Get help" in the list’s error state, with the message and request id', async () => {
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['listOrders'] });
    const el = await mount({ attributes: 'help', children: SUPPORT });
    const help = part(el, 'error')!.querySelector('[part~="help"]');
    expect(help).to.not.equal(null);
    expect(slotted(el)).to.deep.equal(['Order support']);
    const requested = oneEvent(el, 'cc-help-request');
    part(el, 'help-button')!.click();
    const event = await requested;
    expect(event.detail.topic).to.equal('orders');
    expect(event.detail.message).to.equal('The billing service had a problem. Try again in a moment.');
    expect(event.detail.requestId).to.match(/^req_/);
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    await expect(el).to.be.accessible();
  });

  it('offers "Get help" in the order view, with the order number as the reference', async () => {
    const order = storeOrders(mock()).find((candidate) => candidate.status === 'shipped')!;
    const el = await mount({ attributes: 'help', children: SUPPORT });
    // No help area in the list when all is well.
    expect(part(el, 'help')).to.equal(null);
    await openOrder(el, order.number);
    expect(slotted(el)).to.deep.equal(['Order support']);
    expect(text(part(el, 'help-button'))).to.equal('Get help');
    const requested = oneEvent(el, 'cc-help-request');
    part(el, 'help-button')!.click();
    expect((await requested).detail).to.deep.equal({ topic: 'order', reference: order.number });
    await expect(el).to.be.accessible();
  });

  it('names the order in the help request of an order that could not be loaded', async () => {
    const order = storeOrders(mock()).find((candidate) => candidate.status === 'booked')!;
    const el = await mount({ attributes: 'help' });
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['retrieveOrder'] });
    await openOrder(el, order.number);
    const requested = oneEvent(el, 'cc-help-request');
    part(el, 'error')!.querySelector<HTMLElement>('[part~="help-button"]')!.click();
    const { detail } = await requested;
    expect(detail.topic).to.equal('order');
    expect(detail.reference).to.equal(order.number);
    expect(detail.requestId).to.match(/^req_/);
  });

  it('offers help with the no-access message', async () => {
    const el = await mount({ token: 'test_us_billing', attributes: 'help', children: SUPPORT });
    expect(slotted(el)).to.deep.equal(['Order support']);
    const requested = oneEvent(el, 'cc-help-request');
    part(el, 'no-access')!.querySelector<HTMLElement>('[part~="help-button"]')!.click();
    expect((await requested).detail).to.deep.equal({ topic: 'orders' });
  });

  it('has no "Get help" button without the help attribute, but still shows the host’s help', async () => {
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['listOrders'] });
    const el = await mount({ children: SUPPORT });
    expect(part(el, 'error')).to.not.equal(null);
    expect(part(el, 'help-button')).to.equal(null);
    expect(slotted(el)).to.deep.equal(['Order support']);
    mock().faults.clear();
    const order = org(mock()).orders[0]!;
    const view = await mount({ children: SUPPORT, attributes: `order="${order.id}"` });
    expect(part(view, 'summary')).to.not.equal(null);
    expect(part(view, 'help-button')).to.equal(null);
    expect(slotted(view)).to.deep.equal(['Order support']);
  });

  it('passes the help attribute on to the invoice dialog', async () => {
    const order = storeOrders(mock()).find((candidate) => candidate.status === 'shipped')!;
    const el = await mount({ attributes: `help order="${order.id}"` });
    part(el, 'invoice-button')!.click();
    // The detail's code is fetched on first use, then the dialog is placed.
    await waitUntil(() => el.shadowRoot!.querySelector('cc-invoice-detail'), 'invoice dialog placed');
    expect(el.shadowRoot!.querySelector('cc-invoice-detail')!.help).to.equal(true);
  });
});
