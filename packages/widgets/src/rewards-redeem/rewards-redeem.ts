import { msg, str } from '../i18n/msg.js';
import {
  BillingApiError,
  BillingNetworkError,
  BillingTimeoutError,
  createIdempotencyKey,
  formatDateTime,
  formatMoney,
  REWARD_CODE_PATTERN,
  REWARD_REJECTION_REASONS,
  type BillingClient,
  type CacheTag,
  type ContactRole,
  type Invoice,
  type RewardRejectionReason,
  type RewardsSummary,
  type RewardValidation,
} from '@customer-center/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { CcElement } from '../base/cc-element.js';
import { renderHelp } from '../base/help.js';
import { Loader } from '../base/loader.js';
import { emptyState, errorMessage, errorState, failureOf, loadingState, type ActionFailure } from '../base/states.js';
import { CcRewardAppliedEvent } from '../events/reward-applied.js';
import { CcRewardRejectedEvent, type CcRewardRejectionReason } from '../events/reward-rejected.js';
import { styles } from './rewards-redeem.styles.js';

/**
 * An invoice a rewards code may be applied to: the fields of the SDK's `Invoice` this element
 * needs. `rewardsEligible`, when given, must be true for the invoice to be offered.
 */
export type RewardsRedeemInvoice = Pick<Invoice, 'id' | 'number' | 'balanceDue' | 'type'> &
  Partial<Pick<Invoice, 'rewardsEligible'>>;

interface Access {
  readonly canRedeem: boolean;
  readonly role: ContactRole;
}

interface Candidates {
  readonly invoices: readonly RewardsRedeemInvoice[];
  /** The `invoice` attribute names the one invoice: offered as it is, explained when not eligible. */
  readonly fixed: boolean;
}

type Busy = false | 'checking' | 'applying';

/** A check or an application that failed (not a refusal), and the invoice it was for. */
interface Failure extends ActionFailure {
  readonly invoiceNumber: string;
}

/**
 * `sr7k 2m9q x4tp 8hzl`, `SR7K2M9QX4TP8HZL` and `SR7K–2M9Q–X4TP–8HZL` (pasted dashes) all become
 * `SR7K-2M9Q-X4TP-8HZL`; anything else is only trimmed and upper-cased, for the format check.
 */
export function normalizeRewardCode(input: string): string {
  const upper = input.trim().toUpperCase();
  const bare = upper.replace(/[\s\u2010-\u2015-]+/g, '');
  return /^[A-Z0-9]{16}$/.test(bare) ? bare.match(/.{4}/g)!.join('-') : upper;
}

function isRejectionReason(code: string | undefined): code is RewardRejectionReason {
  return (REWARD_REJECTION_REASONS as readonly (string | undefined)[]).includes(code);
}

function isEligible(invoice: RewardsRedeemInvoice): boolean {
  return invoice.type === 'support' && invoice.rewardsEligible !== false && invoice.balanceDue.amountMinor > 0;
}

/** No answer came back: the request may or may not have been handled. */
function isNetworkFailure(error: unknown): boolean {
  return error instanceof BillingNetworkError || error instanceof BillingTimeoutError;
}

/** Why a code could not be applied, when the API did not refuse it. */
function applyFailureMessage(error: unknown): string {
  return isNetworkFailure(error)
    ? msg(
        'We could not reach the billing service, so the code may not have been applied. Try again: a code is never applied twice.',
      )
    : errorMessage(error);
}

/** Each refusal of the API in words; `validation` adds the currencies when it has them. */
export function rewardRejectionMessage(reason: RewardRejectionReason, validation?: RewardValidation): string {
  switch (reason) {
    case 'expired':
      return msg('This rewards code has expired and can no longer be used.');
    case 'already_used':
      return msg('This rewards code has already been used. Each code can be applied once.');
    case 'invoice_not_eligible':
      return msg(
        'This rewards code is not valid for this type of invoice. Check which invoices your rewards statement says it covers.',
      );
    case 'currency_mismatch': {
      const codeCurrency = validation?.codeValue?.currency;
      const invoiceCurrency = validation?.balanceBefore.currency;
      return codeCurrency && invoiceCurrency
        ? msg(
            str`This rewards code is in ${codeCurrency} and the invoice in ${invoiceCurrency}. A code applies only to invoices in its own currency.`,
          )
        : msg(
            'This rewards code is in another currency than the invoice. A code applies only to invoices in its own currency.',
          );
    }
    case 'not_found':
      return msg('We do not know this rewards code. Check it against your rewards statement and try again.');
  }
}

