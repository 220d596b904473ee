/**
 * Money is exact: an integer count of the currency's minor units plus an ISO 4217 code.
 * Nothing here converts an amount to a binary float; decimal strings are built and read
 * digit by digit, and `Intl.NumberFormat` formats the decimal string itself.
 */

/** An ISO 4217 alphabetic currency code, e.g. `USD`, `JPY`, `KWD`. */
export type CurrencyCode = string;

/** An exact amount: `amountMinor` is an integer number of minor units (cents for USD, yen for JPY, fils for KWD). */
export interface Money {
  readonly amountMinor: number;
  readonly currency: CurrencyCode;
}

// ISO 4217 minor-unit exponents that differ from 2. The table is ours rather than the
// engine's CLDR data, because CLDR rounds some currencies for display (e.g. HUF cash)
// while billing must follow the standard exactly and identically in every browser.
const MINOR_UNIT_EXCEPTIONS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

const CURRENCY_CODE = /^[A-Z]{3}$/;

/** Whether `code` has the shape of an ISO 4217 alphabetic code. */
export function isCurrencyCode(code: string): code is CurrencyCode {
  return CURRENCY_CODE.test(code);
}

/** The number of minor-unit digits of a currency (2 for USD and EUR, 0 for JPY, 3 for KWD). */
export function minorUnitDigits(currency: CurrencyCode): number {
  assertCurrency(currency);
  return MINOR_UNIT_EXCEPTIONS[currency] ?? 2;
}

/** Builds a `Money`, rejecting non-integer amounts and malformed currency codes. */
export function money(amountMinor: number, currency: CurrencyCode): Money {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new RangeError(`Money amounts are integers of minor units; got ${String(amountMinor)}`);
  }
  assertCurrency(currency);
  return { amountMinor, currency };
}

/** The exact decimal string of an amount in major units: `{ 123456, 'USD' }` → `"1234.56"`. */
export function toDecimalString({ amountMinor, currency }: Money): `${number}` {
  const digits = minorUnitDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const magnitude = String(Math.abs(amountMinor));
  if (digits === 0) return `${sign}${magnitude}` as `${number}`;
  const padded = magnitude.padStart(digits + 1, '0');
  const major = padded.slice(0, -digits);
  const minor = padded.slice(-digits);
  return `${sign}${major}.${minor}` as `${number}`;
}

const DECIMAL_AMOUNT = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * Reads a plain decimal string in major units (`"1234.5"`) as exact `Money`.
 * Throws a `RangeError` for anything that is not a decimal number, or that has more
 * fraction digits than the currency's minor unit allows (`"1.234"` in USD).
 */
export function fromDecimalString(input: string, currency: CurrencyCode): Money {
  const match = DECIMAL_AMOUNT.exec(input.trim());
  if (!match) throw new RangeError(`Not a decimal amount: "${input}"`);
  const [, minus = '', major = '', fraction = ''] = match;
  const digits = minorUnitDigits(currency);
  if (fraction.replace(/0+$/, '').length > digits) {
    throw new RangeError(`${currency} amounts have at most ${digits} decimal places: "${input}"`);
  }
  const minorDigits = `${major}${fraction.padEnd(digits, '0').slice(0, digits)}`;
  const amountMinor = Number(minorDigits);
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`Amount too large: "${input}"`);
  return money(minus && amountMinor !== 0 ? -amountMinor : amountMinor, currency);
}

/** Formatting options for {@link formatMoney}. */
export interface FormatMoneyOptions {
  /** How the currency is shown: `symbol` ($), `narrowSymbol`, `code` (USD) or `name`. */
  readonly currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
  /** `accounting` wraps negatives in parentheses where the locale does. */
  readonly currencySign?: 'standard' | 'accounting';
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats money for a locale with `Intl`, always showing every minor-unit digit. */
export function formatMoney(value: Money, locale: string, options: FormatMoneyOptions = {}): string {
  const digits = minorUnitDigits(value.currency);
  const key = `${locale}|${value.currency}|${options.currencyDisplay ?? ''}|${options.currencySign ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: value.currency,
      currencyDisplay: options.currencyDisplay ?? 'symbol',
      currencySign: options.currencySign ?? 'standard',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(toDecimalString(value));
}

function assertCurrency(currency: string): void {
  if (!isCurrencyCode(currency)) {
    throw new RangeError(`Not an ISO 4217 currency code: "${currency}"`);
  }
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new RangeError(`Cannot combine ${a.currency} and ${b.currency} amounts`);
  }
}

/** `a + b` in the same currency. */
export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amountMinor + b.amountMinor, a.currency);
}

/** `a - b` in the same currency. */
export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amountMinor - b.amountMinor, a.currency);
}

/** Negative if `a < b`, 0 if equal, positive if `a > b` (same currency). */
export function compareMoney(a: Money, b: Money): number {
  assertSameCurrency(a, b);
  return Math.sign(a.amountMinor - b.amountMinor);
}

/** Sums amounts per currency, in the order currencies first appear. */
export function totalsByCurrency(amounts: Iterable<Money>): Money[] {
  const totals = new Map<CurrencyCode, number>();
  for (const { amountMinor, currency } of amounts) {
    totals.set(currency, (totals.get(currency) ?? 0) + amountMinor);
  }
  return [...totals].map(([currency, amountMinor]) => money(amountMinor, currency));
}
