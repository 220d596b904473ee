import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createBillingClient, type BillingClient, type InvoiceDetail } from '@customer-center/sdk';
import {
  cardBrand,
  createMockApi,
  TEST_REWARD_CODES,
  tokenizeTestCard,
  type MockApi,
  type OrganizationData,
} from '@customer-center/mock-api';
import { startMockApi, type RunningMockApi } from '@customer-center/mock-api/testing';
import '../invoice-list/define.js';
import type { CcInvoiceList } from '../invoice-list/invoice-list.js';
import type { CcPayDialog } from '../pay-dialog/pay-dialog.js';
import './define.js';
import type { CcPayButton } from './pay-button.js';
import type { CardTokenizer } from './tokenizer.js';

// The whole payment flow against the mock API, driven as a payer drives it: by mouse and by
// keyboard, with every method, the test cards, partial and multi-invoice payments, rewards,
// the card limit, offline-only countries, and the mock's faults. The store is the truth:
// each test checks what was charged there, not only what the dialog says.

const BASE = '/api';
/** The review's confirm button, "Pay $120.00"; not "Pay offline instead" beside it. */
const PAY_AMOUNT = /^Pay (?!offline)/;

/** A client without the SDK's own retries, and short timeouts, so faults show quickly. */
function clientFor(slug: string, options: { timeout?: number; role?: string } = {}): BillingClient {
  return createBillingClient({
    baseUrl: BASE,
    getToken: () => `test_${slug}_${options.role ?? 'billing'}`,
    timeout: options.timeout ?? 3000,
    maxRetries: 0,
  });
}

/** A tokenizer as a host provides one: here it turns a fixed test card into a mock token. */
function fixedCardTokenizer(number: string): CardTokenizer {
  return {
    mount(container) {
      container.textContent = 'Card fields of the provider';
    },
    tokenize: () =>
      Promise.resolve({
        ok: true,
        token: tokenizeTestCard({ number, expMonth: 12, expYear: 2031, cvc: '123' }),
        brand: cardBrand(number),
        last4: number.slice(-4),
      }),
  };
}

