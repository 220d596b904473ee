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

const separatorCache = new Map<string, { group: string; decimal: string; digits: string[] }>();

function numberSymbols(locale: string) {
  let symbols = separatorCache.get(locale);
  if (!symbols) {
    const format = new Intl.NumberFormat(locale, { useGrouping: true });
    const parts = format.formatToParts(1234567.5);
    const digits = [...new Intl.NumberFormat(locale, { useGrouping: false }).format(9876543210)].reverse();
    symbols = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      digits,
    };
    separatorCache.set(locale, symbols);
  }
  return symbols;
}

const CURRENCY_DISPLAYS = ['symbol', 'narrowSymbol', 'code', 'name'] as const;
const currencyTextCache = new Map<string, string[]>();

// Every way the locale writes the currency (`$`, `US$`, `USD`, `US dollars`, `د.ك.‏`),
// longest first, so a symbol's own full stops are removed before separators are read.
function currencyTexts(locale: string, currency: CurrencyCode): string[] {
  const key = `${locale}|${currency}`;
  let texts = currencyTextCache.get(key);
  if (!texts) {
    const found = new Set<string>();
    for (const currencyDisplay of CURRENCY_DISPLAYS) {
      const format = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay });
      for (const sample of [1, 2, 5]) {
        for (const part of format.formatToParts(sample)) if (part.type === 'currency') found.add(part.value);
      }
    }
    texts = [...found].sort((a, b) => b.length - a.length);
    currencyTextCache.set(key, texts);
  }
  return texts;
}

/**
 * Reads an amount a person typed in their locale's way (`1.234,56` in Italian, `1,234.56`
 * in English, `١٬٢٣٤٫٥٦` in Arabic) as exact `Money`. Currency symbols and spaces are
 * ignored. Throws a `RangeError` for anything else.
 */
export function parseLocalizedAmount(input: string, currency: CurrencyCode, locale: string): Money {
  const { group, decimal, digits } = numberSymbols(locale);
  let text = input.trim();
  for (const currencyText of currencyTexts(locale, currency)) text = text.split(currencyText).join(' ');
  // Locale digits (Arabic-Indic, Persian, Devanagari...) to ASCII.
  digits.forEach((digit, value) => {
    if (digit !== String(value)) text = text.split(digit).join(String(value));
  });
  text = text.replace(/[\s\u00a0\u202f\u200e\u200f\u061c]/g, '');
  // Keep digits, separators and a minus sign; currency symbols and codes go.
  text = text.replace(/[^\d.,'’\u066b\u066c\u2212-]/g, '').replace(/\u2212/, '-');
  const groupChars = new Set([group, group === '\u00a0' || group === '\u202f' ? '' : group]);
  if (group === '’' || group === "'") groupChars.add("'").add('’');
  if (group === '\u066c') groupChars.add('\u066c');
  let normalized = '';
  for (const char of text) {
    if (char === decimal || (decimal === '\u066b' && char === '\u066b')) normalized += '.';
    else if (groupChars.has(char)) continue;
    else normalized += char;
  }
  return fromDecimalString(normalized, currency);
}
