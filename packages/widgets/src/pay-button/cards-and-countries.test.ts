import { expect, waitUntil } from '@open-wc/testing';
import { CARD_LIMIT_USD, formatMoney } from '@customer-center/sdk';
import { fromUsdMinor } from '@customer-center/mock-api';
import {
  alerts,
  cardField,
  click,
  dialogOf,
  heading,
  methodLabels,
  mount,
  open,
  org,
  PAY_AMOUNT,
  radio,
  realCardForm,
  root,
  store,
  text,
  toMethods,
  toReview,
  typeCard,
  untilHeading,
  useMockApi,
} from './pay-button.helpers.test.js';

// The success test cards through the dialog's own card form, and the methods each country's
// rules allow (the mock's seed: Saudi Arabia has no direct debit, Japan pays by card only in
// yen, Germany pays by SEPA direct debit under a mandate).

describe('<cc-pay-button> test cards and countries', function () {
  this.timeout(30_000);
  const api = useMockApi();
  const { invoice: storeInvoice, unpaid, paymentsFor } = store(api);

  const receiptValue = (term: string) => (el: Parameters<typeof root>[0]) =>
    text(
      [...root(el).querySelectorAll('[part="receipt"] .total')]
        .find((row) => text(row.querySelector('dt')) === term)
        ?.querySelector('dd'),
    );

  describe('success test cards in the new-card form', () => {
    for (const [number, brand, name, cvc] of [
      ['5555555555554444', 'mastercard', 'Mastercard', '123'],
      ['378282246310005', 'amex', 'American Express', '1234'],
    ] as const) {
      it(`pays with ${name} ${number.slice(-4)} typed into the card form, end to end`, async () => {
        const invoice = unpaid('us', (i) => i.currency === 'USD' && i.type !== 'support');
        const { tokenizer, sent } = realCardForm();
        const el = await mount(invoice.id, { tokenizer });
        await open(el);
        await toMethods(el);
        radio(el, 'A new card').click();
        await dialogOf(el).updateComplete;
        // A CVC one digit short for the brand is refused by the form before anything is sent.
        await typeCard(el, { number, cvc: cvc.slice(0, -1) });
        await click(el, 'Continue');
        await waitUntil(
          () => cardField(el, 'Security code (CVC)').getAttribute('aria-invalid') === 'true',
          'CVC refused',
        );
        expect(heading(el)).to.equal('Choose how to pay');
        expect(sent).to.have.length(0);
        const cvcField = cardField(el, 'Security code (CVC)');
        cvcField.value = cvc;
        cvcField.dispatchEvent(new InputEvent('input', { bubbles: true }));
        await click(el, 'Continue');
        await untilHeading(el, 'Review and pay');
        expect(sent).to.deep.equal([number]);
        expect(text(root(el).querySelector('.totals'))).to.contain(`${name} •••• ${number.slice(-4)}`);
        // Tokenized: the number and CVC are gone from the page.
        expect(root(el).innerHTML).not.to.contain(number);
        await click(el, PAY_AMOUNT);
        await untilHeading(el, 'Payment received');
        const [payment, ...others] = paymentsFor('us', invoice.id);
        expect(others).to.have.length(0);
        expect(payment!.status).to.equal('succeeded');
        expect(payment!.method).to.deep.include({ type: 'card', brand, last4: number.slice(-4) });
        expect(payment!.amount).to.deep.equal(invoice.balanceDue);
        expect(storeInvoice('us', invoice.id).balanceDue.amountMinor).to.equal(0);
        expect(receiptValue('Method')(el)).to.equal(`${name} •••• ${number.slice(-4)}`);
        expect(receiptValue('Reference')(el)).to.equal(payment!.reference);
        await expect(dialogOf(el)).to.be.accessible();
      });
    }
  });

  describe('methods by country', () => {
    it('Saudi Arabia: card and PayPal, no direct debit; pays in riyals', async () => {
      const invoice = unpaid('sa', (i) => i.type !== 'support');
      expect(invoice.currency).to.equal('SAR');
      const el = await mount(invoice.id, { slug: 'sa' });
      await open(el);
      await toMethods(el);
      const labels = methodLabels(el);
      expect(labels.some((label) => /^Visa •••• 1111/.test(label))).to.equal(true);
      expect(labels).to.include('PayPal');
      // Not offered at all: no direct-debit choice and no note about adding a bank account.
      expect(text(root(el))).not.to.match(/Direct debit|bank account/i);
      await expect(dialogOf(el)).to.be.accessible();
      radio(el, /^Visa •••• 1111/).click();
      await dialogOf(el).updateComplete;
      await click(el, 'Continue');
      await untilHeading(el, 'Review and pay');
      await click(el, PAY_AMOUNT);
      await untilHeading(el, 'Payment received');
      const [payment] = paymentsFor('sa', invoice.id);
      expect(payment!.amount).to.deep.equal(invoice.balanceDue);
      expect(payment!.amount.currency).to.equal('SAR');
    });

    it('Japan: card only, amounts in whole yen', async () => {
      const invoice = unpaid('jp', (i) => i.type !== 'support');
      expect(invoice.currency).to.equal('JPY');
      const { tokenizer } = realCardForm();
      const el = await mount(invoice.id, { slug: 'jp', tokenizer });
      await open(el);
      // Yen have no minor unit: the amount is typed and shown without decimals.
      expect(root(el).querySelector<HTMLInputElement>('input.amount')!.value).to.equal(
        String(invoice.balanceDue.amountMinor),
      );
      expect(text(root(el).querySelector('.totals'))).to.contain(formatMoney(invoice.balanceDue, 'en'));
      await toMethods(el);
      const labels = methodLabels(el);
      expect(
        labels.every((label) => /^(JCB|Mastercard) •••• \d{4}|^A new card$/.test(label)),
        labels.join(),
      ).to.equal(true);
      expect(labels).not.to.include('PayPal');
      expect(text(root(el))).not.to.match(/Direct debit/i);
      await toReview(el, /^JCB •••• 0505/);
      await click(el, PAY_AMOUNT);
      await untilHeading(el, 'Payment received');
      const [payment] = paymentsFor('jp', invoice.id);
      expect(payment!.amount).to.deep.equal({ amountMinor: invoice.balanceDue.amountMinor, currency: 'JPY' });
      expect(text(root(el).querySelector('[part="receipt"]'))).to.contain(formatMoney(invoice.balanceDue, 'en'));
    });

    it('Japan: a yen invoice above the card limit is refused for card, explained, with the offline way offered', async () => {
      const limit = fromUsdMinor(CARD_LIMIT_USD.amountMinor, 'JPY');
      const big = structuredClone(
        org(api(), 'jp').invoices.find((i) => i.status !== 'closed' && i.balanceDue.amountMinor > limit)!,
      );
      const { tokenizer } = realCardForm();
      const el = await mount(big.id, { slug: 'jp', tokenizer });
      await open(el);
      await toMethods(el);
      const notice = text(root(el).querySelector('.notice'));
      expect(notice).to.contain('Card payments are limited to $100,000.00');
      expect(notice).to.contain(`${formatMoney({ amountMinor: limit, currency: 'JPY' }, 'en')} in this currency`);
      expect(notice, 'no other online method to point to').to.match(/\. Pay this amount offline\.$/);
      // Card is the only online method in Japan: every choice is disabled, offline remains.
      const inputs = [...root(el).querySelectorAll<HTMLInputElement>('label.method input')];
      expect(inputs.length).to.be.greaterThan(0);
      expect(inputs.every((input) => input.disabled)).to.equal(true);
      await expect(dialogOf(el)).to.be.accessible();
      await click(el, 'Continue');
      expect(alerts(el)).to.include('Choose a payment method.');
      expect(heading(el)).to.equal('Choose how to pay');
      await click(el, 'Pay offline instead');
      await untilHeading(el, 'Pay by bank transfer or cheque');
      expect(text(root(el).querySelector('[part="remittance"]'))).to.contain(big.number);
      expect(paymentsFor('jp', big.id)).to.have.length(0);
    });

    for (const [slug, last4] of [
      ['de', '3000'],
      ['nl', '4300'],
    ] as const) {
      it(`${slug.toUpperCase()}: SEPA direct debit under the mandate, refused until it is accepted`, async () => {
        const invoice = unpaid(slug, (i) => i.type !== 'support');
        const el = await mount(invoice.id, { slug });
        await open(el);
        await toMethods(el);
        radio(el, `Bank account •••• ${last4}`).click();
        await dialogOf(el).updateComplete;
        expect(text(root(el).querySelector('.mandate__text'))).to.contain('By accepting this mandate you authorise');
        await click(el, 'Continue');
        expect(alerts(el)).to.include('Accept the direct debit mandate to pay this way.');
        root(el).querySelector<HTMLInputElement>('.mandate input[type="checkbox"]')!.click();
        await dialogOf(el).updateComplete;
        await click(el, 'Continue');
        await untilHeading(el, 'Review and pay');
        await click(el, PAY_AMOUNT);
        await untilHeading(el, 'Payment received');
        const [payment] = paymentsFor(slug, invoice.id);
        expect(payment!.method).to.deep.include({ type: 'direct_debit', last4 });
        expect(payment!.amount).to.deep.equal(invoice.balanceDue);
        expect(receiptValue('Method')(el)).to.equal(`SEPA Direct Debit •••• ${last4}`);
      });
    }
  });
});
