import { messageLocale } from './msg.js';

/**
 * One function per CLDR plural category. Every counted message gives all six, each its own
 * message id (`<key>.zero` … `<key>.other`), so each language's translation fills the forms it
 * has: Arabic uses all six, Polish and Ukrainian four, Japanese only `other`. In English the
 * forms other than `one` repeat `other`.
 */
export interface PluralForms {
  zero: () => string;
  one: () => string;
  two: () => string;
  few: () => string;
  many: () => string;
  other: () => string;
}

/** The form of a counted message for `count` in the language the widgets render in. */
export function plural(count: number, forms: PluralForms): string {
  return forms[new Intl.PluralRules(messageLocale()).select(count)]();
}

/** A count written as the language writes numbers (Arabic-Indic digits in `ar-SA`, `fa`). */
export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(count);
}
