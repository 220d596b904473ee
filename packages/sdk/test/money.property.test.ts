import { expect } from 'chai';
import fc from 'fast-check';
import * as z from 'zod/mini';
import {
  addMoney,
  compareMoney,
  formatMoney,
  fromDecimalString,
  minorUnitDigits,
  money,
  parseLocalizedAmount,
  schemas,
  subtractMoney,
  toDecimalString,
  totalsByCurrency,
  type Money,
} from '@customer-center/sdk';
import * as fixtures from './fixtures.js';

// Property tests of exact money and of the contract's schemas. Runs in Chromium and in Node:
// the Intl data of both must round-trip.

const CURRENCIES = ['USD', 'EUR', 'JPY', 'KWD', 'BHD', 'CLF'] as const;
const LOCALES = ['en-US', 'it-IT', 'de-DE', 'fr-FR', 'ar-EG', 'fa-IR', 'hi-IN', 'ja-JP', 'pt-BR', 'de-CH'] as const;

const currency = fc.constantFrom(...CURRENCIES);
const locale = fc.constantFrom(...LOCALES);
const anyMoney = fc
  .record({ amountMinor: fc.maxSafeInteger(), currency })
  .map(({ amountMinor, currency }) => money(amountMinor, currency));
/** Amounts small enough that sums of a few dozen stay safe integers. */
const boundedAmount = fc.integer({ min: -1e12, max: 1e12 });

