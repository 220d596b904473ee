import { schemas, type Invoice, type InvoiceDetail, type SavedPaymentMethod } from '@customer-center/sdk';
import type { MockMember, OrganizationData } from '../model.js';
import { fail, type ProblemResult } from '../problem.js';
import type { MockStore } from '../store.js';

/** What a route gets: the signed-in member, their organisation, and the validated request. */
export interface RouteContext {
  readonly store: MockStore;
  readonly organization: OrganizationData;
  readonly member: MockMember;
  readonly params: Readonly<Record<string, string>>;
  /** The query, parsed with the operation's schema. */
  readonly query: Record<string, unknown>;
  /** The body, parsed with the operation's schema. */
  readonly body: unknown;
}

export type RouteResult =
  | { readonly kind: 'json'; readonly status: 200 | 201; readonly body: unknown }
  | {
      readonly kind: 'file';
      readonly bytes: Uint8Array | string;
      readonly contentType: string;
      readonly filename: string;
    }
  | { readonly kind: 'empty' }
  | ProblemResult;

export type Route = (context: RouteContext) => RouteResult;

export const json = (body: unknown, status: 200 | 201 = 200): RouteResult => ({ kind: 'json', status, body });
export const empty = (): RouteResult => ({ kind: 'empty' });

const INVOICE_KEYS = Object.keys((schemas.Invoice as unknown as { _zod: { def: { shape: object } } })._zod.def.shape);

/** The list view of an invoice: its summary fields without lines, taxes and the rest. */
export function toInvoice(detail: InvoiceDetail): Invoice {
  const summary: Record<string, unknown> = {};
  for (const key of INVOICE_KEYS) summary[key] = detail[key as keyof InvoiceDetail];
  return summary as Invoice;
}

export function findInvoice(organization: OrganizationData, invoiceId: string): InvoiceDetail {
  const invoice = organization.invoices.find((candidate) => candidate.id === invoiceId);
  if (!invoice) throw fail(404, 'invoice_not_found', `No invoice ${invoiceId}`);
  return invoice;
}

export function findOr404<T extends { id: string }>(items: readonly T[], id: string, what: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw fail(404, `${what}_not_found`, `No ${what.replace(/_/g, ' ')} ${id}`);
  return item;
}

const CURSOR = /^o([0-9a-z]+)$/;

/** One page of `items` (already filtered and sorted) by an opaque offset cursor. */
export function page<T, R = T>(
  items: readonly T[],
  query: Record<string, unknown>,
  map: (item: T) => R = (item) => item as unknown as R,
): { data: R[]; nextCursor: string | null; totalCount: number } {
  const limit = typeof query.limit === 'number' ? query.limit : 25;
  let offset = 0;
  if (typeof query.cursor === 'string') {
    const match = CURSOR.exec(query.cursor);
    offset = match?.[1] ? parseInt(match[1], 36) : NaN;
    if (!Number.isSafeInteger(offset) || offset < 0 || offset > items.length) {
      throw fail(400, 'invalid_cursor', 'The cursor is not one this API gave out', [
        { field: 'cursor', code: 'invalid_cursor', message: 'Unknown cursor' },
      ]);
    }
  }
  const end = offset + limit;
  return {
    data: items.slice(offset, end).map(map),
    nextCursor: end < items.length ? `o${end.toString(36)}` : null,
    totalCount: items.length,
  };
}

/** Case-insensitive "contains" for search boxes. */
export function matches(text: string | null | undefined, search: unknown): boolean {
  return typeof search !== 'string' || search === '' || (text ?? '').toLowerCase().includes(search.toLowerCase());
}

/** Whether a payment method is past its expiry month on `today` (methods without an expiry keep their flag). */
export function isExpired(method: SavedPaymentMethod, today: string): boolean {
  if (method.expYear === null || method.expMonth === null) return method.isExpired;
  return `${method.expYear}-${String(method.expMonth).padStart(2, '0')}` < today.slice(0, 7);
}
