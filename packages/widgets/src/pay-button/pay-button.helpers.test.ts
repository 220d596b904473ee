import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createBillingClient, type BillingClient, type InvoiceDetail } from '@customer-center/sdk';
import { cardBrand, tokenizeTestCard } from '@customer-center/mock-api';
import { http } from 'msw';
import type { CcPayDialog } from '../pay-dialog/pay-dialog.js';
import { BASE, button, org, text, type MockApiAccess } from '../../test/support.js';
import { createCardFormTokenizer } from './card-form-tokenizer.js';
import './define.js';
import type { CcPayButton } from './pay-button.js';
import type { CardTokenizer } from './tokenizer.js';
export { BASE, button, openDialogs, org, text, useMockApi } from '../../test/support.js';

// What the browser tests of <cc-pay-button> and its dialog share: clients per organisation,
// tokenizers, the store's invoices and payments, and ways to drive the dialog as a payer does.
// No tests of its own.

/** The review's confirm button, "Pay $120.00"; not "Pay offline instead" beside it. */
export const PAY_AMOUNT = /^Pay (?!offline)/;

/** An expiry three years ahead, so the tests do not expire. */
export const EXPIRY_YEAR = new Date().getFullYear() + 3;

/** A client without the SDK's own retries, and short timeouts, so faults show quickly. */
export function clientFor(slug = 'us', options: { timeout?: number; role?: string } = {}): BillingClient {
  return createBillingClient({
    baseUrl: BASE,
    getToken: () => `test_${slug}_${options.role ?? 'billing'}`,
    timeout: options.timeout ?? 3000,
    maxRetries: 0,
  });
}

/** A host's tokenizer that mounts a placeholder and turns a fixed test card into a mock token. */
export function fixedCardTokenizer(number: string): CardTokenizer & { tokenized: number } {
  const tokenizer = {
    tokenized: 0,
    mount(container: HTMLElement) {
      container.textContent = 'Card fields of the provider';
    },
    tokenize() {
      tokenizer.tokenized += 1;
      return Promise.resolve({
        ok: true as const,
        token: tokenizeTestCard({ number, expMonth: 12, expYear: EXPIRY_YEAR, cvc: '123' }),
        brand: cardBrand(number),
        last4: number.slice(-4),
      });
    },
  };
  return tokenizer;
}

/** Our own card form around the mock's test tokenizer, as the examples use it; counts the cards sent to it. */
export function realCardForm(): { tokenizer: CardTokenizer; sent: string[] } {
  const sent: string[] = [];
  const tokenizer = createCardFormTokenizer({
    tokenize: (card) => {
      sent.push(card.number);
      return tokenizeTestCard(card);
    },
  });
  return { tokenizer, sent };
}

/** The Idempotency-Key of every request to create or confirm a payment, recorded before the mock answers. */
export function recordPaymentKeys(api: MockApiAccess): { create: (string | null)[]; confirm: (string | null)[] } {
  const keys = { create: [] as (string | null)[], confirm: [] as (string | null)[] };
  api.use(
    http.post(`${BASE}/payments`, ({ request }) => {
      keys.create.push(request.headers.get('idempotency-key'));
    }),
    http.post(`${BASE}/payments/:paymentId/confirm`, ({ request }) => {
      keys.confirm.push(request.headers.get('idempotency-key'));
    }),
  );
  return keys;
}

/** The store's invoices and payments of the describe block's mock API. */
export function store(api: MockApiAccess) {
  const invoice = (slug: string, id: string) => org(api(), slug).invoices.find((candidate) => candidate.id === id)!;
  return {
    invoice,
    /** A copy of an unpaid invoice (the store's changes when paid, and tests compare with before). */
    unpaid(slug: string, filter: (invoice: InvoiceDetail) => boolean = () => true): InvoiceDetail {
      const found = org(api(), slug).invoices.find(
        (candidate) =>
          candidate.status !== 'closed' &&
          candidate.balanceDue.amountMinor > 0 &&
          candidate.balanceDue.amountMinor < 1_000_000 &&
          filter(candidate),
      );
      if (!found) throw new Error(`no unpaid invoice of ${slug} fits`);
      return structuredClone(found);
    },
    /** Every payment in the store touching the invoice. */
    paymentsFor: (slug: string, invoiceId: string) =>
      org(api(), slug).payments.filter((payment) =>
        payment.allocations.some((allocation) => allocation.invoiceId === invoiceId),
      ),
  };
}

/** An ordinary USD invoice of `us` (not support, so there is no rewards step). */
export const plainUsd = (invoice: InvoiceDetail) => invoice.currency === 'USD' && invoice.type !== 'support';

export async function mount(
  invoiceIds: string,
  {
    slug = 'us',
    client = clientFor(slug),
    tokenizer,
  }: { slug?: string; client?: BillingClient; tokenizer?: CardTokenizer } = {},
): Promise<CcPayButton> {
  return fixture<CcPayButton>(
    html`<cc-pay-button invoices=${invoiceIds} .client=${client} .tokenizer=${tokenizer}></cc-pay-button>`,
  );
}

export const payButton = (el: CcPayButton) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
export const dialogOf = (el: CcPayButton) => el.shadowRoot!.querySelector<CcPayDialog>('cc-pay-dialog')!;
export const root = (el: CcPayButton) => dialogOf(el).shadowRoot!;
export const heading = (el: CcPayButton) => text(dialogOf(el)?.shadowRoot?.querySelector('#heading'));
/** The dialog's live region. */
export const dialogStatus = (el: CcPayButton) => text(root(el).querySelector('[part="status"]'));
/** The button's own live region, which speaks while the dialog is closed. */
export const buttonStatus = (el: CcPayButton) => text(el.shadowRoot!.querySelector('[part="status"]'));
export const alerts = (el: CcPayButton) => [...root(el).querySelectorAll('[role="alert"]')].map((node) => text(node));

