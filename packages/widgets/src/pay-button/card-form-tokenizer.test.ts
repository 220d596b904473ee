import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CardBrand } from '@customer-center/sdk';
import { createMockApi, decodeToken, TEST_CARDS, tokenizeTestCard } from '@customer-center/mock-api';
import { startMockApi, type RunningMockApi } from '@customer-center/mock-api/testing';
import { createCardFormTokenizer, type CardFormCard, type CardFormTokenizerOptions } from './card-form-tokenizer.js';
import type { CardTokenizer } from './tokenizer.js';

const GENERIC = 'The card could not be checked. Try again, or use another method.';
const LABELS = {
  name: 'Name on card',
  number: 'Card number',
  expiry: 'Expiry date (MM/YY)',
  cvc: 'Security code (CVC)',
} as const;
type Field = keyof typeof LABELS;

/** An expiry three years ahead, so the tests do not expire. */
const YEAR = new Date().getFullYear() + 3;
const EXPIRY = `12/${String(YEAR % 100).padStart(2, '0')}`;

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

interface Mounted {
  readonly wrapper: HTMLElement;
  readonly container: HTMLElement;
  readonly tokenizer: CardTokenizer;
  readonly calls: CardFormCard[];
}

async function mountForm(
  tokenize: CardFormTokenizerOptions['tokenize'] = tokenizeTestCard,
  brands: readonly CardBrand[] = ['visa', 'mastercard', 'amex'],
): Promise<Mounted> {
  const wrapper = await fixture<HTMLElement>(html`<div><div class="card-field"></div></div>`);
  const container = wrapper.querySelector<HTMLElement>('.card-field')!;
  const calls: CardFormCard[] = [];
  const tokenizer = createCardFormTokenizer({
    tokenize: (card) => {
      calls.push(card);
      return tokenize(card);
    },
  });
  await tokenizer.mount(container, { locale: 'en', brands });
  return { wrapper, container, tokenizer, calls };
}

/** A field found by its visible label, as a person (or a screen reader) finds it. */
function field(container: HTMLElement, name: Field): HTMLInputElement {
  const label = [...container.querySelectorAll('label')].find((candidate) => text(candidate) === LABELS[name]);
  expect(label, `label “${LABELS[name]}”`).not.to.equal(undefined);
  return container.querySelector<HTMLInputElement>(`#${label!.htmlFor}`)!;
}

/** The texts an input's aria-describedby points to. */
function description(container: HTMLElement, input: HTMLInputElement): string[] {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => text(container.querySelector(`#${id}`)));
}

/** The problem shown for a field: it is invalid, and its description starts with the message. */
function error(container: HTMLElement, name: Field): string | null {
  const input = field(container, name);
  return input.getAttribute('aria-invalid') === 'true' ? (description(container, input)[0] ?? '') : null;
}

const status = (container: HTMLElement) => text(container.querySelector('[role="status"]'));

/** Fills the form with the keyboard only: focus in the first field, type, Tab to the next. */
async function fillByKeyboard(container: HTMLElement, values: Partial<Record<Field, string>>): Promise<void> {
  field(container, 'name').focus();
  for (const name of ['name', 'number', 'expiry', 'cvc'] as const) {
    expect(document.activeElement, `focus in ${name}`).to.equal(field(container, name));
    if (values[name]) await sendKeys({ type: values[name] });
    await sendKeys({ press: 'Tab' });
  }
}

