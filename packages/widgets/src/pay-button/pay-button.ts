import { msg, str } from '../i18n/msg.js';
import { formatMoney, type Invoice } from '@customer-center/sdk';
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CcElement } from '../base/cc-element.js';
import { payFlowUnavailableMessage } from '../base/on-demand.js';
import { cannotPayMessage, payAccessLoader } from '../base/permissions.js';
import { stateStyles } from '../base/states.js';
import type { CcPaymentFailedEvent } from '../events/payment-failed.js';
import type { CcPaymentSucceededEvent } from '../events/payment-succeeded.js';
import type { CcPayDialog, PaypalApprover } from '../pay-dialog/pay-dialog.js';
import { tokens } from '../styles/tokens.js';
import type { CardTokenizer } from './tokenizer.js';

/**
 * @summary A Pay button that opens the whole payment flow for one or more invoices: amounts,
 * method, rewards code, review, confirmation or failure, and offline instructions.
 *
 * The flow's code is fetched when the button is first pressed (decision 0007). A payment is
 * never sent twice: a double click, Enter held down or a second button for the same invoice
 * join the attempt in flight. Closing the dialog while paying does not stop the payment;
 * its outcome is announced here when known.
 *
 * @tag cc-pay-button
 * @slot - The button's text; "Pay" by default.
 * @slot card-field - A payment provider's card field, for providers that cannot render in a shadow root (docs/payments.md).
 * @slot help - Your own help content (a link to billing support), shown beside a failed or unconfirmed payment.
 * @csspart button - The Pay button.
 * @csspart note - Why the button is disabled, shown to a role that may not pay (a technical contact).
 * @csspart status - The live region announcing outcomes while the dialog is closed.
 * @cssproperty [--cc-pay-button-background=var(--cc-color-accent)] - The button's background.
 * @cssproperty [--cc-pay-button-color=var(--cc-color-on-accent)] - The button's text colour.
 * @event {CcPaymentSucceededEvent} cc-payment-succeeded - The payment went through.
 * @event {CcPaymentFailedEvent} cc-payment-failed - Declined or refused, or the outcome is not known yet (`detail.unknown`).
 * @event {CcPaymentCancelEvent} cc-payment-cancel - The payer closed the dialog before paying.
 * @event {CcHelpRequestEvent} cc-help-request - With the `help` attribute: the payer pressed "Get help" beside a failed or unconfirmed payment.
 */
export class CcPayButton extends CcElement {
  static override styles = [
    tokens,
    stateStyles,
    css`
      :host {
        display: inline-block;
      }
      .cc-button {
        --_cc-color-accent: var(--cc-pay-button-background, var(--cc-color-accent, light-dark(#0b57d0, #8ab4f8)));
        --_cc-color-on-accent: var(--cc-pay-button-color, var(--cc-color-on-accent, light-dark(#ffffff, #0b1f3f)));
      }
      .note {
        margin-inline-start: var(--_cc-space);
        color: var(--_cc-color-muted);
      }
      .cc-button:disabled {
        cursor: not-allowed;
        opacity: 0.6;
      }
    `,
  ];

  /** One invoice id (`in_…`) to pay. */
  @property() invoice?: string;

  /** Several invoice ids, separated by spaces (one currency). */
  @property() invoices?: string;

  /** Invoice objects to pay, e.g. a list's selection; their ids are used, their balances re-read. */
  @property({ attribute: false }) invoiceObjects?: readonly Pick<Invoice, 'id'>[];

  /** Renders the new-card form and tokenizes it (docs/payments.md); without it, saved methods and other methods only. */
  @property({ attribute: false }) tokenizer?: CardTokenizer;

  /** How PayPal approval happens; by default PayPal's page in a new window. */
  @property({ attribute: false }) paypalApprover?: PaypalApprover;

  /**
   * Pauses between asks while a payment's outcome is unknown (the SDK's `PaymentAttempt`);
   * the SDK's default waits about 30 s in all before saying "not known yet".
   */
  @property({ attribute: false }) reconcileDelaysMs?: readonly number[];

  /** Disables the button, e.g. while the host checks something first; a payment in flight continues. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private dialogReady = false;
  @state() private announcement = '';

  #opening?: Promise<void>;

  readonly #payAccess = payAccessLoader(this, () => this.billingClient);

  /** The ids this button pays, in order, without repeats. */
  get invoiceIds(): string[] {
    const ids = [
      ...(this.invoice ? [this.invoice] : []),
      ...(this.invoices?.split(/\s+/) ?? []),
      ...(this.invoiceObjects?.map((invoice) => invoice.id) ?? []),
    ].filter(Boolean);
    return [...new Set(ids)];
  }

  /** Opens the payment dialog (what pressing the button does). */
  show(): Promise<void> {
    // A double click while the flow's code loads opens it once.
    this.#opening ??= this.#open().finally(() => (this.#opening = undefined));
    return this.#opening;
  }

  async #open(): Promise<void> {
    try {
      await import('../pay-dialog/define.js');
    } catch {
      this.announcement = payFlowUnavailableMessage();
      return;
    }
    this.dialogReady = true;
    await this.updateComplete;
    await this.renderRoot.querySelector<CcPayDialog>('cc-pay-dialog')?.show();
  }

  override render() {
    const ids = this.invoiceIds;
    // Until the role is known the button stays usable: the API refuses a payment it does not allow.
    const forbidden = this.#payAccess.value === false;
    return html`<button
        part="button"
        class="cc-button"
        type="button"
        ?disabled=${this.disabled || forbidden || ids.length === 0}
        aria-describedby=${forbidden ? 'note' : nothing}
        @click=${() => void this.show()}
      >
        <slot>${msg('Pay')}</slot>
      </button>
      ${forbidden ? html`<span part="note" id="note" class="note">${cannotPayMessage()}</span>` : nothing}
      <span part="status" class="cc-visually-hidden" role="status" aria-live="polite">${this.announcement}</span>
      ${
        this.dialogReady
          ? html`<cc-pay-dialog
              .client=${this.billingClient}
              .invoiceIds=${ids}
              .tokenizer=${this.tokenizer}
              .paypalApprover=${this.paypalApprover}
              .reconcileDelaysMs=${this.reconcileDelaysMs}
              .locale=${this.locale}
              ?help=${this.help}
              @cc-payment-succeeded=${this.#onSucceeded}
              @cc-payment-failed=${this.#onFailed}
              ><slot name="card-field" slot="card-field"></slot><slot name="help" slot="help"></slot
            ></cc-pay-dialog>`
          : nothing
      }`;
  }

  #dialogOpen(): boolean {
    return this.renderRoot.querySelector<CcPayDialog>('cc-pay-dialog')?.open ?? false;
  }

  // The dialog announces while open; once it is closed, the outcome is announced here.
  #onSucceeded(event: CcPaymentSucceededEvent): void {
    if (this.#dialogOpen()) return;
    const { amount, reference } = event.detail.payment;
    this.announcement = msg(str`Payment received: ${formatMoney(amount, this.activeLocale)}, reference ${reference}.`);
  }

  #onFailed(event: CcPaymentFailedEvent): void {
    if (this.#dialogOpen()) return;
    this.announcement = event.detail.unknown
      ? msg('We could not confirm your payment yet. Press Pay to check again; it will not be charged twice.')
      : msg('Your payment did not go through. Press Pay to see why and try another way.');
  }
}