export const untilHeading = (el: CcPayButton, wanted: string, timeout = 8000) =>
  waitUntil(() => heading(el) === wanted, `heading "${wanted}" (was "${heading(el)}")`, { timeout });

export async function click(el: CcPayButton, label: string | RegExp): Promise<void> {
  await waitUntil(() => button(root(el), label), `button ${label}`);
  button(root(el), label)!.click();
}

export function radio(el: CcPayButton, label: string | RegExp): HTMLInputElement {
  const found = [...root(el).querySelectorAll<HTMLLabelElement>('label.method')].find((candidate) =>
    typeof label === 'string' ? text(candidate).includes(label) : label.test(text(candidate)),
  );
  if (!found) throw new Error(`no method labelled ${label}`);
  return found.querySelector('input')!;
}

/** The methods offered, by their labels. */
export const methodLabels = (el: CcPayButton) =>
  [...root(el).querySelectorAll('label.method')].map((label) => text(label.querySelector('.method__label')));

/** Opens the dialog as a mouse click does (focus, then click) and waits for the amounts. */
export async function open(el: CcPayButton): Promise<void> {
  payButton(el).focus();
  payButton(el).click();
  await waitUntil(() => dialogOf(el)?.open, 'dialog open', { timeout: 8000 });
  await untilHeading(el, 'Pay invoices');
  await waitUntil(() => root(el).querySelector('form.step'), 'amounts shown', { timeout: 8000 });
}

/** From the amounts to the method step. */
export async function toMethods(el: CcPayButton): Promise<void> {
  await click(el, 'Continue');
  await untilHeading(el, 'Choose how to pay');
}

/** Through amounts and method to the review, paying with the radio labelled `method`. */
export async function toReview(el: CcPayButton, method: string | RegExp): Promise<void> {
  await toMethods(el);
  radio(el, method).click();
  await dialogOf(el).updateComplete;
  await click(el, 'Continue');
  await waitUntil(() => ['Review and pay', 'Apply a rewards code'].includes(heading(el)), 'review or rewards');
  if (heading(el) === 'Apply a rewards code') await click(el, 'Skip');
  await untilHeading(el, 'Review and pay');
}

/** The focused element, inside nested shadow roots (the card form, the rewards step). */
export function active(el: CcPayButton): HTMLElement | null {
  let focused = dialogOf(el).shadowRoot!.activeElement as HTMLElement | null;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement as HTMLElement;
  return focused;
}

/** Presses Tab until `wanted` holds for the focused element, as a keyboard user would. */
export async function tabTo(el: CcPayButton, wanted: (focused: HTMLElement) => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 20; presses += 1) {
    const focused = active(el);
    if (focused && wanted(focused)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what} (focus on ${active(el)?.outerHTML.slice(0, 80)})`);
}

/** Matches the focused element by its words. */
export const named = (name: string | RegExp) => (focused: HTMLElement) =>
  typeof name === 'string' ? text(focused) === name : name.test(text(focused));

/** The card form's field labelled `label`, inside the dialog. */
export function cardField(el: CcPayButton, label: string): HTMLInputElement {
  const found = [...root(el).querySelectorAll('.card-form label')].find((candidate) => text(candidate) === label);
  expect(found, `card field “${label}”`).not.to.equal(undefined);
  return root(el).querySelector<HTMLInputElement>(`#${(found as HTMLLabelElement).htmlFor}`)!;
}

/** Types a card into the real card form: focus on the name, then type and Tab through the fields. */
export async function typeCard(
  el: CcPayButton,
  card: { number: string; cvc: string; name?: string; expiry?: string },
): Promise<void> {
  await waitUntil(() => root(el).querySelector('.card-form input'), 'card form mounted');
  cardField(el, 'Name on card').focus();
  const expiry = card.expiry ?? `12/${String(EXPIRY_YEAR % 100).padStart(2, '0')}`;
  for (const value of [card.name ?? 'Ada Lovelace', card.number, expiry, card.cvc]) {
    await sendKeys({ type: value });
    await sendKeys({ press: 'Tab' });
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Everything the dialog and the button say while `run` runs (headings, live regions, alerts),
 * sampled on every change, so a test can check that a claim was never made, even briefly.
 */
export async function everythingSaid(el: CcPayButton, run: () => Promise<void>): Promise<string[]> {
  const said = new Set<string>();
  const sample = () => {
    const dialogRoot = dialogOf(el)?.shadowRoot;
    for (const node of [
      ...(dialogRoot?.querySelectorAll('#heading, [role="status"], [role="alert"], .message') ?? []),
      ...el.shadowRoot!.querySelectorAll('[part="status"]'),
    ])
      said.add(text(node));
  };
  const observer = new MutationObserver(sample);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  const dialogRoot = dialogOf(el)?.shadowRoot;
  if (dialogRoot) observer.observe(dialogRoot, { subtree: true, childList: true, characterData: true });
  try {
    sample();
    await run();
    sample();
  } finally {
    observer.disconnect();
  }
  return [...said].filter(Boolean);
}

/** Words that tell the payer a payment failed or charged nothing. */
export const FAILURE_CLAIM = /did not go through|Nothing was charged|declined|could not be processed/i;