describe('money properties', () => {
  it('toDecimalString then fromDecimalString gives the same money, for any safe integer', () => {
    fc.assert(
      fc.property(anyMoney, (value) => {
        const text = toDecimalString(value);
        expect(text).to.match(/^-?\d+(\.\d+)?$/);
        // Exactly the currency's minor digits after the point (none for JPY).
        const digits = minorUnitDigits(value.currency);
        expect(text.split('.')[1]?.length ?? 0).to.equal(digits);
        expect(fromDecimalString(text, value.currency)).to.deep.equal(value);
      }),
    );
  });

  it('formatMoney then parseLocalizedAmount gives the same money, in every locale', () => {
    fc.assert(
      fc.property(anyMoney, locale, (value, where) => {
        const text = formatMoney(value, where);
        expect(parseLocalizedAmount(text, value.currency, where), `${where}: ${text}`).to.deep.equal(value);
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips every locale and currency pair at the edges (0, ±1 minor unit, ±MAX_SAFE_INTEGER)', () => {
    const edges = [0, 1, -1, 1000, -123_456_789, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER];
    for (const where of LOCALES) {
      for (const code of CURRENCIES) {
        // The broken pairs (see above) are checked with the currency code instead of the symbol.
        for (const amountMinor of edges) {
          const value = money(amountMinor, code);
          const text = formatMoney(value, where);
          expect(parseLocalizedAmount(text, code, where), `${where} ${code}: ${text}`).to.deep.equal(value);
        }
      }
    }
  });

  it('formats with the locale’s own digits and separators, so the round trip is not trivial', () => {
    const value = money(123_456_789, 'KWD');
    expect(formatMoney(value, 'ar-EG', { currencyDisplay: 'code' })).to.contain('١٢٣٬٤٥٦٫٧٨٩');
    expect(formatMoney(value, 'fa-IR', { currencyDisplay: 'code' })).to.contain('۱۲۳٬۴۵۶٫۷۸۹');
    expect(formatMoney(money(123_456_789, 'USD'), 'hi-IN')).to.contain('12,34,567.89');
    // Swiss German groups currency amounts with an ASCII apostrophe but plain numbers with ’ (CLDR):
    // parseLocalizedAmount accepts both.
    expect(formatMoney(money(123_456_789, 'EUR'), 'de-CH')).to.match(/1['’]234['’]567\.89/);
  });

  it('addMoney and subtractMoney are inverse', () => {
    fc.assert(
      fc.property(currency, boundedAmount, boundedAmount, (code, a, b) => {
        const x = money(a, code);
        const y = money(b, code);
        expect(subtractMoney(addMoney(x, y), y)).to.deep.equal(x);
        expect(addMoney(subtractMoney(x, y), y)).to.deep.equal(x);
        expect(addMoney(x, y)).to.deep.equal(addMoney(y, x));
        expect(compareMoney(addMoney(x, y), x)).to.equal(Math.sign(b));
      }),
    );
  });

  it('refuses a sum or difference that is no longer a safe integer', () => {
    const max = money(Number.MAX_SAFE_INTEGER, 'USD');
    expect(() => addMoney(max, money(1, 'USD'))).to.throw(RangeError);
    expect(() => subtractMoney(money(Number.MIN_SAFE_INTEGER, 'USD'), money(1, 'USD'))).to.throw(RangeError);
  });

  it('totalsByCurrency equals the per-currency sums, in order of first appearance', () => {
    const amounts = fc.array(
      fc
        .record({ amountMinor: boundedAmount, currency })
        .map(({ amountMinor, currency }) => money(amountMinor, currency)),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(amounts, (list) => {
        const totals = totalsByCurrency(list);
        const order = [...new Set(list.map((m) => m.currency))];
        expect(totals.map((m) => m.currency)).to.deep.equal(order);
        for (const total of totals) {
          const sum = list.filter((m) => m.currency === total.currency).reduce((s, m) => s + m.amountMinor, 0);
          expect(total).to.deep.equal({ amountMinor: sum, currency: total.currency });
        }
      }),
    );
  });

  it('mixing currencies throws', () => {
    fc.assert(
      fc.property(currency, currency, boundedAmount, boundedAmount, (c1, c2, a, b) => {
        fc.pre(c1 !== c2);
        const x = money(a, c1);
        const y = money(b, c2);
        expect(() => addMoney(x, y)).to.throw(RangeError, /Cannot combine/);
        expect(() => subtractMoney(x, y)).to.throw(RangeError, /Cannot combine/);
        expect(() => compareMoney(x, y)).to.throw(RangeError, /Cannot combine/);
      }),
    );
  });
});

describe('schema properties', () => {
  const cases: [string, z.ZodMiniType, () => unknown][] = [
    ['Account', schemas.Account, () => fixtures.account()],
    ['Invoice', schemas.Invoice, () => fixtures.invoice()],
    ['InvoiceDetail', schemas.InvoiceDetail, () => fixtures.invoiceDetail()],
    ['InvoiceSummary', schemas.InvoiceSummary, () => fixtures.invoiceSummary()],
    ['EmailInvoicesResult', schemas.EmailInvoicesResult, () => fixtures.emailInvoicesResult()],
    ['PaymentOptions', schemas.PaymentOptions, () => fixtures.paymentOptions()],
    ['Payment', schemas.Payment, () => fixtures.payment()],
    ['BillingProfile', schemas.BillingProfile, () => fixtures.billingProfile()],
    ['SavedPaymentMethod', schemas.SavedPaymentMethod, () => fixtures.savedPaymentMethod()],
    ['BillingContact', schemas.BillingContact, () => fixtures.billingContact()],
    ['BillingSchedule', schemas.BillingSchedule, () => fixtures.billingSchedule()],
    ['RewardsSummary', schemas.RewardsSummary, () => fixtures.rewardsSummary()],
    ['RewardValidation', schemas.RewardValidation, () => fixtures.rewardValidation()],
    ['RewardApplication', schemas.RewardApplication, () => fixtures.rewardApplication()],
    ['Order', schemas.Order, () => fixtures.order()],
    ['Contract', schemas.Contract, () => fixtures.contract()],
    ['BillingDocument', schemas.BillingDocument, () => fixtures.billingDocument()],
    ['Team', schemas.Team, () => fixtures.team()],
    ['Invitation', schemas.Invitation, () => fixtures.invitation()],
    ['TeamMember', schemas.TeamMember, () => fixtures.teamMember()],
    ['InvoicePage', schemas.InvoicePage, () => fixtures.page([fixtures.invoice()], { nextCursor: 'c1' })],
    ['PaymentPage', schemas.PaymentPage, () => fixtures.page([fixtures.payment()])],
    ['OrderPage', schemas.OrderPage, () => fixtures.page([fixtures.order()])],
    ['ContractPage', schemas.ContractPage, () => fixtures.page([fixtures.contract()])],
    ['DocumentPage', schemas.DocumentPage, () => fixtures.page([fixtures.billingDocument()])],
  ];

  it('every fixture survives JSON: parse(schema, JSON round trip) deep-equals it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases), ([name, schema, make]) => {
        const fixture = make();
        const parsed = z.parse(schema, JSON.parse(JSON.stringify(fixture)));
        expect(parsed, name).to.deep.equal(fixture);
      }),
      { numRuns: cases.length * 4 },
    );
  });

  /** Any schema-valid money: a safe integer of an ISO-shaped code. */
  const contractMoney = fc.record({
    amountMinor: fc.maxSafeInteger(),
    currency: fc.stringMatching(/^[A-Z]{3}$/),
  });
  const isoDate = fc
    .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const id = fc.string({ minLength: 1, maxLength: 128, unit: 'grapheme' });

  it('invoices with arbitrary ids, texts, dates and amounts survive JSON and parse unchanged', () => {
    fc.assert(
      fc.property(
        fc.record({
          id,
          number: fc.string({ unit: 'grapheme' }),
          poNumber: fc.option(fc.string({ unit: 'grapheme' }), { nil: null }),
          status: fc.constantFrom('overdue' as const, 'open' as const, 'closed' as const),
          issueDate: isoDate,
          dueDate: isoDate,
          total: contractMoney,
          balanceDue: contractMoney,
        }),
        (overrides) => {
          const invoice = fixtures.invoice(overrides);
          expect(z.parse(schemas.Invoice, JSON.parse(JSON.stringify(invoice)))).to.deep.equal(invoice);
        },
      ),
    );
  });

  it('payments with arbitrary allocations survive JSON and parse unchanged', () => {
    const allocation = fc.record({ invoiceId: id, invoiceNumber: fc.string(), amount: contractMoney });
    fc.assert(
      fc.property(fc.array(allocation, { maxLength: 10 }), contractMoney, (allocations, amount) => {
        const payment = fixtures.payment({ allocations, amount });
        expect(z.parse(schemas.Payment, JSON.parse(JSON.stringify(payment)))).to.deep.equal(payment);
      }),
    );
  });

  it('schemas.Money rejects any amountMinor that is not an integer', () => {
    fc.assert(
      fc.property(
        fc.double().filter((d) => !Number.isInteger(d)),
        currency,
        (amountMinor, code) => {
          expect(z.safeParse(schemas.Money, { amountMinor, currency: code }).success, String(amountMinor)).to.equal(
            false,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('schemas.Money accepts every safe integer (so the rejection above is about integrality)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), currency, (amountMinor, code) => {
        expect(z.parse(schemas.Money, { amountMinor, currency: code })).to.deep.equal({ amountMinor, currency: code });
      }),
    );
  });

  it('a decimal string money, as some APIs send, is rejected', () => {
    const notMoney: unknown[] = [
      { amountMinor: '100', currency: 'USD' },
      { amountMinor: 100, currency: 'usd' },
      { amountMinor: 100 },
    ];
    for (const value of notMoney) expect(z.safeParse(schemas.Money, value).success).to.equal(false);
    const valid: Money = { amountMinor: 100, currency: 'USD' };
    expect(z.safeParse(schemas.Money, valid).success).to.equal(true);
  });
});
