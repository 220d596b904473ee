import * as z from 'zod/mini';
import { CountryCode, CurrencyCode, Id, IsoDateTime, Money, PageQuery, pageOf } from './common.js';
import { OfflineMethodType, RemittanceInstructions } from './invoices.js';

export const CARD_BRANDS = ['visa', 'mastercard', 'amex', 'discover', 'jcb', 'unionpay', 'diners'] as const;
export const CardBrand = z.enum(CARD_BRANDS).check(z.meta({ id: 'CardBrand' }));

/** The card limit: USD 100,000, checked in USD. */
export const CARD_LIMIT_USD = { amountMinor: 100_000_00, currency: 'USD' } as const;

export const PaymentMethodOption = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('card'),
      brands: z.array(CardBrand),
      /** USD 100,000. */
      limit: Money,
      /** The limit in the invoices' currency at the API's rate; null when the currency is USD. */
      limitInCurrency: z.nullable(Money),
    }),
    z.object({ type: z.literal('paypal') }),
    z.object({
      type: z.literal('direct_debit'),
      scheme: z.enum(['sepa', 'bacs', 'ach', 'becs']),
      /** The mandate the payer must accept, in the user's language where available. */
      mandateText: z.string(),
    }),
  ])
  .check(z.meta({ id: 'PaymentMethodOption' }));

export const PaymentOptionsQuery = z.object({
  invoiceIds: z.array(z.string().check(z.minLength(1))).check(z.minLength(1), z.maxLength(50)),
});

/** What the payer may use for these invoices, by the account's country and the invoices' currency. */
export const PaymentOptions = z
  .object({
    country: CountryCode,
    currency: CurrencyCode,
    onlineAvailable: z.boolean(),
    methods: z.array(PaymentMethodOption),
    /** The smallest partial payment accepted, per invoice. */
    minimumAmount: Money,
    offline: z.object({
      methods: z.array(OfflineMethodType),
      instructions: z.array(z.object({ invoiceId: Id, invoiceNumber: z.string(), remittance: RemittanceInstructions })),
    }),
  })
  .check(z.meta({ id: 'PaymentOptions' }));

export const PaymentMethodInput = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('card'),
      /** A saved card (`pm_…`) or a one-time token from the tokenizer (`tok_…`); never a card number. */
      source: z.string().check(z.minLength(1)),
    }),
    z.object({ type: z.literal('paypal') }),
    z.object({
      type: z.literal('direct_debit'),
      /** A saved mandate (`pm_…`) or a new account's token. */
      source: z.string().check(z.minLength(1)),
      mandateAccepted: z.literal(true),
    }),
  ])
  .check(z.meta({ id: 'PaymentMethodInput' }));

export const PaymentCreate = z
  .object({
    allocations: z.array(z.object({ invoiceId: Id, amount: Money })).check(z.minLength(1), z.maxLength(50)),
    method: PaymentMethodInput,
  })
  .check(z.meta({ id: 'PaymentCreate' }));

export const PAYMENT_STATUSES = ['succeeded', 'processing', 'requires_action', 'failed'] as const;
export const PaymentStatus = z.enum(PAYMENT_STATUSES).check(z.meta({ id: 'PaymentStatus' }));

export const PAYMENT_FAILURE_CODES = [
  'card_declined',
  'expired_card',
  'insufficient_funds',
  'limit_exceeded',
  'approval_declined',
  'processing_error',
] as const;

export const Payment = z
  .object({
    id: Id,
    status: PaymentStatus,
    /** The confirmation reference shown to the payer. */
    reference: z.string(),
    amount: Money,
    method: z.object({
      type: z.enum(['card', 'paypal', 'direct_debit']),
      brand: z.nullable(CardBrand),
      last4: z.nullable(z.string().check(z.regex(/^\d{4}$/))),
      label: z.string(),
    }),
    allocations: z.array(z.object({ invoiceId: Id, invoiceNumber: z.string(), amount: Money })),
    createdAt: IsoDateTime,
    failure: z.nullable(z.object({ code: z.enum(PAYMENT_FAILURE_CODES), message: z.string() })),
    /** For `requires_action`: the PayPal approval the payer must complete, then `payments.confirm`. */
    nextAction: z.nullable(z.object({ type: z.literal('paypal_approval'), approvalUrl: z.string() })),
  })
  .check(z.meta({ id: 'Payment' }));

export const PaymentConfirm = z
  .object({ approvalId: z.string().check(z.minLength(1)) })
  .check(z.meta({ id: 'PaymentConfirm' }));

export const PaymentListQuery = PageQuery;
export const PaymentPage = pageOf(Payment, 'PaymentPage');

export type CardBrand = z.output<typeof CardBrand>;
export type PaymentMethodOption = z.output<typeof PaymentMethodOption>;
export type PaymentOptionsQuery = z.input<typeof PaymentOptionsQuery>;
export type PaymentOptions = z.output<typeof PaymentOptions>;
export type PaymentMethodInput = z.input<typeof PaymentMethodInput>;
export type PaymentCreate = z.input<typeof PaymentCreate>;
export type PaymentStatus = z.output<typeof PaymentStatus>;
export type PaymentFailureCode = (typeof PAYMENT_FAILURE_CODES)[number];
export type Payment = z.output<typeof Payment>;
export type PaymentConfirm = z.input<typeof PaymentConfirm>;
export type PaymentListQuery = z.input<typeof PaymentListQuery>;
export type PaymentPage = z.output<typeof PaymentPage>;
