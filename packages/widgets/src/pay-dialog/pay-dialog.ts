import { msg, str } from '../i18n/msg.js';
import {
  BillingApiError,
  BillingPermissionError,
  CARD_LIMIT_USD,
  compareMoney,
  formatDate,
  formatMoney,
  PaymentAttempt,
  parseLocalizedAmount,
  toDecimalString,
  totalsByCurrency,
  type CacheTag,
  type InvoiceDetail,
  type Money,
  type Payment,
  type PaymentAttemptOutcome,
  type PaymentMethodInput,
  type PaymentMethodOption,
  type PaymentOptions,
  type SavedPaymentMethod,
} from '@customer-center/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CcElement } from '../base/cc-element.js';
import { renderHelp } from '../base/help.js';
import type { CcHelpRequestDetail } from '../events/help-request.js';
import { invoiceTypeLabel } from '../base/labels.js';
import { ModalDialog } from '../base/modal-dialog.js';
import { copyText, renderRemittance } from '../base/remittance.js';
import { saveFile } from '../base/save-file.js';
import type { CcRewardAppliedEvent } from '../events/reward-applied.js';
import { errorHelp, errorMessage, errorState, isMixedCurrencies, loadingState } from '../base/states.js';
import { CcPaymentCancelEvent } from '../events/payment-cancel.js';
import { CcPaymentFailedEvent } from '../events/payment-failed.js';
import { CcPaymentSucceededEvent } from '../events/payment-succeeded.js';
import { cardBrandName } from '../pay-button/card-checks.js';
import type { CardTokenizer } from '../pay-button/tokenizer.js';
import { styles } from './pay-dialog.styles.js';

type Step = 'loading' | 'error' | 'amount' | 'method' | 'rewards' | 'review' | 'paying' | 'result' | 'offline';

/** What the payer chose to pay with. `new-card` is tokenized at review. */
type MethodChoice =
  | { readonly kind: 'saved'; readonly method: SavedPaymentMethod }
  | { readonly kind: 'new-card' }
  | { readonly kind: 'paypal' };

interface Loaded {
  readonly invoices: readonly InvoiceDetail[];
  readonly options: PaymentOptions;
  readonly savedMethods: readonly SavedPaymentMethod[];
}

/** Asks the payer to approve a PayPal payment; resolves with the approval id PayPal returns. */
export type PaypalApprover = (payment: Payment) => Promise<string>;

function failureMessage(payment: Payment): string {
  switch (payment.failure?.code) {
    case 'card_declined':
      return msg('The card was declined by its bank. Use another card or method, or ask the bank why.');
    case 'expired_card':
      return msg('The card has expired. Use another card or method.');
    case 'insufficient_funds':
      return msg('The account has insufficient funds. Use another card or method.');
    case 'limit_exceeded':
      return msg('The amount is above the card limit. Pay by another method or offline.');
    case 'approval_declined':
      return msg('The payment was not approved in PayPal. Try again or use another method.');
    default:
      return msg('The payment could not be processed. Nothing was charged. Try again or use another method.');
  }
}

function refusalMessage(error: unknown): string {
  if (error instanceof BillingApiError) {
    switch (error.code) {
      case 'card_limit_exceeded':
        return msg('Card payments are limited to USD 100,000. Pay by another method or offline.');
      case 'invoice_already_paid':
        return msg('This invoice is already paid. Nothing was charged.');
      case 'invoice_balance_changed':
      case 'amount_exceeds_balance':
        return msg('The balance due changed since you opened this. Nothing was charged: check the amount again.');
      case 'amount_below_minimum':
        return msg('The amount is below the minimum payment. Nothing was charged.');
      case 'online_payment_unavailable':
      case 'method_not_available':
        return msg(
          'This method is not available for your country. Nothing was charged: pay offline or by another method.',
        );
    }
    if (error.status < 500) return `${msg('The payment was refused. Nothing was charged.')} ${errorMessage(error)}`;
  }
  return errorMessage(error);
}

/** `<cc-rewards-redeem>`'s module, fetched (once) when the rewards step is first shown. */
function loadRewardsRedeem(): Promise<unknown> {
  return customElements.get('cc-rewards-redeem') ? Promise.resolve() : import('../rewards-redeem/define.js');
}

function methodLabel(method: SavedPaymentMethod): string {
  if (method.type === 'paypal') return 'PayPal';
  const expiry =
    method.expMonth && method.expYear ? ` ${String(method.expMonth).padStart(2, '0')}/${method.expYear % 100}` : '';
  const name =
    method.type === 'card' ? (method.brand ? cardBrandName(method.brand) : msg('Card')) : msg('Bank account');
  return `${name} •••• ${method.last4 ?? ''}${expiry}`;
}

/**
 * @summary The payment flow of `<cc-pay-button>`: amounts, method, rewards code, review,
 * confirmation, and offline instructions, in a modal dialog. Loaded on first use.
 *
 * Every confirmation is one `PaymentAttempt` from the SDK: one idempotency key, reused on
 * every retry, so a payment is never taken twice; an outcome that could not be read is
 * asked again, never shown as a failure. Closing the dialog does not stop it.
 *
 * @tag cc-pay-dialog
 * @slot card-field - A payment provider's card field, for providers that cannot render in a shadow root.
 * @csspart dialog - The `<dialog>`.
 * @csspart heading - The step's heading.
 * @csspart status - The live region that announces progress and outcomes.
 * @csspart remittance - Offline payment instructions.
 * @csspart copy-button - Each Copy button of the offline instructions.
 * @csspart receipt - The confirmation of a successful payment.
 * @cssproperty [--cc-pay-dialog-background=var(--cc-color-surface)] - The dialog's background.
 * @cssproperty [--cc-pay-dialog-max-inline-size=40rem] - The dialog's largest width.
 * @cssproperty [--cc-pay-dialog-backdrop=rgb(0 0 0 / 0.45)] - The modal backdrop.
 * @cssproperty [--cc-pay-dialog-border=1px solid var(--cc-color-border)] - The dialog's border.
 * @cssproperty [--cc-pay-dialog-padding=calc(var(--cc-space) * 2)] - The space inside the dialog.
 * @cssproperty [--cc-pay-dialog-error-color=var(--cc-color-danger)] - The colour of error messages.
 * @event {CcPaymentSucceededEvent} cc-payment-succeeded - The payment went through.
 * @event {CcPaymentFailedEvent} cc-payment-failed - The attempt was declined or refused, or its outcome is not known yet.
 * @event {CcPaymentCancelEvent} cc-payment-cancel - The dialog was closed before paying.
 * @event {CcHelpRequestEvent} cc-help-request - With the `help` attribute: a person pressed "Get help" in a failed or unconfirmed payment, and the error state; `detail` has the topic, reference, message and request id.
 * @slot help - Your own help content (a link to billing support or a chat), shown in a failed or unconfirmed payment, and the error state.
 * @csspart help - The help area: the `help` slot and the "Get help" button.
 * @csspart help-button - The "Get help" button (with the `help` attribute).
 */
