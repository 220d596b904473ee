import type { CardBrand } from '@customer-center/sdk';

/** What happens when a test card is charged. */
export type TestCardOutcome = 'success' | 'card_declined' | 'expired_card' | 'insufficient_funds';

/** The mock's test card numbers, as payment providers document theirs. Any future expiry and any CVC work. */
export const TEST_CARDS: readonly { number: string; brand: CardBrand; outcome: TestCardOutcome }[] = [
  { number: '4242424242424242', brand: 'visa', outcome: 'success' },
  { number: '5555555555554444', brand: 'mastercard', outcome: 'success' },
  { number: '378282246310005', brand: 'amex', outcome: 'success' },
  { number: '4000000000000002', brand: 'visa', outcome: 'card_declined' },
  { number: '4000000000000069', brand: 'visa', outcome: 'expired_card' },
  { number: '4000000000009995', brand: 'visa', outcome: 'insufficient_funds' },
];

/** Test direct-debit accounts (SEPA IBANs and a US account) for new mandates. */
export const TEST_BANK_ACCOUNTS: readonly { account: string; outcome: 'success' | 'insufficient_funds' }[] = [
  { account: 'DE89370400440532013000', outcome: 'success' },
  { account: 'NL91ABNA0417164300', outcome: 'success' },
  { account: 'US-110000000-000123456789', outcome: 'success' },
  { account: 'DE62370400440532013001', outcome: 'insufficient_funds' },
];

/** What the mock reads back from a token; tokens are self-describing so the browser-side tokenizer needs no server state. */
export interface DecodedToken {
  readonly kind: 'card' | 'bank';
  readonly brand: CardBrand | null;
  readonly last4: string;
  readonly expMonth: number | null;
  readonly expYear: number | null;
  readonly holderName: string | null;
  readonly outcome: TestCardOutcome;
}

/** Card details a person typed, handed to a tokenizer. */
export interface CardDetails {
  readonly number: string;
  readonly expMonth: number;
  readonly expYear: number;
  readonly cvc: string;
  readonly holderName?: string;
}

/** Whether a card number passes the Luhn check. */
export function luhnValid(number: string): boolean {
  const digits = number.replace(/\D/g, '');
  if (digits.length < 12 || digits.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The card brand of a number, by its prefix. */
export function cardBrand(number: string): CardBrand | null {
  const digits = number.replace(/\D/g, '');
  if (/^4/.test(digits)) return 'visa';
  if (/^(5[1-5]|2[2-7])/.test(digits)) return 'mastercard';
  if (/^3[47]/.test(digits)) return 'amex';
  if (/^(6011|65)/.test(digits)) return 'discover';
  if (/^35/.test(digits)) return 'jcb';
  if (/^62/.test(digits)) return 'unionpay';
  if (/^3(0|6|8)/.test(digits)) return 'diners';
  return null;
}

function encode(value: unknown): string {
  return btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The test tokenizer: turns card details into a `tok_…` token the mock API accepts, as a
 * payment provider's SDK would in the browser. Only test numbers are accepted; the token
 * carries the brand, last four digits, expiry and the test outcome, never the number.
 */
export function tokenizeTestCard(card: CardDetails): string {
  const number = card.number.replace(/\D/g, '');
  const known = TEST_CARDS.find((test) => test.number === number);
  if (!known) throw new RangeError('Use one of the mock API’s test card numbers (TEST_CARDS).');
  return `tok_${encode({
    k: 'card',
    b: known.brand,
    l: number.slice(-4),
    m: card.expMonth,
    y: card.expYear,
    h: card.holderName ?? null,
    o: known.outcome,
  })}`;
}

/** The test tokenizer for a bank account (direct-debit mandates). */
export function tokenizeTestBankAccount(account: string, holderName?: string): string {
  const normalized = account.replace(/\s/g, '').toUpperCase();
  const known = TEST_BANK_ACCOUNTS.find((test) => test.account === normalized);
  if (!known) throw new RangeError('Use one of the mock API’s test bank accounts (TEST_BANK_ACCOUNTS).');
  return `tok_${encode({ k: 'bank', b: null, l: normalized.slice(-4), m: null, y: null, h: holderName ?? null, o: known.outcome })}`;
}

/** Reads a `tok_…` token back, or undefined if it is not one of ours. */
export function decodeToken(token: string): DecodedToken | undefined {
  if (!token.startsWith('tok_')) return undefined;
  try {
    const base64 = token.slice(4).replace(/-/g, '+').replace(/_/g, '/');
    const raw = JSON.parse(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))) as Record<string, unknown>;
    const outcome = raw.o as TestCardOutcome;
    if (raw.k !== 'card' && raw.k !== 'bank') return undefined;
    if (!['success', 'card_declined', 'expired_card', 'insufficient_funds'].includes(outcome)) return undefined;
    return {
      kind: raw.k,
      brand: (raw.b as CardBrand | null) ?? null,
      last4: String(raw.l ?? '').slice(-4),
      expMonth: typeof raw.m === 'number' ? raw.m : null,
      expYear: typeof raw.y === 'number' ? raw.y : null,
      holderName: typeof raw.h === 'string' ? raw.h : null,
      outcome,
    };
  } catch {
    return undefined;
  }
}
