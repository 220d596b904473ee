import { msg, str } from '../i18n/msg.js';
import type { CardBrand } from '@customer-center/sdk';

/**
 * Client-side card checks (docs/payments.md). Pure functions with no DOM, so they run the same
 * in a card form, a test and a provider adapter. They catch typing mistakes early; the payment
 * provider and the billing API remain the judges of whether a card is good.
 */

/** Every problem a check can report, in the order the fields appear. */
export const CARD_PROBLEMS = [
  'name_required',
  'number_required',
  'number_invalid',
  'number_luhn',
  'brand_not_accepted',
  'expiry_required',
  'expiry_invalid',
  'expiry_past',
  'cvc_required',
  'cvc_length',
] as const;

export type CardProblem = (typeof CARD_PROBLEMS)[number];

/** What a message may mention: the card's brand, the brands accepted, and the locale to list them in. */
export interface CardProblemContext {
  readonly brand?: CardBrand | null;
  readonly acceptedBrands?: readonly CardBrand[];
  readonly locale?: string;
}

/** How many digits each brand's numbers have. */
const NUMBER_LENGTHS: Readonly<Record<CardBrand, readonly number[]>> = {
  visa: [13, 16, 19],
  mastercard: [16],
  amex: [15],
  discover: [16, 17, 18, 19],
  jcb: [16, 17, 18, 19],
  diners: [14, 15, 16, 17, 18, 19],
  unionpay: [16, 17, 18, 19],
};

/** Card expiry dates further ahead than this are taken for a typo (`04/92` for `04/29`). */
const MAX_YEARS_AHEAD = 20;

/** The brand's name as printed on cards; a trademark, so not translated. */
export function cardBrandName(brand: CardBrand): string {
  return {
    visa: 'Visa',
    mastercard: 'Mastercard',
    amex: 'American Express',
    discover: 'Discover',
    jcb: 'JCB',
    diners: 'Diners Club',
    unionpay: 'UnionPay',
  }[brand];
}

/** The number without the spaces and dashes people type or paste between groups. */
export function cardDigits(raw: string): string {
  return raw.replace(/[\s-]/g, '');
}

/** The brand of a card number (spaces and dashes allowed) by its leading digits, or null if none of ours. */
export function cardBrandOf(number: string): CardBrand | null {
  const digits = cardDigits(number);
  if (!/^\d+$/.test(digits)) return null;
  // Integers of the first n digits: range checks without string comparisons.
  const first = (n: number): number => (digits.length >= n ? Number(digits.slice(0, n)) : -1);
  const between = (n: number, low: number, high: number): boolean => first(n) >= low && first(n) <= high;
  if (first(1) === 4) return 'visa';
  if (between(2, 51, 55) || between(4, 2221, 2720)) return 'mastercard';
  if (first(2) === 34 || first(2) === 37) return 'amex';
  if (first(4) === 6011 || first(2) === 65 || between(3, 644, 649)) return 'discover';
  if (between(4, 3528, 3589)) return 'jcb';
  if (between(3, 300, 305) || first(2) === 36 || first(2) === 38) return 'diners';
  if (first(2) === 62) return 'unionpay';
  return null;
}

/** Whether a string of digits passes the Luhn checksum every card number carries. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    // From the right, every second digit is doubled; a two-digit result counts as its digit sum.
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Checks a card number as typed. An empty `acceptedBrands` means no restriction is known.
 * The brand is checked before the digits: a card that cannot be used is not worth correcting.
 */
export function checkCardNumber(raw: string, acceptedBrands: readonly CardBrand[]): CardProblem | null {
  const digits = cardDigits(raw);
  if (digits === '') return 'number_required';
  if (!/^\d+$/.test(digits)) return 'number_invalid';
  const brand = cardBrandOf(digits);
  if (brand === null) return 'number_invalid';
  if (acceptedBrands.length > 0 && !acceptedBrands.includes(brand)) return 'brand_not_accepted';
  if (!NUMBER_LENGTHS[brand].includes(digits.length)) return 'number_invalid';
  if (!luhnValid(digits)) return 'number_luhn';
  return null;
}

/** Reads an expiry as typed, `MM/YY` (also `M/YY`, `MM/YYYY`, `MMYY`, `MM-YY`, `MM YY`); the year has 4 digits. */
export function parseExpiry(text: string): { month: number; year: number } | null {
  const match = /^(\d{1,2})\s*[/.\s-]?\s*(\d{2}|\d{4})$/.exec(text.trim());
  if (!match) return null;
  const month = Number(match[1]);
  const year = Number(match[2]);
  return { month, year: match[2]!.length === 2 ? 2000 + year : year };
}

