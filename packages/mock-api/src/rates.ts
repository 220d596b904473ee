import type { Money } from '@customer-center/sdk';

/**
 * A fixed exchange rate to USD as an exact ratio of integers: `numerator` minor units of the
 * currency are worth `denominator` US cents. EUR `{ 92, 100 }` is 92 euro cents for 100 cents
 * (EUR 0.92 per USD); JPY `{ 150, 100 }` is 150 yen for 100 cents (JPY 150 per USD: the yen has
 * no minor unit); KWD `{ 307, 100 }` is 307 fils for 100 cents (KWD 0.307 per USD: 3 digits).
 */
export interface UsdRate {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * The mock API's demo rates to USD, used to check the USD 100,000 card limit and to price the
 * seed data in every currency. They are round demo figures, not market rates.
 */
export const DEMO_USD_RATES: Readonly<Record<string, UsdRate>> = Object.freeze({
  USD: Object.freeze({ numerator: 1, denominator: 1 }),
  EUR: Object.freeze({ numerator: 92, denominator: 100 }),
  GBP: Object.freeze({ numerator: 79, denominator: 100 }),
  SAR: Object.freeze({ numerator: 375, denominator: 100 }),
  JPY: Object.freeze({ numerator: 150, denominator: 100 }),
  KWD: Object.freeze({ numerator: 307, denominator: 100 }),
});

/**
 * `numerator / denominator` rounded to the nearest integer, halves away from zero, computed
 * exactly with integer remainders (no float division result is rounded). Both operands must be
 * safe integers and the denominator positive.
 */
export function divideRounded(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`divideRounded(${numerator}, ${denominator}): expected safe integers, denominator > 0`);
  }
  const magnitude = Math.abs(numerator);
  const remainder = magnitude % denominator;
  const quotient = (magnitude - remainder) / denominator;
  const rounded = remainder * 2 >= denominator ? quotient + 1 : quotient;
  return numerator < 0 ? -rounded : rounded;
}

function rateOf(currency: string): UsdRate {
  const rate = DEMO_USD_RATES[currency];
  if (!rate) throw new RangeError(`No demo USD rate for ${currency}`);
  return rate;
}

function checkedProduct(a: number, b: number): number {
  const product = a * b;
  if (!Number.isSafeInteger(product)) throw new RangeError(`Amount too large to convert: ${a}`);
  return product;
}

/**
 * The amount in US cents at {@link DEMO_USD_RATES}: `amountMinor × denominator / numerator`,
 * in integers, rounded to the nearest cent (halves away from zero).
 * `toUsdMinor({ amountMinor: 15_000_000, currency: 'JPY' })` is `10_000_000` (USD 100,000.00).
 */
export function toUsdMinor(value: Money): number {
  const rate = rateOf(value.currency);
  return divideRounded(checkedProduct(value.amountMinor, rate.denominator), rate.numerator);
}

/** The inverse of {@link toUsdMinor}: US cents to minor units of `currency`, rounded the same way. */
export function fromUsdMinor(usdMinor: number, currency: string): number {
  const rate = rateOf(currency);
  return divideRounded(checkedProduct(usdMinor, rate.numerator), rate.denominator);
}
