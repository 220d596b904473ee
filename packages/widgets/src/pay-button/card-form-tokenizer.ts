import { msg } from '../i18n/msg.js';
import type { CardBrand } from '@customer-center/sdk';
import { html, nothing, render, type TemplateResult } from 'lit';
import {
  cardBrandName,
  cardBrandOf,
  cardDigits,
  cardProblemMessage,
  checkCardNumber,
  checkCvc,
  checkExpiryText,
  checkHolderName,
  parseExpiry,
  type CardProblem,
} from './card-checks.js';
import type { CardTokenizer, CardTokenizeResult, CardTokenizerContext } from './tokenizer.js';

/** The card as typed, checked and normalized: the number and CVC digits only, a 4-digit year. */
export interface CardFormCard {
  readonly number: string;
  readonly expMonth: number;
  readonly expYear: number;
  readonly cvc: string;
  readonly holderName: string;
}

export interface CardFormTokenizerOptions {
  /**
   * Exchanges the card for a one-time token (`tok_…`) at the payment provider. What it throws
   * is never shown: the person sees a generic message (the text may come from a third party).
   */
  tokenize(card: CardFormCard): string | Promise<string>;
}

type Field = 'name' | 'number' | 'expiry' | 'cvc';

/** In the order they appear, so the first with a problem gets focus. */
const FIELDS: readonly Field[] = ['name', 'number', 'expiry', 'cvc'];

const failedMessage = () => msg('The card could not be checked. Try again, or use another method.');

// Scoped under .cc-card-form: the form renders in a widget's shadow root whose styles it does
// not control. Each value reads the widget's private token, then the public one, then a default.
const styles = `
.cc-card-form {
  --_ccf-muted: var(--_cc-color-muted, var(--cc-color-muted, light-dark(#5b5e66, #a6a9b1)));
  --_ccf-text: var(--_cc-color-text, var(--cc-color-text, light-dark(#1c1d21, #e7e7ea)));
  --_ccf-surface: var(--_cc-color-surface, var(--cc-color-surface, light-dark(#ffffff, #1b1c20)));
  --_ccf-border: var(
    --_cc-color-control-border,
    var(--cc-color-control-border, light-dark(#7c818a, #777a82))
  );
  --_ccf-danger: var(--_cc-color-danger, var(--cc-color-danger, light-dark(#b3261e, #f2b8b5)));
  --_ccf-focus-ring: var(--_cc-focus-ring, var(--cc-focus-ring, 2px solid light-dark(#0b57d0, #8ab4f8)));
  --_ccf-radius: var(--_cc-radius, var(--cc-radius, 0.5rem));
  --_ccf-space: var(--_cc-space, var(--cc-space, 0.5rem));
  display: grid;
  gap: calc(var(--_ccf-space) * 1.5);
  line-height: 1.45;
}
.cc-card-form__row {
  display: flex;
  flex-wrap: wrap;
  gap: calc(var(--_ccf-space) * 1.5);
}
.cc-card-form__row > .cc-card-form__field {
  flex: 1 1 8rem;
}
.cc-card-form__field {
  display: grid;
  gap: calc(var(--_ccf-space) * 0.5);
  align-content: start;
}
.cc-card-form__label {
  font-weight: 600;
}
.cc-card-form__input {
  box-sizing: border-box;
  inline-size: 100%;
  padding-block: calc(var(--_ccf-space) * 0.75);
  padding-inline: var(--_ccf-space);
  border: 1px solid var(--_ccf-border);
  border-radius: var(--_ccf-radius);
  background: var(--_ccf-surface);
  color: var(--_ccf-text);
  font: inherit;
  font-variant-numeric: tabular-nums;
}
.cc-card-form__input:focus-visible {
  outline: var(--_ccf-focus-ring);
  outline-offset: 2px;
}
.cc-card-form__input[aria-invalid='true'] {
  border-color: var(--_ccf-danger);
}
.cc-card-form__input[readonly] {
  opacity: 0.7;
}
.cc-card-form__brand {
  min-block-size: 1lh;
  color: var(--_ccf-muted);
  font-size: 0.875em;
}
.cc-card-form__error {
  margin: 0;
  color: var(--_ccf-danger);
  font-size: 0.875em;
  font-weight: 600;
}
.cc-card-form__announce {
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  margin: -1px;
  padding: 0;
  border: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
`;

