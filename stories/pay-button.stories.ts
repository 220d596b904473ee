import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { waitFor } from 'storybook/test';
import type { InvoiceDetail } from '@customer-center/sdk';
import {
  TEST_BANK_ACCOUNTS,
  TEST_CARDS,
  TEST_REWARD_CODES,
  tokenizeTestCard,
  type MockApi,
} from '@customer-center/mock-api';
import {
  loadCardFormTokenizer,
  type CardTokenizer,
  type CcPayButton,
  type CcPayDialog,
  type PaypalApprover,
} from '@customer-center/widgets';
import '@customer-center/widgets/pay-button';

// One story per step of the payment flow, each reached by a play function that drives the
// dialog as a payer would (buttons by their words, headings by their text).

/**
 * The invoice a story pays, picked from its own seeded store in `parameters.mockApi.setup`
 * (which runs before the story renders). The seed is deterministic: the pick is stable.
 */
let invoiceId = '';
/** The story's mock API, for plays that change the account behind the dialog's back. */
let storyMock: MockApi | undefined;

type InvoiceFilter = (invoice: InvoiceDetail) => boolean;

/** An unpaid USD invoice that is not a support invoice (no rewards step). */
const usdNotSupport: InvoiceFilter = (invoice) => invoice.currency === 'USD' && invoice.type !== 'support';

/** `setup` that picks the first unpaid invoice of `slug` matching `filter` (within the card limit by default). */
const pick =
  (filter: InvoiceFilter = () => true, slug = 'us', withinCardLimit = true) =>
  (mock: MockApi): void => {
    const invoice = mock.store
      .organization(slug)!
      .invoices.find(
        (candidate) =>
          candidate.status !== 'closed' &&
          candidate.balanceDue.amountMinor > 1000 &&
          (!withinCardLimit || candidate.balanceDue.amountMinor < 1_000_000) &&
          filter(candidate),
      );
    invoiceId = invoice?.id ?? '';
    storyMock = mock;
  };

/** The picked invoice in the story's store: changed there, as another payer or an adjustment would. */
function pickedInvoice(): InvoiceDetail {
  const invoice = storyMock?.store.organization('us')?.invoices.find((candidate) => candidate.id === invoiceId);
  if (!invoice) throw new globalThis.Error('No invoice picked: the story needs `setup: pick(…)`');
  return invoice;
}

/** Sets the picked invoice's balance due, keeping its total = paid + balance. */
function setBalance(amountMinor: number): void {
  const invoice = pickedInvoice();
  invoice.balanceDue = { ...invoice.balanceDue, amountMinor };
  invoice.amountPaid = { ...invoice.amountPaid, amountMinor: invoice.total.amountMinor - amountMinor };
  if (amountMinor === 0) invoice.status = 'closed';
  storyMock!.store.touch();
}

/** The card form of `createCardFormTokenizer` around the mock's test tokenizer: what a host's provider does. */
async function testCardForm(): Promise<CardTokenizer> {
  const createCardFormTokenizer = await loadCardFormTokenizer();
  return createCardFormTokenizer({ tokenize: (card) => Promise.resolve(tokenizeTestCard(card)) });
}

const approveInPaypal: PaypalApprover = () => Promise.resolve('APPROVED-STORY');
/** The mock refuses approval ids that start with DECLINED, as PayPal reports a payer who did not approve. */
const declineInPaypal: PaypalApprover = () => Promise.resolve('DECLINED-STORY');

interface PayButtonArgs {
  tokenizer?: CardTokenizer;
  paypalApprover?: PaypalApprover;
  reconcileDelaysMs?: readonly number[];
}

const meta: Meta<PayButtonArgs> = {
  title: 'Widgets/cc-pay-button',
  component: 'cc-pay-button',
  parameters: { mockApi: { setup: pick(usdNotSupport) } },
  // Every story offers "A new card" through the card form and the mock's test tokenizer.
  loaders: [async () => ({ tokenizer: await testCardForm() })],
  render: (args, { loaded }) =>
    html`<cc-pay-button
      invoice=${invoiceId}
      .tokenizer=${args.tokenizer ?? (loaded['tokenizer'] as CardTokenizer)}
      .paypalApprover=${args.paypalApprover}
      .reconcileDelaysMs=${args.reconcileDelaysMs}
    ></cc-pay-button>`,
};
export default meta;

