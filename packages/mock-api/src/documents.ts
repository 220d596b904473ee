/**
 * The files the mock API serves: invoice PDFs, billing schedules as CSV and PDF, and
 * contract documents. Built from the contract's own types with the small writer in pdf.ts,
 * so they run in a browser's service worker and in Node alike.
 *
 * Amounts are written with their ISO 4217 code and the exact decimal digits of
 * `toDecimalString`, grouped by thousands: `EUR 1,234.56`, `JPY 120,000`, `KWD 1.250`.
 * Codes rather than symbols keep every currency within the standard PDF fonts and unambiguous
 * ($ is also CAD, AUD...). Dates are written `22 Nov 2026`, the same in every locale.
 */
import {
  toDecimalString,
  totalsByCurrency,
  type Address,
  type BillingSchedule,
  type Contract,
  type InvoiceDetail,
  type Money,
  type Plan,
  type RemittanceInstructions,
} from '@customer-center/sdk';
import { PdfLayout, wrapText, type PdfColor, type PdfFont, type PdfItem, type PdfTableRow } from './pdf.js';

/** The vendor-neutral seller printed on documents unless one is given. */
export const DEFAULT_SELLER = 'Billing Services';

export interface DocumentOptions {
  /** The seller's name at the top of the document. Default {@link DEFAULT_SELLER}. */
  readonly seller?: string;
}