/**
 * Checks an expiry month (1–12) and year (4 digits, or 2 read as 20YY) against `today` in its
 * local calendar: a card is good to the end of its expiry month.
 */
export function checkExpiry(
  month: number | null | undefined,
  year: number | null | undefined,
  today: Date,
): CardProblem | null {
  if (month == null && year == null) return 'expiry_required';
  if (month == null || year == null) return 'expiry_invalid';
  if (!Number.isInteger(month) || !Number.isInteger(year) || month < 1 || month > 12) return 'expiry_invalid';
  const fullYear = year < 100 && year >= 0 ? 2000 + year : year;
  if (fullYear < 1000 || fullYear > 9999) return 'expiry_invalid';
  // Months since year 0: whole numbers, so no time zones or day-of-month edge cases.
  const expiry = fullYear * 12 + (month - 1);
  const now = today.getFullYear() * 12 + today.getMonth();
  if (expiry < now) return 'expiry_past';
  if (expiry > now + MAX_YEARS_AHEAD * 12) return 'expiry_invalid';
  return null;
}

/** Checks an expiry as typed in one field (see {@link parseExpiry}). */
export function checkExpiryText(text: string, today: Date): CardProblem | null {
  if (text.trim() === '') return 'expiry_required';
  const parsed = parseExpiry(text);
  return parsed ? checkExpiry(parsed.month, parsed.year, today) : 'expiry_invalid';
}

/** How many digits the brand's CVC has: 4 on the front of American Express cards, else 3 on the back. */
export function cvcLength(brand: CardBrand | null): 3 | 4 | null {
  if (brand === null) return null;
  return brand === 'amex' ? 4 : 3;
}

/** Checks a CVC for the card's brand; with no brand known, 3 or 4 digits pass. */
export function checkCvc(cvc: string, brand: CardBrand | null): CardProblem | null {
  const value = cvc.trim();
  if (value === '') return 'cvc_required';
  const length = cvcLength(brand);
  if (!/^\d+$/.test(value)) return 'cvc_length';
  if (length === null ? value.length !== 3 && value.length !== 4 : value.length !== length) return 'cvc_length';
  return null;
}

/** Checks the name on the card: only that there is one, since names take every form. */
export function checkHolderName(name: string): CardProblem | null {
  return name.trim() === '' ? 'name_required' : null;
}

function brandList(brands: readonly CardBrand[], locale: string | undefined): string {
  const names = brands.map(cardBrandName);
  try {
    return new Intl.ListFormat(locale, { type: 'disjunction' }).format(names);
  } catch {
    // A locale tag Intl refuses must not hide the message.
    return new Intl.ListFormat('en', { type: 'disjunction' }).format(names);
  }
}

/** A problem as a sentence for the person paying, localized. */
export function cardProblemMessage(code: CardProblem, context: CardProblemContext = {}): string {
  const { brand = null, acceptedBrands = [], locale } = context;
  switch (code) {
    case 'name_required':
      return msg('Enter the name on the card.');
    case 'number_required':
      return msg('Enter the card number.');
    case 'number_invalid':
      return msg('This is not a card number: enter all the digits on the front of the card.');
    case 'number_luhn':
      return msg('This card number is not valid: check the digits.');
    case 'brand_not_accepted': {
      if (acceptedBrands.length === 0) return msg('This card is not accepted here: use another card.');
      const accepted = brandList(acceptedBrands, locale);
      if (brand === null) return msg(str`This card is not accepted here: use ${accepted}.`);
      const name = cardBrandName(brand);
      return msg(str`${name} cards are not accepted here: use ${accepted}.`);
    }
    case 'expiry_required':
      return msg('Enter the expiry date, as MM/YY.');
    case 'expiry_invalid':
      return msg('Enter the expiry date as printed on the card, as MM/YY (for example 04/29).');
    case 'expiry_past':
      return msg('This card has expired: use another card.');
    case 'cvc_required':
      return msg('Enter the CVC, the security code on the card.');
    case 'cvc_length': {
      const length = cvcLength(brand);
      if (length === 4) return msg('Enter a CVC of 4 digits, from the front of the card.');
      if (length === 3) return msg('Enter a CVC of 3 digits, from the back of the card.');
      return msg('Enter a CVC of 3 or 4 digits.');
    }
  }
}