function readOnlyMessage(role: ContactRole): string {
  switch (role) {
    case 'technical':
      return msg(
        'Technical contacts cannot redeem rewards codes. Ask a billing contact of your organisation to apply a code.',
      );
    case 'executive':
      return msg(
        'Executive contacts cannot redeem rewards codes. Ask a billing contact of your organisation to apply a code.',
      );
    default:
      return msg('Your role cannot redeem rewards codes. Ask a billing contact of your organisation to apply a code.');
  }
}

/**
 * @summary Support Rewards: the balance per currency, the codes applied so far, and a form to
 * check a code against a support invoice, see its effect, and apply it.
 *
 * A code is checked for its format before anything is sent, then validated by the billing
 * API, which says what it would take off the balance due; only then can it be applied. Each
 * refusal has its own message. Applying refreshes every widget that shares the billing client
 * (invoice lists, payment flows). An application that got no answer is retried with the same
 * idempotency key, so a code is never applied twice. People whose role may not redeem codes
 * (technical and executive contacts) see the balance and history with the reason instead of
 * the form.
 *
 * Inside another flow (the payment dialog), set `compact` and pass the candidate invoices in
 * `invoices` or one in `invoice`; listen for `cc-reward-applied` to update amounts.
 *
 * @tag cc-rewards-redeem
 *
 * @csspart base - The wrapper of the whole element.
 * @csspart heading - The "Support Rewards" heading (not in `compact` mode).
 * @csspart summary - The balance and history section (not in `compact` mode).
 * @csspart balances - The balance per currency.
 * @csspart history - The table of codes applied.
 * @csspart redeem - The section with the form (not in `compact` mode).
 * @csspart form - The form.
 * @csspart invoice - The invoice the code will be applied to, when there is no choice.
 * @csspart invoice-select - The invoice choice, when several invoices qualify.
 * @csspart code-input - The code field.
 * @csspart field-error - Why the code was refused, under the field.
 * @csspart effect - The code's effect: reduction, balance due before and after.
 * @csspart warning - The note that a code worth more than the balance due loses the rest.
 * @csspart failure - The alert shown when the billing service could not be reached.
 * @csspart actions - The row of buttons.
 * @csspart check-button - The "Check the code" button.
 * @csspart apply-button - The "Apply the code" button.
 * @csspart confirmation - The polite status that confirms a code was applied.
 * @csspart notice - Why no form is offered (read-only role, invoice not eligible).
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty [--cc-rewards-redeem-background=var(--cc-color-surface)] - Background of the fields and the effect.
 * @cssproperty [--cc-rewards-redeem-border=1px solid var(--cc-color-border)] - Border of the fields, the effect and the history rows.
 * @cssproperty [--cc-rewards-redeem-error-color=var(--cc-color-danger)] - Refusals and failures.
 * @cssproperty [--cc-rewards-redeem-success-color=var(--cc-color-success)] - The confirmation.
 * @cssproperty [--cc-rewards-redeem-warning-color=var(--cc-color-warning)] - The note on a code worth more than the balance due.
 *
 * @event {CcRewardAppliedEvent} cc-reward-applied - A code was applied; `detail` is the API's answer: `{ code, reduction, invoice }` with the invoice's new balance due.
 * @event {CcRewardRejectedEvent} cc-reward-rejected - A code was refused or could not be checked or applied; `detail` is `{ code, invoiceId, reason }`, `reason` being the API's (`not_found`, `expired`, `already_used`, `invoice_not_eligible`, `currency_mismatch`), `network` or `error`.
 * @event {CcHelpRequestEvent} cc-help-request - With the `help` attribute: a person pressed "Get help" in the error states or beside a failed check or application (`topic: 'rewards'`); `detail` has the topic, message and request id, and for a failed check or application the invoice number as `reference`.
 * @slot help - Your own help content (a link to billing support or a chat), shown in the error states and beside a failed check or application.
 * @csspart help - The help area: the `help` slot and the "Get help" button.
 * @csspart help-button - The "Get help" button (with the `help` attribute).
 */
