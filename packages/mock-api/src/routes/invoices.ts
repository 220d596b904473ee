import type { InvoiceDetail, InvoiceSort, InvoiceStatus } from '@customer-center/sdk';
import { invoicePdf } from '../documents.js';
import type { OrganizationData } from '../model.js';
import { fail } from '../problem.js';
import type { MockStore } from '../store.js';
import { findInvoice, json, matches, page, toInvoice, type Route, type RouteContext } from './context.js';

const STATUS_ORDER: Readonly<Record<InvoiceStatus, number>> = { overdue: 0, open: 1, closed: 2 };

type Compare = (a: InvoiceDetail, b: InvoiceDetail) => number;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const SORTS: Readonly<Record<string, Compare>> = {
  // The portal's order: overdue (most overdue first), open (soonest due first), closed (most recent first).
  status: (a, b) =>
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    (a.status === 'closed' ? byText(b.issueDate, a.issueDate) : byText(a.dueDate, b.dueDate)),
  number: (a, b) => byText(a.number, b.number),
  issueDate: (a, b) => byText(a.issueDate, b.issueDate),
  dueDate: (a, b) => byText(a.dueDate, b.dueDate),
  type: (a, b) => byText(a.type, b.type),
  // Amounts in different currencies are not comparable: group by currency, then by amount.
  total: (a, b) => byText(a.currency, b.currency) || a.total.amountMinor - b.total.amountMinor,
  balanceDue: (a, b) => byText(a.currency, b.currency) || a.balanceDue.amountMinor - b.balanceDue.amountMinor,
};

function filterInvoices(organization: OrganizationData, query: Record<string, unknown>): InvoiceDetail[] {
  return organization.invoices.filter(
    (invoice) =>
      (query.status === undefined || invoice.status === query.status) &&
      (query.type === undefined || invoice.type === query.type) &&
      (query.currency === undefined || invoice.currency === query.currency) &&
      (matches(invoice.number, query.search) || matches(invoice.poNumber, query.search)),
  );
}

// Paging through 100,000 invoices must not sort them again for every page: keep the last
// few sorted views until the data changes.
const views = new WeakMap<MockStore, Map<string, { version: number; invoices: InvoiceDetail[] }>>();

function sortedInvoices(context: RouteContext): InvoiceDetail[] {
  const { store, organization, query } = context;
  const sort = (query.sort as InvoiceSort | undefined) ?? 'status';
  const key = JSON.stringify([
    organization.organization.id,
    query.status,
    query.type,
    query.currency,
    query.search,
    sort,
  ]);
  let cache = views.get(store);
  if (!cache) views.set(store, (cache = new Map()));
  const cached = cache.get(key);
  if (cached && cached.version === store.version) return cached.invoices;
  const descending = sort.startsWith('-');
  const compare = SORTS[descending ? sort.slice(1) : sort] ?? SORTS.status!;
  const invoices = filterInvoices(organization, query).sort(
    (a, b) => (descending ? -compare(a, b) : compare(a, b)) || byText(a.number, b.number),
  );
  if (cache.size > 20) cache.clear();
  cache.set(key, { version: store.version, invoices });
  return invoices;
}

export const listInvoices: Route = (context) => json(page(sortedInvoices(context), context.query, toInvoice));

export const retrieveInvoiceSummary: Route = ({ organization, query }) => {
  const invoices = filterInvoices(organization, { ...query, status: undefined });
  const counts = { overdue: 0, open: 0, closed: 0 };
  const totals = new Map<string, { overdue: number; open: number }>();
  for (const invoice of invoices) {
    counts[invoice.status] += 1;
    const total = totals.get(invoice.currency) ?? { overdue: 0, open: 0 };
    if (invoice.status !== 'closed') total[invoice.status] += invoice.balanceDue.amountMinor;
    totals.set(invoice.currency, total);
  }
  return json({
    counts,
    totals: [...totals].map(([currency, { overdue, open }]) => ({
      currency,
      overdue: { amountMinor: overdue, currency },
      open: { amountMinor: open, currency },
    })),
  });
};

export const retrieveInvoice: Route = ({ organization, params }) =>
  json(findInvoice(organization, params.invoiceId ?? ''));

export const downloadInvoice: Route = ({ organization, params }) => {
  const invoice = findInvoice(organization, params.invoiceId ?? '');
  return {
    kind: 'file',
    bytes: invoicePdf(invoice, organization.organization.name),
    contentType: 'application/pdf',
    filename: `${invoice.number}.pdf`,
  };
};

export const emailInvoices: Route = ({ store, organization, body }) => {
  const request = body as { recipients: string[]; filter: Record<string, unknown> };
  const invoiceCount = filterInvoices(organization, request.filter).length;
  if (invoiceCount === 0) throw fail(422, 'no_invoices', 'No invoice matches this filter: nothing to send');
  const sent = { id: store.nextId('eml'), recipients: request.recipients, invoiceCount, sentAt: store.nowIso() };
  organization.emails.push(sent);
  return json(sent, 201);
};
