import * as z from 'zod/mini';
import {
  Address,
  CurrencyCode,
  DecimalString,
  Email,
  Id,
  IsoDate,
  IsoDateTime,
  Money,
  PageQuery,
  pageOf,
} from './common.js';

/** Overdue: needs immediate attention; open: unpaid, not yet due; closed: fully paid. */
export const INVOICE_STATUSES = ['overdue', 'open', 'closed'] as const;
export const InvoiceStatus = z.enum(INVOICE_STATUSES).check(z.meta({ id: 'InvoiceStatus' }));

export const INVOICE_TYPES = ['support', 'subscription', 'license', 'hardware', 'consulting'] as const;
export const InvoiceType = z.enum(INVOICE_TYPES).check(z.meta({ id: 'InvoiceType' }));

/** Sort keys of the invoice list; `status` is the portal's order (overdue, open, closed). A leading `-` reverses. */
export const INVOICE_SORT_KEYS = ['status', 'number', 'issueDate', 'dueDate', 'type', 'total', 'balanceDue'] as const;
export const InvoiceSort = z
  .enum([...INVOICE_SORT_KEYS, ...INVOICE_SORT_KEYS.map((key) => `-${key}` as const)])
  .check(z.meta({ id: 'InvoiceSort' }));

/** A credit note or a Support Rewards code applied to an invoice. */
export const Adjustment = z
  .object({
    kind: z.enum(['credit', 'reward']),
    /** The credit note number, or the reward code with all but its last four characters masked. */
    reference: z.string(),
    amount: Money,
    appliedAt: IsoDateTime,
  })
  .check(z.meta({ id: 'Adjustment' }));

// InvoiceDetail extends the fields, not `Invoice` itself: z.extend would copy Invoice's
// registry id onto the detail and make two schemas claim the name "Invoice".
const invoiceFields = z.object({
  id: Id,
  number: z.string(),
  type: InvoiceType,
  status: InvoiceStatus,
  issueDate: IsoDate,
  dueDate: IsoDate,
  currency: CurrencyCode,
  total: Money,
  amountPaid: Money,
  creditsApplied: Money,
  rewardsApplied: Money,
  balanceDue: Money,
  poNumber: z.nullable(z.string()),
  contractId: z.nullable(Id),
  orderId: z.nullable(Id),
  /** Support invoices accept Support Rewards codes. */
  rewardsEligible: z.boolean(),
});

export const Invoice = invoiceFields.check(z.meta({ id: 'Invoice' }));

export const InvoiceLine = z
  .object({
    id: Id,
    description: z.string(),
    quantity: DecimalString,
    unitPrice: Money,
    amount: Money,
    taxRate: DecimalString,
    periodStart: z.nullable(IsoDate),
    periodEnd: z.nullable(IsoDate),
  })
  .check(z.meta({ id: 'InvoiceLine' }));

export const TaxLine = z
  .object({ name: z.string(), rate: DecimalString, base: Money, amount: Money })
  .check(z.meta({ id: 'TaxLine' }));

export const PAYMENT_METHOD_TYPES = ['card', 'paypal', 'direct_debit'] as const;
export const PaymentMethodType = z.enum(PAYMENT_METHOD_TYPES).check(z.meta({ id: 'PaymentMethodType' }));

export const OFFLINE_METHOD_TYPES = ['wire', 'ach', 'cheque'] as const;
export const OfflineMethodType = z.enum(OFFLINE_METHOD_TYPES).check(z.meta({ id: 'OfflineMethodType' }));

export const InvoicePayment = z
  .object({
    paymentId: Id,
    paidAt: IsoDateTime,
    amount: Money,
    method: z.union([PaymentMethodType, OfflineMethodType]),
    reference: z.string(),
  })
  .check(z.meta({ id: 'InvoicePayment' }));

