import type { InvoiceLine, Money, TaxLine } from '@customer-center/sdk';
import { divideRounded, fromUsdMinor } from '../rates.js';
import type { Random } from '../random.js';
import { isoOf } from './calendar.js';

/**
 * Exact amounts for the seed. Every amount is an integer of minor units; quantities are kept
 * in tenths (at most one decimal), tax rates as decimal strings read digit by digit, and every
 * product is divided once with {@link divideRounded} (halves away from zero).
 */

/** A line before it gets an id: what was sold, how many (in tenths) and at what unit price. */
export interface LineDraft {
  readonly description: string;
  /** Decides the tax: in the US, services are exempt from sales tax. */
  readonly kind: LineKind;
  /** Quantity × 10: `75` is 7.5 hours, `120` is 12 seats. */
  readonly quantityTenths: number;
  readonly unitPriceMinor: number;
  readonly periodStart: number | null;
  readonly periodEnd: number | null;
}

export type LineKind = 'goods' | 'software' | 'service' | 'support';

/** A tax rate as the contract writes it (`"8.875"`, a percentage) and as an exact fraction. */
export interface TaxRate {
  readonly name: string;
  readonly rate: string;
  /** rate / 100 = numerator / denominator, e.g. "8.875" → 8875 / 100000. */
  readonly numerator: number;
  readonly denominator: number;
}

/** Reads a percentage written as a decimal string into an exact fraction. */
export function taxRate(name: string, rate: string): TaxRate {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(rate);
  if (!match) throw new RangeError(`Not a tax rate: "${rate}"`);
  const fraction = match[2] ?? '';
  return { name, rate, numerator: Number(`${match[1]}${fraction}`), denominator: 100 * 10 ** fraction.length };
}

/** The tax on `base` minor units, rounded to the minor unit. */
export function taxOn(base: number, rate: TaxRate): number {
  return divideRounded(base * rate.numerator, rate.denominator);
}

/** `"12"` for 120 tenths, `"7.5"` for 75. */
export function quantityText(tenths: number): string {
  const whole = Math.floor(tenths / 10);
  const rest = tenths % 10;
  return rest === 0 ? String(whole) : `${whole}.${rest}`;
}

/** unit price × quantity, rounded to the minor unit. */
export function lineAmount(unitPriceMinor: number, quantityTenths: number): number {
  return divideRounded(unitPriceMinor * quantityTenths, 10);
}

/** `amount × percent / 100`, rounded. */
export function percentOf(amountMinor: number, percent: number): number {
  return divideRounded(amountMinor * percent, 100);
}

/** How finely a price is rounded, in minor units of each currency. */
const PRICE_STEPS: Readonly<Record<string, Readonly<Record<PriceStep, number>>>> = {
  USD: { fine: 1, unit: 100, round: 10_000 },
  EUR: { fine: 1, unit: 100, round: 10_000 },
  GBP: { fine: 1, unit: 100, round: 10_000 },
  SAR: { fine: 1, unit: 100, round: 10_000 },
  JPY: { fine: 1, unit: 100, round: 10_000 },
  // Per-seat and similar prices to the fils (3 digits): KWD totals are not all multiples of 10 fils.
  KWD: { fine: 1, unit: 1000, round: 10_000 },
};

/** `fine`: cents (per-seat and hourly prices); `unit`: whole units; `round`: 100s (big-ticket items). */
export type PriceStep = 'fine' | 'unit' | 'round';

/** A US-cent price in `currency` at the demo rate, rounded to a plausible step (never 0). */
export function localPrice(usdMinor: number, currency: string, step: PriceStep): number {
  const steps = PRICE_STEPS[currency];
  if (!steps) throw new RangeError(`No price steps for ${currency}`);
  const size = steps[step];
  return Math.max(size, divideRounded(fromUsdMinor(usdMinor, currency), size) * size);
}

/** A random price between two US-cent figures, in `currency`. */
export function randomPrice(
  random: Random,
  currency: string,
  minUsdMinor: number,
  maxUsdMinor: number,
  step: PriceStep,
): number {
  return localPrice(random.int(minUsdMinor, maxUsdMinor), currency, step);
}

export interface PricedLines {
  readonly lines: InvoiceLine[];
  readonly taxes: TaxLine[];
  readonly subtotal: number;
  readonly taxTotal: number;
  readonly total: number;
}

/**
 * Prices lines: amount per line, tax per rate on the sum of the lines at that rate (as VAT is
 * computed on an invoice), then subtotal + taxTotal = total. `lineId` is null for a quote
 * (an order's total), which needs no line records.
 */
export function priceLines(
  drafts: readonly LineDraft[],
  currency: string,
  taxFor: (kind: LineKind) => TaxRate,
  lineId: (() => string) | null,
): PricedLines {
  const lines: InvoiceLine[] = [];
  const groups: { rate: TaxRate; base: number }[] = [];
  let subtotal = 0;
  for (const draft of drafts) {
    const amount = lineAmount(draft.unitPriceMinor, draft.quantityTenths);
    const rate = taxFor(draft.kind);
    subtotal += amount;
    let group = groups.find((entry) => entry.rate === rate);
    if (!group) {
      group = { rate, base: 0 };
      groups.push(group);
    }
    group.base += amount;
    if (lineId) {
      lines.push({
        id: lineId(),
        description: draft.description,
        quantity: quantityText(draft.quantityTenths),
        unitPrice: { amountMinor: draft.unitPriceMinor, currency },
        amount: { amountMinor: amount, currency },
        taxRate: rate.rate,
        periodStart: draft.periodStart === null ? null : isoOf(draft.periodStart),
        periodEnd: draft.periodEnd === null ? null : isoOf(draft.periodEnd),
      });
    }
  }
  let taxTotal = 0;
  const taxes: TaxLine[] = groups.map(({ rate, base }) => {
    const amount = taxOn(base, rate);
    taxTotal += amount;
    return {
      name: rate.name,
      rate: rate.rate,
      base: { amountMinor: base, currency },
      amount: { amountMinor: amount, currency },
    };
  });
  return { lines, taxes, subtotal, taxTotal, total: subtotal + taxTotal };
}

/** A `Money` value. */
export function cash(amountMinor: number, currency: string): Money {
  return { amountMinor, currency };
}
