// What the bench page and its three subjects share: the contract between them, and the
// columns the two baselines show (the same text cc-invoice-list shows in its cells).
import { formatDate, formatMoney, type Invoice, type InvoiceStatus, type InvoiceType } from '@customer-center/sdk';

/** The page's `lang`, which cc-invoice-list formats in; the baselines use the same. */
export const LOCALE = 'en';

/** What the page tells a subject before the timed part. */
export interface Setup {
  /** Invoices in the account: 1,000 or 10,000. */
  readonly rows: number;
  /** cc-invoice-list's `page-size`. */
  readonly pageSize: number;
  /** The mock billing API holding this account, for the SDK client. */
  readonly apiBase: string;
  readonly token: string;
  /** Every invoice of the account in the list's order, for the baselines that show them all. */
  readonly dataUrl: string;
}

/** A rendered body row: where it is and the text it shows ('' while any of its cells is empty). */
export interface RenderedRow {
  readonly box: DOMRect;
  readonly text: string;
}

/** A subject inserted into the stage. */
export interface Mounted {
  /** How many rows it shows in all: a page, or every invoice. */
  readonly total: number;
  /** The box its rows must fill (its scrolling area). */
  viewport(): DOMRect;
  /** Its body rows as rendered now, in any order. */
  rows(): RenderedRow[];
  /** What it shows, for the error when it never shows its rows. */
  describe(): string;
}

/** A subject ready to time: `mount` runs inside the timed part, everything before it does not. */
export interface Subject {
  mount(stage: HTMLElement): Mounted;
  /** Requests sent to the API so far; the timed part must send none (its data is cached). */
  requests(): number;
}

export type Prepare = (setup: Setup) => Promise<Subject>;

const TYPE_LABELS: Readonly<Record<InvoiceType, string>> = {
  support: 'Support',
  subscription: 'Subscription',
  license: 'License',
  hardware: 'Hardware',
  consulting: 'Consulting',
};

const STATUS_LABELS: Readonly<Record<InvoiceStatus, string>> = { overdue: 'Overdue', open: 'Open', closed: 'Closed' };

/** The text of each visible column of cc-invoice-list, formatted as it formats it. */
export const cellText = {
  number: (invoice: Invoice) => invoice.number,
  issued: (invoice: Invoice) => formatDate(invoice.issueDate, LOCALE),
  due: (invoice: Invoice) => formatDate(invoice.dueDate, LOCALE),
  type: (invoice: Invoice) => TYPE_LABELS[invoice.type],
  amount: (invoice: Invoice) => formatMoney(invoice.total, LOCALE),
  balance: (invoice: Invoice) => formatMoney(invoice.balanceDue, LOCALE),
  status: (invoice: Invoice) => STATUS_LABELS[invoice.status],
};

/** A column of the grid baseline. */
export interface Column {
  readonly header: string;
  readonly numeric: boolean;
  text(invoice: Invoice): string;
}

export const COLUMNS: readonly Column[] = [
  { header: 'Invoice', numeric: false, text: cellText.number },
  { header: 'Issued', numeric: false, text: cellText.issued },
  { header: 'Due', numeric: false, text: cellText.due },
  { header: 'Type', numeric: false, text: cellText.type },
  { header: 'Amount', numeric: true, text: cellText.amount },
  { header: 'Balance due', numeric: true, text: cellText.balance },
  { header: 'Status', numeric: false, text: cellText.status },
];

/** Every invoice of the account, as the API lists them (fetched before the timed part). */
export async function loadInvoices(url: string): Promise<Invoice[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Invoice[];
}

/** Adds a style sheet to the document (before the timed part). */
export function addStyles(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}
