import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { FaultSettings } from '@customer-center/mock-api';
import type { CcPaymentFailedEvent } from '../events/payment-failed.js';
import {
  button,
  click,
  dialogOf,
  dialogStatus,
  everythingSaid,
  FAILURE_CLAIM,
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

// Each fault mode of the mock API on the payment itself. Whatever the network does, the
// dialog never says a payment failed when it may have gone through, the store holds at most
// one payment, every ask of an attempt carries the same idempotency key, and the outcome
// the dialog finally shows is the store's.

describe('<cc-pay-button> under the mock API’s faults', function () {
  this.timeout(30_000);
  const api = useMockApi();
  const { invoice: storeInvoice, unpaid, paymentsFor } = store(api);

  /** Pays `invoice` with the saved Visa under `faults`, until the dialog settles on an unknown outcome. */
  async function payUntilUnknown(faults: FaultSettings) {
    const invoice = unpaid('us', plainUsd);
    const el = await mount(invoice.id);
    el.reconcileDelaysMs = [50, 100];
    const keys = recordPaymentKeys(api);
    await open(el);
    await toReview(el, /Visa •••• \d{4}/);
    const failures: CcPaymentFailedEvent['detail'][] = [];
    el.addEventListener('cc-payment-failed', (event) => failures.push(event.detail));
    api().faults.set(faults);
    const started = performance.now();
    const said = await everythingSaid(el, async () => {
      await click(el, PAY_AMOUNT);
      await untilHeading(el, 'We are confirming your payment', 10_000);
    });
    return { invoice, el, keys, failures, said, elapsedMs: performance.now() - started };
  }

  it('a 503 with Retry-After: waits as told, never says "failed", charges nothing until asked again, then once', async () => {
    const { invoice, el, keys, failures, said, elapsedMs } = await payUntilUnknown({
      errorRate: 1,
      errorStatus: 503,
      retryAfterSeconds: 1,
      operations: ['createPayment'],
    });
    expect(said.filter((words) => FAILURE_CLAIM.test(words))).to.deep.equal([]);
    expect(said.some((words) => words.includes('slow to answer'))).to.equal(true);
    expect(failures.map((detail) => [detail.unknown, detail.retryable])).to.deep.equal([[true, true]]);
    // The first ask and one per pause (each stretched to the second Retry-After asks for).
    expect(keys.create).to.have.length(3);
    expect(elapsedMs).to.be.greaterThan(1900);
    expect(new Set(keys.create).size).to.equal(1);
    // A 503 is answered before the payment is handled: nothing is charged yet.
    expect(paymentsFor('us', invoice.id)).to.have.length(0);
    expect(button(root(el), 'Check again')).not.to.equal(undefined);
    await expect(dialogOf(el)).to.be.accessible();

    api().faults.clear();
    await click(el, 'Check again');
    await untilHeading(el, 'Payment received');
    expect(paymentsFor('us', invoice.id)).to.have.length(1);
    expect(storeInvoice('us', invoice.id).balanceDue.amountMinor).to.equal(0);
    expect(new Set(keys.create).size).to.equal(1);
    await expect(dialogOf(el)).to.be.accessible();
  });

  for (const [name, faults] of [
    ['cut-off JSON', { malformedJsonRate: 1, operations: ['createPayment'] }],
    ['JSON that breaks the contract', { schemaBreakRate: 1, operations: ['createPayment'] }],
  ] as const) {
    it(`an answer of ${name} after the charge: a clear unknown state, no crash, charged once, then the real outcome`, async () => {
      const { invoice, el, keys, failures, said } = await payUntilUnknown(faults);
      expect(said.filter((words) => FAILURE_CLAIM.test(words))).to.deep.equal([]);
      expect(failures.every((detail) => detail.unknown && detail.retryable)).to.equal(true);
      // The payment was taken: the answer was unreadable, not the charge. Asking again with
      // the same key replays it (unreadable too, while the fault lasts) and never pays twice.
      const payments = paymentsFor('us', invoice.id);
      expect(payments).to.have.length(1);
      expect(keys.create.length).to.be.greaterThan(1);
      expect(new Set(keys.create).size).to.equal(1);
      expect(text(root(el).querySelector('.message'))).to.contain(
        'It may have gone through; it will not be charged twice',
      );
      expect(dialogStatus(el)).to.contain('It will not be charged twice');
      await expect(dialogOf(el)).to.be.accessible();

      api().faults.clear();
      await click(el, 'Check again');
      await untilHeading(el, 'Payment received');
      expect(text(root(el).querySelector('[part="receipt"]'))).to.contain(payments[0]!.reference);
      expect(paymentsFor('us', invoice.id)).to.have.length(1);
      expect(new Set(keys.create).size).to.equal(1);
    });
  }

  it('a PayPal confirmation dropped after it committed: confirmed again with the same key, once, shown as received', async () => {
    const invoice = unpaid('us', plainUsd);
    const el = await mount(invoice.id);
    el.reconcileDelaysMs = [50, 100];
    let approvals = 0;
    el.paypalApprover = () => {
      approvals += 1;
      return Promise.resolve('APPROVED-DROPPED');
    };
    const keys = recordPaymentKeys(api);
    await open(el);
    await toReview(el, 'PayPal');
    await click(el, PAY_AMOUNT);
    await untilHeading(el, 'Approve the payment in PayPal');
    api().faults.set({ dropAfterCommitRate: 1, operations: ['confirmPayment'] });
    const succeeded = oneEvent(el, 'cc-payment-succeeded');
    const said = await everythingSaid(el, async () => {
      await click(el, 'Approve in PayPal');
      await untilHeading(el, 'Payment received');
    });
    const { payment } = (await succeeded).detail;
    expect(said.filter((words) => FAILURE_CLAIM.test(words))).to.deep.equal([]);
    expect(approvals).to.equal(1);
    // The first confirmation's answer was lost; the second, same key, replays it.
    expect(keys.confirm).to.have.length(2);
    expect(new Set(keys.confirm).size).to.equal(1);
    expect(keys.create).to.have.length(1);
    const payments = paymentsFor('us', invoice.id);
    expect(payments.map((stored) => [stored.id, stored.status])).to.deep.equal([[payment.id, 'succeeded']]);
    expect(storeInvoice('us', invoice.id).balanceDue.amountMinor).to.equal(0);
    expect(heading(el)).to.equal('Payment received');
    await expect(dialogOf(el)).to.be.accessible();
    await waitUntil(() => dialogStatus(el).includes(payment.reference), 'announced');
  });
});