type Story = StoryObj<PayButtonArgs>;

// ---- Driving the dialog -------------------------------------------------------------------

const TIMEOUT = { timeout: 8000 };
/** An expiry three years ahead: the card form refuses a past one. */
const CARD_EXPIRY = `12/${String((new Date().getFullYear() + 3) % 100).padStart(2, '0')}`;
/** The review's confirm button, "Pay $120.00"; not "Pay offline instead" beside it. */
const PAY_AMOUNT = /^Pay (?!offline)/;

async function until(condition: () => unknown, what: string): Promise<void> {
  await waitFor(() => {
    if (!condition()) throw new globalThis.Error(`Waited for ${what}`);
  }, TIMEOUT);
}

function flow(canvasElement: HTMLElement) {
  const el = canvasElement.querySelector<CcPayButton>('cc-pay-button')!;
  const dialog = () => el.shadowRoot?.querySelector<CcPayDialog>('cc-pay-dialog') ?? null;
  const root = () => dialog()!.shadowRoot!;
  const heading = () => dialog()?.shadowRoot?.querySelector('#heading')?.textContent?.trim() ?? '';
  const button = (text: string | RegExp) =>
    [...(dialog()?.shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((candidate) => {
      const label = candidate.textContent!.trim();
      return typeof text === 'string' ? label === text : text.test(label);
    });
  const untilHeading = (text: string) => until(() => heading() === text, `the heading "${text}"`);
  const click = async (text: string | RegExp) => {
    await until(() => button(text) && !button(text)!.disabled, `the button ${String(text)}`);
    button(text)!.click();
  };
  const radio = (label: string | RegExp) =>
    [...root().querySelectorAll<HTMLLabelElement>('label.method')]
      .find((candidate) =>
        typeof label === 'string' ? candidate.textContent!.includes(label) : label.test(candidate.textContent!),
      )
      ?.querySelector('input') ?? null;
  const choose = async (label: string | RegExp) => {
    await until(() => radio(label), `the method ${String(label)}`);
    radio(label)!.click();
    await dialog()!.updateComplete;
  };

  return {
    el,
    root,
    heading,
    click,
    choose,
    untilHeading,
    /** Waits for the failed payment's heading and its message, which says why in `words`. */
    async untilFailure(words: string) {
      await untilHeading('The payment did not go through');
      const message = () => root().querySelector('.message--error')?.textContent ?? '';
      await until(() => message().includes(words), `the message "…${words}…"`);
    },
    /** Presses Pay and waits for the amounts. */
    async open() {
      const pay = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
      pay.focus();
      pay.click();
      await until(() => dialog()?.open, 'the dialog');
      await untilHeading('Pay invoices');
      await until(() => root().querySelector('form.step'), 'the amounts');
    },
    /** From the amounts to the methods. */
    async toMethods() {
      await click('Continue');
      await untilHeading('Choose how to pay');
    },
    /** From the amounts through the method `method` to the review, skipping rewards. */
    async toReview(method: string | RegExp) {
      await click('Continue');
      await untilHeading('Choose how to pay');
      await choose(method);
      await this.continueToReview();
    },
    /** From the methods, with one chosen, to the review, skipping rewards. */
    async continueToReview() {
      await click('Continue');
      await until(() => ['Review and pay', 'Apply a rewards code'].includes(heading()), 'the review');
      if (heading() === 'Apply a rewards code') await click('Skip');
      await untilHeading('Review and pay');
    },
    /** Chooses "A new card" and types `number` into the card form, as a payer would. */
    async enterCard(number: string) {
      await choose('A new card');
      const input = (field: string) => root().querySelector<HTMLInputElement>(`[data-field="${field}"]`);
      await until(() => input('number'), 'the card form');
      const card = { name: 'Ada Lovelace', number, expiry: CARD_EXPIRY, cvc: number.length === 15 ? '1234' : '123' };
      for (const [field, value] of Object.entries(card)) {
        input(field)!.value = value;
        input(field)!.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
    },
    /** Ticks the direct debit mandate of the chosen bank account. */
    async acceptMandate() {
      const mandate = () => root().querySelector<HTMLInputElement>('.mandate input[type="checkbox"]');
      await until(mandate, 'the mandate');
      mandate()!.click();
      await dialog()!.updateComplete;
    },
    async typeAmount(value: string) {
      const amount = root().querySelector<HTMLInputElement>('input.amount')!;
      amount.value = value;
      amount.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await dialog()!.updateComplete;
    },
  };
}

// ---- Stories ------------------------------------------------------------------------------

/** The button alone, before it is pressed. */
export const Button: Story = {};

/** Step 1: how much to pay of each invoice. */
export const Amounts: Story = {
  play: async ({ canvasElement }) => {
    await flow(canvasElement).open();
  },
};

/** An amount above the balance due: the field explains what it accepts. */
export const PartialAmountError: Story = {
  name: 'Partial amount error',
  play: async ({ canvasElement }) => {
    const payer = flow(canvasElement);
    await payer.open();
    await payer.typeAmount('999999.99');
    await payer.click('Continue');
    await until(() => payer.root().querySelector('.field-error'), 'the amount error');
  },
};

/** Step 2: the methods, with the expired saved card shown but not selectable. */
export const Methods: Story = {
  play: async ({ canvasElement }) => {
    const payer = flow(canvasElement);
    await payer.open();
    await payer.toMethods();
    await until(
      () => [...payer.root().querySelectorAll('label.method')].some((label) => label.textContent!.includes('Expired')),
      'the expired card',
    );
  },
};

/** "A new card": the card form of `createCardFormTokenizer` around the mock's test tokenizer. */
export const NewCardForm: Story = {
  name: 'New card form',
  play: async ({ canvasElement }) => {
    const payer = flow(canvasElement);
    await payer.open();
    await payer.toMethods();
    await payer.choose('A new card');
    await until(() => payer.root().querySelector('input[autocomplete="cc-number"]'), 'the card form');
  },
};

/** A test card typed into the card form, tokenized by the mock's test tokenizer: the review. */
export const NewCardReview: Story = {
  name: 'New card: review',
  play: async ({ canvasElement }) => {
    const payer = flow(canvasElement);
    await payer.open();
    await payer.toMethods();
    await payer.enterCard(testCard('success'));
    await payer.continueToReview();
  },
};

/** PayPal: the payment waits for the payer's approval. */
export const PaypalApproval: Story = {
  name: 'PayPal approval',
  args: { paypalApprover: approveInPaypal },
  play: async ({ canvasElement }) => {
    const payer = flow(canvasElement);
    await payer.open();
    await payer.toReview('PayPal');
    await payer.click(PAY_AMOUNT);
    await payer.untilHeading('Approve the payment in PayPal');
  },
};

/** Direct debit: the mandate to accept before paying. */
export const DirectDebitMandate: Story = {
  name: 'Direct debit mandate',
  play: async ({ canvasElement }) => {
    const payer = flow(canvasElement);
    await payer.open();
    await payer.toMethods();
    await payer.choose('Direct debit');
    await until(() => payer.root().querySelector('.mandate input[type="checkbox"]'), 'the mandate');
  },
};

/** A support invoice: a Support Rewards code may reduce it before paying. */
export const Rewards: Story = {
  name: 'Rewards step (support invoice)',
  parameters: {
    mockApi: { setup: pick((invoice) => invoice.type === 'support' && invoice.currency === 'USD') },
  },
  play: async ({ canvasElement }) => {
    const payer = flow(canvasElement);
    await payer.open();
    await payer.toMethods();
    await payer.choose(/Visa •••• \d{4}/);
    await payer.click('Continue');
    await payer.untilHeading('Apply a rewards code');
    const redeem = () => payer.root().querySelector('cc-rewards-redeem')?.shadowRoot ?? null;
    await until(() => redeem()?.querySelector('#code'), 'the code field');
    const code = redeem()!.querySelector<HTMLInputElement>('#code')!;
    code.value = TEST_REWARD_CODES.valid;
    code.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await until(() => redeem()?.querySelector<HTMLButtonElement>('[part="check-button"]'), 'the check button');
    redeem()!.querySelector<HTMLButtonElement>('[part="check-button"]')!.click();
    await until(() => redeem()?.querySelector('[part="effect"]'), 'the reduction');
  },
};

/** Step 3: the review, with the total and the method. */
export const Review: Story = {
  play: async ({ canvasElement }) => {
    const payer = flow(canvasElement);
    await payer.open();
    await payer.toReview(/Visa •••• \d{4}/);
  },
};

/** Paid with the saved Visa: the receipt. */
export const Receipt: Story = {
  name: 'Receipt (succeeded)',
  play: async ({ canvasElement }) => {
    const payer = flow(canvasElement);
    await payer.open();
    await payer.toReview(/Visa •••• \d{4}/);
    await payer.click(PAY_AMOUNT);
    await payer.untilHeading('Payment received');
  },
};

/** A failure of a new card: a test card whose charge fails, typed into the card form. */
const cardFailure = (number: string, words: string): Story => ({
  play: async ({ canvasElement }) => {
    const payer = flow(canvasElement);
    await payer.open();
    await payer.toMethods();
    await payer.enterCard(number);
    await payer.continueToReview();
    await payer.click(PAY_AMOUNT);
    await payer.untilFailure(words);
  },
});

/** The test card number whose charge fails with `outcome` (or succeeds). */
function testCard(outcome: string): string {
  return TEST_CARDS.find((card) => card.outcome === outcome)!.number;
}

export const DeclinedCard: Story = {
  ...cardFailure(testCard('card_declined'), 'declined by its bank'),
  name: 'Failure: declined card',
};
export const ExpiredCard: Story = {
  ...cardFailure(testCard('expired_card'), 'has expired'),
  name: 'Failure: expired card',
};
export const InsufficientFunds: Story = {
  ...cardFailure(testCard('insufficient_funds'), 'insufficient funds'),
  name: 'Failure: insufficient funds',
};

/** PayPal: the payer did not approve (the mock refuses approval ids starting with DECLINED). */
export const PaypalDeclined: Story = {
  name: 'Failure: PayPal not approved',
  args: { paypalApprover: declineInPaypal },
  play: async ({ canvasElement }) => {
    const payer = flow(canvasElement);
    await payer.open();
    await payer.toReview('PayPal');
    await payer.click(PAY_AMOUNT);
    await payer.untilHeading('Approve the payment in PayPal');
    await payer.click('Approve in PayPal');
    await payer.untilFailure('not approved in PayPal');
  },
};

/** The test bank account whose debit fails for insufficient funds. */
const SHORT_ACCOUNT = TEST_BANK_ACCOUNTS.find((account) => account.outcome === 'insufficient_funds')!.account;

/** A saved bank account whose debit fails, as one saved from the test account would. */
function withShortBankAccount(mock: MockApi): void {
  pick(usdNotSupport)(mock);
  const organization = mock.store.organization('us')!;
  organization.paymentMethods.push({
    id: 'pm_story_short',
    type: 'direct_debit',
    brand: null,
    last4: SHORT_ACCOUNT.slice(-4),
    expMonth: null,
    expYear: null,
    holderName: 'Jordan Lee',
    isDefault: false,
    isExpired: false,
  });
  organization.savedMethodOutcomes['pm_story_short'] = 'insufficient_funds';
  mock.store.touch();
}

/** Direct debit from the test account with insufficient funds (DE62 3704 0044 0532 0130 01). */
export const DirectDebitInsufficientFunds: Story = {
  name: 'Failure: direct debit, insufficient funds',
  parameters: { mockApi: { setup: withShortBankAccount } },
  play: async ({ canvasElement }) => {
    const payer = flow(canvasElement);
    await payer.open();
    await payer.toMethods();
    await payer.choose(`Bank account •••• ${SHORT_ACCOUNT.slice(-4)}`);
    await payer.acceptMandate();
    await payer.continueToReview();
    await payer.click(PAY_AMOUNT);
    await payer.untilFailure('insufficient funds');
  },
};

/** Reaches the review with the saved Visa, lets `change` alter the account, then pays: refused. */
const refusal = (change: () => void, words: string): Story['play'] =>
  async function play({ canvasElement }) {
    const payer = flow(canvasElement);
    await payer.open();
    await payer.toReview(/Visa •••• \d{4}/);
    change();
    await payer.click(PAY_AMOUNT);
    await payer.untilFailure(words);
  };

/** Paid elsewhere while the dialog was open: the API refuses (409 invoice_already_paid). */
export const RefusedAlreadyPaid: Story = {
  name: 'Refused: invoice already paid',
  tags: ['api-errors'],
  play: refusal(() => setBalance(0), 'already paid'),
};

/**
 * Part paid elsewhere while PayPal awaited approval: the confirmation is refused
 * (409 invoice_balance_changed), nothing charged.
 */
export const RefusedBalanceChanged: Story = {
  name: 'Refused: balance changed',
  tags: ['api-errors'],
  args: { paypalApprover: approveInPaypal },
  play: async ({ canvasElement }) => {
    const payer = flow(canvasElement);
    await payer.open();
    await payer.toReview('PayPal');
    await payer.click(PAY_AMOUNT);
    await payer.untilHeading('Approve the payment in PayPal');
    setBalance(pickedInvoice().balanceDue.amountMinor - 500);
    await payer.click('Approve in PayPal');
    await payer.untilFailure('balance due changed');
  },
};

/**
 * A balance of USD 0.50 (below the USD 1.00 minimum, so payable in full only) raised by an
 * adjustment before paying: the 0.50 is now a partial payment below the minimum
 * (422 amount_below_minimum).
 */
export const RefusedBelowMinimum: Story = {
  name: 'Refused: amount below the minimum',
  tags: ['api-errors'],
  parameters: {
    mockApi: {
      setup: (mock: MockApi) => {
        pick(usdNotSupport)(mock);
        setBalance(50);
      },
    },
  },
  play: refusal(() => setBalance(5000), 'below the minimum payment'),
};

/** An invoice above USD 100,000: cards are refused, PayPal and direct debit remain. */
export const CardLimit: Story = {
  name: 'Card limit (above USD 100,000)',
  parameters: {
    mockApi: {
      setup: pick((invoice) => invoice.currency === 'USD' && invoice.balanceDue.amountMinor > 100_000_00, 'us', false),
    },
  },
  play: async ({ canvasElement }) => {
    const payer = flow(canvasElement);
    await payer.open();
    await payer.toMethods();
    await until(() => payer.root().querySelector('.notice'), 'the card limit notice');
  },
};

/** The API fails on every payment: the outcome is not known yet, and is never called a failure. */
export const OutcomeUnknown: Story = {
  name: 'Outcome unknown',
  tags: ['api-errors'],
  args: { reconcileDelaysMs: [50, 100, 200] },
  parameters: {
    mockApi: {
      setup: pick(usdNotSupport),
      faults: { errorRate: 1, errorStatus: 500, operations: ['createPayment'] },
    },
  },
  play: async ({ canvasElement }) => {
    const payer = flow(canvasElement);
    await payer.open();
    await payer.toReview(/Visa •••• \d{4}/);
    await payer.click(PAY_AMOUNT);
    await payer.untilHeading('We are confirming your payment');
  },
};

/** Kuwait pays offline only: the bank transfer instructions at once. */
export const OfflineOnlyCountry: Story = {
  name: 'Offline-only country (Kuwait)',
  parameters: { mockApi: { token: 'test_kw_billing', setup: pick(() => true, 'kw', false) } },
  play: async ({ canvasElement }) => {
    const payer = flow(canvasElement);
    payer.el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await payer.untilHeading('Pay by bank transfer or cheque');
  },
};

/** "Pay offline instead": wire, ACH and cheque details with copy buttons. */
export const OfflineInstructions: Story = {
  name: 'Offline instructions',
  play: async ({ canvasElement }) => {
    const payer = flow(canvasElement);
    await payer.open();
    await payer.click('Pay offline instead');
    await payer.untilHeading('Pay by bank transfer or cheque');
  },
};