let mountCount = 0;

let sheet: CSSStyleSheet | undefined;

/**
 * Styles the form through a constructable stylesheet adopted by the container's shadow root
 * (or document). Why: a strict Content-Security-Policy (`style-src 'self'`, no 'unsafe-inline')
 * blocks a <style> element made by script; an adopted stylesheet is not inline style and needs
 * no nonce. The sheet stays adopted after unmounting: its rules only match `.cc-card-form`.
 * A container not in a document or shadow root yet falls back to a <style> element.
 */
function adoptStyles(container: HTMLElement, formRoot: HTMLElement): void {
  const root = container.getRootNode();
  if (root instanceof ShadowRoot || root instanceof Document) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(styles);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = styles;
  formRoot.append(style);
}

/** One mounted form. It reads values from its inputs when needed and never copies the number or CVC. */
class CardForm {
  readonly #root = document.createElement('div');
  readonly #ids = `cc-card-${(mountCount += 1)}`;
  readonly #context: CardTokenizerContext;
  /** Problems shown, as codes so the message follows the brand typed since. */
  readonly #problems = new Map<Field, CardProblem>();
  /** Fields typed in since mounted (or cleared): only these are checked on blur. */
  readonly #edited = new Set<Field>();
  #announcement = '';
  #busy = false;
  #removed = false;

