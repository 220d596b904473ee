import { expect } from 'chai';
import { formatMoney, fromDecimalString, minorUnitDigits, money, toDecimalString } from '@customer-center/sdk';

// Runs in Chromium (web-test-runner) and in Node (mocha): Intl must agree in both.
describe('money', () => {
  it('knows minor-unit digits for 2-, 0- and 3-digit currencies', () => {
    expect(minorUnitDigits('USD')).to.equal(2);
    expect(minorUnitDigits('JPY')).to.equal(0);
    expect(minorUnitDigits('KWD')).to.equal(3);
  });

  it('writes exact decimal strings from minor units', () => {
    expect(toDecimalString(money(123456, 'USD'))).to.equal('1234.56');
    expect(toDecimalString(money(5, 'USD'))).to.equal('0.05');
    expect(toDecimalString(money(-5, 'EUR'))).to.equal('-0.05');
    expect(toDecimalString(money(1500, 'JPY'))).to.equal('1500');
    expect(toDecimalString(money(1234567, 'KWD'))).to.equal('1234.567');
    // 2^53 - 1 cents: a float conversion would lose the last digit.
    expect(toDecimalString(money(9007199254740991, 'USD'))).to.equal('90071992547409.91');
  });

  it('reads decimal strings back without floating point', () => {
    expect(fromDecimalString('1234.56', 'USD')).to.deep.equal({ amountMinor: 123456, currency: 'USD' });
    expect(fromDecimalString('0.1', 'USD').amountMinor).to.equal(10);
    expect(fromDecimalString('1.230', 'KWD').amountMinor).to.equal(1230);
    expect(fromDecimalString('1500', 'JPY').amountMinor).to.equal(1500);
    expect(fromDecimalString('-0.00', 'USD').amountMinor).to.equal(0);
  });

  it('refuses amounts finer than the currency allows, and non-numbers', () => {
    expect(() => fromDecimalString('1.234', 'USD')).to.throw(RangeError, /at most 2 decimal places/);
    expect(() => fromDecimalString('1.5', 'JPY')).to.throw(RangeError, /at most 0 decimal places/);
    expect(() => fromDecimalString('12abc', 'USD')).to.throw(RangeError, /Not a decimal amount/);
    expect(() => money(1.5, 'USD')).to.throw(RangeError, /integers of minor units/);
    expect(() => money(100, 'usd')).to.throw(RangeError, /ISO 4217/);
  });

  it('formats with Intl for the locale, showing every minor digit', () => {
    expect(formatMoney(money(123456, 'USD'), 'en-US')).to.equal('$1,234.56');
    expect(formatMoney(money(1500, 'JPY'), 'en-US')).to.equal('¥1,500');
    expect(formatMoney(money(1234567, 'KWD'), 'en-US', { currencyDisplay: 'code' })).to.match(/^KWD\s1,234\.567$/);
    // Italian groups thousands only from five digits on (CLDR), hence a larger amount.
    expect(formatMoney(money(123456789, 'EUR'), 'it-IT')).to.match(/^1\.234\.567,89\s€$/);
    expect(formatMoney(money(9007199254740991, 'USD'), 'en-US')).to.equal('$90,071,992,547,409.91');
  });
});
