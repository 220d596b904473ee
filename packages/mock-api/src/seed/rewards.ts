import type { Random } from '../random.js';
import { localPrice } from './amounts.js';

/**
 * Support Rewards codes that every organisation with online payment has, whatever the seed,
 * each in that organisation's own currency (the mismatch code excepted), so docs, stories and
 * tests can type them in. All match `REWARD_CODE_PATTERN`.
 */
export const TEST_REWARD_CODES = Object.freeze({
  /** Valid and unused, in the organisation's default currency; for support invoices. Expires at the end of next year. */
  valid: 'SRVA-LID0-0000-0001',
  /** Valid and unused, in the organisation's second currency (only multi-currency organisations: `us`, EUR). */
  validSecondCurrency: 'SRVA-LID0-0000-0002',
  /** Expired 30 days before the seed's today, never used: rejected with `expired`. */
  expired: 'SREX-PIRE-D000-0003',
  /** Already applied to one of the organisation's support invoices: rejected with `already_used`. */
  used: 'SRUS-ED00-0000-0004',
  /** Valid, in a currency none of the organisation's invoices use (GBP for `us`, else USD): `currency_mismatch`. */
  currencyMismatch: 'SRCU-RREN-CY00-0005',
  /** Valid, but only for consulting invoices (few in every organisation): `invoice_not_eligible` on a support invoice. */
  notEligible: 'SRCO-NSUL-TING-0006',
} as const);

export type TestRewardCodeName = keyof typeof TEST_REWARD_CODES;

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const FIXED = new Set<string>(Object.values(TEST_REWARD_CODES));

/** `SRVA-LID0-0000-0001` → `****-****-****-0001`: all but the last four characters masked, as the API shows applied codes. */
export function maskRewardCode(code: string): string {
  return `${code.slice(0, -4).replace(/[A-Z0-9]/g, '*')}${code.slice(-4)}`;
}

/** A fresh random code `SRxx-xxxx-xxxx-xxxx`, never one of the fixed codes nor one in `taken`. */
export function randomRewardCode(random: Random, taken: Set<string>): string {
  for (;;) {
    const code = `SR${random.chars(2, CODE_ALPHABET)}-${random.chars(4, CODE_ALPHABET)}-${random.chars(4, CODE_ALPHABET)}-${random.chars(4, CODE_ALPHABET)}`;
    if (!FIXED.has(code) && !taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

/** A reward's value: a round USD figure in `currency` (USD 500 is EUR 460.00, JPY 75,000, KWD 154.000). */
export function rewardAmount(usdMinor: number, currency: string): number {
  return localPrice(usdMinor, currency, 'unit');
}

/** The currency of the mismatch code: one the organisation is never invoiced in. */
export function mismatchCurrency(currencies: readonly string[]): string {
  return currencies.includes('USD') ? 'GBP' : 'USD';
}