  constructor(container: HTMLElement, context: CardTokenizerContext) {
    this.#context = context;
    // Rendered into an element of its own, so unmounting leaves the container as it was.
    adoptStyles(container, this.#root);
    container.append(this.#root);
    this.#draw();
  }

  get removed(): boolean {
    return this.#removed;
  }

  remove(): void {
    this.#removed = true;
    render(nothing, this.#root);
    this.#root.remove();
  }

  #input(field: Field): HTMLInputElement | null {
    return this.#root.querySelector<HTMLInputElement>(`[data-field="${field}"]`);
  }

  #value(field: Field): string {
    return this.#input(field)?.value ?? '';
  }

  #brand(): CardBrand | null {
    return cardBrandOf(this.#value('number'));
  }

  #check(field: Field, today: Date): CardProblem | null {
    const value = this.#value(field);
    if (field === 'name') return checkHolderName(value);
    if (field === 'number') return checkCardNumber(value, this.#context.brands);
    if (field === 'expiry') return checkExpiryText(value, today);
    return checkCvc(value, this.#brand());
  }

  #message(code: CardProblem): string {
    const { brands, locale } = this.#context;
    return cardProblemMessage(code, { brand: this.#brand(), acceptedBrands: brands, locale });
  }

  #onInput(field: Field): void {
    this.#edited.add(field);
    // Emptied, so the next problem is announced even if it is the same sentence as the last.
    this.#announcement = '';
    // A shown problem goes as soon as it is fixed, but does not change while typing.
    if (this.#problems.has(field) && this.#check(field, new Date()) === null) this.#problems.delete(field);
    this.#draw();
  }

  #onBlur(field: Field): void {
    if (!this.#edited.has(field)) return;
    const before = this.#problems.get(field);
    const problem = this.#check(field, new Date());
    if (problem) this.#problems.set(field, problem);
    else this.#problems.delete(field);
    // Focus has moved on, so the field's description would go unheard: say it once in the status region.
    if (problem && problem !== before) this.#announcement = this.#message(problem);
    this.#draw();
  }

  /** Checks every field, shows each problem and focuses the first; true when all pass. */
  checkAll(): boolean {
    const today = new Date();
    this.#problems.clear();
    for (const field of FIELDS) {
      const problem = this.#check(field, today);
      if (problem) this.#problems.set(field, problem);
    }
    // Focus on the first field reads its problem; the status region would repeat it.
    this.#announcement = '';
    this.#draw();
    const first = FIELDS.find((field) => this.#problems.has(field));
    if (first) this.#input(first)?.focus();
    return first === undefined;
  }

  /** The checked card, read fresh from the fields for the one call that needs it. */
  card(): CardFormCard {
    const expiry = parseExpiry(this.#value('expiry'))!;
    return {
      number: cardDigits(this.#value('number')),
      expMonth: expiry.month,
      expYear: expiry.year,
      cvc: this.#value('cvc').trim(),
      holderName: this.#value('name').trim(),
    };
  }

  set busy(busy: boolean) {
    this.#busy = busy;
    this.#draw();
  }

  /** After a token: the number and CVC are not needed any more and must not linger in the page. */
  clearSecrets(): void {
    for (const field of ['number', 'cvc'] as const) {
      const input = this.#input(field);
      if (input) input.value = '';
      this.#edited.delete(field);
      this.#problems.delete(field);
    }
    this.#draw();
  }

  #draw(): void {
    if (this.#removed) return;
    const brand = this.#brand();
    render(
      html`<div class="cc-card-form" role="group" aria-label=${msg('Card details')}>
        ${this.#field('name', msg('Name on card'), 'cc-name', 'text')}
        ${this.#field('number', msg('Card number'), 'cc-number', 'numeric', brand)}
        <div class="cc-card-form__row">
          ${this.#field('expiry', msg('Expiry date (MM/YY)'), 'cc-exp', 'numeric')}
          ${this.#field('cvc', msg('Security code (CVC)'), 'cc-csc', 'numeric')}
        </div>
        <p class="cc-card-form__announce" role="status">${this.#announcement}</p>
      </div>`,
      this.#root,
    );
  }

  #field(
    field: Field,
    label: string,
    autocomplete: 'cc-name' | 'cc-number' | 'cc-exp' | 'cc-csc',
    inputmode: 'text' | 'numeric',
    brand?: CardBrand | null,
  ): TemplateResult {
    const id = `${this.#ids}-${field}`;
    const problem = this.#problems.get(field);
    const describedBy = [problem ? `${id}-error` : '', brand ? `${id}-brand` : ''].filter(Boolean).join(' ');
    // No name attributes: the card's fields must never be submitted with a host's form.
    return html`<div class="cc-card-form__field">
      <label class="cc-card-form__label" for=${id}>${label}</label>
      <input
        id=${id}
        class="cc-card-form__input"
        data-field=${field}
        type="text"
        autocomplete=${autocomplete}
        inputmode=${inputmode}
        spellcheck="false"
        autocapitalize=${field === 'name' ? 'words' : 'off'}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        ?readonly=${this.#busy}
        @input=${() => this.#onInput(field)}
        @blur=${() => this.#onBlur(field)}
      />
      ${
        brand === undefined
          ? nothing
          : html`<span id="${id}-brand" class="cc-card-form__brand">${brand ? cardBrandName(brand) : ''}</span>`
      }
      ${problem ? html`<p id="${id}-error" class="cc-card-form__error">${this.#message(problem)}</p>` : nothing}
    </div>`;
  }
}

/**
 * A {@link CardTokenizer} that renders its own card fields (name, number, expiry, CVC), checks
 * them (card-checks.ts) and hands the card to `tokenize`, a payment provider's tokenization
 * call. The fields are the page's own inputs, which puts the host in PCI SAQ A-EP scope; a
 * provider's hosted fields keep it in SAQ A (docs/payments.md).
 */
export function createCardFormTokenizer(options: CardFormTokenizerOptions): CardTokenizer {
  let form: CardForm | undefined;
  let pending: Promise<CardTokenizeResult> | undefined;

  async function run(current: CardForm): Promise<CardTokenizeResult> {
    if (!current.checkAll()) return { ok: false };
    // Local only: the card goes to the provider and out of scope when this returns.
    const card = current.card();
    const brand = cardBrandOf(card.number);
    const last4 = card.number.slice(-4);
    current.busy = true;
    let token: unknown;
    try {
      token = await options.tokenize(card);
    } catch {
      return { ok: false, message: failedMessage() };
    } finally {
      current.busy = false;
    }
    if (typeof token !== 'string' || token === '') return { ok: false, message: failedMessage() };
    current.clearSecrets();
    return { ok: true, token, brand, last4 };
  }

  return {
    mount(container, context) {
      form?.remove();
      form = new CardForm(container, context);
    },
    tokenize() {
      if (!form || form.removed) return Promise.resolve({ ok: false, message: failedMessage() });
      // A second press while the first is in flight waits for the same answer: one token, not two.
      pending ??= run(form).finally(() => (pending = undefined));
      return pending;
    },
    unmount() {
      form?.remove();
      form = undefined;
    },
  };
}