export class CcPayDialog extends CcElement {
  static override styles = styles;

  /** The ids of the invoices to pay (one currency). */
  @property({ attribute: false }) invoiceIds: readonly string[] = [];

  /** Renders the new-card form and tokenizes it; without one, only saved methods are offered. */
  @property({ attribute: false }) tokenizer?: CardTokenizer;

  /** How PayPal approval happens; by default, PayPal's page in a new window and a "Continue" button. */
  @property({ attribute: false }) paypalApprover?: PaypalApprover;

  /** Pauses between asks while an outcome is unknown; the SDK's default when unset. */
  @property({ attribute: false }) reconcileDelaysMs?: readonly number[];

  @state() private step: Step = 'loading';
  @state() private loaded?: Loaded;
  @state() private loadError?: unknown;
  /** The amount typed per invoice id, as typed. */
  @state() private amountTexts: Readonly<Record<string, string>> = {};
  @state() private amountErrors: Readonly<Record<string, string>> = {};
  @state() private choice?: MethodChoice;
  @state() private choiceError?: string;
  @state() private mandateAccepted = false;
  @state() private cardMessage?: string;
  @state() private attempt?: PaymentAttempt;
  @state() private outcome?: PaymentAttemptOutcome;
  @state() private announcement = '';
  @state() private tokenizing = false;
  @state() private awaitingApproval = false;
  /** Where "Back" goes from the offline instructions. */
  @state() private offlineReturn: Step = 'amount';

  @query('dialog') private dialog?: HTMLDialogElement | null;
  @query('.card-form') private cardFormContainer?: HTMLElement | null;

