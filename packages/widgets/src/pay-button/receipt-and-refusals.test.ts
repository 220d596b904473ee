import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { BillingApiError } from '@customer-center/sdk';
import {
  click,
  dialogOf,
  dialogStatus,
  heading,
  mount,
  open,
  PAY_AMOUNT,
  payButton,
  plainUsd,
  root,
  store,
  text,
  toReview,
  untilHeading,
  useMockApi,
} from './pay-button.helpers.test.js';

// Printing the receipt, a definite refusal (not retryable: a new attempt is needed), and
// invoices in two currencies, which the API pays one currency at a time.

describe('<cc-pay-button> receipt, refusals and currencies', function () {
  this.timeout(30_000);
  const api = useMockApi();
  const { invoice: storeInvoice, unpaid, paymentsFor } = store(api);

  async function paid() {
    const invoice = unpaid('us', plainUsd);
    const el = await mount(invoice.id);
    await open(el);
    await toReview(el, /Visa •••• \d{4}/);
    await click(el, PAY_AMOUNT);
    await untilHeading(el, 'Payment received');
    return { invoice, el, payment: paymentsFor('us', invoice.id)[0]! };
  }

  it('Print receipt writes the receipt as text into a window of its own and prints it', async () => {
    const { invoice, el, payment } = await paid();
    const receipt = document.implementation.createHTMLDocument('');
    const opened: unknown[][] = [];
    let printed = 0;
    const original = window.open;
    window.open = (...args: unknown[]) => {
      opened.push(args);
      return { document: receipt, print: () => (printed += 1) } as unknown as Window;
    };
    try {
      await click(el, 'Print receipt');
    } finally {
      window.open = original;
    }
    expect(opened).to.have.length(1);
    expect(opened[0]!.slice(0, 2)).to.deep.equal(['', '_blank']);
    expect(printed).to.equal(1);
    expect(receipt.title).to.equal(`Payment ${payment.reference}`);
    expect(text(receipt.querySelector('h1'))).to.equal('Payment received');
    const terms = [...receipt.querySelectorAll('dt')].map((node) => text(node));
    expect(terms).to.deep.equal(['Reference', 'Amount', 'Method', 'Invoices', 'Date']);
    expect(text(receipt.body)).to.contain(payment.reference).and.contain(invoice.number);
    // Text only: nothing from the API becomes markup in the printed page.
    expect(receipt.body.querySelectorAll('*:not(h1, dl, dt, dd)')).to.have.length(0);
  });

  it('Print receipt with pop-ups blocked says how to get the receipt instead', async () => {
    const { el } = await paid();
    const original = window.open;
    window.open = () => null;
    try {
      await click(el, 'Print receipt');
    } finally {
      window.open = original;
    }
    await waitUntil(() => dialogStatus(el).includes('Allow pop-ups to print the receipt, or save it instead.'));
  });

  it('a refusal is reported with retryable: false, nothing charged, and a new attempt offered', async () => {
    const invoice = unpaid('us', plainUsd);
    const el = await mount(invoice.id);
    await open(el);
    await toReview(el, /Visa •••• \d{4}/);
    // Paid in part elsewhere meanwhile: the amount shown is now above the balance.
    storeInvoice('us', invoice.id).balanceDue = { ...invoice.balanceDue, amountMinor: 1 };
    api().store.touch();
    const failed = oneEvent(el, 'cc-payment-failed');
    await click(el, PAY_AMOUNT);
    const { detail } = await failed;
    expect(detail.retryable).to.equal(false);
    expect(detail.unknown).to.equal(false);
    expect(detail.payment).to.equal(undefined);
    expect(detail.error instanceof BillingApiError && [detail.error.status, detail.error.code]).to.deep.equal([
      422,
      'amount_exceeds_balance',
    ]);
    await untilHeading(el, 'The payment did not go through');
    expect(text(root(el).querySelector('[role="alert"]'))).to.contain('Nothing was charged');
    expect(paymentsFor('us', invoice.id)).to.have.length(0);
    await click(el, 'Use another method');
    await untilHeading(el, 'Choose how to pay');
  });

  it('invoices in two currencies: says to pay one currency at a time, with no retry, nothing charged', async () => {
    const usd = unpaid('us', plainUsd);
    const eur = unpaid('us', (i) => i.currency === 'EUR');
    const el = await mount(`${usd.id} ${eur.id}`);
    payButton(el).click();
    await waitUntil(() => dialogOf(el)?.open, 'dialog open', { timeout: 8000 });
    await waitUntil(() => root(el).querySelector('[part="error"]'), 'error shown', { timeout: 8000 });
    expect(heading(el)).to.equal('Pay invoices');
    const alert = root(el).querySelector('[part="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.contain(
      'These invoices are in different currencies. Pay the invoices of one currency at a time.',
    );
    // Trying again would be refused the same way.
    expect(alert.querySelector('[part="retry-button"]')).to.equal(null);
    expect(root(el).querySelector('input.amount, label.method')).to.equal(null);
    expect(paymentsFor('us', usd.id)).to.have.length(0);
    expect(paymentsFor('us', eur.id)).to.have.length(0);
    await expect(dialogOf(el)).to.be.accessible();
  });
});
