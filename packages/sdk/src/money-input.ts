// Reading amounts people type is its own module: only forms need it, and a bundler can then
// leave it out of code that only shows money (the widgets' entry, decision 0007).
import { fromDecimalString, type CurrencyCode, type Money } from './money.js';

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
