import * as z from 'zod/mini';
import { Id, IsoDateTime, Money } from './common.js';
import { Invoice } from './invoices.js';

/** Support Rewards codes look like `SR7K-2M9Q-X4TP-8HZL`: four groups of four letters or digits. */
export const REWARD_CODE_PATTERN = /^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/;
export const RewardCode = z
  .string()
  .check(z.regex(REWARD_CODE_PATTERN), z.meta({ id: 'RewardCode', example: 'SR7K-2M9Q-X4TP-8HZL' }));

export const REWARD_REJECTION_REASONS = [
  'not_found',
  'expired',
  'already_used',
  'invoice_not_eligible',
  'currency_mismatch',
] as const;

export const RewardsSummary = z
  .object({
    balances: z.array(Money),
    history: z.array(
      z.object({
        /** Masked but for the last four characters. */
        code: z.string(),
        invoiceId: Id,
        invoiceNumber: z.string(),
        amount: Money,
        appliedAt: IsoDateTime,
      }),
    ),
  })
  .check(z.meta({ id: 'RewardsSummary' }));

export const RewardRequest = z.object({ code: RewardCode, invoiceId: Id }).check(z.meta({ id: 'RewardRequest' }));

/** The effect a code would have on an invoice, before it is applied. */
export const RewardValidation = z
  .object({
    code: z.string(),
    invoiceId: Id,
    valid: z.boolean(),
    reason: z.nullable(z.enum(REWARD_REJECTION_REASONS)),
    reduction: z.nullable(Money),
    /** The code's full value, null when the code is unknown. Above `reduction`, the rest of the code is lost on applying. */
    codeValue: z.nullable(Money),
    balanceBefore: Money,
    balanceAfter: Money,
  })
  .check(z.meta({ id: 'RewardValidation' }));

export const RewardApplication = z
  .object({ code: z.string(), reduction: Money, invoice: Invoice })
  .check(z.meta({ id: 'RewardApplication' }));

export type RewardsSummary = z.output<typeof RewardsSummary>;
export type RewardRequest = z.input<typeof RewardRequest>;
export type RewardRejectionReason = (typeof REWARD_REJECTION_REASONS)[number];
export type RewardValidation = z.output<typeof RewardValidation>;
export type RewardApplication = z.output<typeof RewardApplication>;