describe('<cc-pay-button>', function () {
  this.timeout(20_000);
  let mock: MockApi;
  let running: RunningMockApi;

  before(async () => {
    mock = createMockApi({ baseUrl: BASE });
    running = await startMockApi(mock.handlers);
  });
  afterEach(() => {
    mock.faults.clear();
    mock.store.reset();
    // A dialog left open by a failed test would make the rest of the page inert.
    for (const dialog of document.querySelectorAll('dialog[open]')) (dialog as HTMLDialogElement).close();
  });
  after(() => running.stop());

  const org = (slug: string): OrganizationData => mock.store.organizations.find((o) => o.slug === slug)!;
  const storeInvoice = (slug: string, id: string) => org(slug).invoices.find((invoice) => invoice.id === id)!;
  // A copy: the store's invoice changes when it is paid, and the tests compare with before.
  const unpaid = (slug: string, filter: (invoice: InvoiceDetail) => boolean = () => true): InvoiceDetail =>
    structuredClone(
      org(slug).invoices.find(
        (invoice) =>
          invoice.status !== 'closed' &&
          invoice.balanceDue.amountMinor > 0 &&
          invoice.balanceDue.amountMinor < 1_000_000 &&
          filter(invoice),
      )!,
    );
  const paymentsFor = (slug: string, invoiceId: string) =>
    org(slug).payments.filter((payment) =>
      payment.allocations.some((allocation) => allocation.invoiceId === invoiceId),
    );

  async function mount(
    invoiceIds: string,
    {
      slug = 'us',
      client = clientFor(slug),
      tokenizer,
    }: { slug?: string; client?: BillingClient; tokenizer?: CardTokenizer } = {},
  ): Promise<CcPayButton> {
    const el = await fixture<CcPayButton>(
      html`<cc-pay-button invoices=${invoiceIds} .client=${client} .tokenizer=${tokenizer}></cc-pay-button>`,
    );
    return el;
  }

  const dialogOf = (el: CcPayButton) => el.shadowRoot!.querySelector<CcPayDialog>('cc-pay-dialog')!;
  const root = (el: CcPayButton) => dialogOf(el).shadowRoot!;
  const heading = (el: CcPayButton) => dialogOf(el)?.shadowRoot?.querySelector('#heading')?.textContent?.trim() ?? '';
  const button = (el: CcPayButton, text: string | RegExp) =>
    [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      typeof text === 'string' ? b.textContent!.trim() === text : text.test(b.textContent!.trim()),
    );
  const untilHeading = (el: CcPayButton, text: string) =>
    waitUntil(() => heading(el) === text, `heading "${text}" (was "${heading(el)}")`, { timeout: 8000 });
  const click = async (el: CcPayButton, text: string | RegExp) => {
    await waitUntil(() => button(el, text), `button ${text}`);
    button(el, text)!.click();
  };
  const radio = (el: CcPayButton, label: string | RegExp): HTMLInputElement => {
    const found = [...root(el).querySelectorAll<HTMLLabelElement>('label.method')].find((l) =>
      typeof label === 'string' ? l.textContent!.includes(label) : label.test(l.textContent!),
    );
    if (!found) throw new Error(`no method labelled ${label}`);
    return found.querySelector('input')!;
  };

  async function open(el: CcPayButton): Promise<void> {
    // As a mouse click does: focus, then click.
    const pay = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
    pay.focus();
    pay.click();
    await waitUntil(() => dialogOf(el)?.open, 'dialog open');
    await untilHeading(el, 'Pay invoices');
    await waitUntil(() => root(el).querySelector('form.step'), 'amounts shown', { timeout: 8000 });
  }

  /** Through amounts and method to the review, paying with the radio labelled `method`. */
  async function toReview(el: CcPayButton, method: string | RegExp): Promise<void> {
    await click(el, 'Continue');
    await untilHeading(el, 'Choose how to pay');
    radio(el, method).click();
    await el.updateComplete;
    await click(el, 'Continue');
    await waitUntil(() => ['Review and pay', 'Apply a rewards code'].includes(heading(el)), 'review or rewards');
    if (heading(el) === 'Apply a rewards code') await click(el, 'Skip');
    await untilHeading(el, 'Review and pay');
  }

  it('is disabled for a role that may not pay, with the reason beside it and read with the button', async () => {
    const el = await mount(unpaid('us').id, { client: clientFor('us', { role: 'technical' }) });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="note"]'), 'the role is known');
    const note = el.shadowRoot!.querySelector('[part="note"]');
    const payButton = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
    expect(payButton.disabled).to.equal(true);
    expect(note!.textContent).to.contain('Your role cannot make payments');
    expect(payButton.getAttribute('aria-describedby')).to.equal(note!.id);
    await expect(el).to.be.accessible();

    const billing = await mount(unpaid('us').id);
    await billing.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(billing.shadowRoot!.querySelector('[part="note"]')).to.equal(null);
    expect(billing.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.disabled).to.equal(false);
  });

  it('pays one invoice in full with a saved card, by mouse, and tells the page', async () => {
    const invoice = unpaid('us', (i) => i.currency === 'USD' && i.type !== 'support');
    const el = await mount(invoice.id);
    await open(el);
    await expect(dialogOf(el)).to.be.accessible();
    const amount = root(el).querySelector<HTMLInputElement>('input.amount')!;
    expect(amount.value).to.equal((invoice.balanceDue.amountMinor / 100).toFixed(2));
    await toReview(el, /Visa •••• \d{4}/);
    await expect(dialogOf(el)).to.be.accessible();
    const succeeded = oneEvent(el, 'cc-payment-succeeded');
    await click(el, PAY_AMOUNT);
    const { payment } = (await succeeded).detail;
    await untilHeading(el, 'Payment received');
    expect(root(el).querySelector('[part="receipt"]')!.textContent).to.contain(payment.reference);
    expect(root(el).querySelector('[part="status"]')!.textContent).to.contain('Payment received');
    expect(storeInvoice('us', invoice.id).balanceDue.amountMinor).to.equal(0);
    expect(paymentsFor('us', invoice.id)).to.have.length(1);
    await expect(dialogOf(el)).to.be.accessible();
    // Closing returns focus to the Pay button.
    await click(el, 'Close');
    await waitUntil(() => !dialogOf(el).open);
    // Compared as a boolean: chai's diff of two DOM nodes can take minutes.
    expect(el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('[part="button"]')).to.equal(true);
  });

  it('pays by keyboard alone: Tab, Space, Enter, arrows', async () => {
    const invoice = unpaid('us', (i) => i.currency === 'USD' && i.type !== 'support');
    const el = await mount(invoice.id);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el)?.open, 'dialog open');
    await waitUntil(() => root(el).querySelector('input.amount'), 'amounts shown', { timeout: 8000 });
    // Focus is in the dialog, on its heading; the amount field is next.
    expect(dialogOf(el).shadowRoot!.activeElement?.id).to.equal('heading');
    await sendKeys({ press: 'Tab' });
    expect(dialogOf(el).shadowRoot!.activeElement?.classList.contains('amount')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await untilHeading(el, 'Choose how to pay');
    await sendKeys({ press: 'Tab' });
    // The first method takes focus; Space picks it.
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(radio(el, /Visa/).checked).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await untilHeading(el, 'Review and pay');
    const pay = button(el, PAY_AMOUNT)!;
    pay.focus();
    await sendKeys({ press: 'Enter' });
    await untilHeading(el, 'Payment received');
    expect(paymentsFor('us', invoice.id)).to.have.length(1);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el).open, 'closed by Escape');
  });

  it('checks partial amounts: above the balance, below the minimum, not a number; then pays part', async () => {
    const invoice = unpaid(
      'us',
      (i) => i.currency === 'USD' && i.balanceDue.amountMinor > 1000 && i.type !== 'support',
    );
    const el = await mount(invoice.id);
    await open(el);
    const amount = () => root(el).querySelector<HTMLInputElement>('input.amount')!;
    const errorText = () => root(el).querySelector('.field-error')?.textContent ?? '';
    const typeAmount = async (value: string) => {
      amount().value = value;
      amount().dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await click(el, 'Continue');
      await el.updateComplete;
      await dialogOf(el).updateComplete;
    };
    await typeAmount(String(invoice.balanceDue.amountMinor / 100 + 1));
    expect(errorText()).to.contain('The most you can pay is the balance due');
    expect(amount().getAttribute('aria-invalid')).to.equal('true');
    expect(dialogOf(el).shadowRoot!.activeElement === amount()).to.equal(true);
    await typeAmount('0.50');
    expect(errorText()).to.contain('The smallest partial payment is');
    await typeAmount('abc');
    expect(errorText()).to.contain('Enter an amount');
    await typeAmount('10.00');
    await untilHeading(el, 'Choose how to pay');
    radio(el, /Visa/).click();
    await dialogOf(el).updateComplete;
    await click(el, 'Continue');
    await untilHeading(el, 'Review and pay');
    await click(el, PAY_AMOUNT);
    await untilHeading(el, 'Payment received');
    expect(storeInvoice('us', invoice.id).balanceDue.amountMinor).to.equal(invoice.balanceDue.amountMinor - 1000);
  });

  it('pays several invoices at once, and submits once on a double click', async () => {
    const usd = org('us').invoices.filter(
      (i) =>
        i.status !== 'closed' && i.currency === 'USD' && i.type !== 'support' && i.balanceDue.amountMinor < 1_000_000,
    );
    const [a, b] = usd;
    const el = await mount(`${a!.id} ${b!.id}`);
    await open(el);
    expect(root(el).querySelectorAll('input.amount')).to.have.length(2);
    await toReview(el, /Visa/);
    const pay = button(el, PAY_AMOUNT)!;
    pay.click();
    pay.click();
    pay.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await untilHeading(el, 'Payment received');
    const payments = paymentsFor('us', a!.id);
    expect(payments).to.have.length(1);
    expect(payments[0]!.allocations.map((allocation) => allocation.invoiceId)).to.have.members([a!.id, b!.id]);
    expect(paymentsFor('us', b!.id)).to.have.length(1);
  });

  it('lets two buttons for the same invoice pay it once', async () => {
    const invoice = unpaid('us', (i) => i.currency === 'USD' && i.type !== 'support');
    const client = clientFor('us');
    mock.faults.set({ latencyMs: 400, operations: ['createPayment'] });
    const wrapper = await fixture(
      html`<div>
        <cc-pay-button id="one" invoice=${invoice.id} .client=${client}></cc-pay-button>
        <cc-pay-button id="two" invoice=${invoice.id} .client=${client}></cc-pay-button>
      </div>`,
    );
    const [one, two] = [...wrapper.querySelectorAll<CcPayButton>('cc-pay-button')] as [CcPayButton, CcPayButton];
    for (const el of [one, two]) {
      await open(el);
      await toReview(el, /Visa/);
      if (el === one) {
        await click(el, PAY_AMOUNT);
        await untilHeading(el, 'Paying…');
        await click(el, 'Close — the payment continues');
      }
    }
    await click(two, PAY_AMOUNT);
    await untilHeading(two, 'Payment received');
    await waitUntil(() => paymentsFor('us', invoice.id).length === 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(paymentsFor('us', invoice.id)).to.have.length(1);
  });

  for (const [number, code, text] of [
    ['4000000000000002', 'card_declined', 'declined'],
    ['4000000000000069', 'expired_card', 'expired'],
    ['4000000000009995', 'insufficient_funds', 'insufficient funds'],
  ] as const) {
    it(`shows a ${code} card with its reason and the next step, then pays with another card`, async () => {
      const invoice = unpaid('us', (i) => i.currency === 'USD' && i.type !== 'support');
      const el = await mount(invoice.id, { tokenizer: fixedCardTokenizer(number) });
      await open(el);
      await toReview(el, 'A new card');
      const failed = oneEvent(el, 'cc-payment-failed');
      await click(el, PAY_AMOUNT);
      const detail = (await failed).detail;
      expect(detail.unknown).to.equal(false);
      expect(detail.payment?.failure?.code).to.equal(code);
      await untilHeading(el, 'The payment did not go through');
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain(text);
      await expect(dialogOf(el)).to.be.accessible();
      expect(storeInvoice('us', invoice.id).balanceDue).to.deep.equal(invoice.balanceDue);
      // Another method: a new attempt (a new key) with the saved card goes through.
      await click(el, 'Use another method');
      await untilHeading(el, 'Choose how to pay');
      radio(el, /Visa •••• \d{4}/).click();
      await dialogOf(el).updateComplete;
      await click(el, 'Continue');
      await untilHeading(el, 'Review and pay');
      await click(el, PAY_AMOUNT);
      await untilHeading(el, 'Payment received');
      expect(storeInvoice('us', invoice.id).balanceDue.amountMinor).to.equal(0);
    });
  }

  it('shows expired saved cards but does not let them be chosen', async () => {
    const invoice = unpaid('us', (i) => i.currency === 'USD' && i.type !== 'support');
    const el = await mount(invoice.id);
    await open(el);
    await click(el, 'Continue');
    await untilHeading(el, 'Choose how to pay');
    const expired = [...root(el).querySelectorAll('label.method')].find((l) => l.textContent!.includes('Expired'));
    expect(expired, 'an expired card is listed').to.not.equal(undefined);
    expect(expired!.querySelector('input')!.disabled).to.equal(true);
    expect(expired!.textContent).to.contain('add another card or method');
  });

  it('pays with direct debit once the mandate is accepted', async () => {
    const invoice = unpaid('us', (i) => i.currency === 'USD' && i.type !== 'support');
    const el = await mount(invoice.id);
    await open(el);
    await click(el, 'Continue');
    await untilHeading(el, 'Choose how to pay');
    // Every seed of `us` has an ACH mandate on file.
    radio(el, 'Direct debit').click();
    await dialogOf(el).updateComplete;
    await click(el, 'Continue');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('Accept the direct debit mandate');
    root(el).querySelector<HTMLInputElement>('.mandate input[type="checkbox"]')!.click();
    await dialogOf(el).updateComplete;
    await click(el, 'Continue');
    await untilHeading(el, 'Review and pay');
    await click(el, PAY_AMOUNT);
    await untilHeading(el, 'Payment received');
    expect(paymentsFor('us', invoice.id)[0]!.method.type).to.equal('direct_debit');
  });

  it('says where to add a bank account when direct debit is offered but none is on file', async () => {
    const invoice = unpaid('us', (i) => i.currency === 'USD' && i.type !== 'support');
    org('us').paymentMethods = org('us').paymentMethods.filter((method) => method.type !== 'direct_debit');
    mock.store.touch();
    const el = await mount(invoice.id);
    await open(el);
    await click(el, 'Continue');
    await untilHeading(el, 'Choose how to pay');
    expect(root(el).textContent).to.contain('add a bank account in your billing profile');
    expect(
      [...root(el).querySelectorAll('label.method')].some((l) => l.textContent!.includes('Direct debit')),
    ).to.equal(false);
    await expect(dialogOf(el)).to.be.accessible();
  });

  it('pays with PayPal after approval, and reports a declined approval', async () => {
    const [first, second] = org('us').invoices.filter(
      (i) => i.status !== 'closed' && i.currency === 'USD' && i.type !== 'support',
    );
    for (const [invoice, approval, outcome] of [
      [first!, 'APPROVED-1', 'Payment received'],
      [second!, 'DECLINED-1', 'The payment did not go through'],
    ] as const) {
      const el = await mount(invoice.id);
      el.paypalApprover = () => Promise.resolve(approval);
      await open(el);
      await toReview(el, 'PayPal');
      await click(el, PAY_AMOUNT);
      await untilHeading(el, 'Approve the payment in PayPal');
      await expect(dialogOf(el)).to.be.accessible();
      await click(el, 'Approve in PayPal');
      await untilHeading(el, outcome);
      expect(storeInvoice('us', invoice.id).balanceDue.amountMinor).to.equal(
        approval.startsWith('DECLINED') ? invoice.balanceDue.amountMinor : 0,
      );
    }
  });

  it('refuses a card above USD 100,000, explains it, and offers the other methods', async () => {
    const big = org('us').invoices.find(
      (i) => i.status !== 'closed' && i.currency === 'USD' && i.balanceDue.amountMinor > 100_000_00,
    )!;
    const el = await mount(big.id);
    await open(el);
    await click(el, 'Continue');
    await untilHeading(el, 'Choose how to pay');
    expect(root(el).querySelector('.notice')!.textContent).to.contain('Card payments are limited to');
    for (const input of root(el).querySelectorAll<HTMLInputElement>('label.method input')) {
      const label = input.closest('label')!.textContent!;
      expect(input.disabled, label).to.equal(!/PayPal|Direct debit/.test(label));
    }
    expect(radio(el, 'PayPal').disabled).to.equal(false);
    await expect(dialogOf(el)).to.be.accessible();
  });

  it('shows offline instructions at once where online payment is not available (Kuwait)', async () => {
    const invoice = unpaid('kw');
    const el = await mount(invoice.id, { slug: 'kw' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await untilHeading(el, 'Pay by bank transfer or cheque');
    expect(root(el).querySelector('.notice')!.textContent).to.contain('Online payment is not available');
    const remittance = root(el).querySelector('[part="remittance"]')!;
    expect(remittance.textContent).to.contain(invoice.number);
    expect(remittance.querySelectorAll('[part="copy-button"]').length).to.be.greaterThan(0);
    await expect(dialogOf(el)).to.be.accessible();
  });

  it('offers offline instructions at any step, with copy buttons, and comes back', async () => {
    const invoice = unpaid('us', (i) => i.currency === 'USD');
    const el = await mount(invoice.id);
    await open(el);
    await click(el, 'Pay offline instead');
    await untilHeading(el, 'Pay by bank transfer or cheque');
    expect(root(el).textContent).to.contain(`Quote invoice number ${invoice.number}`);
    await click(el, 'Back');
    await untilHeading(el, 'Pay invoices');
  });

  it('applies a rewards code to a support invoice before paying, showing the reduction first', async () => {
    const invoice = unpaid('us', (i) => i.type === 'support' && i.currency === 'USD');
    const el = await mount(invoice.id);
    await open(el);
    await click(el, 'Continue');
    await untilHeading(el, 'Choose how to pay');
    radio(el, /Visa •••• \d{4}/).click();
    await dialogOf(el).updateComplete;
    await click(el, 'Continue');
    await untilHeading(el, 'Apply a rewards code');
    // The step is <cc-rewards-redeem compact>, the same element a page can show on its own.
    const redeem = root(el).querySelector('cc-rewards-redeem')!;
    // Fetched when the step is first shown: no shadow root until then.
    const inRedeem = (selector: string) => redeem.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
    await waitUntil(() => inRedeem('#code'), 'code field shown');
    const enter = async (value: string) => {
      const code = inRedeem('#code') as HTMLInputElement;
      code.value = value;
      code.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await redeem.updateComplete;
      inRedeem('[part="check-button"]')!.click();
    };
    await enter('NOT-A-CODE');
    await waitUntil(() => inRedeem('[part="field-error"]'), 'format error');
    expect(inRedeem('[part="field-error"]')!.textContent).to.contain('four groups of four');
    await enter(TEST_REWARD_CODES.expired);
    await waitUntil(() => inRedeem('[part="field-error"]')?.textContent?.includes('expired'), 'expired error');
    await enter(TEST_REWARD_CODES.valid);
    await waitUntil(() => inRedeem('[part="effect"]'), 'reduction shown');
    expect(inRedeem('[part="effect"]')!.textContent).to.contain('Balance due after');
    await expect(dialogOf(el)).to.be.accessible();
    inRedeem('[part="apply-button"]')!.click();
    await untilHeading(el, 'Review and pay');
    const after = storeInvoice('us', invoice.id).balanceDue;
    expect(after.amountMinor).to.be.lessThan(invoice.balanceDue.amountMinor);
    await click(el, PAY_AMOUNT);
    await untilHeading(el, 'Payment received');
    expect(paymentsFor('us', invoice.id)[0]!.amount).to.deep.equal(after);
  });

  describe('by keyboard alone', () => {
    /** The focused element, inside nested shadow roots (the rewards step is an element of its own). */
    const active = (el: CcPayButton) => {
      let focused = dialogOf(el).shadowRoot!.activeElement as HTMLElement | null;
      while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement as HTMLElement;
      return focused;
    };
    /** Presses Tab until `wanted` holds for the focused element, as a keyboard user would. */
    async function tabTo(el: CcPayButton, wanted: (focused: HTMLElement) => boolean, what: string) {
      for (let presses = 0; presses < 15; presses += 1) {
        const focused = active(el);
        if (focused && wanted(focused)) return;
        await sendKeys({ press: 'Tab' });
      }
      throw new Error(`Tab never reached ${what} (focus on ${active(el)?.outerHTML.slice(0, 80)})`);
    }
    const named = (name: string | RegExp) => (focused: HTMLElement) =>
      typeof name === 'string' ? focused.textContent!.trim() === name : name.test(focused.textContent!.trim());
    /** Arrow keys move the choice within the method radios until `label` is chosen. */
    async function arrowTo(el: CcPayButton, label: string | RegExp) {
      for (let presses = 0; presses < 8 && !radio(el, label).checked; presses += 1) {
        await sendKeys({ press: 'ArrowDown' });
        await dialogOf(el).updateComplete;
      }
      expect(radio(el, label).checked, `${label} chosen`).to.equal(true);
    }
    async function openByKeyboard(el: CcPayButton) {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogOf(el)?.open, 'dialog open');
      await waitUntil(() => root(el).querySelector('input.amount'), 'amounts shown', { timeout: 8000 });
      await tabTo(el, (focused) => focused.classList.contains('amount'), 'the amount');
      await sendKeys({ press: 'Enter' });
      await untilHeading(el, 'Choose how to pay');
      await tabTo(el, (focused) => focused.matches('input[type="radio"]'), 'the methods');
    }

    it('pays by direct debit: arrows to the method, Space on the mandate, Enter to pay', async () => {
      const invoice = unpaid('us', (i) => i.currency === 'USD' && i.type !== 'support');
      const el = await mount(invoice.id);
      await openByKeyboard(el);
      await arrowTo(el, 'Direct debit');
      await tabTo(el, (focused) => focused.matches('.mandate input[type="checkbox"]'), 'the mandate');
      await sendKeys({ press: 'Space' });
      await dialogOf(el).updateComplete;
      await tabTo(el, named('Continue'), 'Continue');
      await sendKeys({ press: 'Enter' });
      await untilHeading(el, 'Review and pay');
      await tabTo(el, named(PAY_AMOUNT), 'Pay');
      await sendKeys({ press: 'Enter' });
      await untilHeading(el, 'Payment received');
      expect(paymentsFor('us', invoice.id).map((payment) => payment.method.type)).to.deep.equal(['direct_debit']);
    });

    it('applies a rewards code, visits the offline details and pays by PayPal, all from the keyboard', async () => {
      const invoice = unpaid('us', (i) => i.type === 'support' && i.currency === 'USD');
      const el = await mount(invoice.id);
      el.paypalApprover = () => Promise.resolve('APPROVED-KEYS');
      await openByKeyboard(el);
      await arrowTo(el, 'PayPal');
      await tabTo(el, named('Continue'), 'Continue');
      await sendKeys({ press: 'Enter' });
      await untilHeading(el, 'Apply a rewards code');
      await tabTo(el, (focused) => focused.id === 'code', 'the code field');
      await sendKeys({ type: TEST_REWARD_CODES.valid });
      await sendKeys({ press: 'Enter' });
      const redeem = root(el).querySelector('cc-rewards-redeem')!;
      await waitUntil(() => redeem.shadowRoot?.querySelector('[part="apply-button"]'), 'reduction shown');
      await tabTo(el, named('Apply the code'), 'Apply the code');
      await sendKeys({ press: 'Enter' });
      await untilHeading(el, 'Review and pay');
      const reduced = storeInvoice('us', invoice.id).balanceDue;
      expect(reduced.amountMinor).to.be.lessThan(invoice.balanceDue.amountMinor);
      // The offline details are reachable from the review too, and Back returns to it.
      await tabTo(el, named('Pay offline instead'), 'Pay offline instead');
      await sendKeys({ press: 'Enter' });
      await untilHeading(el, 'Pay by bank transfer or cheque');
      await expect(dialogOf(el)).to.be.accessible();
      await tabTo(el, named('Back'), 'Back');
      await sendKeys({ press: 'Enter' });
      await untilHeading(el, 'Review and pay');
      await tabTo(el, named(PAY_AMOUNT), 'Pay');
      await sendKeys({ press: 'Enter' });
      await untilHeading(el, 'Approve the payment in PayPal');
      await tabTo(el, named('Approve in PayPal'), 'Approve in PayPal');
      await sendKeys({ press: 'Enter' });
      await untilHeading(el, 'Payment received');
      expect(paymentsFor('us', invoice.id).map((payment) => payment.amount)).to.deep.equal([reduced]);
    });
  });

  it('saves the receipt as a file named after the payment, holding its details as text', async () => {
    const invoice = unpaid('us', (i) => i.currency === 'USD' && i.type !== 'support');
    const el = await mount(invoice.id);
    await open(el);
    await toReview(el, /Visa/);
    await click(el, PAY_AMOUNT);
    await untilHeading(el, 'Payment received');
    const [payment] = paymentsFor('us', invoice.id);
    const original = HTMLAnchorElement.prototype.click;
    const saved: { name: string; href: string }[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href });
    };
    let content: string;
    try {
      await click(el, 'Save receipt');
      await waitUntil(() => saved.length === 1, 'receipt saved');
      content = await (await fetch(saved[0]!.href)).text();
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(saved[0]!.name).to.equal(`receipt-${payment!.reference}.html`);
    expect(content).to.match(/^<!doctype html>/);
    expect(content).to.contain(payment!.reference);
    expect(content).to.contain(invoice.number);
    expect(root(el).querySelector('[part="status"]')!.textContent).to.contain('Receipt saved');
  });

  it('passes axe at the method step and on a refusal', async () => {
    const invoice = unpaid('us', (i) => i.currency === 'USD' && i.type !== 'support');
    const el = await mount(invoice.id);
    await open(el);
    await click(el, 'Continue');
    await untilHeading(el, 'Choose how to pay');
    await expect(dialogOf(el)).to.be.accessible();
    radio(el, /Visa •••• \d{4}/).click();
    await dialogOf(el).updateComplete;
    await click(el, 'Continue');
    await untilHeading(el, 'Review and pay');
    // The invoice is paid elsewhere meanwhile: the API refuses, nothing is charged twice.
    storeInvoice('us', invoice.id).balanceDue = { ...invoice.balanceDue, amountMinor: 1 };
    mock.store.touch();
    await click(el, PAY_AMOUNT);
    await waitUntil(() => root(el).querySelector('.message--error'), 'refusal shown', { timeout: 8000 });
    expect(root(el).querySelector('.message--error')!.textContent).to.contain('Nothing was charged');
    await expect(dialogOf(el)).to.be.accessible();
  });

  describe('under faults', () => {
    it('a response dropped after the charge: shows the one real outcome, charged once', async () => {
      const invoice = unpaid('us', (i) => i.currency === 'USD' && i.type !== 'support');
      const el = await mount(invoice.id);
      await open(el);
      await toReview(el, /Visa/);
      mock.faults.set({ dropAfterCommitRate: 1, operations: ['createPayment'] });
      await click(el, PAY_AMOUNT);
      // The first answer is lost; the retry (same key) replays the committed payment.
      await waitUntil(() => paymentsFor('us', invoice.id).length === 1, 'charged');
      mock.faults.clear();
      await untilHeading(el, 'Payment received');
      expect(paymentsFor('us', invoice.id)).to.have.length(1);
    });

    it('an outage: never says "failed"; says it is confirming, then the real outcome on Check again', async () => {
      const invoice = unpaid('us', (i) => i.currency === 'USD' && i.type !== 'support');
      const el = await mount(invoice.id);
      el.reconcileDelaysMs = [50, 100, 200];
      await open(el);
      await toReview(el, /Visa/);
      mock.faults.set({ errorRate: 1, errorStatus: 500, operations: ['createPayment'] });
      const unknown = oneEvent(el, 'cc-payment-failed');
      await click(el, PAY_AMOUNT);
      await waitUntil(
        () => root(el).querySelector('[part="status"]')!.textContent!.includes('slow to answer'),
        'reconciling announced',
      );
      expect(heading(el)).to.equal('Paying…');
      expect((await unknown).detail.unknown).to.equal(true);
      await untilHeading(el, 'We are confirming your payment');
      expect(root(el).textContent).not.to.contain('did not go through');
      await expect(dialogOf(el)).to.be.accessible();
      mock.faults.clear();
      await click(el, 'Check again');
      await untilHeading(el, 'Payment received');
      expect(paymentsFor('us', invoice.id)).to.have.length(1);
    });

    it('a PayPal confirmation whose answer is lost: Check again confirms it, without a new approval', async () => {
      const invoice = unpaid('us', (i) => i.currency === 'USD' && i.type !== 'support');
      const el = await mount(invoice.id);
      el.reconcileDelaysMs = [20];
      let approvals = 0;
      el.paypalApprover = () => {
        approvals += 1;
        return Promise.resolve('APPROVED-LOST');
      };
      await open(el);
      await toReview(el, 'PayPal');
      await click(el, PAY_AMOUNT);
      await untilHeading(el, 'Approve the payment in PayPal');
      mock.faults.set({ errorRate: 1, errorStatus: 500, operations: ['confirmPayment'] });
      await click(el, 'Approve in PayPal');
      await untilHeading(el, 'We are confirming your payment');
      await expect(dialogOf(el)).to.be.accessible();
      mock.faults.clear();
      await click(el, 'Check again');
      await untilHeading(el, 'Payment received');
      expect(approvals).to.equal(1);
      expect(paymentsFor('us', invoice.id).map((payment) => payment.status)).to.deep.equal(['succeeded']);
    });

    it('closing the dialog while paying: the payment continues and its outcome is announced by the button', async () => {
      const invoice = unpaid('us', (i) => i.currency === 'USD' && i.type !== 'support');
      const el = await mount(invoice.id);
      await open(el);
      await toReview(el, /Visa/);
      mock.faults.set({ latencyMs: 600, operations: ['createPayment'] });
      await click(el, PAY_AMOUNT);
      await untilHeading(el, 'Paying…');
      // Escape does not close while in flight; the explicit button does.
      await sendKeys({ press: 'Escape' });
      expect(dialogOf(el).open).to.equal(true);
      await click(el, 'Close — the payment continues');
      await waitUntil(() => !dialogOf(el).open);
      await waitUntil(
        () => el.shadowRoot!.querySelector('[part="status"]')!.textContent!.includes('Payment received'),
        'announced by the button',
        { timeout: 8000 },
      );
      expect(paymentsFor('us', invoice.id)).to.have.length(1);
      // Reopening shows the outcome that came while closed, not a new form.
      await el.show();
      expect(heading(el)).to.equal('Payment received');
      expect(root(el).querySelector('[part="receipt"]')!.textContent).to.contain(
        paymentsFor('us', invoice.id)[0]!.reference,
      );
      expect(root(el).querySelector('input.amount')).to.equal(null);
    });

    it('a timeout: asks again with the same key and shows the outcome', async () => {
      const invoice = unpaid('us', (i) => i.currency === 'USD' && i.type !== 'support');
      const el = await mount(invoice.id, { client: clientFor('us', { timeout: 300 }) });
      await open(el);
      await toReview(el, /Visa/);
      mock.faults.set({ hangRate: 1, hangMs: 600, operations: ['createPayment'] });
      await click(el, PAY_AMOUNT);
      await waitUntil(
        () => root(el).querySelector('[part="status"]')!.textContent!.includes('slow to answer'),
        'reconciling',
      );
      mock.faults.clear();
      await untilHeading(el, 'Payment received');
      expect(paymentsFor('us', invoice.id)).to.have.length(1);
    });

    it('a payment through the SDK elsewhere refreshes an invoice list on the page', async () => {
      const client = clientFor('us');
      const invoice = unpaid('us', (i) => i.currency === 'USD' && i.type !== 'support');
      const wrapper = await fixture(
        html`<div>
          <cc-invoice-list page-size="100" .client=${client}></cc-invoice-list>
          <cc-pay-button invoice=${invoice.id} .client=${client}></cc-pay-button>
        </div>`,
      );
      const list = wrapper.querySelector<CcInvoiceList>('cc-invoice-list')!;
      const el = wrapper.querySelector<CcPayButton>('cc-pay-button')!;
      const row = () =>
        [...list.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes(invoice.number));
      await waitUntil(() => row(), 'list loaded', { timeout: 8000 });
      expect(row()!.querySelector('[part="status"]')!.textContent).not.to.contain('Closed');
      await open(el);
      await toReview(el, /Visa/);
      await click(el, PAY_AMOUNT);
      await untilHeading(el, 'Payment received');
      await waitUntil(
        () => row()?.querySelector('[part="status"]')!.textContent!.includes('Closed'),
        'list refreshed',
        {
          timeout: 8000,
        },
      );
    });
  });

  it('renders API text as text: an invoice number with markup stays inert', async () => {
    const invoice = unpaid('us', (i) => i.currency === 'USD' && i.type !== 'support');
    const stored = storeInvoice('us', invoice.id);
    stored.number = '<img src=x onerror="window.__xss=1">';
    mock.store.touch();
    const el = await mount(invoice.id);
    await open(el);
    expect(root(el).querySelector('img')).to.equal(null);
    expect(root(el).textContent).to.contain('<img src=x');
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });
});
