import { fixture, html, waitUntil } from '@open-wc/testing';
import { formatDateTime, type BillingClient, type BillingDocument, type DocumentType } from '@customer-center/sdk';
import { type MockApi } from '@customer-center/mock-api';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CcDocumentList, DocumentSort } from './document-list.js';
import './define.js';
import { clientFor, org, setPageLanguage, text } from '../../test/support.js';
export { BASE, XSS, clientFor, org, text, useMockApi } from '../../test/support.js';
export type { MockApiAccess } from '../../test/support.js';

// What the browser tests of <cc-document-list> share: the mock API, clients per role, the
// element mounted and loaded, and ways to read it. No tests of its own.

/** The store's documents as the API sends them: newest first (a copy, the store is live). */
export function storeDocuments(mock: MockApi, slug = 'us'): BillingDocument[] {
  return structuredClone(org(mock, slug).documents).sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
  );
}

export interface MountOptions {
  readonly token?: string;
  readonly client?: BillingClient;
  readonly type?: DocumentType;
  readonly sort?: DocumentSort;
  readonly pageSize?: number;
  readonly help?: boolean;
  /** Host content for the `help` slot. */
  readonly helpSlot?: boolean;
  /** The page language (`<html lang>`; `ar` also sets `dir="rtl"`). */
  readonly lang?: string;
  readonly width?: string;
  /** Wait until loaded (default), or return at once. */
  readonly wait?: boolean;
}

export async function mount({
  token = 'test_us_billing',
  client = clientFor(token),
  type,
  sort,
  pageSize,
  help = false,
  helpSlot = false,
  lang = 'en',
  width = '1000px',
  wait = true,
}: MountOptions = {}): Promise<CcDocumentList> {
  await setPageLanguage(lang, lang === 'ar' ? 'rtl' : 'ltr');
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="inline-size: ${width}">
      <cc-document-list
        .client=${client}
        type=${ifDefined(type)}
        sort=${ifDefined(sort)}
        page-size=${ifDefined(pageSize)}
        ?help=${help}
        >${helpSlot ? html`<a slot="help" href="/support">Billing support</a>` : ''}</cc-document-list
      >
    </div>`,
  );
  const el = wrapper.querySelector<CcDocumentList>('cc-document-list')!;
  if (wait) await untilLoaded(el);
  return el;
}

/** Waits until the list settled: rows not busy, or an empty, error or no-access state. */
export async function untilLoaded(el: CcDocumentList): Promise<void> {
  await el.updateComplete;
  await waitUntil(
    () =>
      root(el).querySelector('table[aria-busy="false"], [part~="empty"], [part~="error"], [part~="no-access"]') &&
      !root(el).querySelector('table[aria-busy="true"]'),
    'list loaded',
    { timeout: 8000 },
  );
  await el.updateComplete;
}

/** Waits until the filter buttons show their counts. */
export async function untilCounted(el: CcDocumentList): Promise<void> {
  await waitUntil(() => root(el).querySelectorAll('[part~="count"]').length === 6, 'counts shown', { timeout: 8000 });
}

export const root = (el: CcDocumentList): ShadowRoot => el.shadowRoot!;

export const rows = (el: CcDocumentList): HTMLTableRowElement[] => [
  ...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr.row'),
];

export const names = (el: CcDocumentList): string[] => rows(el).map((row) => text(row.querySelector('[part~="name"]')));

export const typeLabels = (el: CcDocumentList): string[] =>
  rows(el).map((row) => text(row.querySelector('[part~="type-badge"]')));

export const filter = (el: CcDocumentList, type: string): HTMLButtonElement =>
  root(el).querySelector<HTMLButtonElement>(`[part~="filter"][data-type="${type}"]`)!;

export const downloadButton = (el: CcDocumentList, documentId: string): HTMLButtonElement =>
  root(el).querySelector<HTMLButtonElement>(`tr[data-document="${documentId}"] [part~="download-button"]`)!;

export const status = (el: CcDocumentList): string => text(root(el).querySelector('[part~="status"]'));

export const activeIn = (el: CcDocumentList): Element | null => root(el).activeElement;

export const dateOf = (document: BillingDocument, locale = 'en'): string =>
  formatDateTime(document.createdAt, locale, { dateStyle: 'medium' });

/** Presses a button as a mouse does: focus, then click. */
export function press(button: HTMLElement): void {
  button.focus();
  button.click();
}

/** Records the files `saveFile` would save, instead of saving them. */
export function captureDownloads(): { readonly saved: string[]; restore(): void } {
  const original = HTMLAnchorElement.prototype.click;
  const saved: string[] = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) saved.push(this.download);
    else original.call(this);
  };
  return { saved, restore: () => (HTMLAnchorElement.prototype.click = original) };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
