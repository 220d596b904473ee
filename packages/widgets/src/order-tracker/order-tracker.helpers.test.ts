import { fixture, html, waitUntil } from '@open-wc/testing';
import { createBillingClient, type BillingClient, type Order } from '@customer-center/sdk';
import { type MockApi } from '@customer-center/mock-api';
import type { CcOrderTracker } from './order-tracker.js';
import './define.js';
import { BASE, org, setPageLanguage, text } from '../../test/support.js';
export { BASE, XSS, button, openDialogs, org, text, useMockApi } from '../../test/support.js';

// What the browser tests of <cc-order-tracker> share: the mock API, clients per role, and
// ways to find things in the element. No tests of its own.

/** A fresh client for a test token, without the SDK's retries so faults show at once. */
export function clientFor(token = 'test_us_technical'): BillingClient {
  return createBillingClient({ baseUrl: BASE, getToken: () => token, maxRetries: 0, timeout: 5000 });
}

/** The store's orders, newest first as the API lists them (a copy). */
export function storeOrders(mock: MockApi, slug = 'us'): Order[] {
  return structuredClone(org(mock, slug).orders).sort((a, b) => b.placedAt.localeCompare(a.placedAt));
}

export interface MountOptions {
  readonly token?: string;
  readonly client?: BillingClient;
  /** Attributes, as markup (`status="shipped" help`). */
  readonly attributes?: string;
  /** Light-DOM children, as markup. */
  readonly children?: string;
  /** The host's width. */
  readonly width?: string;
  /** Wraps the element in `<div lang=… dir=…>`. */
  readonly lang?: string;
  readonly dir?: 'ltr' | 'rtl';
  /** Waits for the list (true) or the order view (false) to settle. */
  readonly wait?: boolean;
}

/** The element in a wrapper of the given width (and language), loaded. */
export async function mount({
  token = 'test_us_technical',
  client = clientFor(token),
  attributes = '',
  children = '',
  width = '1000px',
  lang = 'en',
  dir = 'ltr',
  wait = true,
}: MountOptions = {}): Promise<CcOrderTracker> {
  await setPageLanguage(lang, dir as 'ltr' | 'rtl');
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir} style="inline-size: ${width}"></div>`);
  // Attributes vary per test, so the element is created from markup.
  wrapper.innerHTML = `<cc-order-tracker ${attributes}>${children}</cc-order-tracker>`;
  const el = wrapper.querySelector<CcOrderTracker>('cc-order-tracker')!;
  el.client = client;
  if (wait) await settled(el);
  return el;
}

/** Waits until the view shows data, no access, an error or an empty state (not loading). */
export async function settled(el: CcOrderTracker): Promise<void> {
  await waitUntil(
    () =>
      !root(el).querySelector('[part~="loading"], [aria-busy="true"]') &&
      root(el).querySelector(
        'table[part="table"], [part~="order"] [part~="summary"], [part~="no-access"], [part~="error"], [part~="empty"]',
      ),
    'order tracker settled',
    { timeout: 8000 },
  );
  await el.updateComplete;
}

export const root = (el: HTMLElement): ShadowRoot => el.shadowRoot!;

export const part = (el: HTMLElement, name: string): HTMLElement | null =>
  root(el).querySelector<HTMLElement>(`[part~="${name}"]`);

export const parts = (el: HTMLElement, name: string): HTMLElement[] => [
  ...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

/** The order numbers shown in the list, in order. */
export const numbers = (el: CcOrderTracker): string[] => parts(el, 'order-button').map(text);

/** The status badges of the list's rows. */
export const statuses = (el: CcOrderTracker): string[] =>
  [...root(el).querySelectorAll('tbody tr')].map((row) => text(row.querySelector('[part~="status"]')));

export const filter = (el: CcOrderTracker, label: string): HTMLButtonElement =>
  parts(el, 'filter').find((button) => text(button) === label) as HTMLButtonElement;

export const announcement = (el: CcOrderTracker): string => text(part(el, 'announcement'));

/** The element focused inside the element's shadow root. */
export const focused = (el: CcOrderTracker): Element | null => root(el).activeElement;

/** Types into the search box and waits for the list to follow. */
export async function search(el: CcOrderTracker, value: string): Promise<void> {
  const input = part(el, 'search') as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await waitUntil(() => el.search === value.trim(), 'search applied', { timeout: 3000 });
  await settled(el);
}

/** Opens the order with this number from the list, as a mouse does, and waits for its view. */
export async function openOrder(el: CcOrderTracker, number: string): Promise<void> {
  const found = parts(el, 'order-button').find((candidate) => text(candidate) === number)!;
  found.focus();
  found.click();
  await el.updateComplete;
  await settled(el);
}
