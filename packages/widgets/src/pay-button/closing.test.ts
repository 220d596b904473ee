import { expect, waitUntil } from '@open-wc/testing';
import {
  button,
  buttonStatus,
  click,
  dialogOf,
  fixedCardTokenizer,
  heading,
  mount,
  open,
  PAY_AMOUNT,
  plainUsd,
  recordPaymentKeys,
  root,
  store,
  text,
  toReview,
  untilHeading,
  useMockApi,
} from './pay-button.helpers.test.js';
import type { CcPayButton } from './pay-button.js';

// Closing the dialog while a payment is under way neither loses nor repeats it: the button
// announces the outcome, and reopening shows that outcome (or the check still going on),
// never a fresh form that could pay a second time.

describe('<cc-pay-button> closed while paying', function () {
  this.timeout(30_000);
  const api = useMockApi();
  const { unpaid, paymentsFor } = store(api);

  async function closeWhilePaying(el: CcPayButton): Promise<void> {
    await click(el, PAY_AMOUNT);
    await untilHeading(el, 'Paying…');
    await click(el, 'Close — the payment continues');
    await waitUntil(() => !dialogOf(el).open, 'closed');
  }

  const offersANewForm = (el: CcPayButton) =>
    root(el).querySelector('input.amount, label.method') !== null || button(root(el), PAY_AMOUNT) !== undefined;

  it('an outcome still unknown: the button says so, and reopening shows the check, not a new form', async () => {
    const invoice = unpaid('us', plainUsd);
    const el = await mount(invoice.id);
    el.reconcileDelaysMs = [300, 300];
    const keys = recordPaymentKeys(api);
    const cancelled: unknown[] = [];
    el.addEventListener('cc-payment-cancel', (event) => cancelled.push(event));
    await open(el);
    await toReview(el, /Visa •••• \d{4}/);
    // Charged, but every answer (the replays too) is unreadable while the fault lasts.
    api().faults.set({ malformedJsonRate: 1, operations: ['createPayment'] });
    await closeWhilePaying(el);

    // Reopened while it is still being checked: the check, not a form.
    await el.show();
    expect(heading(el)).to.equal('Paying…');
    expect(offersANewForm(el)).to.equal(false);
    await click(el, 'Close — the payment continues');
    await waitUntil(() => !dialogOf(el).open, 'closed again');

    await waitUntil(
      () => buttonStatus(el).includes('We could not confirm your payment yet'),
      'unknown outcome announced by the button',
      { timeout: 8000 },
    );
    expect(buttonStatus(el)).not.to.contain('did not go through');
    expect(paymentsFor('us', invoice.id)).to.have.length(1);

    await el.show();
    expect(heading(el)).to.equal('We are confirming your payment');
    expect(button(root(el), 'Check again')).not.to.equal(undefined);
    expect(offersANewForm(el)).to.equal(false);
    await expect(dialogOf(el)).to.be.accessible();
    // Closed and opened once more after seeing it: still the check, as long as it is unknown.
    await click(el, 'Cancel');
    await waitUntil(() => !dialogOf(el).open, 'closed a third time');
    await el.show();
    expect(heading(el)).to.equal('We are confirming your payment');
    // Closing while the payment may have gone through is not a cancellation.
    expect(cancelled).to.have.length(0);

    api().faults.clear();
    await click(el, 'Check again');
    await untilHeading(el, 'Payment received');
    const payments = paymentsFor('us', invoice.id);
    expect(payments).to.have.length(1);
    expect(text(root(el).querySelector('[part="receipt"]'))).to.contain(payments[0]!.reference);
    expect(new Set(keys.create).size).to.equal(1);
  });

  it('a decline that came while closed: reopening shows why, as the button promised', async () => {
    const invoice = unpaid('us', plainUsd);
    const el = await mount(invoice.id, { tokenizer: fixedCardTokenizer('4000000000000002') });
    await open(el);
    await toReview(el, 'A new card');
    api().faults.set({ latencyMs: 500, operations: ['createPayment'] });
    await closeWhilePaying(el);
    await waitUntil(
      () => buttonStatus(el).includes('Your payment did not go through. Press Pay to see why'),
      'decline announced by the button',
      { timeout: 8000 },
    );
    await el.show();
    expect(heading(el)).to.equal('The payment did not go through');
    expect(text(root(el).querySelector('[role="alert"]'))).to.contain('declined');
    expect(button(root(el), 'Use another method')).not.to.equal(undefined);
    expect(paymentsFor('us', invoice.id).map((payment) => payment.status)).to.deep.equal(['failed']);
  });

  it('a success that came while closed: reopening shows the receipt once, then what is left to pay', async () => {
    const invoice = unpaid('us', plainUsd);
    const el = await mount(invoice.id);
    await open(el);
    await toReview(el, /Visa •••• \d{4}/);
    api().faults.set({ latencyMs: 500, operations: ['createPayment'] });
    await closeWhilePaying(el);
    await waitUntil(() => buttonStatus(el).includes('Payment received'), 'announced by the button', {
      timeout: 8000,
    });
    const [payment] = paymentsFor('us', invoice.id);
    await el.show();
    expect(heading(el)).to.equal('Payment received');
    expect(text(root(el).querySelector('[part="receipt"]'))).to.contain(payment!.reference);
    await click(el, 'Close');
    await waitUntil(() => !dialogOf(el).open, 'closed');
    // Seen: the next opening reads the invoices again, and there is nothing left to pay.
    await el.show();
    await waitUntil(() => root(el).querySelector('form.step'), 'reloaded', { timeout: 8000 });
    expect(text(root(el))).to.contain('There is nothing left to pay on these invoices.');
    expect(offersANewForm(el)).to.equal(false);
    expect(paymentsFor('us', invoice.id)).to.have.length(1);
  });
});