/** How to pay offline; the invoice number must be quoted with the payment. */
export const RemittanceInstructions = z
  .object({
    referenceToQuote: z.string(),
    wire: z.object({
      beneficiary: z.string(),
      bankName: z.string(),
      bankAddress: z.string(),
      iban: z.nullable(z.string()),
      bic: z.nullable(z.string()),
      accountNumber: z.nullable(z.string()),
      routingNumber: z.nullable(z.string()),
    }),
    ach: z.nullable(z.object({ beneficiary: z.string(), routingNumber: z.string(), accountNumber: z.string() })),
    cheque: z.nullable(z.object({ payableTo: z.string(), mailTo: Address })),
  })
  .check(z.meta({ id: 'RemittanceInstructions' }));

export const InvoiceDetail = z
  .extend(invoiceFields, {
    billTo: z.object({ name: z.string(), address: Address }),
    lines: z.array(InvoiceLine),
    taxes: z.array(TaxLine),
    subtotal: Money,
    taxTotal: Money,
    adjustments: z.array(Adjustment),
    payments: z.array(InvoicePayment),
    remittance: RemittanceInstructions,
    notes: z.nullable(z.string()),
  })
  .check(z.meta({ id: 'InvoiceDetail' }));

/** Filters shared by the list, the summary and "e-mail this list". */
export const InvoiceFilter = z.object({
  status: z.optional(InvoiceStatus),
  type: z.optional(InvoiceType),
  currency: z.optional(CurrencyCode),
  /** Matches the invoice number or the PO number. */
  search: z.optional(z.string().check(z.maxLength(100))),
});

export const InvoiceListQuery = z.extend(z.extend(PageQuery, InvoiceFilter.shape), { sort: z.optional(InvoiceSort) });

export const InvoicePage = pageOf(Invoice, 'InvoicePage');

/** Counts per status and totals per currency, for filters and the totals summary. */
export const InvoiceSummary = z
  .object({
    counts: z.object({ overdue: z.int(), open: z.int(), closed: z.int() }),
    totals: z.array(z.object({ currency: CurrencyCode, overdue: Money, open: Money })),
  })
  .check(z.meta({ id: 'InvoiceSummary' }));

export const EmailInvoicesRequest = z
  .object({
    recipients: z.array(Email).check(z.minLength(1), z.maxLength(10)),
    filter: InvoiceFilter,
    message: z.optional(z.string().check(z.maxLength(1000))),
  })
  .check(z.meta({ id: 'EmailInvoicesRequest' }));

export const EmailInvoicesResult = z
  .object({ id: Id, recipients: z.array(Email), invoiceCount: z.int(), sentAt: IsoDateTime })
  .check(z.meta({ id: 'EmailInvoicesResult' }));

export type InvoiceStatus = z.output<typeof InvoiceStatus>;
export type InvoiceType = z.output<typeof InvoiceType>;
export type InvoiceSort = z.output<typeof InvoiceSort>;
export type Adjustment = z.output<typeof Adjustment>;
export type Invoice = z.output<typeof Invoice>;
export type InvoiceLine = z.output<typeof InvoiceLine>;
export type TaxLine = z.output<typeof TaxLine>;
export type PaymentMethodType = z.output<typeof PaymentMethodType>;
export type OfflineMethodType = z.output<typeof OfflineMethodType>;
export type InvoicePayment = z.output<typeof InvoicePayment>;
export type RemittanceInstructions = z.output<typeof RemittanceInstructions>;
export type InvoiceDetail = z.output<typeof InvoiceDetail>;
export type InvoiceFilter = z.input<typeof InvoiceFilter>;
export type InvoiceListQuery = z.input<typeof InvoiceListQuery>;
export type InvoicePage = z.output<typeof InvoicePage>;
export type InvoiceSummary = z.output<typeof InvoiceSummary>;
export type EmailInvoicesRequest = z.input<typeof EmailInvoicesRequest>;
export type EmailInvoicesResult = z.output<typeof EmailInvoicesResult>;
