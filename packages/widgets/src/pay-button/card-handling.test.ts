import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { tokenizeTestCard } from '@customer-center/mock-api';
import {
  active,
  alerts,
  cardField,
  clientFor,
  click,
  dialogOf,
  EXPIRY_YEAR,
  heading,
  open,
  PAY_AMOUNT,
  plainUsd,
  radio,
  realCardForm,
  recordPaymentKeys,
  root,
  store,
  text,
  toMethods,
  typeCard,
  untilHeading,
  useMockApi,
} from './pay-button.helpers.test.js';
import type { CcPayButton } from './pay-button.js';
import type { CardTokenizer } from './tokenizer.js';

// The new card inside the dialog: a tokenizer that refuses or breaks, a number our own card
// form refuses, and a provider's field placed in the light DOM (`slot="card-field"`). A card
// that was not tokenized never reaches the API.

describe('<cc-pay-button> new card in the dialog', function () {
  this.timeout(30_000);
  const api = useMockApi();
  const { unpaid, paymentsFor } = store(api);

  async function mountWith(tokenizer: CardTokenizer, children = html``): Promise<CcPayButton> {
    const invoice = unpaid('us', plainUsd);
    const el = await fixture<CcPayButton>(
      html`<cc-pay-button invoice=${invoice.id} .client=${clientFor('us')} .tokenizer=${tokenizer}
        >${children}</cc-pay-button
      >`,
    );
    return el;
  }

  /** Chooses "A new card" and presses Continue; the method step must stay. */
  async function continueWithNewCard(el: CcPayButton, fill?: () => Promise<void>): Promise<void> {
    await open(el);
    await toMethods(el);
    radio(el, 'A new card').click();
    await dialogOf(el).updateComplete;
    await fill?.();
    await click(el, 'Continue');
    await waitUntil(() => text(root(el).querySelector('button[type="submit"]')) === 'Continue', 'checked');
    await dialogOf(el).updateComplete;
  }

  for (const [what, tokenize, message] of [
    [
      'refuses the card with a message',
      () => Promise.resolve({ ok: false as const, message: 'The provider refused this card.' }),
      'The provider refused this card.',
    ],
    [
      'throws',
      () => Promise.reject(new Error('provider script failed <b>raw</b>')),
      'The card could not be checked. Try again, or use another method.',
    ],
  ] as const) {
    it(`a tokenizer that ${what}: the method step stays, the message is an alert, nothing is sent`, async () => {
      const keys = recordPaymentKeys(api);
      let calls = 0;
      const el = await mountWith({
        mount: (container) => void (container.textContent = 'Provider fields'),
        tokenize: () => {
          calls += 1;
          return tokenize();
        },
      });
      await continueWithNewCard(el);
      expect(calls).to.equal(1);
      expect(heading(el)).to.equal('Choose how to pay');
      expect(alerts(el)).to.deep.equal([message]);
      // A provider's own error text is never shown.
      expect(text(root(el))).not.to.contain('provider script failed');
      expect(radio(el, 'A new card').checked).to.equal(true);
      expect(keys.create).to.deep.equal([]);
      expect(paymentsFor('us', el.invoice!)).to.have.length(0);
      await expect(dialogOf(el)).to.be.accessible();
    });
  }

  it('our card form with a number that fails the Luhn check: the field says so, nothing is tokenized or sent', async () => {
    const keys = recordPaymentKeys(api);
    const { tokenizer, sent } = realCardForm();
    const el = await mountWith(tokenizer);
    await continueWithNewCard(el, () => typeCard(el, { number: '4242424242424241', cvc: '123' }));
    expect(heading(el)).to.equal('Choose how to pay');
    const number = cardField(el, 'Card number');
    expect(number.getAttribute('aria-invalid')).to.equal('true');
    const described = (number.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    expect(described.map((id) => text(root(el).getElementById(id)))).to.include(
      'This card number is not valid: check the digits.',
    );
    // Focus goes to the field, whose description is read with it.
    expect(active(el) === number).to.equal(true);
    expect(sent).to.deep.equal([]);
    expect(keys.create).to.deep.equal([]);
    await expect(dialogOf(el)).to.be.accessible();
  });

  it('a provider field in slot="card-field" is shown for a new card, and the card it tokenizes pays', async () => {
    let mounted = 0;
    const tokenizer: CardTokenizer = {
      // The provider renders in its own light-DOM field, so nothing goes into our container.
      mount: () => void (mounted += 1),
      tokenize: () =>
        Promise.resolve({
          ok: true,
          token: tokenizeTestCard({ number: '5555555555554444', expMonth: 12, expYear: EXPIRY_YEAR, cvc: '123' }),
          brand: 'mastercard',
          last4: '4444',
        }),
    };
    const el = await mountWith(
      tokenizer,
      html`<div slot="card-field" id="provider-field"><input aria-label="Card (provider)" /></div>`,
    );
    const field = el.querySelector('#provider-field')!;
    const slot = () => root(el).querySelector<HTMLSlotElement>('slot[name="card-field"]');
    await open(el);
    await toMethods(el);
    expect(slot()).to.equal(null);
    expect(field.checkVisibility()).to.equal(false);
    radio(el, 'A new card').click();
    await dialogOf(el).updateComplete;
    const assigned = slot()!.assignedElements({ flatten: true });
    expect(assigned.length === 1 && assigned[0] === field).to.equal(true);
    expect(field.checkVisibility()).to.equal(true);
    expect(field.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(mounted).to.equal(1);
    expect(root(el).querySelector('.card-form')!.childElementCount).to.equal(0);
    await click(el, 'Continue');
    await untilHeading(el, 'Review and pay');
    await click(el, PAY_AMOUNT);
    await untilHeading(el, 'Payment received');
    const [payment] = paymentsFor('us', el.invoice!);
    expect(payment!.method).to.deep.include({ brand: 'mastercard', last4: '4444' });
  });
});
