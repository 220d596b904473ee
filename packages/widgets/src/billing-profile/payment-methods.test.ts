import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { CcBillingProfile } from './billing-profile.js';
import {
  activeIn,
  button,
  cardTokenizer,
  click,
  clientFor,
  dialogOf,
  mount,
  org,
  refusingTokenizer,
  root,
  section,
  status,
  text,
  untilLoaded,
  useMockApi,
} from './billing-profile.helpers.test.js';

// Saved payment methods: adding a card through the tokenizer (the test cards' refusals
// included), the default, removal with its confirmation and the API's refusals, the guided
// replacement of an expired card, focus and the keyboard.

describe('<cc-billing-profile> payment methods', function () {
  this.timeout(20_000);
  const mock = useMockApi();

  const methods = () => structuredClone(org(mock()).paymentMethods);
  const item = (el: CcBillingProfile, label: string) =>
    [...root(el).querySelectorAll<HTMLElement>('[part~="method"]')].find((node) => text(node).startsWith(label));
  const dialogError = (el: CcBillingProfile) => text(dialogOf(el).querySelector('[role="alert"]'));

  async function openAdd(el: CcBillingProfile): Promise<void> {
    await click(section(el, 'methods')!, 'Add a card');
    await waitUntil(() => dialogOf(el).open, 'add dialog open');
  }

  it('adds a card through the tokenizer: the store has it, the page is told, focus returns', async () => {
    const tokenizer = cardTokenizer('5555555555554444');
    const el = await mount({ sections: 'methods', tokenizer });
    const before = methods();
    await openAdd(el);
    const dialog = dialogOf(el);
    expect(text(dialog.querySelector('h2'))).to.equal('Add a card');
    expect(activeIn(el)?.id).to.equal('dialog-heading');
    expect(tokenizer.mounted).to.equal(1);
    expect(text(tokenizer.container)).to.equal('Card fields of the provider');
    expect(dialog.contains(tokenizer.container!)).to.equal(true);
    await expect(el).to.be.accessible();
    const added = oneEvent(el, 'cc-payment-method-added');
    await click(dialog, 'Save card');
    const { detail } = await added;
    expect(detail.paymentMethod).to.include({ brand: 'mastercard', last4: '4444', isDefault: false });
    expect(detail.replaced).to.equal(undefined);
    await waitUntil(() => !dialog.open, 'dialog closed');
    const after = methods();
    expect(after).to.have.length(before.length + 1);
    expect(after.find((method) => method.last4 === '4444')).to.include({ expMonth: 12, expYear: 2031 });
    expect(after.find((method) => method.isDefault)!.id).to.equal(before.find((method) => method.isDefault)!.id);
    await waitUntil(() => tokenizer.unmounted === 1, 'card form unmounted');
    await waitUntil(() => item(el, 'Mastercard •••• 4444'), 'new card listed');
    expect(status(el)).to.contain('Mastercard •••• 4444 added.');
    expect(activeIn(el) === button(section(el, 'methods')!, 'Add a card')).to.equal(true);
  });

  it('adds a card as the new default when asked', async () => {
    const el = await mount({ sections: 'methods', tokenizer: cardTokenizer('378282246310005') });
    await openAdd(el);
    const checkbox = dialogOf(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(checkbox.checked).to.equal(false);
    checkbox.click();
    await el.updateComplete;
    await click(dialogOf(el), 'Save card');
    await waitUntil(() => !dialogOf(el).open, 'saved');
    const defaults = methods().filter((method) => method.isDefault);
    expect(defaults.map((method) => method.last4)).to.deep.equal(['0005']);
    await waitUntil(() => item(el, 'American Express •••• 0005')?.querySelector('[part~="default-badge"]'));
  });

  for (const [number, message] of [
    ['4000000000000002', 'The card was declined by its bank. Use another card, or ask the bank why.'],
    ['4000000000000069', 'This card has expired. Use a card with a later expiry date.'],
  ] as const) {
    it(`refuses test card ${number} with its message and saves nothing`, async () => {
      const el = await mount({ sections: 'methods', tokenizer: cardTokenizer(number) });
      const before = methods();
      await openAdd(el);
      await click(dialogOf(el), 'Save card');
      await waitUntil(() => dialogError(el), 'refusal shown');
      expect(dialogError(el)).to.contain(message);
      expect(dialogOf(el).open).to.equal(true);
      expect(methods()).to.deep.equal(before);
      await expect(el).to.be.accessible();
    });
  }

  for (const [code, message] of [
    ['method_not_available', 'This kind of payment method is not offered in your country.'],
    [
      'online_payment_unavailable',
      'Online payment is not available in your country, so no payment method can be saved.',
    ],
  ] as const) {
    it(`explains the API’s refusal ${code} (422)`, async () => {
      const el = await mount({ sections: 'methods', tokenizer: cardTokenizer() });
      mock.use(
        http.post('*/api/profile/payment-methods', () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Refused', status: 422, code, requestId: 'req_422' },
            { status: 422, headers: { 'content-type': 'application/problem+json' } },
          ),
        ),
      );
      await openAdd(el);
      await click(dialogOf(el), 'Save card');
      await waitUntil(() => dialogError(el), 'refusal shown');
      expect(dialogError(el)).to.contain(message).and.contain('Reference for support: req_422');
      await expect(el).to.be.accessible();
    });
  }

  it('refuses a card whose expiry the tokenizer accepted but has passed', async () => {
    const el = await mount({ sections: 'methods', tokenizer: cardTokenizer('4242424242424242', 2020) });
    await openAdd(el);
    await click(dialogOf(el), 'Save card');
    await waitUntil(() => dialogError(el), 'refusal shown');
    expect(dialogError(el)).to.contain('This card has expired.');
  });

  it('shows the tokenizer’s own message and sends nothing when the card fields are not complete', async () => {
    const tokenizer = refusingTokenizer('Enter the card’s security code.');
    const el = await mount({ sections: 'methods', tokenizer });
    const before = methods();
    await openAdd(el);
    await click(dialogOf(el), 'Save card');
    await waitUntil(() => dialogOf(el).querySelector('.field-error'), 'message shown');
    expect(text(dialogOf(el).querySelector('.field-error'))).to.equal('Enter the card’s security code.');
    expect(methods()).to.deep.equal(before);
    await expect(el).to.be.accessible();
    // Without a message of its own, a general one.
    tokenizer.tokenize = () => Promise.resolve({ ok: false });
    await click(dialogOf(el), 'Save card');
    await waitUntil(() => text(dialogOf(el).querySelector('.field-error')) === 'Check the card details.');
    tokenizer.tokenize = () => Promise.reject(new Error('provider script failed'));
    await click(dialogOf(el), 'Save card');
    await waitUntil(() => text(dialogOf(el).querySelector('.field-error')).includes('could not be checked'));
  });

  it('says that no card form is set up when the page gave no tokenizer', async () => {
    const el = await mount({ sections: 'methods' });
    await click(section(el, 'methods')!, 'Add a card');
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(false);
    expect(text(section(el, 'methods')!.querySelector('[part~="notice"][role="alert"]'))).to.contain(
      'no card form is set up on this page',
    );
    await expect(el).to.be.accessible();
    await click(section(el, 'methods')!, /^Replace Mastercard/);
    expect(dialogOf(el).open).to.equal(false);
  });

  it('shows a server error with its reference, and saves once on a double click', async () => {
    const tokenizer = cardTokenizer('5555555555554444');
    const el = await mount({ sections: 'methods', tokenizer });
    await openAdd(el);
    mock().faults.set({ errorRate: 1, errorStatus: 500, operations: ['addPaymentMethod'] });
    await click(dialogOf(el), 'Save card');
    await waitUntil(() => dialogError(el), 'error shown');
    expect(dialogError(el))
      .to.contain('The billing service had a problem')
      .and.match(/Reference for support: req_/);
    mock().faults.set({ latencyMs: 300, operations: ['addPaymentMethod'] });
    const save = button(dialogOf(el), 'Save card')!;
    save.click();
    save.click();
    await el.updateComplete;
    expect(button(dialogOf(el), 'Saving…')!.getAttribute('aria-disabled')).to.equal('true');
    // Escape does not close the dialog while the card is being saved.
    dialogOf(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(dialogOf(el).open).to.equal(true);
    await waitUntil(() => !dialogOf(el).open, 'saved', { timeout: 8000 });
    expect(methods().filter((method) => method.last4 === '4444')).to.have.length(1);
    expect(tokenizer.tokenized).to.equal(2);
  });

  it('shows a provider’s light-DOM card field in the dialog through the card-field slot', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <cc-billing-profile sections="methods" .client=${clientFor()} .tokenizer=${cardTokenizer()}>
          <div slot="card-field" id="provider-field">Provider iframe</div>
        </cc-billing-profile>
      </div>`,
    );
    const el = wrapper.querySelector<CcBillingProfile>('cc-billing-profile')!;
    await untilLoaded(el);
    await openAdd(el);
    const slot = dialogOf(el).querySelector<HTMLSlotElement>('slot[name="card-field"]')!;
    expect(slot.assignedElements().map((node) => node.id)).to.deep.equal(['provider-field']);
  });

  it('makes a method the default: the store has it, the page is told, focus stays on the method', async () => {
    const el = await mount({ sections: 'methods' });
    const debit = item(el, 'Bank account •••• 6789')!;
    const updated = oneEvent(el, 'cc-profile-updated');
    await click(debit, /^Make default/);
    const { detail } = await updated;
    expect(detail.section).to.equal('methods');
    expect(detail.changed).to.deep.equal(['defaultPaymentMethod']);
    expect(methods().find((method) => method.isDefault)!.last4).to.equal('6789');
    await waitUntil(() => item(el, 'Bank account •••• 6789')!.querySelector('[part~="default-badge"]'));
    expect(item(el, 'Visa •••• 4242')!.querySelector('[part~="default-badge"]')).to.equal(null);
    expect(status(el)).to.contain('Bank account •••• 6789 is now the default payment method.');
    expect(activeIn(el) === item(el, 'Bank account •••• 6789')).to.equal(true);
    // An expired card offers no "Make default".
    expect(button(item(el, 'Mastercard •••• 5454')!, /^Make default/)).to.equal(undefined);
  });

  it('says why a card that expired meanwhile cannot be the default (409)', async () => {
    const data = org(mock());
    const visa = data.paymentMethods.find((method) => method.isDefault)!;
    data.paymentMethods.push({ ...structuredClone(visa), id: 'pm_second', last4: '1881', isDefault: false });
    const el = await mount({ sections: 'methods' });
    // The page still shows the card as valid; the API knows better.
    const second = data.paymentMethods.find((method) => method.id === 'pm_second')!;
    second.expMonth = 1;
    second.expYear = 2020;
    await click(item(el, 'Visa •••• 1881')!, /^Make default/);
    await waitUntil(() => section(el, 'methods')!.querySelector('[part~="section-error"]'), 'refusal shown');
    expect(text(section(el, 'methods')!.querySelector('[part~="section-error"]'))).to.contain(
      'An expired card cannot be the default. Replace it with a new card.',
    );
    expect(org(mock()).paymentMethods.find((method) => method.isDefault)!.id).to.equal(visa.id);
    // The list is read again: the card now shows as expired.
    await waitUntil(() => item(el, 'Visa •••• 1881')?.querySelector('[part~="expired-badge"]'), 'shown expired');
    await expect(el).to.be.accessible();
  });

  it('removes a method after confirmation; "Keep it" keeps it and returns focus', async () => {
    const el = await mount({ sections: 'methods' });
    const paypal = methods().find((method) => method.type === 'paypal')!;
    await click(item(el, 'PayPal')!, /^Remove/);
    await waitUntil(() => dialogOf(el).open, 'confirmation open');
    expect(text(dialogOf(el).querySelector('h2'))).to.equal('Remove PayPal?');
    expect(activeIn(el) === button(dialogOf(el), 'Keep it')).to.equal(true);
    await expect(el).to.be.accessible();
    await click(dialogOf(el), 'Keep it');
    await waitUntil(() => !dialogOf(el).open, 'closed');
    expect(methods().some((method) => method.id === paypal.id)).to.equal(true);
    expect(activeIn(el) === button(item(el, 'PayPal')!, /^Remove/)).to.equal(true);

    await click(item(el, 'PayPal')!, /^Remove/);
    await waitUntil(() => dialogOf(el).open, 'confirmation open');
    const removed = oneEvent(el, 'cc-payment-method-removed');
    await click(dialogOf(el), 'Remove');
    expect((await removed).detail).to.deep.equal({ paymentMethodId: paypal.id });
    await waitUntil(() => !dialogOf(el).open, 'closed');
    expect(methods().some((method) => method.id === paypal.id)).to.equal(false);
    await waitUntil(() => !item(el, 'PayPal'), 'gone from the list');
    expect(status(el)).to.contain('PayPal removed.');
    // Its row is gone: focus goes to the section's heading.
    await waitUntil(() => activeIn(el)?.id === 'methods-heading', 'focus on the heading');
  });

  it('says which method becomes the default when the default is removed', async () => {
    const el = await mount({ sections: 'methods' });
    await click(item(el, 'Visa •••• 4242')!, /^Remove/);
    await waitUntil(() => dialogOf(el).open, 'confirmation open');
    expect(text(dialogOf(el))).to.contain(
      'It is your default payment method: Bank account •••• 6789 becomes the default.',
    );
    await click(dialogOf(el), 'Remove');
    await waitUntil(() => !dialogOf(el).open, 'removed');
    expect(methods().find((method) => method.isDefault)!.last4).to.equal('6789');
  });

  it('does not offer to remove the only payment method, and shows the API’s refusal if the page was stale', async () => {
    const data = org(mock());
    data.paymentMethods = data.paymentMethods.filter((method) => method.isDefault);
    const el = await mount({ sections: 'methods' });
    const only = item(el, 'Visa •••• 4242')!;
    expect(button(only, /^Remove/)).to.equal(undefined);
    expect(text(only)).to.contain('Your only payment method: add another before removing it.');

    mock().store.reset();
    const fresh = await mount({ sections: 'methods' });
    // Someone else removes the other methods meanwhile.
    org(mock()).paymentMethods = org(mock()).paymentMethods.filter((method) => method.isDefault);
    await click(item(fresh, 'Visa •••• 4242')!, /^Remove/);
    await waitUntil(() => dialogOf(fresh).open, 'confirmation open');
    await click(dialogOf(fresh), 'Remove');
    await waitUntil(() => dialogError(fresh), 'refusal shown');
    expect(dialogError(fresh)).to.contain(
      'This is your only payment method and the default, so it cannot be removed. Add another payment method first.',
    );
    expect(org(mock()).paymentMethods).to.have.length(1);
    await expect(fresh).to.be.accessible();
  });

  it('replaces an expired card in one guided step: the new card saved, the expired one gone', async () => {
    const el = await mount({ sections: 'methods', tokenizer: cardTokenizer('4242424242424242') });
    const expired = methods().find((method) => method.isExpired)!;
    const banner = section(el, 'methods')!.querySelector<HTMLElement>('[part~="expired-banner"]')!;
    await click(banner, 'Replace the expired card');
    await waitUntil(() => dialogOf(el).open, 'dialog open');
    expect(text(dialogOf(el).querySelector('h2'))).to.equal('Replace Mastercard •••• 5454');
    expect(text(dialogOf(el).querySelector('.steps'))).to.contain(
      'Save: the new card is saved and Mastercard •••• 5454 is removed.',
    );
    await expect(el).to.be.accessible();
    const added = oneEvent(el, 'cc-payment-method-added');
    await click(dialogOf(el), 'Save and replace');
    const { detail } = await added;
    expect(detail.replaced!.id).to.equal(expired.id);
    await waitUntil(() => !dialogOf(el).open, 'closed');
    const after = methods();
    expect(after.some((method) => method.id === expired.id)).to.equal(false);
    expect(after.some((method) => method.isExpired)).to.equal(false);
    expect(after.find((method) => method.id === detail.paymentMethod.id)!.isDefault).to.equal(false);
    await waitUntil(() => !item(el, 'Mastercard •••• 5454'), 'expired card gone');
    expect(section(el, 'methods')!.querySelector('[part~="expired-banner"]')).to.equal(null);
    expect(status(el)).to.contain('Visa •••• 4242 replaces Mastercard •••• 5454.');
    // The Replace button is gone with the old card: focus is on the new card.
    await waitUntil(() => activeIn(el)?.getAttribute('data-method') === detail.paymentMethod.id, 'focus on new card');
  });

  it('makes the replacement the default when the expired card was the default', async () => {
    const data = org(mock());
    for (const method of data.paymentMethods) method.isDefault = method.isExpired;
    const el = await mount({ sections: 'methods', tokenizer: cardTokenizer('5555555555554444') });
    await click(item(el, 'Mastercard •••• 5454')!, /^Replace/);
    await waitUntil(() => dialogOf(el).open, 'dialog open');
    expect(text(dialogOf(el))).to.contain('The new card becomes your default payment method.');
    expect(dialogOf(el).querySelector('input[type="checkbox"]')).to.equal(null);
    await click(dialogOf(el), 'Save and replace');
    await waitUntil(() => !dialogOf(el).open, 'closed');
    const defaults = methods().filter((method) => method.isDefault);
    expect(defaults.map((method) => [method.last4, method.isExpired])).to.deep.equal([['4444', false]]);
  });

  it('removes by keyboard alone, and Escape closes the confirmation', async () => {
    const el = await mount({ sections: 'methods' });
    const paypalRemove = button(item(el, 'PayPal')!, /^Remove/)!;
    button(item(el, 'PayPal')!, /^Make default/)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el) === paypalRemove).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el).open, 'confirmation open');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el).open, 'closed by Escape');
    expect(activeIn(el) === paypalRemove).to.equal(true);
    await sendKeys({ press: 'Space' });
    await waitUntil(() => dialogOf(el).open, 'open again');
    expect(activeIn(el) === button(dialogOf(el), 'Keep it')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(activeIn(el) === button(dialogOf(el), 'Remove')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialogOf(el).open, 'removed');
    expect(methods().some((method) => method.type === 'paypal')).to.equal(false);
    await waitUntil(() => activeIn(el)?.id === 'methods-heading', 'focus on the heading');
  });

  it('adds a card by keyboard alone', async () => {
    const el = await mount({ sections: 'methods', tokenizer: cardTokenizer('5555555555554444') });
    button(section(el, 'methods')!, 'Add a card')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el).open, 'open');
    await sendKeys({ press: 'Tab' });
    // The test tokenizer renders no fields: next is the default checkbox.
    expect(activeIn(el)?.getAttribute('type')).to.equal('checkbox');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(text(activeIn(el))).to.equal('Save card');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialogOf(el).open, 'saved');
    expect(methods().find((method) => method.isDefault)!.last4).to.equal('4444');
    expect(activeIn(el) === button(section(el, 'methods')!, 'Add a card')).to.equal(true);
  });
});