export class CcRewardsRedeem extends CcElement {
  static override styles = styles;

  /** The id of the support invoice to apply a code to; no choice of invoice is offered. */
  @property() invoice?: string;

  /**
   * The invoices to offer (at least `id`, `number`, `balanceDue` and `type`) instead of the
   * organisation's unpaid support invoices; only support invoices with a balance due are offered.
   */
  @property({ attribute: false }) invoices?: readonly RewardsRedeemInvoice[];

  /** Shows the form only, without heading, balance and history: for use inside another dialog. */
  @property({ type: Boolean, reflect: true }) compact = false;

  @state() private code = '';
  @state() private selectedId?: string;
  @state() private busy: Busy = false;
  @state() private validation?: RewardValidation;
  @state() private fieldError?: string;
  @state() private failure?: Failure;
  @state() private confirmation = '';
  @state() private announcement = '';

  protected override watchedTags = ['account', 'invoices', 'rewards'] as const;

  /** The key of the last application that got no answer, reused when it is tried again. */
  #pendingApply?: { readonly code: string; readonly invoiceId: string; readonly key: string };

  readonly #access = new Loader(
    this,
    async ([client], { signal }): Promise<Access | undefined> => {
      if (!client) return undefined;
      const { user } = await client.account.retrieve({ signal });
      return { canRedeem: user.permissions.includes('rewards:redeem'), role: user.role };
    },
    () => [this.billingClient as BillingClient | undefined] as const,
  );

  readonly #summary = new Loader(
    this,
    async ([client, compact], { signal }): Promise<RewardsSummary | undefined> =>
      client && !compact ? client.rewards.retrieve({ signal }) : undefined,
    () => [this.billingClient as BillingClient | undefined, this.compact] as const,
  );

  readonly #candidates = new Loader(
    this,
    async ([client, invoiceId, given], { signal }): Promise<Candidates | undefined> => {
      if (invoiceId) {
        const known = given?.find((candidate) => candidate.id === invoiceId);
        if (known) return { invoices: [known], fixed: true };
        if (!client) return undefined;
        return { invoices: [await client.invoices.retrieve(invoiceId, { signal })], fixed: true };
      }
      if (given) return { invoices: given.filter(isEligible), fixed: false };
      if (!client) return undefined;
      const pages = await Promise.all(
        (['overdue', 'open'] as const).map((status) =>
          client.invoices.list({ type: 'support', status, limit: 100 }, { signal }),
        ),
      );
      return { invoices: pages.flatMap((page) => page.data).filter(isEligible), fixed: false };
    },
    () => [this.billingClient as BillingClient | undefined, this.invoice, this.invoices] as const,
  );

  /** Moves focus to the code field (or the first control there is), e.g. when a dialog shows this step. */
  override focus(options?: FocusOptions): void {
    // No render root before the element is first connected.
    const root = this.renderRoot as ShadowRoot | undefined;
    const target =
      root?.querySelector<HTMLElement>('#code') ?? root?.querySelector<HTMLElement>('button, select, input');
    if (target) target.focus(options);
    else super.focus(options);
  }

  /** Empties the form: the code, its check, messages and the confirmation. */
  reset(): void {
    this.code = '';
    this.validation = undefined;
    this.fieldError = undefined;
    this.failure = undefined;
    this.confirmation = '';
    this.announcement = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('invoice') && changed.get('invoice') !== undefined) this.reset();
  }

  protected override billingDataChanged(tags: ReadonlySet<CacheTag>): void {
    if (tags.has('account')) void this.#access.run();
    if (tags.has('rewards')) void this.#summary.run();
    if (tags.has('invoices')) {
      void this.#candidates.run();
      // A balance changed elsewhere (a payment): the effect shown may be out of date. Our own
      // application also lands here, while busy, and resets the form itself.
      if (this.validation && !this.busy) {
        this.validation = undefined;
        this.announcement = msg('The invoice changed. Check the code again.');
      }
    }
  }

  override render() {
    if (!this.billingClient) {
      return html`<div part="base" class="base">
        ${emptyState(msg('Connect a billing API to see and redeem rewards.'))}
      </div>`;
    }
    return html`<div part="base" class="base">
      ${
        this.compact
          ? this.#renderRedeem()
          : html`<h2 id="heading" part="heading" class="heading">${msg('Support Rewards')}</h2>
              ${this.#renderSummary()}
              <section part="redeem" class="section" aria-labelledby="redeem-heading">
                <h3 id="redeem-heading" class="subheading">${msg('Redeem a code')}</h3>
                ${this.#renderRedeem()}
              </section>`
      }
      <div class="cc-visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  // ── Balance and history ──────────────────────────────────────────────────────

  #renderSummary(): TemplateResult {
    const summary = this.#summary;
    return html`<section part="summary" class="section" aria-labelledby="balance-heading">
      <h3 id="balance-heading" class="subheading">${msg('Rewards balance')}</h3>
      ${
        summary.value && summary.status !== 'error'
          ? this.#renderLoadedSummary(summary.value)
          : summary.render<TemplateResult | typeof nothing>({
              pending: () => loadingState(3, msg('Loading the rewards balance…')),
              error: (error) => errorState(error, () => void summary.run(), { host: this, topic: 'rewards' }),
              complete: () => nothing,
            })
      }
    </section>`;
  }

  #renderLoadedSummary({ balances, history }: RewardsSummary): TemplateResult {
    const locale = this.activeLocale;
    const positive = balances.filter((balance) => balance.amountMinor > 0);
    return html`${
        positive.length > 0
          ? html`<dl part="balances" class="balances">
              ${positive.map(
                (balance) =>
                  html`<div class="balance">
                    <dt>${balance.currency}</dt>
                    <dd>${formatMoney(balance, locale)}</dd>
                  </div>`,
              )}
            </dl>`
          : html`<p class="muted">${msg('No rewards balance: every code has been used or has expired.')}</p>`
      }
      <h3 id="history-heading" class="subheading">${msg('Codes applied')}</h3>
      ${
        history.length > 0
          ? html`<div class="table-scroll">
              <table part="history" class="history" aria-labelledby="history-heading">
                <thead>
                  <tr>
                    <th scope="col">${msg('Code')}</th>
                    <th scope="col">${msg('Invoice')}</th>
                    <th scope="col" class="numeric">${msg('Amount')}</th>
                    <th scope="col">${msg('Applied on')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${history.map(
                    (entry) =>
                      html`<tr>
                        <td class="code"><bdi>${entry.code}</bdi></td>
                        <td><bdi>${entry.invoiceNumber}</bdi></td>
                        <td class="numeric">${formatMoney(entry.amount, locale)}</td>
                        <td>
                          <time datetime=${entry.appliedAt}>
                            ${formatDateTime(entry.appliedAt, locale, { dateStyle: 'medium' })}
                          </time>
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p class="muted">${msg('No code applied yet.')}</p>`
      }`;
  }

  // ── The form ─────────────────────────────────────────────────────────────────

  #renderRedeem(): TemplateResult | typeof nothing {
    const access = this.#access;
    const candidates = this.#candidates;
    const failed = access.status === 'error' ? access : candidates.status === 'error' ? candidates : undefined;
    if (failed) {
      return errorState(
        failed.error,
        () => {
          if (access.status === 'error') void access.run();
          if (candidates.status === 'error') void candidates.run();
        },
        { host: this, topic: 'rewards' },
      );
    }
    // While a reload is pending the last answer stays on screen, so the form keeps its focus.
    if (!access.value || !candidates.value) {
      return access.status === 'complete' && candidates.status === 'complete'
        ? nothing
        : loadingState(2, msg('Loading the rewards form…'));
    }
    if (!access.value.canRedeem) {
      return html`<p part="notice" class="notice">${readOnlyMessage(access.value.role)}</p>`;
    }
    const { invoices, fixed } = candidates.value;
    const invoice = fixed
      ? invoices[0]
      : (invoices.find((candidate) => candidate.id === this.selectedId) ?? invoices[0]);
    return html`${
        !invoice
          ? emptyState(msg('No unpaid support invoice to apply a code to.'))
          : fixed && !isEligible(invoice)
            ? html`<p part="notice" class="notice">${this.#ineligibleMessage(invoice)}</p>`
            : this.#renderForm(invoices, invoice, fixed)
      }
      <p part="confirmation" class="confirmation" role="status">${this.confirmation}</p>`;
  }

  #ineligibleMessage(invoice: RewardsRedeemInvoice): string {
    if (invoice.balanceDue.amountMinor <= 0) return msg(str`Invoice ${invoice.number} has nothing left to pay.`);
    return msg(str`Rewards codes apply to support invoices only, and invoice ${invoice.number} is not one.`);
  }

  #renderForm(
    invoices: readonly RewardsRedeemInvoice[],
    invoice: RewardsRedeemInvoice,
    fixed: boolean,
  ): TemplateResult {
    const busy = this.busy;
    const validation = this.validation?.invoiceId === invoice.id ? this.validation : undefined;
    const describedBy = this.fieldError ? 'code-hint code-error' : 'code-hint';
    return html`<form
      part="form"
      class="form"
      novalidate
      aria-label=${msg('Redeem a rewards code')}
      @submit=${this.#onSubmit}
    >
      ${fixed || invoices.length === 1 ? this.#renderInvoice(invoice) : this.#renderInvoiceSelect(invoices, invoice)}
      <div class="field">
        <label class="label" for="code">${msg('Rewards code')}</label>
        <p id="code-hint" class="hint">
          ${msg('Four groups of four letters or digits, as on your rewards statement.')}
        </p>
        <input
          id="code"
          part="code-input"
          class="input code"
          name="code"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          aria-invalid=${this.fieldError ? 'true' : 'false'}
          aria-describedby=${describedBy}
          ?readonly=${busy !== false}
          .value=${live(this.code)}
          @input=${this.#onCodeInput}
        />
        ${
          this.fieldError
            ? html`<p id="code-error" part="field-error" class="field-error" role="alert">${this.fieldError}</p>`
            : nothing
        }
      </div>
      ${validation ? this.#renderEffect(validation) : nothing}
      ${this.failure ? this.#renderFailure(this.failure) : nothing}
      <div part="actions" class="actions">
        ${
          validation
            ? html`<button
                type="button"
                part="apply-button"
                class="button"
                aria-disabled=${busy ? 'true' : 'false'}
                @click=${this.#onApplyClick}
              >
                ${busy === 'applying' ? msg('Applying…') : msg('Apply the code')}
              </button>`
            : html`<button
                type="submit"
                part="check-button"
                class="button"
                aria-disabled=${busy ? 'true' : 'false'}
                @click=${this.#onCheckClick}
              >
                ${busy === 'checking' ? msg('Checking…') : msg('Check the code')}
              </button>`
        }
      </div>
    </form>`;
  }

  #renderFailure({ message, requestId, invoiceNumber }: Failure): TemplateResult {
    return html`<div role="alert">
        <p part="failure" class="failure">${message}</p>
        ${requestId ? html`<p class="reference">${msg(str`Reference for support: ${requestId}`)}</p>` : nothing}
      </div>
      ${renderHelp(this, {
        topic: 'rewards',
        reference: invoiceNumber,
        message,
        ...(requestId ? { requestId } : {}),
      })}`;
  }

  #renderInvoice(invoice: RewardsRedeemInvoice): TemplateResult {
    return html`<dl part="invoice" class="invoice">
      <div>
        <dt>${msg('Invoice')}</dt>
        <dd><bdi>${invoice.number}</bdi></dd>
      </div>
      <div>
        <dt>${msg('Balance due')}</dt>
        <dd>${formatMoney(invoice.balanceDue, this.activeLocale)}</dd>
      </div>
    </dl>`;
  }

  #renderInvoiceSelect(invoices: readonly RewardsRedeemInvoice[], selected: RewardsRedeemInvoice): TemplateResult {
    const locale = this.activeLocale;
    return html`<div class="field">
      <label class="label" for="invoice">${msg('Support invoice')}</label>
      <select
        id="invoice"
        part="invoice-select"
        class="input"
        ?disabled=${this.busy !== false}
        @change=${this.#onInvoiceChange}
      >
        ${invoices.map(
          (invoice) =>
            html`<option value=${invoice.id} ?selected=${invoice.id === selected.id}>
              ${msg(str`${invoice.number} (${formatMoney(invoice.balanceDue, locale)} due)`)}
            </option>`,
        )}
      </select>
    </div>`;
  }

  #renderEffect(validation: RewardValidation): TemplateResult {
    const locale = this.activeLocale;
    const warning = this.#overBalanceWarning(validation);
    return html`<div part="effect" class="effect">
      <dl class="amounts">
        ${
          validation.codeValue
            ? html`<div>
                <dt>${msg('Code value')}</dt>
                <dd>${formatMoney(validation.codeValue, locale)}</dd>
              </div>`
            : nothing
        }
        <div>
          <dt>${msg('Balance due before')}</dt>
          <dd>${formatMoney(validation.balanceBefore, locale)}</dd>
        </div>
        <div>
          <dt>${msg('Reduction')}</dt>
          <dd>${formatMoney(validation.reduction!, locale)}</dd>
        </div>
        <div class="after">
          <dt>${msg('Balance due after')}</dt>
          <dd>${formatMoney(validation.balanceAfter, locale)}</dd>
        </div>
      </dl>
      ${warning ? html`<p part="warning" class="warning">${warning}</p>` : nothing}
    </div>`;
  }

  /** A code worth more than the balance due loses the rest when applied; say so before. */
  #overBalanceWarning(validation: RewardValidation): string | undefined {
    const { codeValue, reduction } = validation;
    if (!codeValue || !reduction || codeValue.amountMinor <= reduction.amountMinor) return undefined;
    const locale = this.activeLocale;
    const value = formatMoney(codeValue, locale);
    const applied = formatMoney(reduction, locale);
    return msg(
      str`This code is worth ${value}, more than the balance due: ${applied} will be applied and the rest of the code is not kept.`,
    );
  }

  // ── Actions ──────────────────────────────────────────────────────────────────

  #currentInvoice(): RewardsRedeemInvoice | undefined {
    const loaded = this.#candidates.value;
    if (!loaded) return undefined;
    if (loaded.fixed) return loaded.invoices[0];
    return loaded.invoices.find((candidate) => candidate.id === this.selectedId) ?? loaded.invoices[0];
  }

  #onCodeInput(event: InputEvent): void {
    this.code = (event.target as HTMLInputElement).value;
    this.#clearOutcome();
  }

  #onInvoiceChange(event: Event): void {
    this.selectedId = (event.target as HTMLSelectElement).value;
    this.#clearOutcome();
  }

  #clearOutcome(): void {
    this.validation = undefined;
    this.fieldError = undefined;
    this.failure = undefined;
    this.confirmation = '';
  }

  #onCheckClick(event: MouseEvent): void {
    // The second click of a double click checks nothing twice.
    if (event.detail > 1) event.preventDefault();
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.billingClient;
    const invoice = this.#currentInvoice();
    if (!client || !invoice || this.busy) return;
    this.failure = undefined;
    this.confirmation = '';
    const code = normalizeRewardCode(this.code);
    if (!REWARD_CODE_PATTERN.test(code)) {
      this.validation = undefined;
      this.fieldError = code
        ? msg(
            'Enter the code as on your rewards statement: four groups of four letters or digits, like SR7K-2M9Q-X4TP-8HZL.',
          )
        : msg('Enter a rewards code.');
      this.#focusAfterUpdate('#code');
      return;
    }
    const fromButton = this.#focused()?.getAttribute('part') === 'check-button';
    this.code = code;
    this.fieldError = undefined;
    this.validation = undefined;
    this.busy = 'checking';
    try {
      const validation = await client.rewards.validate({ code, invoiceId: invoice.id });
      if (validation.valid && validation.reduction && validation.reduction.amountMinor > 0) {
        this.validation = validation;
        const reduction = formatMoney(validation.reduction, this.activeLocale);
        const after = formatMoney(validation.balanceAfter, this.activeLocale);
        const warning = this.#overBalanceWarning(validation);
        this.announcement = `${msg(str`The code takes ${reduction} off invoice ${invoice.number}: ${after} left to pay.`)}${warning ? ` ${warning}` : ''}`;
        // The button pressed is replaced by "Apply the code": focus follows.
        if (fromButton) this.#focusAfterUpdate('[part="apply-button"]');
      } else {
        this.#reject(code, invoice.id, validation.reason ?? 'invoice_not_eligible', validation);
      }
    } catch (error) {
      if (error instanceof BillingApiError && error.status === 422 && isRejectionReason(error.code)) {
        this.#reject(code, invoice.id, error.code);
      } else {
        this.failure = { ...failureOf(error), invoiceNumber: invoice.number };
        this.#dispatchRejected(code, invoice.id, isNetworkFailure(error) ? 'network' : 'error');
      }
    } finally {
      this.busy = false;
    }
  }

  async #onApplyClick(event: MouseEvent): Promise<void> {
    // The second click of a double click (or of a double click on "Check the code", whose
    // place this button takes) applies nothing.
    if (event.detail > 1) return;
    const client = this.billingClient;
    const validation = this.validation;
    if (!client || !validation || this.busy) return;
    const { code, invoiceId } = validation;
    const invoiceNumber =
      this.#candidates.value?.invoices.find((candidate) => candidate.id === invoiceId)?.number ?? invoiceId;
    const pending = this.#pendingApply;
    const key = pending?.code === code && pending.invoiceId === invoiceId ? pending.key : createIdempotencyKey();
    this.#pendingApply = { code, invoiceId, key };
    const fromButton = this.#focused()?.getAttribute('part') === 'apply-button';
    this.failure = undefined;
    this.busy = 'applying';
    try {
      const applied = await client.rewards.apply({ code, invoiceId }, { idempotencyKey: key });
      this.#pendingApply = undefined;
      const locale = this.activeLocale;
      const reduction = formatMoney(applied.reduction, locale);
      const balance = formatMoney(applied.invoice.balanceDue, locale);
      this.code = '';
      this.validation = undefined;
      this.fieldError = undefined;
      this.announcement = '';
      this.confirmation = msg(
        str`Code applied to invoice ${applied.invoice.number}: ${reduction} off. Balance due now: ${balance}.`,
      );
      this.dispatchEvent(new CcRewardAppliedEvent(applied));
      if (fromButton) this.#focusAfterUpdate('#code');
    } catch (error) {
      if (error instanceof BillingApiError && error.status === 422 && isRejectionReason(error.code)) {
        this.#pendingApply = undefined;
        this.validation = undefined;
        this.#reject(code, invoiceId, error.code);
        if (fromButton) this.#focusAfterUpdate('#code');
      } else {
        // No answer, or a server error: the same key goes with the next try, so the code is
        // applied at most once whatever happened to this one.
        if (!isNetworkFailure(error) && !(error instanceof BillingApiError && error.status >= 500)) {
          this.#pendingApply = undefined;
        }
        this.failure = { ...failureOf(error, applyFailureMessage), invoiceNumber };
        this.#dispatchRejected(code, invoiceId, isNetworkFailure(error) ? 'network' : 'error');
      }
    } finally {
      this.busy = false;
    }
  }

  #reject(code: string, invoiceId: string, reason: RewardRejectionReason, validation?: RewardValidation): void {
    this.fieldError = rewardRejectionMessage(reason, validation);
    this.#dispatchRejected(code, invoiceId, reason);
  }

  #dispatchRejected(code: string, invoiceId: string, reason: CcRewardRejectionReason): void {
    this.dispatchEvent(new CcRewardRejectedEvent({ code, invoiceId, reason }));
  }

  #focused(): Element | null {
    return (this.renderRoot as ShadowRoot).activeElement;
  }

  #focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }
}