const ACCENT: PdfColor = [0.12, 0.29, 0.53];
const MUTED: PdfColor = 0.4;
const BOX_FILL: PdfColor = 0.965;
const HIGHLIGHT: PdfColor = 0.9;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An amount with its currency code and thousands separators: `EUR 1,234.56`, `JPY -5,000`. */
export function formatDocumentAmount(value: Money): string {
  const decimal = toDecimalString(value);
  const negative = decimal.startsWith('-');
  const [major = '0', minor] = (negative ? decimal.slice(1) : decimal).split('.');
  const grouped = major.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value.currency} ${negative ? '-' : ''}${grouped}${minor === undefined ? '' : `.${minor}`}`;
}

/**
 * A date as `22 Nov 2026`. Takes `YYYY-MM-DD` or an RFC 3339 date-time, whose date is read
 * as written (the date at the instant's own offset).
 */
export function formatDocumentDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

function negate(value: Money): Money {
  return value.amountMinor === 0 ? value : { amountMinor: -value.amountMinor, currency: value.currency };
}

function label(value: string): string {
  const spaced = value.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

const PAYMENT_METHODS: Readonly<Record<string, string>> = {
  card: 'Card',
  paypal: 'PayPal',
  direct_debit: 'Direct debit',
  wire: 'Wire transfer',
  ach: 'ACH transfer',
  cheque: 'Cheque',
};

const INVOICE_STATUSES: Readonly<Record<InvoiceDetail['status'], string>> = {
  overdue: 'Overdue',
  open: 'Open',
  closed: 'Paid',
};

let regionNames: Intl.DisplayNames | null | undefined;
function countryName(code: string): string {
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
  return regionNames?.of(code) ?? code;
}

function addressLines(address: Address): string[] {
  const place = [address.postalCode, address.city].join(' ');
  return [
    address.line1,
    ...(address.line2 ? [address.line2] : []),
    address.region ? `${place}, ${address.region}` : place,
    countryName(address.country),
  ];
}

/** The seller, a large title and a subtitle at the top left; returns the y below them. */
function titleBlock(doc: PdfLayout, seller: string, title: string, subtitle: string, maxWidth: number): number {
  const top = doc.y;
  doc.text(seller, doc.left, top + 12, { size: 12, font: 'bold' });
  doc.text(title, doc.left, top + 40, { size: 22, font: 'bold', color: ACCENT });
  const lines = wrapText(subtitle, maxWidth, 12, 'bold');
  lines.forEach((line, index) => doc.text(line, doc.left, top + 58 + index * 15, { size: 12, font: 'bold' }));
  return top + 58 + (lines.length - 1) * 15 + 10;
}

/** A section heading that stays on the page with at least `keep` points of what follows. */
function heading(doc: PdfLayout, text: string, keep = 48): void {
  doc.moveDown(14);
  doc.ensureSpace(16 + keep);
  doc.text(text, doc.left, doc.y + 10, { size: 10.5, font: 'bold', color: ACCENT });
  doc.moveDown(16);
}

/** Label-value pairs, two columns, without rules. */
function details(doc: PdfLayout, pairs: readonly (readonly [string, string])[], x: number, width: number): void {
  doc.table(
    [
      { header: '', weight: 1, color: MUTED },
      { header: '', weight: 1.6, font: 'bold' },
    ],
    pairs.map(([name, value]) => [name, value]),
    // Shifted left by the padding, so the labels line up with the text around them.
    { x: x - 1.5, width: width + 1.5, header: false, rules: false, padding: 1.5, size: 9 },
  );
}

/** Label-value pairs laid out as four columns: two pairs per row. */
function detailsGrid(doc: PdfLayout, pairs: readonly (readonly [string, string])[]): void {
  const rows: string[][] = [];
  for (let index = 0; index < pairs.length; index += 2) {
    const [first, second] = [pairs[index], pairs[index + 1]];
    rows.push([...(first ?? ['', '']), ...(second ?? ['', ''])]);
  }
  doc.table(
    [
      { header: '', weight: 1, color: MUTED },
      { header: '', weight: 1.5, font: 'bold' },
      { header: '', weight: 1, color: MUTED },
      { header: '', weight: 1.5, font: 'bold' },
    ],
    rows,
    { x: doc.left - 2, width: doc.width + 2, header: false, rules: false, padding: 2, size: 9 },
  );
}

interface BoxLine {
  readonly text: string;
  readonly font: PdfFont;
  readonly size: number;
  readonly color?: PdfColor;
  readonly label?: string;
  readonly spaceBefore?: number;
}

/** The remittance instructions in a framed box at a fixed position; returns its bottom. */
function remittanceBox(doc: PdfLayout, remittance: RemittanceInstructions, x: number, y: number, width: number) {
  const padding = 8;
  const labelWidth = 62;
  const entries: BoxLine[] = [
    { text: 'How to pay by bank transfer or cheque', font: 'bold', size: 9.5, color: ACCENT },
    {
      text: `Quote invoice number ${remittance.referenceToQuote} with your payment.`,
      font: 'bold',
      size: 8.5,
      spaceBefore: 3,
    },
  ];
  const section = (title: string) => entries.push({ text: title, font: 'bold', size: 8.5, spaceBefore: 6 });
  const field = (name: string, value: string | null | undefined) => {
    if (value) entries.push({ label: name, text: value, font: 'regular', size: 8 });
  };
  const { wire, ach, cheque } = remittance;
  section('Wire transfer');
  field('Beneficiary', wire.beneficiary);
  field('Bank', wire.bankName);
  field('Bank address', wire.bankAddress);
  field('IBAN', wire.iban);
  field('BIC / SWIFT', wire.bic);
  field('Account no.', wire.accountNumber);
  field('Routing no.', wire.routingNumber);
  field('Reference', remittance.referenceToQuote);
  if (ach) {
    section('ACH');
    field('Beneficiary', ach.beneficiary);
    field('Routing no.', ach.routingNumber);
    field('Account no.', ach.accountNumber);
    field('Reference', remittance.referenceToQuote);
  }
  if (cheque) {
    section('Cheque');
    field('Payable to', cheque.payableTo);
    field('Mail to', addressLines(cheque.mailTo).join('\n'));
    field('Memo', remittance.referenceToQuote);
  }

  const inner = width - 2 * padding;
  const items: PdfItem[] = [];
  let cursor = y + padding;
  for (const entry of entries) {
    cursor += entry.spaceBefore ?? 0;
    const leading = entry.size * 1.3;
    const textX = x + padding + (entry.label === undefined ? 0 : labelWidth);
    const lines = wrapText(entry.text, inner - (entry.label === undefined ? 0 : labelWidth), entry.size, entry.font);
    if (entry.label !== undefined) {
      items.push({
        kind: 'text',
        x: x + padding,
        y: cursor + entry.size,
        text: entry.label,
        size: entry.size,
        color: MUTED,
      });
    }
    for (const line of lines) {
      items.push({
        kind: 'text',
        x: textX,
        y: cursor + entry.size,
        text: line,
        size: entry.size,
        font: entry.font,
        color: entry.color,
      });
      cursor += leading;
    }
  }
  const bottom = cursor + padding;
  doc.draw({ kind: 'rect', x, y, width, height: bottom - y, fill: BOX_FILL, stroke: 0.7, lineWidth: 0.75 }, ...items);
  return bottom;
}

/**
 * An invoice as a PDF: seller, bill-to, the invoice's numbers and dates, its lines, taxes,
 * totals, the credits, rewards and payments applied, the balance due, and at the top right
 * the remittance instructions (quote the invoice number; wire, ACH and cheque details).
 * `organizationName` is the customer's organisation, shown under the bill-to address when it
 * differs from the bill-to name.
 */
export function invoicePdf(
  invoice: InvoiceDetail,
  organizationName: string,
  options: DocumentOptions = {},
): Uint8Array {
  const seller = options.seller ?? DEFAULT_SELLER;
  const doc = new PdfLayout({
    footer: `${seller} \u00b7 Invoice ${invoice.number} \u00b7 ${organizationName}`,
    runningHeader: `Invoice ${invoice.number} (continued)`,
  });
  const top = doc.y;
  const boxWidth = 262;
  const boxX = doc.right - boxWidth;
  const boxBottom = remittanceBox(doc, invoice.remittance, boxX, top, boxWidth);
  const leftWidth = boxX - doc.left - 18;

  doc.y = titleBlock(doc, seller, 'INVOICE', invoice.number, leftWidth);
  details(
    doc,
    [
      ['Invoice number', invoice.number],
      ['Invoice type', label(invoice.type)],
      ['Status', INVOICE_STATUSES[invoice.status]],
      ['Issue date', formatDocumentDate(invoice.issueDate)],
      ['Due date', formatDocumentDate(invoice.dueDate)],
      ['PO number', invoice.poNumber ?? '\u2014'],
      ...(invoice.contractId ? [['Contract', invoice.contractId] as const] : []),
      ...(invoice.orderId ? [['Order', invoice.orderId] as const] : []),
      ['Currency', invoice.currency],
    ],
    doc.left,
    leftWidth,
  );

  doc.moveDown(10);
  doc.text('Bill to', doc.left, doc.y + 8, { size: 9, font: 'bold', color: ACCENT });
  doc.moveDown(11);
  doc.paragraph(invoice.billTo.name, { width: leftWidth, size: 10, font: 'bold' });
  doc.paragraph(addressLines(invoice.billTo.address).join('\n'), { width: leftWidth, size: 9 });
  if (organizationName !== invoice.billTo.name) {
    doc.paragraph(`Customer account: ${organizationName}`, { width: leftWidth, size: 9, color: MUTED });
  }
  doc.y = Math.max(doc.y, boxBottom) + 16;

  // At a glance.
  doc.table(
    [
      { header: 'Issue date', weight: 1 },
      { header: 'Due date', weight: 1 },
      { header: 'Total', weight: 1.2, align: 'right' },
      { header: 'Balance due', weight: 1.2, align: 'right' },
    ],
    [
      {
        cells: [
          formatDocumentDate(invoice.issueDate),
          formatDocumentDate(invoice.dueDate),
          formatDocumentAmount(invoice.total),
          formatDocumentAmount(invoice.balanceDue),
        ],
        font: 'bold',
        size: 11,
      },
    ],
    { padding: 5 },
  );

  heading(doc, 'Invoice lines');
  const lineRows: PdfTableRow[] = invoice.lines.map((line) => [
    line.periodStart && line.periodEnd
      ? `${line.description}\nService period ${formatDocumentDate(line.periodStart)} \u2013 ${formatDocumentDate(line.periodEnd)}`
      : line.description,
    line.quantity,
    formatDocumentAmount(line.unitPrice),
    `${line.taxRate}%`,
    formatDocumentAmount(line.amount),
  ]);
  doc.table(
    [
      { header: 'Description', weight: 5 },
      { header: 'Quantity', weight: 1.1, align: 'right' },
      { header: 'Unit price', weight: 1.9, align: 'right' },
      { header: 'Tax rate', weight: 1, align: 'right' },
      { header: 'Amount', weight: 1.9, align: 'right' },
    ],
    lineRows.length > 0 ? lineRows : [['No invoice lines']],
  );

  if (invoice.taxes.length > 0) {
    heading(doc, 'Taxes');
    doc.table(
      [
        { header: 'Tax', weight: 3 },
        { header: 'Rate', weight: 1, align: 'right' },
        { header: 'Taxable amount', weight: 2, align: 'right' },
        { header: 'Tax amount', weight: 2, align: 'right' },
      ],
      invoice.taxes.map((tax) => [
        tax.name,
        `${tax.rate}%`,
        formatDocumentAmount(tax.base),
        formatDocumentAmount(tax.amount),
      ]),
    );
  }

  // Totals, kept together at the right.
  doc.moveDown(14);
  doc.ensureSpace(7 * 17 + 24);
  const totalsWidth = 270;
  doc.table(
    [
      { header: '', weight: 1.2 },
      { header: '', weight: 1, align: 'right' },
    ],
    [
      ['Subtotal', formatDocumentAmount(invoice.subtotal)],
      ['Tax', formatDocumentAmount(invoice.taxTotal)],
      { cells: ['Total', formatDocumentAmount(invoice.total)], font: 'bold' },
      ['Credits applied', formatDocumentAmount(negate(invoice.creditsApplied))],
      ['Support Rewards applied', formatDocumentAmount(negate(invoice.rewardsApplied))],
      ['Payments received', formatDocumentAmount(negate(invoice.amountPaid))],
      { cells: ['Balance due', formatDocumentAmount(invoice.balanceDue)], font: 'bold', size: 11, fill: HIGHLIGHT },
    ],
    { x: doc.right - totalsWidth, width: totalsWidth, header: false, padding: 4 },
  );

  if (invoice.adjustments.length > 0) {
    heading(doc, 'Credits and rewards applied');
    doc.table(
      [
        { header: 'Kind', weight: 1.4 },
        { header: 'Reference', weight: 2.6 },
        { header: 'Applied on', weight: 1.5 },
        { header: 'Amount', weight: 1.8, align: 'right' },
      ],
      invoice.adjustments.map((adjustment) => [
        adjustment.kind === 'credit' ? 'Credit note' : 'Support Rewards',
        adjustment.reference,
        formatDocumentDate(adjustment.appliedAt),
        formatDocumentAmount(negate(adjustment.amount)),
      ]),
    );
  }

  if (invoice.payments.length > 0) {
    heading(doc, 'Payments received');
    doc.table(
      [
        { header: 'Date', weight: 1.5 },
        { header: 'Method', weight: 1.6 },
        { header: 'Reference', weight: 2.4 },
        { header: 'Amount', weight: 1.8, align: 'right' },
      ],
      invoice.payments.map((payment) => [
        formatDocumentDate(payment.paidAt),
        PAYMENT_METHODS[payment.method] ?? label(payment.method),
        payment.reference,
        formatDocumentAmount(payment.amount),
      ]),
    );
  }

  if (invoice.notes) {
    heading(doc, 'Notes', 14);
    doc.paragraph(invoice.notes, { size: 9 });
  }

  doc.moveDown(16);
  const closing =
    invoice.balanceDue.amountMinor > 0
      ? `Please pay ${formatDocumentAmount(invoice.balanceDue)} by ${formatDocumentDate(invoice.dueDate)}. ` +
        `Quote invoice number ${invoice.remittance.referenceToQuote} with your payment.`
      : invoice.balanceDue.amountMinor < 0
        ? `This invoice is overpaid by ${formatDocumentAmount(negate(invoice.balanceDue))}; the excess is held as a credit.`
        : 'This invoice is paid in full. Thank you.';
  doc.paragraph(closing, { size: 9, color: MUTED });

  return doc.toPdf({
    title: `Invoice ${invoice.number}`,
    subject: `${label(invoice.type)} invoice for ${organizationName}`,
    author: seller,
    creationDate: invoice.issueDate,
  });
}

function escapeCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function assertSchedulePlan(plan: Plan, schedule: BillingSchedule): void {
  if (schedule.planId !== plan.id) {
    throw new RangeError(`The billing schedule of plan ${schedule.planId} does not belong to plan ${plan.id}`);
  }
}

/**
 * A billing schedule as CSV (RFC 4180): a header row `date,amount,currency,status,invoiceId`,
 * one row per billing date, CRLF after every row, fields quoted only when they hold a comma,
 * a quote or a line break. `amount` is the exact decimal of `toDecimalString` in major units
 * without grouping (`1234.56`, `120000`, `1.250`), `invoiceId` is empty until invoiced.
 *
 * No byte order mark: every field is ASCII (ISO dates, decimals, currency codes, statuses and
 * ids), so the encoding question does not arise, and a BOM would only end up glued to the
 * first column's name in parsers that do not expect one.
 */
export function billingScheduleCsv(plan: Plan, schedule: BillingSchedule): string {
  assertSchedulePlan(plan, schedule);
  const rows = [
    ['date', 'amount', 'currency', 'status', 'invoiceId'],
    ...schedule.entries.map((entry) => [
      entry.date,
      toDecimalString(entry.amount),
      entry.amount.currency,
      entry.status,
      entry.invoiceId ?? '',
    ]),
  ];
  return rows.map((row) => `${row.map(escapeCsvField).join(',')}\r\n`).join('');
}

const FREQUENCIES: Readonly<Record<Plan['billingFrequency'], string>> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  annual: 'Annual',
};

function sumText(amounts: readonly Money[]): string {
  const totals = totalsByCurrency(amounts);
  return totals.length === 0 ? '\u2014' : totals.map(formatDocumentAmount).join(', ');
}

/** A billing schedule as a PDF: the plan, totals per status and every billing date. */
export function billingSchedulePdf(plan: Plan, schedule: BillingSchedule, options: DocumentOptions = {}): Uint8Array {
  assertSchedulePlan(plan, schedule);
  const seller = options.seller ?? DEFAULT_SELLER;
  const doc = new PdfLayout({
    footer: `${seller} \u00b7 Billing schedule \u00b7 ${plan.name}`,
    runningHeader: `Billing schedule: ${plan.name} (continued)`,
  });
  doc.y = titleBlock(doc, seller, 'BILLING SCHEDULE', plan.name, doc.width);
  detailsGrid(doc, [
    ['Plan', plan.id],
    ['Status', label(plan.status)],
    ['Billing frequency', FREQUENCIES[plan.billingFrequency]],
    ['Term', `${plan.termMonths} ${plan.termMonths === 1 ? 'month' : 'months'}`],
    ['Amount per period', formatDocumentAmount(plan.amount)],
    ['Start date', formatDocumentDate(plan.startDate)],
    ['End date', plan.endDate ? formatDocumentDate(plan.endDate) : 'Open-ended'],
    ['Next billing date', plan.nextBillingDate ? formatDocumentDate(plan.nextBillingDate) : '\u2014'],
  ]);

  heading(doc, 'Summary');
  const statuses = ['scheduled', 'invoiced', 'paid'] as const;
  doc.table(
    [
      { header: 'Status', weight: 2 },
      { header: 'Billing dates', weight: 1, align: 'right' },
      { header: 'Amount', weight: 2, align: 'right' },
    ],
    [
      ...statuses.map((status) => {
        const entries = schedule.entries.filter((entry) => entry.status === status);
        return [label(status), String(entries.length), sumText(entries.map((entry) => entry.amount))];
      }),
      {
        cells: ['Total', String(schedule.entries.length), sumText(schedule.entries.map((entry) => entry.amount))],
        font: 'bold',
        fill: HIGHLIGHT,
      },
    ],
    { width: doc.width * 0.7 },
  );

  heading(doc, 'Billing dates');
  doc.table(
    [
      { header: '#', weight: 0.5, align: 'right' },
      { header: 'Date', weight: 1.6 },
      { header: 'Amount', weight: 2, align: 'right' },
      { header: 'Status', weight: 1.3 },
      { header: 'Invoice', weight: 2.2 },
    ],
    schedule.entries.length > 0
      ? schedule.entries.map((entry, index) => [
          String(index + 1),
          formatDocumentDate(entry.date),
          formatDocumentAmount(entry.amount),
          label(entry.status),
          entry.invoiceId ?? '\u2014',
        ])
      : [['', 'No billing dates']],
  );

  return doc.toPdf({
    title: `Billing schedule: ${plan.name}`,
    subject: `Billing schedule of plan ${plan.id}`,
    author: seller,
    creationDate: plan.startDate,
  });
}

/** A contract document as a PDF: parties, term, value, renewal, terms and signature blocks. */
export function contractPdf(contract: Contract, organizationName: string, options: DocumentOptions = {}): Uint8Array {
  const seller = options.seller ?? DEFAULT_SELLER;
  const doc = new PdfLayout({
    footer: `${seller} \u00b7 Contract ${contract.number} \u00b7 ${organizationName}`,
    runningHeader: `Contract ${contract.number} (continued)`,
  });
  doc.y = titleBlock(doc, seller, 'CONTRACT', `${contract.number} \u00b7 ${contract.name}`, doc.width);
  detailsGrid(doc, [
    ['Provider', seller],
    ['Customer', organizationName],
    ['Contract number', contract.number],
    ['Status', label(contract.status)],
    ['Start date', formatDocumentDate(contract.startDate)],
    ['End date', formatDocumentDate(contract.endDate)],
    ['Renewal date', contract.renewalDate ? formatDocumentDate(contract.renewalDate) : 'Not renewing'],
    ['Contract value', formatDocumentAmount(contract.value)],
  ]);

  const value = formatDocumentAmount(contract.value);
  const clauses: readonly (readonly [string, string])[] = [
    ['1. Parties', `This contract is made between ${seller} (the Provider) and ${organizationName} (the Customer).`],
    [
      '2. Term',
      `The contract runs from ${formatDocumentDate(contract.startDate)} to ${formatDocumentDate(contract.endDate)}` +
        (contract.renewalDate
          ? ` and renews on ${formatDocumentDate(contract.renewalDate)} unless either party gives notice before that date.`
          : '. It does not renew automatically.'),
    ],
    [
      '3. Fees',
      `The total contract value is ${value}. The Provider invoices it according to the billing schedule; ` +
        'taxes are added where they apply.',
    ],
    [
      '4. Invoicing and payment',
      'Invoices are payable by their due date, online or by wire transfer, ACH or cheque as stated on each invoice. ' +
        'Quote the invoice number with every offline payment.',
    ],
    [
      '5. About this document',
      'This document was generated by the Customer Center mock API for demonstration and testing. ' +
        'It is not a legal agreement.',
    ],
  ];
  heading(doc, 'Terms');
  for (const [title, text] of clauses) {
    doc.moveDown(4);
    doc.ensureSpace(30);
    doc.paragraph(title, { size: 9.5, font: 'bold' });
    doc.paragraph(text, { size: 9 });
  }

  if (contract.invoiceIds.length > 0) {
    heading(doc, 'Invoices under this contract');
    doc.table(
      [{ header: 'Invoice' }],
      contract.invoiceIds.map((id) => [id]),
      { width: doc.width / 2 },
    );
  }
  if (contract.documentIds.length > 0) {
    doc.moveDown(8);
    doc.paragraph(`Attached documents: ${contract.documentIds.length} (${contract.documentIds.join(', ')}).`, {
      size: 9,
      color: MUTED,
    });
  }

  // Signature blocks, side by side, kept together.
  doc.moveDown(24);
  doc.ensureSpace(110);
  const columnWidth = (doc.width - 40) / 2;
  const parties = [
    ['For the Provider', seller],
    ['For the Customer', organizationName],
  ] as const;
  const top = doc.y;
  parties.forEach(([role, name], index) => {
    const x = doc.left + index * (columnWidth + 40);
    doc.text(role, x, top + 10, { size: 9, font: 'bold', color: ACCENT });
    doc.text(name, x, top + 24, { size: 9, font: 'bold' });
    ['Signature', 'Name and title', 'Date'].forEach((field, row) => {
      const y = top + 56 + row * 24;
      doc.draw({ kind: 'line', x1: x, x2: x + columnWidth, y1: y, y2: y, color: 0.5 });
      doc.text(field, x, y + 9, { size: 7.5, color: MUTED });
    });
  });
  doc.y = top + 56 + 3 * 24;

  return doc.toPdf({
    title: `Contract ${contract.number}: ${contract.name}`,
    subject: `Contract between ${seller} and ${organizationName}`,
    author: seller,
    creationDate: contract.startDate,
  });
}
