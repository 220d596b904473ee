import * as z from 'zod/mini';
import { Address, Email, Id, IsoDate, Money } from './common.js';
import { CardBrand } from './payments.js';

export const BillingContact = z
  .object({
    id: Id,
    name: z.string(),
    email: Email,
    phone: z.nullable(z.string()),
    address: Address,
    /** Invoices are e-mailed to the primary billing contact. */
    isPrimary: z.boolean(),
  })
  .check(z.meta({ id: 'BillingContact' }));

export const Phone = z.string().check(z.regex(/^\+?[0-9 ()./-]{6,25}$/));

export const BillingContactUpdate = z
  .object({
    name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    email: z.optional(Email),
    phone: z.optional(z.nullable(Phone)),
    address: z.optional(Address),
  })
  .check(z.meta({ id: 'BillingContactUpdate' }));

export const SavedPaymentMethod = z
  .object({
    id: Id,
    type: z.enum(['card', 'direct_debit', 'paypal']),
    brand: z.nullable(CardBrand),
    last4: z.nullable(z.string().check(z.regex(/^\d{4}$/))),
    expMonth: z.nullable(z.int().check(z.minimum(1), z.maximum(12))),
    expYear: z.nullable(z.int()),
    holderName: z.nullable(z.string()),
    isDefault: z.boolean(),
    isExpired: z.boolean(),
  })
  .check(z.meta({ id: 'SavedPaymentMethod' }));

export const PaymentMethodCreate = z
  .object({
    /** A token from the tokenizer; card numbers never reach this API. */
    token: z.string().check(z.minLength(1)),
    makeDefault: z.optional(z.boolean()),
    /** The expired method this one replaces; it is removed once the new one is saved. */
    replaces: z.optional(Id),
  })
  .check(z.meta({ id: 'PaymentMethodCreate' }));

export const Plan = z
  .object({
    id: Id,
    name: z.string(),
    termMonths: z.int().check(z.minimum(1)),
    amount: Money,
    billingFrequency: z.enum(['monthly', 'quarterly', 'annual']),
    startDate: IsoDate,
    endDate: z.nullable(IsoDate),
    nextBillingDate: z.nullable(IsoDate),
    status: z.enum(['active', 'pending', 'cancelled', 'expired']),
  })
  .check(z.meta({ id: 'Plan' }));

export const BillingSchedule = z
  .object({
    planId: Id,
    entries: z.array(
      z.object({
        date: IsoDate,
        amount: Money,
        status: z.enum(['scheduled', 'invoiced', 'paid']),
        invoiceId: z.nullable(Id),
      }),
    ),
  })
  .check(z.meta({ id: 'BillingSchedule' }));

export const PaymentDue = z
  .object({
    id: Id,
    kind: z.enum(['pending_order', 'support_renewal', 'failed_charge']),
    description: z.string(),
    amount: Money,
    dueDate: IsoDate,
    /** The invoice to pay; null until issued (`issuePaymentDueInvoice`) for pending orders and renewals. */
    invoiceId: z.nullable(Id),
    orderId: z.nullable(Id),
    /** Why a charge failed, e.g. `card_expired`: the payer should provide another method. */
    failureReason: z.nullable(z.enum(['card_expired', 'card_declined'])),
  })
  .check(z.meta({ id: 'PaymentDue' }));

export const BillingProfile = z
  .object({
    contacts: z.array(BillingContact),
    paymentMethods: z.array(SavedPaymentMethod),
    plans: z.array(Plan),
    paymentsDue: z.array(PaymentDue),
  })
  .check(z.meta({ id: 'BillingProfile' }));

export const BILLING_SCHEDULE_FORMATS = ['csv', 'pdf'] as const;

export type BillingContact = z.output<typeof BillingContact>;
export type BillingContactUpdate = z.input<typeof BillingContactUpdate>;
export type SavedPaymentMethod = z.output<typeof SavedPaymentMethod>;
export type PaymentMethodCreate = z.input<typeof PaymentMethodCreate>;
export type Plan = z.output<typeof Plan>;
export type BillingSchedule = z.output<typeof BillingSchedule>;
export type PaymentDue = z.output<typeof PaymentDue>;
export type BillingProfile = z.output<typeof BillingProfile>;
export type BillingScheduleFormat = (typeof BILLING_SCHEDULE_FORMATS)[number];
