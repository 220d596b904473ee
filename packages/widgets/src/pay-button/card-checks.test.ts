import { expect } from '@open-wc/testing';
import { CARD_BRANDS, type CardBrand } from '@customer-center/sdk';
import { TEST_CARDS } from '@customer-center/mock-api';
import {
  CARD_PROBLEMS,
  cardBrandName,
  cardBrandOf,
  cardDigits,
  cardProblemMessage,
  checkCardNumber,
  checkCvc,
  checkExpiry,
  checkExpiryText,
  checkHolderName,
  cvcLength,
  luhnValid,
  parseExpiry,
  type CardProblem,
} from './card-checks.js';

/** A fixed day, built in local time as the checks read it: 15 May 2026. */
const TODAY = new Date(2026, 4, 15);
const ALL: readonly CardBrand[] = CARD_BRANDS;

/** Completes a prefix to a number of the given length that passes Luhn, for brands with no test card. */
function withLuhn(prefix: string, length: number): string {
  const body = prefix.padEnd(length - 1, '0');
  for (let check = 0; check <= 9; check += 1) if (luhnValid(body + check)) return body + check;
  throw new Error('unreachable');
}

describe('card checks', () => {
  describe('cardBrandOf', () => {
    const cases: [string, CardBrand | null][] = [
      ['4242424242424242', 'visa'],
      ['4', 'visa'],
      ['5100000000000000', 'mastercard'],
      ['5555555555554444', 'mastercard'],
      ['2221000000000009', 'mastercard'],
      ['2720990000000000', 'mastercard'],
      ['2220990000000000', null],
      ['2721000000000000', null],
      ['5000000000000000', null],
      ['5600000000000000', null],
      ['340000000000009', 'amex'],
      ['378282246310005', 'amex'],
      ['350000000000000', null],
      ['6011000990139424', 'discover'],
      ['6500000000000002', 'discover'],
      ['6440000000000000', 'discover'],
      ['6490000000000000', 'discover'],
      ['6430000000000000', null],
      ['6012000000000000', null],
      ['3528000000000000', 'jcb'],
      ['3589000000000000', 'jcb'],
      ['3527000000000000', null],
      ['3590000000000000', null],
      ['30000000000004', 'diners'],
      ['30500000000000', 'diners'],
      ['30600000000000', null],
      ['36000000000000', 'diners'],
      ['38000000000000', 'diners'],
      ['6200000000000005', 'unionpay'],
      ['6212345678901265', 'unionpay'],
      ['1234567890123456', null],
      ['', null],
      ['4242-abcd', null],
    ];
    for (const [number, brand] of cases) {
      it(`reads ${number || '(empty)'} as ${brand}`, () => {
        expect(cardBrandOf(number)).to.equal(brand);
      });
    }

    it('reads numbers with spaces and dashes, and every mock test card by its brand', () => {
      expect(cardBrandOf('3782 822463 10005')).to.equal('amex');
      expect(cardBrandOf('5555-5555-5555-4444')).to.equal('mastercard');
      for (const card of TEST_CARDS) expect(cardBrandOf(card.number), card.number).to.equal(card.brand);
      expect(cardDigits(' 4242 4242-4242 4242 ')).to.equal('4242424242424242');
    });

    it('names every brand as printed on cards', () => {
      expect(CARD_BRANDS.map(cardBrandName)).to.deep.equal([
        'Visa',
        'Mastercard',
        'American Express',
        'Discover',
        'JCB',
        'UnionPay',
        'Diners Club',
      ]);
    });
  });

  describe('luhnValid', () => {
    it('passes numbers with a right check digit and fails a changed digit or a swap', () => {
      for (const card of TEST_CARDS) expect(luhnValid(card.number), card.number).to.equal(true);
      expect(luhnValid('79927398713')).to.equal(true);
      expect(luhnValid('4242424242424241')).to.equal(false);
      expect(luhnValid('79927398710')).to.equal(false);
      expect(luhnValid('4242424242424224')).to.equal(false);
    });

    it('takes digits only', () => {
      expect(luhnValid('')).to.equal(false);
      expect(luhnValid('4242 4242 4242 4242')).to.equal(false);
      expect(luhnValid('42a2')).to.equal(false);
    });
  });

  describe('checkCardNumber', () => {
    it('passes every test card, typed with spaces or dashes too', () => {
      for (const card of TEST_CARDS) expect(checkCardNumber(card.number, ALL), card.number).to.equal(null);
      expect(checkCardNumber(' 4242 4242 4242 4242 ', ALL)).to.equal(null);
      expect(checkCardNumber('3782-822463-10005', ALL)).to.equal(null);
    });

    it('passes a number of each brand at each of its lengths', () => {
      const lengths: [CardBrand, string, number[]][] = [
        ['visa', '4', [13, 16, 19]],
        ['mastercard', '2720', [16]],
        ['amex', '34', [15]],
        ['discover', '644', [16, 19]],
        ['jcb', '3530', [16, 19]],
        ['diners', '36', [14, 19]],
        ['unionpay', '62', [16, 19]],
      ];
      for (const [brand, prefix, counts] of lengths) {
        for (const length of counts) {
          const number = withLuhn(prefix, length);
          expect(cardBrandOf(number), number).to.equal(brand);
          expect(checkCardNumber(number, ALL), number).to.equal(null);
        }
      }
    });

    it('asks for a number when there is none', () => {
      expect(checkCardNumber('', ALL)).to.equal('number_required');
      expect(checkCardNumber('  - ', ALL)).to.equal('number_required');
    });

    it('refuses letters, unknown prefixes and wrong lengths as not a card number', () => {
      expect(checkCardNumber('4242 4242 4242 424x', ALL)).to.equal('number_invalid');
      expect(checkCardNumber('4242.4242.4242.4242', ALL)).to.equal('number_invalid');
      expect(checkCardNumber(withLuhn('1', 16), ALL)).to.equal('number_invalid');
      expect(checkCardNumber('424242424242424', ALL), 'visa, 15 digits').to.equal('number_invalid');
      expect(checkCardNumber(withLuhn('37', 16), ALL), 'amex, 16 digits').to.equal('number_invalid');
      expect(checkCardNumber(withLuhn('4', 20), ALL), '20 digits').to.equal('number_invalid');
    });

    it('catches a typing mistake with the Luhn check', () => {
      expect(checkCardNumber('4242 4242 4242 4241', ALL)).to.equal('number_luhn');
      expect(checkCardNumber('378282246310006', ALL)).to.equal('number_luhn');
    });

    it('refuses a brand that is not accepted, before looking at the digits', () => {
      expect(checkCardNumber('378282246310005', ['visa', 'mastercard'])).to.equal('brand_not_accepted');
      expect(checkCardNumber('3782', ['visa', 'mastercard'])).to.equal('brand_not_accepted');
      expect(checkCardNumber('4242424242424242', ['visa', 'mastercard'])).to.equal(null);
      expect(checkCardNumber('4242424242424242', []), 'no restriction known').to.equal(null);
    });
  });

  describe('expiry', () => {
    it('parses MM/YY and the other ways people type it', () => {
      expect(parseExpiry('04/29')).to.deep.equal({ month: 4, year: 2029 });
      expect(parseExpiry(' 4/29 ')).to.deep.equal({ month: 4, year: 2029 });
      expect(parseExpiry('04 / 29')).to.deep.equal({ month: 4, year: 2029 });
      expect(parseExpiry('0429')).to.deep.equal({ month: 4, year: 2029 });
      expect(parseExpiry('04-29')).to.deep.equal({ month: 4, year: 2029 });
      expect(parseExpiry('04/2029')).to.deep.equal({ month: 4, year: 2029 });
      expect(parseExpiry('13/29'), 'the month is checked later').to.deep.equal({ month: 13, year: 2029 });
      for (const text of ['', '04', '04/2', '04/029', 'ab/cd', '04/29/1', '2029-04-01', '004/29']) {
        expect(parseExpiry(text), text).to.equal(null);
      }
    });

    it('passes this month and later months, relative to the given day', () => {
      expect(checkExpiry(5, 2026, TODAY), 'this month').to.equal(null);
      expect(checkExpiry(6, 2026, TODAY)).to.equal(null);
      expect(checkExpiry(1, 2027, TODAY)).to.equal(null);
      expect(checkExpiry(5, 26, TODAY), 'a 2-digit year').to.equal(null);
      expect(checkExpiry(5, 2046, TODAY), '20 years ahead').to.equal(null);
    });

    it('refuses a month already over', () => {
      expect(checkExpiry(4, 2026, TODAY)).to.equal('expiry_past');
      expect(checkExpiry(12, 2025, TODAY)).to.equal('expiry_past');
      expect(checkExpiry(4, 26, TODAY)).to.equal('expiry_past');
      // The last day of a month is still in it; the first of the next is not.
      expect(checkExpiry(5, 2026, new Date(2026, 4, 31, 23, 59))).to.equal(null);
      expect(checkExpiry(5, 2026, new Date(2026, 5, 1, 0, 0))).to.equal('expiry_past');
    });

    it('refuses months out of range, odd years and dates too far ahead', () => {
      expect(checkExpiry(0, 2027, TODAY)).to.equal('expiry_invalid');
      expect(checkExpiry(13, 2027, TODAY)).to.equal('expiry_invalid');
      expect(checkExpiry(1.5, 2027, TODAY)).to.equal('expiry_invalid');
      expect(checkExpiry(Number.NaN, 2027, TODAY)).to.equal('expiry_invalid');
      expect(checkExpiry(6, 202, TODAY)).to.equal('expiry_invalid');
      expect(checkExpiry(6, 2046, TODAY), 'more than 20 years ahead: a typo').to.equal('expiry_invalid');
      expect(checkExpiry(6, null, TODAY)).to.equal('expiry_invalid');
      expect(checkExpiry(null, 2027, TODAY)).to.equal('expiry_invalid');
      expect(checkExpiry(null, null, TODAY)).to.equal('expiry_required');
      expect(checkExpiry(undefined, undefined, TODAY)).to.equal('expiry_required');
    });

    it('checks the text of an expiry field', () => {
      expect(checkExpiryText('', TODAY)).to.equal('expiry_required');
      expect(checkExpiryText('  ', TODAY)).to.equal('expiry_required');
      expect(checkExpiryText('nope', TODAY)).to.equal('expiry_invalid');
      expect(checkExpiryText('13/29', TODAY)).to.equal('expiry_invalid');
      expect(checkExpiryText('04/26', TODAY)).to.equal('expiry_past');
      expect(checkExpiryText('05/26', TODAY)).to.equal(null);
      expect(checkExpiryText('04/29', TODAY)).to.equal(null);
    });
  });

  describe('checkCvc', () => {
    it('wants 4 digits for American Express and 3 for every other brand', () => {
      for (const brand of CARD_BRANDS) {
        const length = brand === 'amex' ? 4 : 3;
        expect(cvcLength(brand), brand).to.equal(length);
        expect(checkCvc('1234'.slice(0, length), brand), brand).to.equal(null);
        expect(checkCvc('12345'.slice(0, length + 1), brand), `${brand}, one too many`).to.equal('cvc_length');
        expect(checkCvc('12345'.slice(0, length - 1), brand), `${brand}, one too few`).to.equal('cvc_length');
      }
    });

    it('takes 3 or 4 digits while the brand is unknown', () => {
      expect(cvcLength(null)).to.equal(null);
      expect(checkCvc('123', null)).to.equal(null);
      expect(checkCvc('1234', null)).to.equal(null);
      expect(checkCvc('12', null)).to.equal('cvc_length');
      expect(checkCvc('12345', null)).to.equal('cvc_length');
    });

    it('asks for a CVC when there is none, and refuses letters', () => {
      expect(checkCvc('', 'visa')).to.equal('cvc_required');
      expect(checkCvc('   ', 'amex')).to.equal('cvc_required');
      expect(checkCvc('12a', 'visa')).to.equal('cvc_length');
      expect(checkCvc(' 123 ', 'visa'), 'spaces around are fine').to.equal(null);
    });
  });

  describe('checkHolderName', () => {
    it('asks for a name and takes any', () => {
      expect(checkHolderName('')).to.equal('name_required');
      expect(checkHolderName(' \t ')).to.equal('name_required');
      for (const name of ['Ada Lovelace', 'Nguyễn Thị Minh Khai', '李小龍', 'X']) {
        expect(checkHolderName(name), name).to.equal(null);
      }
    });
  });

  describe('cardProblemMessage', () => {
    const messages: Record<CardProblem, string> = {
      name_required: 'Enter the name on the card.',
      number_required: 'Enter the card number.',
      number_invalid: 'This is not a card number: enter all the digits on the front of the card.',
      number_luhn: 'This card number is not valid: check the digits.',
      brand_not_accepted: 'This card is not accepted here: use another card.',
      expiry_required: 'Enter the expiry date, as MM/YY.',
      expiry_invalid: 'Enter the expiry date as printed on the card, as MM/YY (for example 04/29).',
      expiry_past: 'This card has expired: use another card.',
      cvc_required: 'Enter the CVC, the security code on the card.',
      cvc_length: 'Enter a CVC of 3 or 4 digits.',
    };

    it('has a sentence for every problem', () => {
      expect([...CARD_PROBLEMS].sort()).to.deep.equal(Object.keys(messages).sort());
      for (const code of CARD_PROBLEMS) expect(cardProblemMessage(code), code).to.equal(messages[code]);
    });

    it('says where the CVC is and how long, by brand', () => {
      expect(cardProblemMessage('cvc_length', { brand: 'amex' })).to.equal(
        'Enter a CVC of 4 digits, from the front of the card.',
      );
      for (const brand of CARD_BRANDS.filter((candidate) => candidate !== 'amex')) {
        expect(cardProblemMessage('cvc_length', { brand }), brand).to.equal(
          'Enter a CVC of 3 digits, from the back of the card.',
        );
      }
    });

    it('names the brand refused and the brands accepted', () => {
      expect(
        cardProblemMessage('brand_not_accepted', {
          brand: 'amex',
          acceptedBrands: ['visa', 'mastercard'],
          locale: 'en',
        }),
      ).to.equal('American Express cards are not accepted here: use Visa or Mastercard.');
      expect(
        cardProblemMessage('brand_not_accepted', {
          brand: 'diners',
          acceptedBrands: ['visa', 'mastercard', 'amex'],
          locale: 'en-US',
        }),
      ).to.equal('Diners Club cards are not accepted here: use Visa, Mastercard, or American Express.');
      expect(cardProblemMessage('brand_not_accepted', { brand: null, acceptedBrands: ['jcb'], locale: 'en' })).to.equal(
        'This card is not accepted here: use JCB.',
      );
      expect(
        cardProblemMessage('brand_not_accepted', { brand: 'jcb', acceptedBrands: ['visa'], locale: 'not a locale!' }),
        'a broken locale falls back to English lists',
      ).to.equal('JCB cards are not accepted here: use Visa.');
    });
  });
});
