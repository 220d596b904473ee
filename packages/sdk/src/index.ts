export { formatMoney, fromDecimalString, isCurrencyCode, minorUnitDigits, money, toDecimalString } from './money.js';
export type { CurrencyCode, FormatMoneyOptions, Money } from './money.js';