  readonly #modal = new ModalDialog(
    () => this.dialog,
    () => this.inFlight,
  );
  #mountedTokenizer?: CardTokenizer;
  #unsubscribe?: () => void;
  /** The invoices the step data was loaded for; a change reloads. */
  #loadedFor = '';
  /** An invoice changed through the client since the data was loaded (a rewards code, a payment elsewhere). */
  #stale = false;
  /** The outcome came while the dialog was closed: the next opening shows it before anything else. */
  #outcomeUnseen = false;
  /** Counts loads, so an answer to an older load is dropped. */
  #loads = 0;

  protected override watchedTags: readonly CacheTag[] = ['invoices'];

  /** Whether the dialog is showing. */
  get open(): boolean {
    return this.#modal.open;
  }

  /** Whether a payment is being sent or confirmed: the dialog does not close by Escape then. */
  get inFlight(): boolean {
    return this.attempt?.inFlight ?? false;
  }

  /**
   * Opens the dialog; loads the invoices and payment options unless a payment is under way or
   * its outcome came while the dialog was closed (that outcome is shown instead).
   */
  async show(): Promise<void> {
    await this.updateComplete;
    if (!this.dialog || this.#modal.open) return;
    const key = this.invoiceIds.join(' ');
    const unseen = this.#outcomeUnseen && this.step === 'result';
    this.#outcomeUnseen = false;
    if (
      !this.#busy &&
      !unseen &&
      (key !== this.#loadedFor || this.#stale || this.step === 'result' || this.step === 'error')
    )
      void this.#load();
    this.#modal.show();
    await this.updateComplete;
    this.#focusHeading();
  }

  /**
   * A payment not yet definite: sending, its outcome unknown (it may have been charged) or
   * waiting for PayPal approval. Reloading then would offer a new form and risk paying twice.
   */
  get #busy(): boolean {
    return this.step === 'paying' || (this.attempt?.unsettled ?? false);
  }

  protected override billingDataChanged(): void {
    // Our own payment or rewards code lands here too: the dialog's flow already follows it,
    // and a reload under an open dialog would throw away what the payer typed. Reloaded when
    // next opened, or now when closed and idle, so the next opening shows the new balances.
    this.#stale = true;
    if (!this.open && !this.#busy && !this.#outcomeUnseen && this.#loadedFor !== '') void this.#load();
  }

  /** Closes the dialog; a payment in flight continues and its outcome is still announced. */
  close(): void {
    this.#modal.close();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unmountCard();
    this.#unsubscribe?.();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The tokenizer renders into our container once it exists; it is unmounted when hidden.
    const container = this.cardFormContainer;
    if (container && this.tokenizer && this.#mountedTokenizer !== this.tokenizer) {
      this.#unmountCard();
      this.#mountedTokenizer = this.tokenizer;
      void this.tokenizer.mount(container, { locale: this.activeLocale, brands: this.#cardOption()?.brands ?? [] });
    } else if (!container && this.#mountedTokenizer) {
      this.#unmountCard();
    }
  }

  #unmountCard(): void {
    this.#mountedTokenizer?.unmount?.();
    this.#mountedTokenizer = undefined;
  }

  async #load(): Promise<void> {
    const client = this.billingClient;
    const load = (this.#loads += 1);
    this.#loadedFor = this.invoiceIds.join(' ');
    this.#stale = false;
    this.#resetFlow();
    this.step = 'loading';
    this.loaded = undefined;
    if (!client || this.invoiceIds.length === 0) {
      this.loadError = undefined;
      this.step = 'error';
      return;
    }
    try {
      const ids = [...new Set(this.invoiceIds)];
      const [invoices, options, savedMethods] = await Promise.all([
        Promise.all(ids.map((id) => client.invoices.retrieve(id, { fresh: true }))),
        client.paymentOptions.retrieve({ invoiceIds: ids }),
        client.profile.retrieve().then(
          (profile) => profile.paymentMethods,
          // A role that may pay but not read the profile still pays with a new card or PayPal.
          (error: unknown) => {
            if (error instanceof BillingPermissionError) return [];
            throw error;
          },
        ),
      ]);
      if (load !== this.#loads) return;
      this.loaded = { invoices, options, savedMethods };
      const locale = this.activeLocale;
      this.amountTexts = Object.fromEntries(
        invoices.map((invoice) => [invoice.id, this.#amountText(invoice.balanceDue, locale)]),
      );
      this.step = options.onlineAvailable ? 'amount' : 'offline';
      this.offlineReturn = 'amount';
    } catch (error) {
      if (load !== this.#loads) return;
      this.loadError = error;
      this.step = 'error';
    }
    await this.updateComplete;
    if (this.open) this.#focusHeading();
  }

  #resetFlow(): void {
    this.amountErrors = {};
    this.choice = undefined;
    this.choiceError = undefined;
    this.mandateAccepted = false;
    this.cardMessage = undefined;
    this.outcome = undefined;
    this.awaitingApproval = false;
    if (!this.attempt?.inFlight) this.#setAttempt(undefined);
  }

  #amountText(amount: Money, locale: string): string {
    // The decimal string in the locale's digits and separator, without grouping, so it reads back exactly.
    const decimal = toDecimalString(amount);
    const separator =
      new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
    const digits = new Intl.NumberFormat(locale, { useGrouping: false }).format(0);
    return decimal.replace('.', separator).replace(/\d/g, (d) => String.fromCharCode(digits.charCodeAt(0) + Number(d)));
  }

  override render() {
    const busy = this.inFlight;
    return html`<dialog
      part="dialog"
      class="dialog"
      aria-labelledby="heading"
      @keydown=${this.#modal.onKeydown}
      @cancel=${this.#modal.onCancel}
      @close=${this.#onClose}
    >
      <span class="focus-guard" tabindex="0" @focus=${this.#focusLast}></span>
      <div class="body" aria-busy=${this.step === 'loading' ? 'true' : 'false'}>
        <h2 id="heading" part="heading" class="heading" tabindex="-1" autofocus>${this.#heading()}</h2>
        ${this.#renderStep()}
        <p part="status" class="status" role="status" aria-live="polite">${this.announcement}</p>
        <div class="footer">
          ${
            this.step === 'paying'
              ? html`<button type="button" class="button button--secondary" @click=${this.close}>
                  ${msg('Close — the payment continues')}
                </button>`
              : html`<button
                  type="button"
                  class="button button--secondary"
                  aria-disabled=${busy ? 'true' : 'false'}
                  @click=${() => !busy && this.close()}
                >
                  ${this.outcome?.state === 'succeeded' ? msg('Close') : msg('Cancel')}
                </button>`
          }
        </div>
      </div>
      <span class="focus-guard" tabindex="0" @focus=${this.#focusFirst}></span>
    </dialog>`;
  }

  // A modal dialog lets Tab leave for the browser's own controls after its last control;
  // these guards at both ends send focus round to the other end instead. The heading has
  // autofocus so that opening the dialog focuses it rather than the first guard.
  #focusFirst(): void {
    const controls = this.renderRoot.querySelectorAll<HTMLElement>(
      '.body :is(button, input, select, textarea, a[href], cc-rewards-redeem)',
    );
    const first = [...controls].find((control) => {
      if (control.matches(':disabled, [tabindex="-1"]') || !control.checkVisibility()) return false;
      // Tab enters a radio group on its checked radio, or its first when none is.
      if (control instanceof HTMLInputElement && control.type === 'radio') {
        const group = [...controls].filter(
          (other): other is HTMLInputElement =>
            other instanceof HTMLInputElement && other.type === 'radio' && other.name === control.name,
        );
        return control.checked || !group.some((other) => other.checked);
      }
      return true;
    });
    first?.focus();
  }

  #focusLast(): void {
    // The footer's button closes every step, and is always the last control.
    this.renderRoot.querySelector<HTMLElement>('.footer button')?.focus();
  }

  #heading(): string {
    switch (this.step) {
      case 'loading':
      case 'error':
      case 'amount':
        return msg('Pay invoices');
      case 'method':
        return msg('Choose how to pay');
      case 'rewards':
        return msg('Apply a rewards code');
      case 'review':
        return msg('Review and pay');
      case 'paying':
        return msg('Paying…');
      case 'offline':
        return msg('Pay by bank transfer or cheque');
      case 'result':
        return this.#resultHeading();
    }
  }

  #resultHeading(): string {
    switch (this.outcome?.state) {
      case 'succeeded':
        return msg('Payment received');
      case 'requires_action':
        return msg('Approve the payment in PayPal');
      case 'unknown':
        return msg('We are confirming your payment');
      default:
        return msg('The payment did not go through');
    }
  }

  #renderStep(): TemplateResult | typeof nothing {
    const loaded = this.loaded;
    switch (this.step) {
      case 'loading':
        return loadingState(4, msg('Loading invoices and payment options…'));
      case 'error':
        return this.loadError
          ? errorState(this.loadError, isMixedCurrencies(this.loadError) ? undefined : () => void this.#load(), {
              host: this,
              topic: 'payment',
            })
          : html`<p class="message">${msg('Connect a billing API and choose invoices to pay.')}</p>`;
      case 'amount':
        return loaded ? this.#renderAmounts(loaded) : nothing;
      case 'method':
        return loaded ? this.#renderMethods(loaded) : nothing;
      case 'rewards':
        return loaded ? this.#renderRewards() : nothing;
      case 'review':
        return loaded ? this.#renderReview(loaded) : nothing;
      case 'paying':
        return this.#renderPaying();
      case 'result':
        return this.#renderResult();
      case 'offline':
        return loaded ? this.#renderOffline(loaded) : nothing;
    }
  }

  // ── Step 1: amounts ──────────────────────────────────────────────────────────

  #payable(loaded: Loaded): readonly InvoiceDetail[] {
    return loaded.invoices.filter((invoice) => invoice.balanceDue.amountMinor > 0);
  }

  #renderAmounts(loaded: Loaded): TemplateResult {
    const locale = this.activeLocale;
    const payable = this.#payable(loaded);
    const paid = loaded.invoices.filter((invoice) => invoice.balanceDue.amountMinor === 0);
    const minimum = formatMoney(loaded.options.minimumAmount, locale);
    return html`<form class="step" novalidate @submit=${this.#submitAmounts}>
      ${
        paid.length > 0
          ? html`<p class="message">
              ${msg(str`Already paid, so left out: ${paid.map((invoice) => invoice.number).join(', ')}`)}
            </p>`
          : nothing
      }
      ${
        payable.length === 0
          ? html`<p class="message">${msg('There is nothing left to pay on these invoices.')}</p>`
          : html`<table class="invoices">
                <caption class="cc-visually-hidden">
                  ${msg('Invoices to pay')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${msg('Invoice')}</th>
                    <th scope="col">${msg('Type')}</th>
                    <th scope="col" class="numeric">${msg('Balance due')}</th>
                    <th scope="col" class="numeric">${msg('Amount to pay')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${payable.map((invoice) => this.#renderAmountRow(invoice, locale))}
                </tbody>
              </table>
              <p class="hint">${msg(str`Pay the full balance, or part of it: at least ${minimum} per invoice.`)}</p>
              ${this.#renderTotals(this.#amountsOrBalances(payable))}
              <div class="actions">
                <button type="button" class="button button--secondary" @click=${() => this.#showOffline('amount')}>
                  ${msg('Pay offline instead')}
                </button>
                <button type="submit" class="button">${msg('Continue')}</button>
              </div>`
      }
    </form>`;
  }

  #renderAmountRow(invoice: InvoiceDetail, locale: string): TemplateResult {
    const id = `amount-${invoice.id}`;
    const error = this.amountErrors[invoice.id];
    return html`<tr>
      <th scope="row"><bdi>${invoice.number}</bdi></th>
      <td>${invoiceTypeLabel(invoice.type)}</td>
      <td class="numeric">${formatMoney(invoice.balanceDue, locale)}</td>
      <td class="numeric">
        <label class="cc-visually-hidden" for=${id}>${msg(str`Amount to pay on ${invoice.number}`)}</label>
        <span class="amount-field">
          <input
            id=${id}
            class="input amount"
            inputmode="decimal"
            autocomplete="off"
            .value=${this.amountTexts[invoice.id] ?? ''}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? `${id}-error` : nothing}
            @input=${(event: InputEvent) => this.#onAmountInput(invoice.id, event)}
          />
          <span class="currency">${invoice.currency}</span>
        </span>
        ${error ? html`<p id="${id}-error" class="field-error">${error}</p>` : nothing}
      </td>
    </tr>`;
  }

  #onAmountInput(invoiceId: string, event: InputEvent): void {
    this.amountTexts = { ...this.amountTexts, [invoiceId]: (event.target as HTMLInputElement).value };
    if (this.amountErrors[invoiceId]) {
      const { [invoiceId]: _cleared, ...rest } = this.amountErrors;
      this.amountErrors = rest;
    }
  }

  /** The amount typed for an invoice, or why it cannot be paid. */
  #amountFor(invoice: InvoiceDetail, minimum: Money): Money | string {
    const locale = this.activeLocale;
    let amount: Money;
    try {
      amount = parseLocalizedAmount(this.amountTexts[invoice.id] ?? '', invoice.currency, locale);
    } catch {
      return msg('Enter an amount, such as the balance due.');
    }
    if (amount.amountMinor <= 0) return msg('Enter an amount above zero.');
    if (compareMoney(amount, invoice.balanceDue) > 0)
      return msg(str`The most you can pay is the balance due, ${formatMoney(invoice.balanceDue, locale)}.`);
    if (amount.amountMinor < minimum.amountMinor && amount.amountMinor !== invoice.balanceDue.amountMinor)
      return msg(str`The smallest partial payment is ${formatMoney(minimum, locale)}.`);
    return amount;
  }

  #amountsOrBalances(invoices: readonly InvoiceDetail[]): Money[] {
    const minimum = this.loaded?.options.minimumAmount;
    return invoices.map((invoice) => {
      const amount = minimum ? this.#amountFor(invoice, minimum) : invoice.balanceDue;
      return typeof amount === 'string' ? invoice.balanceDue : amount;
    });
  }

  #renderTotals(amounts: readonly Money[]): TemplateResult {
    const locale = this.activeLocale;
    return html`<dl class="totals">
      ${totalsByCurrency(amounts).map(
        (total) =>
          html`<div class="total">
            <dt>${msg(str`Total (${total.currency})`)}</dt>
            <dd>${formatMoney(total, locale)}</dd>
          </div>`,
      )}
    </dl>`;
  }

  async #submitAmounts(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const loaded = this.loaded;
    if (!loaded) return;
    const errors: Record<string, string> = {};
    for (const invoice of this.#payable(loaded)) {
      const amount = this.#amountFor(invoice, loaded.options.minimumAmount);
      if (typeof amount === 'string') errors[invoice.id] = amount;
    }
    this.amountErrors = errors;
    const first = Object.keys(errors)[0];
    if (first) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`#amount-${CSS.escape(first)}`)?.focus();
      return;
    }
    this.#goTo('method');
  }

  // ── Step 2: method ───────────────────────────────────────────────────────────

  #cardOption(): Extract<PaymentMethodOption, { type: 'card' }> | undefined {
    return this.loaded?.options.methods.find((method) => method.type === 'card') as
      Extract<PaymentMethodOption, { type: 'card' }> | undefined;
  }

  #total(): Money | undefined {
    const loaded = this.loaded;
    if (!loaded) return undefined;
    return totalsByCurrency(this.#amountsOrBalances(this.#payable(loaded)))[0];
  }

  /** The card limit in the invoices' currency, and whether this payment is above it. */
  #cardLimit(): { limit: Money; exceeded: boolean } | undefined {
    const card = this.#cardOption();
    const total = this.#total();
    if (!card || !total) return undefined;
    const limit = card.limitInCurrency ?? card.limit;
    return { limit, exceeded: limit.currency === total.currency && total.amountMinor > limit.amountMinor };
  }

  #renderMethods(loaded: Loaded): TemplateResult {
    const locale = this.activeLocale;
    const offered = new Set(loaded.options.methods.map((method) => method.type));
    const cardLimit = this.#cardLimit();
    const cardAllowed = offered.has('card') && !cardLimit?.exceeded;
    const cards = loaded.savedMethods.filter((method) => method.type === 'card');
    const debits = loaded.savedMethods.filter((method) => method.type === 'direct_debit');
    const debit = loaded.options.methods.find((method) => method.type === 'direct_debit') as
      Extract<PaymentMethodOption, { type: 'direct_debit' }> | undefined;
    const chosenId = this.choice?.kind === 'saved' ? this.choice.method.id : this.choice?.kind;
    const radio = (
      value: string,
      label: TemplateResult | string,
      disabled: boolean,
      onPick: () => void,
      note?: string,
    ) =>
      html`<label class="method ${disabled ? 'method--disabled' : ''}">
        <input
          type="radio"
          name="method"
          .value=${value}
          .checked=${chosenId === value}
          ?disabled=${disabled}
          @change=${onPick}
        />
        <span class="method__label">${label}</span>
        ${note ? html`<span class="method__note">${note}</span>` : nothing}
      </label>`;
    return html`<form class="step" novalidate @submit=${this.#submitMethod}>
      ${
        cardLimit?.exceeded
          ? html`<p class="notice" role="note">
              ${
                offered.size > 1
                  ? msg(
                      str`Card payments are limited to ${formatMoney(CARD_LIMIT_USD, locale)} (${formatMoney(cardLimit.limit, locale)} in this currency). Pay this amount by another method below, or offline.`,
                    )
                  : msg(
                      str`Card payments are limited to ${formatMoney(CARD_LIMIT_USD, locale)} (${formatMoney(cardLimit.limit, locale)} in this currency). Pay this amount offline.`,
                    )
              }
            </p>`
          : nothing
      }
      <fieldset class="methods" aria-describedby=${this.choiceError ? 'method-error' : nothing}>
        <legend>${msg('Payment method')}</legend>
        ${
          offered.has('card')
            ? cards.map((card) =>
                radio(
                  card.id,
                  methodLabel(card),
                  !cardAllowed || card.isExpired,
                  () => this.#choose({ kind: 'saved', method: card }),
                  card.isExpired ? msg('Expired: add another card or method') : undefined,
                ),
              )
            : nothing
        }
        ${
          offered.has('card') && this.tokenizer
            ? radio('new-card', msg('A new card'), !cardAllowed, () => this.#choose({ kind: 'new-card' }))
            : nothing
        }
        ${offered.has('paypal') ? radio('paypal', 'PayPal', false, () => this.#choose({ kind: 'paypal' })) : nothing}
        ${
          debit
            ? debits.length > 0
              ? debits.map((method) =>
                  radio(
                    method.id,
                    methodLabel(method),
                    false,
                    () => this.#choose({ kind: 'saved', method }),
                    msg('Direct debit'),
                  ),
                )
              : html`<p class="method__note">
                  ${msg('Direct debit: add a bank account in your billing profile to pay this way.')}
                </p>`
            : nothing
        }
      </fieldset>
      ${this.choiceError ? html`<p id="method-error" class="field-error" role="alert">${this.choiceError}</p>` : nothing}
      ${
        this.choice?.kind === 'new-card'
          ? html`<div class="card-form"></div>
              <slot name="card-field"></slot>
              ${this.cardMessage ? html`<p class="field-error" role="alert">${this.cardMessage}</p>` : nothing}`
          : nothing
      }
      ${
        this.choice?.kind === 'saved' && this.choice.method.type === 'direct_debit' && debit
          ? html`<div class="mandate">
              <p class="mandate__text">${debit.mandateText}</p>
              <label class="checkbox">
                <input
                  type="checkbox"
                  .checked=${this.mandateAccepted}
                  @change=${(event: Event) => (this.mandateAccepted = (event.target as HTMLInputElement).checked)}
                />
                ${msg('I accept the direct debit mandate')}
              </label>
            </div>`
          : nothing
      }
      <div class="actions">
        <button type="button" class="button button--secondary" @click=${() => this.#goTo('amount')}>
          ${msg('Back')}
        </button>
        <button type="button" class="button button--secondary" @click=${() => this.#showOffline('method')}>
          ${msg('Pay offline instead')}
        </button>
        <button type="submit" class="button" aria-disabled=${this.tokenizing ? 'true' : 'false'}>
          ${this.tokenizing ? msg('Checking the card…') : msg('Continue')}
        </button>
      </div>
    </form>`;
  }

  #choose(choice: MethodChoice): void {
    this.choice = choice;
    this.choiceError = undefined;
    this.cardMessage = undefined;
    this.mandateAccepted = false;
  }

  /** The token of the new card, tokenized once the method step is submitted. */
  #newCardToken?: { token: string; label: string };
  /** The PayPal approval of the current attempt, to confirm again when its answer was lost. */
  #approvalId?: string;

  async #submitMethod(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.tokenizing) return;
    const choice = this.choice;
    if (!choice) {
      this.choiceError = msg('Choose a payment method.');
      return;
    }
    if (choice.kind === 'saved' && choice.method.type === 'direct_debit' && !this.mandateAccepted) {
      this.choiceError = msg('Accept the direct debit mandate to pay this way.');
      return;
    }
    if (choice.kind === 'new-card') {
      const tokenizer = this.tokenizer;
      if (!tokenizer) return;
      this.tokenizing = true;
      this.cardMessage = undefined;
      try {
        const result = await tokenizer.tokenize();
        if (!result.ok) {
          this.cardMessage = result.message;
          return;
        }
        const brand = result.brand ? cardBrandName(result.brand) : msg('Card');
        this.#newCardToken = { token: result.token, label: `${brand} •••• ${result.last4}` };
      } catch {
        this.cardMessage = msg('The card could not be checked. Try again, or use another method.');
        return;
      } finally {
        this.tokenizing = false;
      }
    }
    this.#goTo(this.#supportInvoices().length > 0 ? 'rewards' : 'review');
  }

  // ── Step 3: rewards (support invoices) ───────────────────────────────────────

  #supportInvoices(): readonly InvoiceDetail[] {
    return this.loaded ? this.#payable(this.loaded).filter((invoice) => invoice.type === 'support') : [];
  }

  #renderRewards(): TemplateResult {
    return html`<div class="step">
      <p class="hint">${msg('Support invoices can be reduced with a Support Rewards code. You can skip this.')}</p>
      <cc-rewards-redeem
        compact
        .client=${this.billingClient}
        .locale=${this.locale}
        .invoices=${this.#supportInvoices()}
        @cc-reward-applied=${this.#onRewardApplied}
      ></cc-rewards-redeem>
      <div class="actions">
        <button type="button" class="button button--secondary" @click=${() => this.#goTo('method')}>
          ${msg('Back')}
        </button>
        <button type="button" class="button button--secondary" @click=${() => this.#showOffline('rewards')}>
          ${msg('Pay offline instead')}
        </button>
        <button type="button" class="button button--secondary" @click=${() => this.#goTo('review')}>
          ${msg('Skip')}
        </button>
      </div>
    </div>`;
  }

  /** The code took its reduction off an invoice: the amount to pay follows the new balance. */
  #onRewardApplied({ detail: applied }: CcRewardAppliedEvent): void {
    const loaded = this.loaded;
    if (!loaded) return;
    const invoices = loaded.invoices.map((invoice) =>
      invoice.id === applied.invoice.id ? { ...invoice, balanceDue: applied.invoice.balanceDue } : invoice,
    );
    this.loaded = { ...loaded, invoices };
    const updated = invoices.find((invoice) => invoice.id === applied.invoice.id);
    // Never more than the new balance: a typed amount is reset to it.
    if (updated && typeof this.#amountFor(updated, loaded.options.minimumAmount) === 'string')
      this.amountTexts = { ...this.amountTexts, [updated.id]: this.#amountText(updated.balanceDue, this.activeLocale) };
    this.announcement = msg(str`Rewards code applied: ${formatMoney(applied.reduction, this.activeLocale)} off.`);
    void this.#goTo(this.#payable(this.loaded).length > 0 ? 'review' : 'amount');
  }

  // ── Step 4: review ───────────────────────────────────────────────────────────

  #methodSummary(): string {
    const choice = this.choice;
    if (!choice) return '';
    if (choice.kind === 'paypal') return 'PayPal';
    if (choice.kind === 'new-card') return this.#newCardToken?.label ?? msg('A new card');
    return methodLabel(choice.method);
  }

  #renderReview(loaded: Loaded): TemplateResult {
    const locale = this.activeLocale;
    const payable = this.#payable(loaded);
    const amounts = this.#amountsOrBalances(payable);
    const total = totalsByCurrency(amounts)[0];
    return html`<div class="step">
      <table class="invoices">
        <caption class="cc-visually-hidden">
          ${msg('Invoices to pay')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Invoice')}</th>
            <th scope="col" class="numeric">${msg('Amount')}</th>
          </tr>
        </thead>
        <tbody>
          ${payable.map(
            (invoice, index) =>
              html`<tr>
                <th scope="row"><bdi>${invoice.number}</bdi></th>
                <td class="numeric">${formatMoney(amounts[index]!, locale)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <dl class="totals">
        <div class="total">
          <dt>${msg('Method')}</dt>
          <dd>${this.#methodSummary()}</dd>
        </div>
        ${
          total
            ? html`<div class="total total--grand">
                <dt>${msg('Total')}</dt>
                <dd>${formatMoney(total, locale)}</dd>
              </div>`
            : nothing
        }
      </dl>
      <div class="actions">
        <button type="button" class="button button--secondary" @click=${() => this.#goTo('method')}>
          ${msg('Back')}
        </button>
        <button type="button" class="button button--secondary" @click=${() => this.#showOffline('review')}>
          ${msg('Pay offline instead')}
        </button>
        <button type="button" class="button pay" @click=${this.#pay}>
          ${total ? msg(str`Pay ${formatMoney(total, locale)}`) : msg('Pay')}
        </button>
      </div>
    </div>`;
  }

  #methodInput(): PaymentMethodInput | undefined {
    const choice = this.choice;
    if (!choice) return undefined;
    if (choice.kind === 'paypal') return { type: 'paypal' };
    if (choice.kind === 'new-card')
      return this.#newCardToken ? { type: 'card', source: this.#newCardToken.token } : undefined;
    if (choice.method.type === 'direct_debit')
      return { type: 'direct_debit', source: choice.method.id, mandateAccepted: true };
    return { type: 'card', source: choice.method.id };
  }

  /** Confirms: one new attempt (one key) per press after a definite outcome; a press while one is in flight joins it. */
  #pay(): void {
    const client = this.billingClient;
    const loaded = this.loaded;
    const method = this.#methodInput();
    if (!client || !loaded || !method) return;
    if (this.attempt?.inFlight) return;
    const payable = this.#payable(loaded);
    const amounts = this.#amountsOrBalances(payable);
    const attempt = PaymentAttempt.start(
      client,
      {
        allocations: payable.map((invoice, index) => ({ invoiceId: invoice.id, amount: amounts[index]! })),
        method,
      },
      this.reconcileDelaysMs ? { reconcileDelaysMs: this.reconcileDelaysMs } : {},
    );
    this.#run(attempt, () => attempt.submit());
  }

  #setAttempt(attempt: PaymentAttempt | undefined): void {
    if (attempt !== this.attempt) this.#approvalId = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = attempt?.subscribe(() => this.#onAttemptChange(attempt));
    this.attempt = attempt;
  }

  #run(attempt: PaymentAttempt, send: () => Promise<PaymentAttemptOutcome>): void {
    this.#setAttempt(attempt);
    this.outcome = undefined;
    this.#goTo('paying');
    this.announcement = msg('Sending the payment…');
    send().then(
      (outcome) => this.#onOutcome(attempt, outcome),
      (error: unknown) => this.#onOutcome(attempt, { state: 'rejected', error: error as never }),
    );
  }

  #onAttemptChange(attempt: PaymentAttempt): void {
    if (attempt !== this.attempt) return;
    if (attempt.state === 'reconciling') {
      this.announcement = msg(
        'The billing service is slow to answer. We are confirming the payment: do not pay again, it will not be charged twice.',
      );
    }
    this.requestUpdate();
  }

  async #onOutcome(attempt: PaymentAttempt, outcome: PaymentAttemptOutcome): Promise<void> {
    if (attempt !== this.attempt) return;
    this.outcome = outcome;
    this.step = 'result';
    this.#outcomeUnseen = !this.open;
    this.#newCardToken = outcome.state === 'failed' ? undefined : this.#newCardToken;
    const locale = this.activeLocale;
    switch (outcome.state) {
      case 'succeeded':
        this.announcement = msg(
          str`Payment received: ${formatMoney(outcome.payment!.amount, locale)}, reference ${outcome.payment!.reference}.`,
        );
        this.dispatchEvent(new CcPaymentSucceededEvent(outcome.payment!));
        break;
      case 'requires_action':
        this.announcement = msg('Approve the payment in PayPal to finish.');
        break;
      case 'unknown':
        this.announcement = msg(
          'We could not confirm the payment yet. It will not be charged twice: check again in a moment.',
        );
        this.dispatchEvent(
          new CcPaymentFailedEvent({ payment: undefined, error: outcome.error, retryable: true, unknown: true }),
        );
        break;
      case 'failed':
        this.announcement = failureMessage(outcome.payment!);
        this.dispatchEvent(
          new CcPaymentFailedEvent({ payment: outcome.payment, error: undefined, retryable: true, unknown: false }),
        );
        break;
      case 'rejected':
        this.announcement = refusalMessage(outcome.error);
        this.dispatchEvent(
          new CcPaymentFailedEvent({
            payment: undefined,
            error: outcome.error,
            retryable: outcome.error?.retryable ?? false,
            unknown: false,
          }),
        );
        break;
    }
    await this.updateComplete;
    if (this.open) this.#focusHeading();
  }

  // ── Step 5: paying and the outcome ───────────────────────────────────────────

  #renderPaying(): TemplateResult {
    const reconciling = this.attempt?.state === 'reconciling';
    return html`<div class="step">
      ${loadingState(2, msg('Sending the payment…'))}
      <p class="message">
        ${
          reconciling
            ? msg('The billing service is slow to answer. We are confirming the payment: do not pay again.')
            : msg(
                'This takes a few seconds. You can close this window: the payment continues and you will be told the result.',
              )
        }
      </p>
    </div>`;
  }

  #renderResult(): TemplateResult | typeof nothing {
    const outcome = this.outcome;
    if (!outcome) return nothing;
    switch (outcome.state) {
      case 'succeeded':
        return this.#renderReceipt(outcome.payment!);
      case 'requires_action':
        return this.#renderApproval(outcome.payment!);
      case 'unknown':
        return html`<div class="step">
          <p class="message">
            ${msg(
              'We could not reach the billing service to confirm your payment. It may have gone through; it will not be charged twice. Check again, and do not pay another way in the meantime.',
            )}
          </p>
          ${renderHelp(this, this.#paymentHelp(outcome))}
          <div class="actions">
            <button type="button" class="button" @click=${this.#checkAgain}>${msg('Check again')}</button>
          </div>
        </div>`;
      case 'failed':
      case 'rejected':
        return html`<div class="step">
          <p class="message message--error" role="alert">
            ${outcome.payment ? failureMessage(outcome.payment) : refusalMessage(outcome.error)}
          </p>
          ${renderHelp(this, this.#paymentHelp(outcome))}
          <div class="actions">
            <button type="button" class="button button--secondary" @click=${() => this.#showOffline('result')}>
              ${msg('Pay offline instead')}
            </button>
            <button type="button" class="button" @click=${this.#tryAnotherWay}>${msg('Use another method')}</button>
          </div>
        </div>`;
    }
  }

  /** What support needs to look into a payment that failed or whose outcome is unknown. */
  #paymentHelp(outcome: PaymentAttemptOutcome): CcHelpRequestDetail {
    const payment = outcome.payment;
    const reference = payment?.reference ?? this.invoiceIds.join(' ');
    const message =
      outcome.state === 'unknown'
        ? msg('We could not confirm the payment yet.')
        : payment
          ? failureMessage(payment)
          : refusalMessage(outcome.error);
    return { ...errorHelp('payment', outcome.error, reference), message };
  }

  #checkAgain(): void {
    const attempt = this.attempt;
    if (!attempt || attempt.inFlight) return;
    // A PayPal confirmation whose answer was lost is asked again as a confirmation, with the
    // same approval; asking to create the payment again would send the payer back to PayPal.
    const approvalId = this.#approvalId;
    if (approvalId && attempt.outcome?.payment?.status === 'requires_action')
      this.#run(attempt, () => attempt.confirm(approvalId));
    else this.#run(attempt, () => attempt.submit());
  }

  #tryAnotherWay(): void {
    // A definite failure: the next press makes a new attempt with a new key.
    this.#setAttempt(undefined);
    this.outcome = undefined;
    this.choice = undefined;
    this.#newCardToken = undefined;
    if (this.loaded && this.#payable(this.loaded).length === 0) void this.#load();
    else this.#goTo('method');
  }

  #renderReceipt(payment: Payment): TemplateResult {
    const locale = this.activeLocale;
    return html`<div class="step">
      <dl part="receipt" class="totals receipt">
        <div class="total">
          <dt>${msg('Reference')}</dt>
          <dd><bdi>${payment.reference}</bdi></dd>
        </div>
        <div class="total">
          <dt>${msg('Amount')}</dt>
          <dd>${formatMoney(payment.amount, locale)}</dd>
        </div>
        <div class="total">
          <dt>${msg('Method')}</dt>
          <dd>${payment.method.label}</dd>
        </div>
        <div class="total">
          <dt>${msg('Invoices')}</dt>
          <dd>${payment.allocations.map((allocation) => allocation.invoiceNumber).join(', ')}</dd>
        </div>
        <div class="total">
          <dt>${msg('Date')}</dt>
          <dd>${formatDate(payment.createdAt.slice(0, 10), locale)}</dd>
        </div>
      </dl>
      <div class="actions">
        <button type="button" class="button button--secondary" @click=${() => this.#printReceipt(payment)}>
          ${msg('Print receipt')}
        </button>
        <button type="button" class="button button--secondary" @click=${() => this.#saveReceipt(payment)}>
          ${msg('Save receipt')}
        </button>
      </div>
    </div>`;
  }

  /** Fills `doc` with the receipt as shown, from text nodes only (API data is never HTML). */
  #writeReceipt(doc: Document, payment: Payment): void {
    doc.title = msg(str`Payment ${payment.reference}`);
    doc.documentElement.lang = this.activeLocale;
    doc.documentElement.dir = getComputedStyle(this).direction === 'rtl' ? 'rtl' : 'ltr';
    const heading = doc.createElement('h1');
    heading.textContent = msg('Payment received');
    const list = doc.createElement('dl');
    for (const node of this.renderRoot.querySelectorAll('[part="receipt"] .total')) {
      const term = doc.createElement('dt');
      term.textContent = node.querySelector('dt')?.textContent ?? '';
      const value = doc.createElement('dd');
      value.textContent = node.querySelector('dd')?.textContent?.trim() ?? '';
      list.append(term, value);
    }
    doc.body.replaceChildren(heading, list);
  }

  /** A receipt in a window of its own, then printed. */
  #printReceipt(payment: Payment): void {
    const receipt = window.open('', '_blank', 'noopener=no,width=600,height=700');
    if (!receipt) {
      this.announcement = msg('Allow pop-ups to print the receipt, or save it instead.');
      return;
    }
    this.#writeReceipt(receipt.document, payment);
    receipt.print();
  }

  /** The receipt as an HTML file any browser opens and prints, named after the payment reference. */
  #saveReceipt(payment: Payment): void {
    const doc = document.implementation.createHTMLDocument();
    const charset = doc.createElement('meta');
    charset.setAttribute('charset', 'utf-8');
    doc.head.prepend(charset);
    this.#writeReceipt(doc, payment);
    const blob = new Blob([`<!doctype html>\n${doc.documentElement.outerHTML}`], { type: 'text/html;charset=utf-8' });
    const filename = `receipt-${payment.reference.replace(/[^A-Za-z0-9._-]+/g, '-')}.html`;
    // Inside the modal dialog: the rest of the page is inert, and so would be a link there.
    saveFile({ blob, filename, contentType: blob.type }, this.renderRoot.querySelector('dialog') ?? undefined);
    this.announcement = msg(str`Receipt saved as ${filename}.`);
  }

  #renderApproval(payment: Payment): TemplateResult {
    return html`<div class="step">
      <p class="message">${msg('Finish in PayPal: approve the payment there, then come back and continue.')}</p>
      <div class="actions">
        <button
          type="button"
          class="button"
          aria-disabled=${this.awaitingApproval ? 'true' : 'false'}
          @click=${() => this.#approve(payment)}
        >
          ${msg('Approve in PayPal')}
        </button>
      </div>
    </div>`;
  }

  async #approve(payment: Payment): Promise<void> {
    const attempt = this.attempt;
    if (!attempt || this.awaitingApproval) return;
    this.awaitingApproval = true;
    let approvalId: string;
    try {
      approvalId = await (this.paypalApprover ?? defaultPaypalApprover)(payment);
    } catch {
      this.announcement = msg(
        'PayPal approval was not completed. Nothing was charged: try again or use another method.',
      );
      return;
    } finally {
      this.awaitingApproval = false;
    }
    this.#approvalId = approvalId;
    this.#run(attempt, () => attempt.confirm(approvalId));
  }

  // ── Offline ──────────────────────────────────────────────────────────────────

  #showOffline(from: Step): void {
    this.offlineReturn = from;
    this.#goTo('offline');
  }

  #renderOffline(loaded: Loaded): TemplateResult {
    const locale = this.activeLocale;
    const online = loaded.options.onlineAvailable;
    return html`<div class="step">
      ${
        online
          ? nothing
          : html`<p class="notice" role="note">
              ${msg('Online payment is not available in your country. Pay by bank transfer with the details below.')}
            </p>`
      }
      ${loaded.options.offline.instructions.map((instruction) =>
        renderRemittance(
          instruction.remittance,
          locale,
          (value) => void this.#copy(value),
          msg(str`Invoice ${instruction.invoiceNumber}`),
        ),
      )}
      ${
        online
          ? html`<div class="actions">
              <button type="button" class="button button--secondary" @click=${() => this.#goTo(this.offlineReturn)}>
                ${msg('Back')}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }

  async #copy(value: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = await copyText(value);
  }

  // ── Dialog behaviour ─────────────────────────────────────────────────────────

  async #goTo(step: Step): Promise<void> {
    // Only support invoices reach this step: the element is fetched then (decisions 0007, 0008).
    if (step === 'rewards') void loadRewardsRedeem();
    this.step = step;
    await this.updateComplete;
    this.#focusHeading();
  }

  #focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
  }

  #onClose(): void {
    this.#modal.restoreFocus();
    // Not "closed before paying" while the payment may have gone through (in flight, or unknown).
    const mayHavePaid = this.inFlight || this.outcome?.state === 'unknown' || this.outcome?.state === 'succeeded';
    if (!mayHavePaid) this.dispatchEvent(new CcPaymentCancelEvent(this.invoiceIds));
  }
}

/** Opens PayPal's approval page in a new window, and resolves when the payer says they approved. */
const defaultPaypalApprover: PaypalApprover = (payment) => {
  const url = payment.nextAction?.approvalUrl;
  if (url && /^https:\/\//.test(url)) window.open(url, '_blank', 'noopener');
  // PayPal returns the approval id to the host's return page; the mock accepts the payment id.
  return Promise.resolve(payment.id);
};
