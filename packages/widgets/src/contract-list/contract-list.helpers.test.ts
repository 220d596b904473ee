import { fixture, html, waitUntil } from '@open-wc/testing';
import { ROLE_PERMISSIONS, type BillingClient, type ContractStatus, type Permission } from '@customer-center/sdk';
import { nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CcContractList } from './contract-list.js';
import './define.js';
import { clientFor, setPageLanguage, text } from '../../test/support.js';
export { BASE, XSS, button, clientFor, openDialogs, org, text, useMockApi } from '../../test/support.js';
export type { MockApiAccess } from '../../test/support.js';

// What the browser tests of <cc-contract-list> share: the mock API, clients per role, and
// ways to find things in the element. No tests of its own.

export interface MountOptions {
  readonly token?: string;
  readonly client?: BillingClient;
  readonly status?: ContractStatus;
  readonly pageSize?: number;
  readonly help?: boolean;
  /** Host content for the `help` slot. */
  readonly helpSlot?: string;
  /** The page language: `ar` sets `<html lang="ar" dir="rtl">`. */
  readonly lang?: 'en' | 'ar';
  readonly width?: string;
  /** Resolve before the list has loaded. */
  readonly wait?: boolean;
}

/** The element, loaded (or showing why it cannot be). */
export async function mount({
  token = 'test_us_billing',
  client = clientFor(token),
  status,
  pageSize,
  help = false,
  helpSlot,
  lang = 'en',
  width = '1100px',
  wait = true,
}: MountOptions = {}): Promise<CcContractList> {
  await setPageLanguage(lang, lang === 'ar' ? 'rtl' : 'ltr');
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${`inline-size: ${width}`} lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
      <cc-contract-list .client=${client} status=${ifDefined(status)} page-size=${ifDefined(pageSize)} ?help=${help}
        >${helpSlot ? html`<a slot="help" href="#support">${helpSlot}</a>` : nothing}</cc-contract-list
      >
    </div>`,
  );
  const el = wrapper.querySelector('cc-contract-list')!;
  if (wait) await untilLoaded(el);
  return el;
}

export async function untilLoaded(el: CcContractList): Promise<void> {
  await waitUntil(
    () =>
      root(el).querySelector(
        'table[aria-busy="false"], .list > [part~="empty"], .list > [part~="error"], [part~="no-access"]',
      ),
    'list loaded',
    { timeout: 8000 },
  );
  await el.updateComplete;
}

export const root = (el: CcContractList): ShadowRoot => el.shadowRoot!;

export const rows = (el: CcContractList): HTMLElement[] => [
  ...root(el).querySelectorAll<HTMLElement>('tbody[part~="contract"]'),
];

/** The `<tbody>` of a contract, by its number. */
export const contractBody = (el: CcContractList, number: string): HTMLElement | undefined =>
  rows(el).find((row) => text(row.querySelector('.number')) === number);

export const numbers = (el: CcContractList): string[] => rows(el).map((row) => text(row.querySelector('.number')));

export const announcement = (el: CcContractList): string => text(root(el).querySelector('[part~="announcement"]'));

export const activeIn = (el: CcContractList): Element | null => root(el).activeElement;

/** Presses a button as a mouse does: focus, then click. */
export function press(found: HTMLElement | null | undefined): void {
  if (!found) throw new Error('Nothing to press');
  found.focus();
  found.click();
}

/** Expands a contract and waits for its documents and invoices. */
export async function expand(el: CcContractList, number: string): Promise<HTMLElement> {
  const body = contractBody(el, number)!;
  press(body.querySelector<HTMLButtonElement>('[part~="disclosure"]'));
  await waitUntil(
    () => {
      const detail = body.querySelector('[part~="detail"]');
      return detail && !detail.querySelector('[part~="loading"]');
    },
    `detail of ${number} loaded`,
    { timeout: 8000 },
  );
  return body.querySelector<HTMLElement>('[part~="detail"]')!;
}

/** Collects the files the element saves instead of letting the browser download them. */
export async function capturingDownloads<T>(run: (saved: string[]) => Promise<T>): Promise<T> {
  const original = HTMLAnchorElement.prototype.click;
  const saved: string[] = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download && this.href.startsWith('blob:')) saved.push(this.download);
    else original.call(this);
  };
  try {
    return await run(saved);
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
}

/** Takes permissions away from a role for one test (the mock's answers and 403s follow it). */
export async function withoutPermissions<T>(
  role: keyof typeof ROLE_PERMISSIONS,
  remove: readonly Permission[],
  run: () => Promise<T>,
): Promise<T> {
  const permissions = ROLE_PERMISSIONS[role] as Permission[];
  const saved = [...permissions];
  permissions.splice(0, permissions.length, ...saved.filter((permission) => !remove.includes(permission)));
  try {
    return await run();
  } finally {
    permissions.splice(0, permissions.length, ...saved);
  }
}
