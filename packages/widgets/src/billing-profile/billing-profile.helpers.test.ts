import { fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { type BillingClient } from '@customer-center/sdk';
import { tokenizeTestCard } from '@customer-center/mock-api';
import type { CcPayButton } from '../pay-button/pay-button.js';
import type { CardTokenizer } from '../pay-button/tokenizer.js';
import type { CcPayDialog } from '../pay-dialog/pay-dialog.js';
import type { CcBillingProfile } from './billing-profile.js';
import './define.js';
import { button, clientFor, text } from '../../test/support.js';
export { BASE, button, clientFor, openDialogs, org, text, useMockApi } from '../../test/support.js';
export type { MockApiAccess } from '../../test/support.js';

// What the browser tests of <cc-billing-profile> share: the mock API, clients per role,
// test tokenizers, and ways to find things in the element. No tests of its own.

export interface TestTokenizer extends CardTokenizer {
  mounted: number;
  unmounted: number;
  tokenized: number;
  container?: HTMLElement;
}

/** A tokenizer as a host provides one: it turns a fixed test card into a mock token. */
export function cardTokenizer(number = '5555555555554444', expYear = 2031): TestTokenizer {
  const tokenizer: TestTokenizer = {
    mounted: 0,
    unmounted: 0,
    tokenized: 0,
    mount(container) {
      tokenizer.mounted += 1;
      tokenizer.container = container;
      container.textContent = 'Card fields of the provider';
    },
    unmount() {
      tokenizer.unmounted += 1;
    },
    tokenize() {
      tokenizer.tokenized += 1;
      return Promise.resolve({
        ok: true,
        token: tokenizeTestCard({ number, expMonth: 12, expYear, cvc: '123' }),
        brand: number.startsWith('4') ? 'visa' : 'mastercard',
        last4: number.slice(-4),
      });
    },
  };
  return tokenizer;
}

/** A tokenizer whose fields refuse the card, as a provider's would for a typo. */
export function refusingTokenizer(message?: string): TestTokenizer {
  const tokenizer = cardTokenizer();
  tokenizer.tokenize = () => {
    tokenizer.tokenized += 1;
    return Promise.resolve(message === undefined ? { ok: false } : { ok: false, message });
  };
  return tokenizer;
}

export interface MountOptions {
  readonly token?: string;
  readonly client?: BillingClient;
  readonly sections?: string;
  readonly tokenizer?: CardTokenizer;
  /** The `help` attribute. */
  readonly help?: boolean;
  /** Host content for the `help` slot: a link with these words. */
  readonly helpSlot?: string;
}

/** The element, loaded (or showing why it cannot be). */
export async function mount({
  token = 'test_us_billing',
  client = clientFor(token),
  sections,
  tokenizer,
  help = false,
  helpSlot,
}: MountOptions = {}): Promise<CcBillingProfile> {
  const el = await fixture<CcBillingProfile>(
    html`<cc-billing-profile .client=${client} sections=${sections ?? ''} .tokenizer=${tokenizer} ?help=${help}
      >${helpSlot ? html`<a slot="help" href="#support">${helpSlot}</a>` : nothing}</cc-billing-profile
    >`,
  );
  await untilLoaded(el);
  return el;
}

export async function untilLoaded(el: CcBillingProfile): Promise<void> {
  await waitUntil(() => root(el).querySelector('.sections, [part~="no-access"], [part~="error"]'), 'profile loaded', {
    timeout: 8000,
  });
  await el.updateComplete;
}

export const root = (el: CcBillingProfile): ShadowRoot => el.shadowRoot!;

export async function click(scope: ParentNode, label: string | RegExp): Promise<void> {
  await waitUntil(() => button(scope, label), `button ${label}`, { timeout: 8000 });
  const found = button(scope, label)!;
  // As a mouse click does: focus, then click.
  found.focus();
  found.click();
}

export const section = (el: CcBillingProfile, name: string): HTMLElement | null =>
  root(el).querySelector<HTMLElement>(`section.section--${name}`);

export const dialogOf = (el: CcBillingProfile): HTMLDialogElement => root(el).querySelector('dialog')!;

export const status = (el: CcBillingProfile): string => text(root(el).querySelector('[part="status"]'));

export const activeIn = (el: CcBillingProfile): Element | null => root(el).activeElement;

/** The payment dialog of a `<cc-pay-button>`, and its heading. */
export const payDialogOf = (payButton: CcPayButton): CcPayDialog =>
  payButton.shadowRoot!.querySelector<CcPayDialog>('cc-pay-dialog')!;

export const payHeading = (payButton: CcPayButton): string =>
  text(payDialogOf(payButton)?.shadowRoot?.querySelector('#heading'));

/** Pays in full with the first saved Visa card, as a payer does with the mouse, up to the receipt. */
export async function payWithSavedCard(payButton: CcPayButton): Promise<void> {
  const dialogRoot = () => payDialogOf(payButton).shadowRoot!;
  const untilHeading = (heading: string | string[]) =>
    waitUntil(
      () => [heading].flat().includes(payHeading(payButton)),
      `payment dialog heading ${String(heading)} (was ${payHeading(payButton)})`,
      { timeout: 8000 },
    );
  await waitUntil(() => payDialogOf(payButton)?.open, 'payment dialog open', { timeout: 8000 });
  await waitUntil(() => dialogRoot().querySelector('input.amount'), 'amounts shown', { timeout: 8000 });
  await click(dialogRoot(), 'Continue');
  await untilHeading('Choose how to pay');
  const visa = [...dialogRoot().querySelectorAll('label.method')].find((label) =>
    /Visa •••• \d{4}/.test(label.textContent ?? ''),
  )!;
  visa.querySelector('input')!.click();
  await payDialogOf(payButton).updateComplete;
  await click(dialogRoot(), 'Continue');
  await untilHeading(['Review and pay', 'Apply a rewards code']);
  if (payHeading(payButton) === 'Apply a rewards code') await click(dialogRoot(), 'Skip');
  await untilHeading('Review and pay');
  await click(dialogRoot(), /^Pay \D*\d/);
  await untilHeading('Payment received');
}