/** Sets every value at once, as autofill does: the value, then an input event. */
function fill(container: HTMLElement, values: Partial<Record<Field, string>>): void {
  for (const [name, value] of Object.entries(values) as [Field, string][]) {
    const input = field(container, name);
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
}

const VISA = { name: 'Ada Lovelace', number: '4242 4242 4242 4242', expiry: EXPIRY, cvc: '123' };

describe('createCardFormTokenizer', () => {
  it('renders labelled card fields with autofill hints, no names, and passes axe', async () => {
    const { wrapper, container } = await mountForm();
    const expected: Record<Field, [string, string]> = {
      name: ['cc-name', 'text'],
      number: ['cc-number', 'numeric'],
      expiry: ['cc-exp', 'numeric'],
      cvc: ['cc-csc', 'numeric'],
    };
    for (const [name, [autocomplete, inputmode]] of Object.entries(expected) as [Field, [string, string]][]) {
      const input = field(container, name);
      expect(input.type, name).to.equal('text');
      expect(input.getAttribute('autocomplete'), name).to.equal(autocomplete);
      expect(input.getAttribute('inputmode'), name).to.equal(inputmode);
      expect(input.getAttribute('aria-invalid'), name).to.equal('false');
      expect(input.hasAttribute('name'), `${name} is never submitted with a host form`).to.equal(false);
    }
    expect(container.querySelector('[role="group"]')?.getAttribute('aria-label')).to.equal('Card details');
    // Styled by an adopted stylesheet, not a <style> element, which a strict CSP would block.
    expect(container.querySelector('style')).to.equal(null);
    const adopted = (container.getRootNode() as Document).adoptedStyleSheets;
    expect(
      adopted.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.startsWith('.cc-card-form'))),
    ).to.equal(true);
    expect(getComputedStyle(container.querySelector('.cc-card-form')!).display).to.equal('grid');
    await expect(wrapper).to.be.accessible();
  });

  it('is filled with the keyboard alone, shows the brand, and gives a token, the brand and last four', async () => {
    const { container, tokenizer, calls } = await mountForm();
    await fillByKeyboard(container, VISA);
    const number = field(container, 'number');
    expect(description(container, number)).to.deep.equal(['Visa']);
    for (const name of ['name', 'number', 'expiry', 'cvc'] as const)
      expect(error(container, name), name).to.equal(null);

    const result = await tokenizer.tokenize();
    expect(calls).to.deep.equal([
      { number: '4242424242424242', expMonth: 12, expYear: YEAR, cvc: '123', holderName: 'Ada Lovelace' },
    ]);
    if (!result.ok) throw new Error(`tokenize failed: ${result.message}`);
    expect(result.token).to.match(/^tok_/);
    expect([result.brand, result.last4]).to.deep.equal(['visa', '4242']);
    expect(decodeToken(result.token)).to.include({ brand: 'visa', last4: '4242', expMonth: 12, expYear: YEAR });

    // The number and CVC are gone from the page; the name and expiry stay for another try.
    expect(field(container, 'number').value).to.equal('');
    expect(field(container, 'cvc').value).to.equal('');
    expect(field(container, 'name').value).to.equal('Ada Lovelace');
    expect(field(container, 'expiry').value).to.equal(EXPIRY);
    expect(text(container.querySelector('.cc-card-form__brand'))).to.equal('');
    // The tokenizer holds methods only, no card data.
    expect(Object.values(tokenizer).every((value) => typeof value === 'function')).to.equal(true);
  });

  it('tokenizes every mock test card, reporting its brand', async () => {
    const { container, tokenizer } = await mountForm();
    for (const card of TEST_CARDS) {
      fill(container, { ...VISA, number: card.number, cvc: card.brand === 'amex' ? '1234' : '123' });
      const result = await tokenizer.tokenize();
      expect(result, card.number).to.deep.include({ ok: true, brand: card.brand, last4: card.number.slice(-4) });
      if (result.ok) expect(decodeToken(result.token)?.outcome, card.number).to.equal(card.outcome);
    }
  });

  it('shows a problem when the person leaves a field, and announces it once', async () => {
    const { wrapper, container } = await mountForm();
    await fillByKeyboard(container, { number: '4242 4242 4242 4241' });
    // The name was passed through without typing: no error for it yet.
    expect(error(container, 'name')).to.equal(null);
    const message = 'This card number is not valid: check the digits.';
    expect(error(container, 'number')).to.equal(message);
    expect(description(container, field(container, 'number'))).to.deep.equal([message, 'Visa']);
    expect(status(container)).to.equal(message);
    await expect(wrapper).to.be.accessible();

    // Fixing it removes the problem as soon as it is fixed.
    field(container, 'number').focus();
    await sendKeys({ press: 'Backspace' });
    expect(error(container, 'number'), 'still wrong while typing').to.equal(message);
    expect(status(container), 'typing empties the status region').to.equal('');
    await sendKeys({ type: '2' });
    expect(error(container, 'number')).to.equal(null);
    expect(field(container, 'number').getAttribute('aria-invalid')).to.equal('false');

    // The same mistake again is announced again.
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Tab' });
    expect(status(container)).to.equal(message);
  });

  it('checks every field on tokenize, focuses the first with a problem and calls nothing', async () => {
    const { wrapper, container, tokenizer, calls } = await mountForm();
    expect(await tokenizer.tokenize()).to.deep.equal({ ok: false });
    expect(document.activeElement).to.equal(field(container, 'name'));
    expect([
      error(container, 'name'),
      error(container, 'number'),
      error(container, 'expiry'),
      error(container, 'cvc'),
    ]).to.deep.equal([
      'Enter the name on the card.',
      'Enter the card number.',
      'Enter the expiry date, as MM/YY.',
      'Enter the CVC, the security code on the card.',
    ]);
    expect(status(container), 'focus reads the problem; the status region does not repeat it').to.equal('');
    await expect(wrapper).to.be.accessible();

    fill(container, { name: 'Ada Lovelace', number: '4242', expiry: '13/30', cvc: '12' });
    expect(await tokenizer.tokenize()).to.deep.equal({ ok: false });
    expect(document.activeElement).to.equal(field(container, 'number'));
    expect(error(container, 'name')).to.equal(null);
    expect(error(container, 'number')).to.equal(
      'This is not a card number: enter all the digits on the front of the card.',
    );
    expect(error(container, 'expiry')).to.equal(
      'Enter the expiry date as printed on the card, as MM/YY (for example 04/29).',
    );
    expect(error(container, 'cvc')).to.equal('Enter a CVC of 3 digits, from the back of the card.');

    fill(container, { number: VISA.number, expiry: '01/20', cvc: '123' });
    expect(await tokenizer.tokenize()).to.deep.equal({ ok: false });
    expect(document.activeElement).to.equal(field(container, 'expiry'));
    expect(error(container, 'expiry')).to.equal('This card has expired: use another card.');
    expect(calls).to.have.length(0);
  });

  it('asks for 4 CVC digits on the front for American Express', async () => {
    const { container, tokenizer } = await mountForm();
    fill(container, { ...VISA, number: '3782 822463 10005', cvc: '123' });
    expect(await tokenizer.tokenize()).to.deep.equal({ ok: false });
    expect(document.activeElement).to.equal(field(container, 'cvc'));
    expect(error(container, 'cvc')).to.equal('Enter a CVC of 4 digits, from the front of the card.');
    expect(description(container, field(container, 'number'))).to.deep.equal(['American Express']);

    fill(container, { cvc: '1234' });
    expect(await tokenizer.tokenize()).to.deep.include({ ok: true, brand: 'amex', last4: '0005' });
  });

  it('refuses a brand the API does not accept here, naming the ones it does', async () => {
    const { container, tokenizer, calls } = await mountForm(tokenizeTestCard, ['visa', 'mastercard']);
    fill(container, { ...VISA, number: '378282246310005', cvc: '1234' });
    expect(await tokenizer.tokenize()).to.deep.equal({ ok: false });
    expect(document.activeElement).to.equal(field(container, 'number'));
    expect(error(container, 'number')).to.equal(
      'American Express cards are not accepted here: use Visa or Mastercard.',
    );
    expect(calls).to.have.length(0);
  });

  it('hides what a failing tokenize threw behind a generic message, and keeps the fields', async () => {
    const { container, tokenizer } = await mountForm(() => {
      throw new Error('provider said: card 4242424242424242 is weird');
    });
    fill(container, VISA);
    const result = await tokenizer.tokenize();
    expect(result).to.deep.equal({ ok: false, message: GENERIC });
    expect(field(container, 'number').value).to.equal(VISA.number);
    expect(field(container, 'number').readOnly).to.equal(false);

    // A number the mock does not know is refused the same way (tokenizeTestCard throws).
    const second = await mountForm();
    fill(second.container, { ...VISA, number: '4111 1111 1111 1111' });
    expect(await second.tokenizer.tokenize()).to.deep.equal({ ok: false, message: GENERIC });
  });

  it('gives one token for two presses, with the fields read-only while it works', async () => {
    let release!: (token: string) => void;
    const { container, tokenizer, calls } = await mountForm(
      () => new Promise<string>((resolve) => (release = resolve)),
    );
    fill(container, VISA);
    const first = tokenizer.tokenize();
    const second = tokenizer.tokenize();
    await Promise.resolve();
    expect(calls).to.have.length(1);
    expect(field(container, 'number').readOnly).to.equal(true);
    release('tok_test');
    expect(await first).to.deep.equal({ ok: true, token: 'tok_test', brand: 'visa', last4: '4242' });
    expect(await second).to.deep.equal(await first);
    expect(field(container, 'number').readOnly).to.equal(false);
    expect(field(container, 'number').value).to.equal('');
  });

  it('treats an empty token as a failure', async () => {
    const { container, tokenizer } = await mountForm(() => '');
    fill(container, VISA);
    expect(await tokenizer.tokenize()).to.deep.equal({ ok: false, message: GENERIC });
  });

  it('styles a form in a shadow root by a stylesheet adopted there, as a strict CSP requires', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const container = document.createElement('div');
    shadow.append(container);
    const tokenizer = createCardFormTokenizer({ tokenize: tokenizeTestCard });
    await tokenizer.mount(container, { locale: 'en', brands: ['visa'] });
    expect(container.querySelector('style')).to.equal(null);
    expect(getComputedStyle(container.querySelector('.cc-card-form')!).display).to.equal('grid');
    // Mounting again adopts the sheet once.
    await tokenizer.mount(container, { locale: 'en', brands: ['visa'] });
    expect(shadow.adoptedStyleSheets).to.have.length(1);
    tokenizer.unmount?.();
  });

  it('unmounts to an empty container, and mounts again', async () => {
    const { container, tokenizer } = await mountForm();
    tokenizer.unmount!();
    expect(container.childNodes.length).to.equal(0);
    expect(await tokenizer.tokenize()).to.deep.equal({ ok: false, message: GENERIC });

    await tokenizer.mount(container, { locale: 'en', brands: ['visa'] });
    await tokenizer.mount(container, { locale: 'en', brands: ['visa'] });
    expect(container.querySelectorAll('.cc-card-form'), 'a second mount replaces the first').to.have.length(1);
    fill(container, VISA);
    expect(await tokenizer.tokenize()).to.deep.include({ ok: true, last4: '4242' });
  });

  describe('with the mock’s tokenization endpoint (the demo’s setup)', () => {
    let running: RunningMockApi;
    before(async () => {
      running = await startMockApi(createMockApi({ baseUrl: '/api' }).handlers);
    });
    after(() => running.stop());

    it('gets a token from POST /api/__mock/tokens', async () => {
      const { container, tokenizer } = await mountForm(async ({ number, expMonth, expYear, holderName }) => {
        const response = await fetch('/api/__mock/tokens', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ kind: 'card', number, expMonth, expYear, holderName }),
        });
        if (!response.ok) throw new Error(`tokens: ${response.status}`);
        return ((await response.json()) as { token: string }).token;
      });
      fill(container, { ...VISA, number: '5555 5555 5555 4444' });
      const result = await tokenizer.tokenize();
      expect(result).to.deep.include({ ok: true, brand: 'mastercard', last4: '4444' });
      if (result.ok) expect(decodeToken(result.token)).to.include({ holderName: 'Ada Lovelace', expYear: YEAR });

      fill(container, { number: '4111 1111 1111 1111', cvc: '123' });
      expect(await tokenizer.tokenize()).to.deep.equal({ ok: false, message: GENERIC });
    });
  });
});
