import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  active,
  cardField,
  dialogOf,
  dialogStatus,
  EXPIRY_YEAR,
  fixedCardTokenizer,
  mount,
  named,
  open,
  PAY_AMOUNT,
  payButton,
  plainUsd,
  radio,
  realCardForm,
  recordPaymentKeys,
  root,
  store,
  tabTo,
  text,
  toReview,
  untilHeading,
  useMockApi,
} from './pay-button.helpers.test.js';
import type { CcPayButton } from './pay-button.js';

// The steps after the review, by keyboard alone: Enter held down on Pay, the next step after
// a decline or an unknown outcome, the receipt, the offline details' Copy buttons, and the
// new-card form inside the dialog.

describe('<cc-pay-button> by keyboard', function () {
  this.timeout(30_000);
  const api = useMockApi();
  const { invoice: storeInvoice, unpaid, paymentsFor } = store(api);

  it('Enter held down on Pay (the key repeating) pays once, with one idempotency key', async () => {
    const invoice = unpaid('us', plainUsd);
    const el = await mount(invoice.id);
    const keys = recordPaymentKeys(api);
    await open(el);
    await toReview(el, /Visa •••• \d{4}/);
    await tabTo(el, named(PAY_AMOUNT), 'Pay');
    api().faults.set({ latencyMs: 300, operations: ['createPayment'] });
    let keydowns = 0;
    const count = () => (keydowns += 1);
    dialogOf(el).addEventListener('keydown', count);
    await sendKeys({ down: 'Enter' });
    for (let repeat = 0; repeat < 6; repeat += 1) await sendKeys({ down: 'Enter' });
    await sendKeys({ up: 'Enter' });
    dialogOf(el).removeEventListener('keydown', count);
    expect(keydowns).to.equal(7);
    await untilHeading(el, 'Payment received');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(paymentsFor('us', invoice.id)).to.have.length(1);
    expect(keys.create).to.have.length(1);
    expect(keys.create[0]).to.be.a('string').and.not.equal('');
  });

  /** Opens the dialog from the Pay button with Enter, and goes on to the methods with Enter. */
  async function openByKeyboard(el: CcPayButton): Promise<void> {
    payButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el)?.open, 'dialog open', { timeout: 8000 });
    await waitUntil(() => root(el).querySelector('input.amount'), 'amounts shown', { timeout: 8000 });
    await tabTo(el, (focused) => focused.classList.contains('amount'), 'the amount');
    await sendKeys({ press: 'Enter' });
    await untilHeading(el, 'Choose how to pay');
    await tabTo(el, (focused) => focused.matches('input[type="radio"]'), 'the methods');
  }

  /** Arrow keys move the choice within the method radios until `label` is chosen. */
  async function arrowTo(el: CcPayButton, label: string | RegExp): Promise<void> {
    for (let presses = 0; presses < 8 && !radio(el, label).checked; presses += 1) {
      await sendKeys({ press: 'ArrowDown' });
      await dialogOf(el).updateComplete;
    }
    expect(radio(el, label).checked, `${label} chosen`).to.equal(true);
  }

  /** Space picks the focused method (the first one, when Tab first reaches the group). */
  async function pickFocused(el: CcPayButton, label: string | RegExp): Promise<void> {
    await sendKeys({ press: 'Space' });
    await dialogOf(el).updateComplete;
    expect(radio(el, label).checked, `${label} chosen`).to.equal(true);
  }

  /** From the chosen method, Tab to Continue and Enter, then Tab to Pay and Enter. */
  async function continueAndPay(el: CcPayButton): Promise<void> {
    await tabTo(el, named('Continue'), 'Continue');
    await sendKeys({ press: 'Enter' });
    await untilHeading(el, 'Review and pay');
    await tabTo(el, named(PAY_AMOUNT), 'Pay');
    await sendKeys({ press: 'Enter' });
  }

  it('after a decline: Tab to "Use another method", Enter, and pay with the saved card', async () => {
    const invoice = unpaid('us', plainUsd);
    const el = await mount(invoice.id, { tokenizer: fixedCardTokenizer('4000000000000002') });
    await openByKeyboard(el);
    await arrowTo(el, 'A new card');
    await continueAndPay(el);
    await untilHeading(el, 'The payment did not go through');
    expect(active(el)?.id).to.equal('heading');
    await tabTo(el, named('Use another method'), 'Use another method');
    await sendKeys({ press: 'Enter' });
    await untilHeading(el, 'Choose how to pay');
    expect(active(el)?.id).to.equal('heading');
    await tabTo(el, (focused) => focused.matches('input[type="radio"]'), 'the methods');
    await arrowTo(el, /^Visa •••• 4242/);
    await continueAndPay(el);
    await untilHeading(el, 'Payment received');
    expect(paymentsFor('us', invoice.id).map((payment) => payment.status)).to.have.members(['failed', 'succeeded']);
    expect(storeInvoice('us', invoice.id).balanceDue.amountMinor).to.equal(0);
  });

  it('after an unknown outcome: Enter on "Check again" learns the real one', async () => {
    const invoice = unpaid('us', plainUsd);
    const el = await mount(invoice.id);
    el.reconcileDelaysMs = [20];
    const keys = recordPaymentKeys(api);
    await openByKeyboard(el);
    await pickFocused(el, /^Visa •••• 4242/);
    api().faults.set({ errorRate: 1, errorStatus: 500, operations: ['createPayment'] });
    await continueAndPay(el);
    await untilHeading(el, 'We are confirming your payment');
    api().faults.clear();
    await tabTo(el, named('Check again'), 'Check again');
    await sendKeys({ press: 'Enter' });
    await untilHeading(el, 'Payment received');
    expect(paymentsFor('us', invoice.id)).to.have.length(1);
    expect(new Set(keys.create).size).to.equal(1);
  });

  it('Tab to "Save receipt" and press Enter: the receipt is saved and announced', async () => {
    const invoice = unpaid('us', plainUsd);
    const el = await mount(invoice.id);
    await openByKeyboard(el);
    await pickFocused(el, /^Visa •••• 4242/);
    await continueAndPay(el);
    await untilHeading(el, 'Payment received');
    const [payment] = paymentsFor('us', invoice.id);
    const original = HTMLAnchorElement.prototype.click;
    const saved: string[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this.download);
    };
    try {
      await tabTo(el, named('Save receipt'), 'Save receipt');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => saved.length === 1, 'receipt saved');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(saved).to.deep.equal([`receipt-${payment!.reference}.html`]);
    await waitUntil(
      () => dialogStatus(el).includes(`Receipt saved as receipt-${payment!.reference}.html`),
      'announced',
    );
  });

  it('a Copy button of the offline details, by keyboard: copies the value and says so', async () => {
    const invoice = unpaid('us', plainUsd);
    const el = await mount(invoice.id);
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (value: string) => (copied.push(value), Promise.resolve()) },
    });
    try {
      payButton(el).focus();
      await sendKeys({ press: 'Enter' });
      // The dialog's code is fetched on first use: it may not exist yet.
      await waitUntil(() => dialogOf(el)?.shadowRoot?.querySelector('input.amount'), 'amounts shown', {
        timeout: 8000,
      });
      await tabTo(el, named('Pay offline instead'), 'Pay offline instead');
      await sendKeys({ press: 'Enter' });
      await untilHeading(el, 'Pay by bank transfer or cheque');
      await tabTo(el, named('Copy invoice number'), 'Copy invoice number');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogStatus(el) === 'Copied', 'copy announced');
      expect(copied).to.deep.equal([invoice.number]);
      await tabTo(el, named('Copy account number'), 'Copy account number');
      await sendKeys({ press: 'Space' });
      await waitUntil(() => copied.length === 2, 'second copy');
      expect(copied[1]).to.equal(storeInvoice('us', invoice.id).remittance.wire.accountNumber);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    expect(paymentsFor('us', invoice.id)).to.have.length(0);
  });

  it('the new-card form inside the dialog, by keyboard: arrows to "A new card", type and Tab, Enter to pay', async () => {
    const invoice = unpaid('us', plainUsd);
    const { tokenizer, sent } = realCardForm();
    const el = await mount(invoice.id, { tokenizer });
    await openByKeyboard(el);
    await arrowTo(el, 'A new card');
    await waitUntil(() => root(el).querySelector('.card-form input'), 'card form mounted');
    await tabTo(el, (focused) => focused === cardField(el, 'Name on card'), 'the name on the card');
    for (const value of ['Grace Hopper', '4242 4242 4242 4242', `12/${String(EXPIRY_YEAR % 100)}`, '123']) {
      await sendKeys({ type: value });
      await sendKeys({ press: 'Tab' });
    }
    await continueAndPay(el);
    await untilHeading(el, 'Payment received');
    expect(sent).to.deep.equal(['4242424242424242']);
    const [payment] = paymentsFor('us', invoice.id);
    expect(payment!.method).to.deep.include({ type: 'card', brand: 'visa', last4: '4242' });
    expect(text(root(el).querySelector('[part="receipt"]'))).to.contain('Visa •••• 4242');
  });
});
