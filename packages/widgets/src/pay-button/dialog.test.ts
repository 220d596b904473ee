import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  active,
  button,
  click,
  dialogOf,
  heading,
  mount,
  open,
  PAY_AMOUNT,
  payButton,
  plainUsd,
  radio,
  root,
  store,
  text,
  toReview,
  untilHeading,
  useMockApi,
} from './pay-button.helpers.test.js';
import type { CcPayButton } from './pay-button.js';

// The dialog as a dialog: Cancel tells the page, focus stays inside while it is open, and
// axe finds nothing in the steps that only last a moment (loading, paying) or go wrong.

describe('<cc-pay-button> dialog', function () {
  this.timeout(30_000);
  const api = useMockApi();
  const { unpaid, paymentsFor } = store(api);

  /** Whether the element with focus is inside the dialog (its shadow root, or content slotted into it). */
  const focusInside = (el: CcPayButton) => {
    const focused = active(el);
    return focused !== null && dialogOf(el).shadowRoot!.querySelector('dialog')!.contains(focused);
  };

  it('Cancel closes the dialog, sends cc-payment-cancel with the invoice ids, and gives focus back', async () => {
    const a = unpaid('us', plainUsd);
    const b = unpaid('us', (i) => plainUsd(i) && i.id !== a.id);
    const el = await mount(`${a.id} ${b.id}`);
    await open(el);
    const cancelled = oneEvent(el, 'cc-payment-cancel');
    await click(el, 'Cancel');
    const event = await cancelled;
    expect(event.detail.invoiceIds).to.deep.equal([a.id, b.id]);
    expect(event.bubbles && event.composed).to.equal(true);
    await waitUntil(() => !dialogOf(el).open, 'closed');
    expect(el.shadowRoot!.activeElement === payButton(el)).to.equal(true);
    expect(paymentsFor('us', a.id)).to.have.length(0);
  });

  it('keeps focus inside: Tab from the last control comes round to the first, Shift+Tab back', async () => {
    const el = await mount(unpaid('us', plainUsd).id);
    await open(el);
    const cancel = button(root(el), 'Cancel')!;
    const amount = root(el).querySelector<HTMLInputElement>('input.amount')!;
    // Cancel is the last control of every step.
    cancel.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el) === amount, `Tab from Cancel: focus on ${active(el)?.outerHTML.slice(0, 60)}`).to.equal(true);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(active(el) === cancel, `Shift+Tab from the first: focus on ${active(el)?.outerHTML.slice(0, 60)}`).to.equal(
      true,
    );
    // On a step that starts with a radio group, Tab comes round to the chosen method.
    await click(el, 'Continue');
    await untilHeading(el, 'Choose how to pay');
    const visa = radio(el, /^Visa •••• 4242/);
    visa.click();
    await dialogOf(el).updateComplete;
    button(root(el), 'Cancel')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el) === visa).to.equal(true);
    for (let press = 0; press < 12; press += 1) {
      await sendKeys({ press: 'Tab' });
      expect(focusInside(el), `Tab ${press + 1}: focus on ${active(el)?.outerHTML.slice(0, 60)}`).to.equal(true);
    }
    expect(dialogOf(el).open).to.equal(true);
  });

  it('passes axe while loading, with aria-busy set', async () => {
    const el = await mount(unpaid('us', plainUsd).id);
    api().faults.set({ latencyMs: 1500, operations: ['retrievePaymentOptions'] });
    payButton(el).click();
    await waitUntil(() => dialogOf(el)?.open, 'dialog open', { timeout: 8000 });
    await waitUntil(() => root(el).querySelector('.body[aria-busy="true"]'), 'loading');
    expect(heading(el)).to.equal('Pay invoices');
    expect(text(root(el))).to.contain('Loading invoices and payment options…');
    await expect(dialogOf(el)).to.be.accessible();
    await waitUntil(() => root(el).querySelector('input.amount'), 'loaded', { timeout: 8000 });
    expect(root(el).querySelector('.body')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('passes axe on a load error (500 on the payment options), and Try again loads', async () => {
    const el = await mount(unpaid('us', plainUsd).id);
    api().faults.set({ errorRate: 1, errorStatus: 500, operations: ['retrievePaymentOptions'] });
    payButton(el).click();
    await waitUntil(() => dialogOf(el)?.open, 'dialog open', { timeout: 8000 });
    await waitUntil(() => root(el).querySelector('[part="error"]'), 'error shown', { timeout: 8000 });
    const error = root(el).querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('The billing service had a problem. Try again in a moment.');
    expect(text(error)).to.match(/Reference for support: req_\d+/);
    await expect(dialogOf(el)).to.be.accessible();
    api().faults.clear();
    await click(el, 'Try again');
    await waitUntil(() => root(el).querySelector('input.amount'), 'loaded', { timeout: 8000 });
  });

  it('passes axe on the "Paying…" step, which says the payment continues if closed', async () => {
    const invoice = unpaid('us', plainUsd);
    const el = await mount(invoice.id);
    await open(el);
    await toReview(el, /Visa •••• \d{4}/);
    api().faults.set({ latencyMs: 1500, operations: ['createPayment'] });
    await click(el, PAY_AMOUNT);
    await untilHeading(el, 'Paying…');
    expect(text(root(el))).to.contain('You can close this window: the payment continues');
    expect(button(root(el), 'Close — the payment continues')).not.to.equal(undefined);
    await expect(dialogOf(el)).to.be.accessible();
    await untilHeading(el, 'Payment received');
  });
});
