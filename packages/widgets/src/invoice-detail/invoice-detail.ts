import { msg, str } from '../i18n/msg.js';
import {
  dueState,
  formatDate,
  formatDateTime,
  formatMoney,
  formatRelativeDays,
  type Adjustment,
  type BillingClient,
  type InvoiceDetail,
  type InvoiceLine,
  type InvoicePayment,
  type InvoiceStatus,
  type Money,
} from '@customer-center/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CcElement } from '../base/cc-element.js';
import { renderHelp } from '../base/help.js';
import { openPayFlow } from '../base/on-demand.js';
import type { CardTokenizer } from '../pay-button/tokenizer.js';
import { copyText, renderAddress, renderRemittance } from '../base/remittance.js';
import { Loader } from '../base/loader.js';
import { cannotPayMessage, payAccessLoader } from '../base/permissions.js';
import { ModalDialog } from '../base/modal-dialog.js';
import { invoiceTypeLabel } from '../base/labels.js';
import { saveFile } from '../base/save-file.js';
import { emptyState, errorMessage, errorState, loadingState } from '../base/states.js';
import { CcInvoiceDetailCloseEvent } from '../events/invoice-detail-close.js';
import { CcPayRequestEvent } from '../events/pay-request.js';
import { styles } from './invoice-detail.styles.js';

/** How long a downloaded file's object URL lives: the browser has started saving it by then. */

function statusLabel(status: InvoiceStatus): string {
  return { overdue: msg('Overdue'), open: msg('Open'), closed: msg('Paid') }[status];
}

function paymentMethodLabel(method: InvoicePayment['method']): string {
  return {
    card: msg('Card'),
    paypal: msg('PayPal'),
    direct_debit: msg('Direct debit'),
    wire: msg('Bank transfer'),
    ach: msg('ACH transfer'),
    cheque: msg('Cheque'),
  }[method];
}

/** A decimal string from the API (`"2.5"`, `"8.875e-2"`) in the locale's digits, exactly. */
function formatDecimal(value: string, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 20, ...options }).format(value as `${number}`);
}

/** The API writes tax rates as percentages (`"8.875"`); shown as `8.875%` in the locale. */
function formatTaxRate(rate: string, locale: string): string {
  return formatDecimal(`${rate}e-2`, locale, { style: 'percent' });
}

/**
 * @summary One invoice in full: its lines, taxes, totals, credits, payments and the balance
 * due, how to pay it offline, and buttons to download its PDF and pay it.
 *
 * Set `invoice` to an invoice id (`in_…`). The element loads it through its billing client
 * (the `client` property, the nearest `<cc-billing-provider>`, or `api-base`) and reloads
 * when invoices change through that client, e.g. after a payment. With `modal`, it renders in
 * a modal dialog that `show()` opens; focus returns where it was when the dialog closes.
 *
 * @tag cc-invoice-detail
 *
 * @csspart base - The wrapper of the invoice.
 * @csspart dialog - The `<dialog>` in modal mode.
 * @csspart close-button - The dialog's Close button (modal mode).
 * @csspart heading - The invoice number heading.
 * @csspart status - The status badge.
 * @csspart summary - The dates, type, PO number and bill-to.
 * @csspart lines - The table of invoice lines with subtotal, taxes and total.
 * @csspart adjustments - The credits and rewards applied.
 * @csspart payments - The payments made.
 * @csspart balance-due - The balance due.
 * @csspart remittance - The offline payment instructions.
 * @csspart copy-button - Each Copy button in the remittance instructions.
 * @csspart notes - The invoice notes.
 * @csspart actions - The Download and Pay buttons.
 * @csspart download-button - The Download button.
 * @csspart pay-button - The Pay button.
 * @csspart read-only-notice - Shown instead of the Pay button to a role that may not pay (a technical contact).
 * @csspart announcement - The polite live region (e.g. "Copied").
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty [--cc-invoice-detail-background=var(--cc-color-surface)] - Background of the invoice and the dialog.
 * @cssproperty [--cc-invoice-detail-border=1px solid var(--cc-color-border)] - Border of sections and table rows.
 * @cssproperty [--cc-invoice-detail-padding=calc(var(--cc-space) * 2)] - Padding around the invoice.
 * @cssproperty [--cc-invoice-detail-max-inline-size=48rem] - Widest the dialog gets.
 * @cssproperty [--cc-invoice-detail-balance-color=var(--cc-color-text)] - Color of the balance due.
 * @cssproperty [--cc-invoice-detail-overdue-color=var(--cc-color-danger)] - Overdue badge and due hint.
 * @cssproperty [--cc-invoice-detail-open-color=var(--cc-color-warning)] - Open badge.
 * @cssproperty [--cc-invoice-detail-closed-color=var(--cc-color-success)] - Paid badge.
 * @cssproperty [--cc-invoice-detail-backdrop=rgb(0 0 0 / 0.45)] - The modal dialog's backdrop.
 *
 * @event {CcPayRequestEvent} cc-pay-request - A person pressed Pay; `detail.invoiceIds` holds this invoice's id.
 * @event {CcInvoiceDetailCloseEvent} cc-invoice-detail-close - The modal dialog closed (Close button, Escape or `close()`).
 * @event {CcHelpRequestEvent} cc-help-request - With the `help` attribute: a person pressed "Get help" in the invoice (below its actions) and the error state; `detail` has the topic, reference, message and request id.
 * @slot help - Your own help content (a link to billing support or a chat), shown in the invoice (below its actions) and the error state.
 * @csspart help - The help area: the `help` slot and the "Get help" button.
 * @csspart help-button - The "Get help" button (with the `help` attribute).
 */
export class CcInvoiceDetail extends CcElement {
  static override styles = styles;

  /** Renders and tokenizes the new-card form of the payment flow (docs/payments.md). */
  @property({ attribute: false }) tokenizer?: CardTokenizer;

  /** The id of the invoice to show (`in_…`). */
  @property({ reflect: true }) invoice?: string;

  /** Renders in a modal dialog, opened by `show()`, instead of inline. */
  @property({ type: Boolean, reflect: true }) modal = false;

  @state() private announcement = '';
  @state() private downloading = false;
  @state() private downloadError?: unknown;

  @query('dialog') private dialog?: HTMLDialogElement | null;

  protected override watchedTags = ['invoices'] as const;

  readonly #modal = new ModalDialog(() => this.dialog);

  readonly #detail = new Loader(
    this,
    async ([client, invoiceId], { signal }): Promise<InvoiceDetail | undefined> => {
      if (!client || !invoiceId) return undefined;
      return client.invoices.retrieve(invoiceId, { signal });
    },
    () => [this.billingClient as BillingClient | undefined, this.invoice] as const,
  );

  readonly #payAccess = payAccessLoader(this, () => this.billingClient);

  /** Whether the modal dialog is open. */
  get open(): boolean {
    return this.#modal.open;
  }

  /** Opens the dialog (modal mode only), remembering the focused element to return focus to it. */
  async show(): Promise<void> {
    if (!this.modal) return;
    await this.updateComplete;
    this.#modal.show();
  }

  /** Closes the dialog (modal mode only); emits `cc-invoice-detail-close`. */
  close(): void {
    this.#modal.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('invoice')) {
      this.announcement = '';
      this.downloadError = undefined;
    }
  }

  protected override billingDataChanged(): void {
    void this.#detail.run();
  }

  override render() {
    const content = this.#detail.render({
      initial: () => loadingState(6),
      pending: () => loadingState(6),
      error: (error) => errorState(error, () => void this.#detail.run(), { host: this, topic: 'invoice' }),
      complete: (invoice) => (invoice ? this.#renderInvoice(invoice) : this.#renderEmpty()),
    });
    if (!this.modal) return html`<article part="base" class="base">${content}</article>`;
    const loaded = this.#detail.status === 'complete' && this.#detail.value !== undefined;
    return html`<dialog
      part="dialog"
      class="dialog"
      aria-labelledby=${ifDefined(loaded ? 'heading' : undefined)}
      aria-label=${ifDefined(loaded ? undefined : msg('Invoice'))}
      @close=${this.#onDialogClose}
      @keydown=${this.#modal.onKeydown}
    >
      <div class="dialog__bar">
        <button part="close-button" class="button button--secondary" type="button" autofocus @click=${this.close}>
          ${msg('Close')}
        </button>
      </div>
      <article part="base" class="base">${content}</article>
    </dialog>`;
  }

  #renderEmpty(): TemplateResult {
    return this.billingClient
      ? emptyState(msg('No invoice selected.'))
      : emptyState(msg('Connect a billing API to show this invoice.'));
  }

  #renderInvoice(invoice: InvoiceDetail): TemplateResult {
    const locale = this.activeLocale;
    const money = (value: Money) => formatMoney(value, locale);
    return html`
      <header class="header">
        <h2 id="heading" part="heading" class="heading">${msg(str`Invoice ${invoice.number}`)}</h2>
        <span part="status" class="status status--${invoice.status}">${statusLabel(invoice.status)}</span>
      </header>

      ${this.#renderSummary(invoice, locale)} ${this.#renderLines(invoice, locale)}
      ${this.#renderAdjustments(invoice.adjustments, locale)} ${this.#renderPayments(invoice.payments, locale)}

      <p part="balance-due" class="balance">
        <span class="balance__label">${msg('Balance due')}</span>
        <strong class="amount balance__amount">${money(invoice.balanceDue)}</strong>
      </p>

      ${this.#renderActions(invoice, locale)}
      ${renderHelp(this, {
        topic: 'invoice',
        reference: invoice.number,
        ...(this.downloadError !== undefined ? { message: errorMessage(this.downloadError) } : {}),
      })}
      ${invoice.status === 'closed' ? nothing : renderRemittance(invoice.remittance, locale, (value) => void this.#copy(value))}
      ${
        invoice.notes
          ? html`<section part="notes" class="section" aria-labelledby="notes-heading">
              <h3 id="notes-heading" class="section__heading">${msg('Notes')}</h3>
              <p class="notes">${invoice.notes}</p>
            </section>`
          : nothing
      }
      <p part="announcement" class="announcement" role="status" aria-live="polite">${this.announcement}</p>
    `;
  }

  #renderSummary(invoice: InvoiceDetail, locale: string): TemplateResult {
    const due = dueState(invoice.dueDate);
    const relative = formatRelativeDays(due.daysUntilDue, locale);
    const hint =
      invoice.status === 'closed'
        ? undefined
        : due.overdue
          ? msg(str`Overdue, due ${relative}`)
          : msg(str`Due ${relative}`);
    return html`<dl part="summary" class="summary">
      <div class="summary__item">
        <dt>${msg('Type')}</dt>
        <dd>${invoiceTypeLabel(invoice.type)}</dd>
      </div>
      <div class="summary__item">
        <dt>${msg('Issue date')}</dt>
        <dd>${formatDate(invoice.issueDate, locale)}</dd>
      </div>
      <div class="summary__item">
        <dt>${msg('Due date')}</dt>
        <dd>
          ${formatDate(invoice.dueDate, locale)}
          ${hint ? html`<span class="due-hint ${due.overdue ? 'due-hint--overdue' : ''}">(${hint})</span>` : nothing}
        </dd>
      </div>
      ${
        invoice.poNumber
          ? html`<div class="summary__item">
              <dt>${msg('PO number')}</dt>
              <dd class="code">${invoice.poNumber}</dd>
            </div>`
          : nothing
      }
      <div class="summary__item summary__item--wide">
        <dt>${msg('Bill to')}</dt>
        <dd>${invoice.billTo.name}<br />${renderAddress(invoice.billTo.address, locale)}</dd>
      </div>
    </dl>`;
  }

  #renderLines(invoice: InvoiceDetail, locale: string): TemplateResult {
    const money = (value: Money) => formatMoney(value, locale);
    const period = (line: InvoiceLine) =>
      line.periodStart && line.periodEnd
        ? html`<span class="line__period"
            >${msg(str`${formatDate(line.periodStart, locale)} – ${formatDate(line.periodEnd, locale)}`)}</span
          >`
        : nothing;
    return html`<div class="table-scroll">
      <table part="lines" class="lines">
        <caption class="lines__caption">
          ${msg('Invoice lines')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Description')}</th>
            <th scope="col" class="number">${msg('Quantity')}</th>
            <th scope="col" class="number">${msg('Unit price')}</th>
            <th scope="col" class="number">${msg('Amount')}</th>
          </tr>
        </thead>
        <tbody>
          ${invoice.lines.map(
            (line) =>
              html`<tr>
                <th scope="row" class="line__description">${line.description}${period(line)}</th>
                <td class="number">${formatDecimal(line.quantity, locale)}</td>
                <td class="number amount">${money(line.unitPrice)}</td>
                <td class="number amount">${money(line.amount)}</td>
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan="3">${msg('Subtotal')}</th>
            <td class="number amount">${money(invoice.subtotal)}</td>
          </tr>
          ${invoice.taxes.map(
            (tax) =>
              html`<tr class="tax">
                <th scope="row" colspan="3">
                  ${msg(str`${tax.name} (${formatTaxRate(tax.rate, locale)} of ${money(tax.base)})`)}
                </th>
                <td class="number amount">${money(tax.amount)}</td>
              </tr>`,
          )}
          <tr>
            <th scope="row" colspan="3">${msg('Tax')}</th>
            <td class="number amount">${money(invoice.taxTotal)}</td>
          </tr>
          <tr class="total">
            <th scope="row" colspan="3">${msg('Total')}</th>
            <td class="number amount">${money(invoice.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>`;
  }

  #renderAdjustments(adjustments: readonly Adjustment[], locale: string): TemplateResult | typeof nothing {
    if (adjustments.length === 0) return nothing;
    return html`<section part="adjustments" class="section" aria-labelledby="adjustments-heading">
      <h3 id="adjustments-heading" class="section__heading">${msg('Credits and rewards applied')}</h3>
      <ul class="entries">
        ${adjustments.map(
          (adjustment) =>
            html`<li class="entry">
              <span class="entry__label">
                ${
                  adjustment.kind === 'credit'
                    ? msg(str`Credit note ${adjustment.reference}`)
                    : msg(str`Support Rewards code ${adjustment.reference}`)
                }
                <span class="entry__date">${formatDateTime(adjustment.appliedAt, locale)}</span>
              </span>
              <span class="amount">${formatMoney(negate(adjustment.amount), locale)}</span>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  #renderPayments(payments: readonly InvoicePayment[], locale: string): TemplateResult | typeof nothing {
    if (payments.length === 0) return nothing;
    return html`<section part="payments" class="section" aria-labelledby="payments-heading">
      <h3 id="payments-heading" class="section__heading">${msg('Payments made')}</h3>
      <ul class="entries">
        ${payments.map(
          (payment) =>
            html`<li class="entry">
              <span class="entry__label">
                ${msg(str`${paymentMethodLabel(payment.method)}, reference ${payment.reference}`)}
                <span class="entry__date">${formatDateTime(payment.paidAt, locale)}</span>
              </span>
              <span class="amount">${formatMoney(negate(payment.amount), locale)}</span>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  #renderActions(invoice: InvoiceDetail, locale: string): TemplateResult {
    const payable = invoice.status !== 'closed' && invoice.balanceDue.amountMinor > 0;
    return html`<div part="actions" class="actions">
      <button
        part="download-button"
        class="button button--secondary"
        type="button"
        aria-disabled=${this.downloading ? 'true' : 'false'}
        @click=${() => void this.#download(invoice)}
      >
        ${this.downloading ? msg('Downloading…') : msg('Download PDF')}
      </button>
      ${
        !payable
          ? nothing
          : this.#payAccess.value === false
            ? html`<p part="read-only-notice" class="read-only-notice">${cannotPayMessage()}</p>`
            : html`<button part="pay-button" class="button" type="button" @click=${() => void this.#pay(invoice)}>
                ${msg(str`Pay ${formatMoney(invoice.balanceDue, locale)}`)}
              </button>`
      }
      ${
        this.downloadError !== undefined
          ? html`<p class="action-error" role="alert">
              ${msg('The PDF could not be downloaded.')} ${errorMessage(this.downloadError)}
            </p>`
          : nothing
      }
    </div>`;
  }

  async #copy(value: string): Promise<void> {
    // Cleared first, so copying twice announces twice.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = await copyText(value);
  }

  async #download(invoice: InvoiceDetail): Promise<void> {
    const client = this.billingClient;
    if (!client || this.downloading) return;
    this.downloading = true;
    this.downloadError = undefined;
    try {
      // The link goes inside the shadow root, so it is not inert while the modal dialog is open.
      saveFile(
        await client.invoices.download(invoice.id),
        this.renderRoot.querySelector('[part="actions"]') ?? this.renderRoot,
      );
    } catch (error) {
      this.downloadError = error;
    } finally {
      this.downloading = false;
    }
  }

  async #pay(invoice: InvoiceDetail): Promise<void> {
    // A host that handles the request (its own checkout) cancels it; otherwise ours opens.
    if (!this.dispatchEvent(new CcPayRequestEvent([invoice.id]))) return;
    const problem = await openPayFlow(this.renderRoot, {
      client: this.billingClient,
      invoiceIds: [invoice.id],
      tokenizer: this.tokenizer,
      locale: this.locale,
      help: this.help,
    });
    if (problem) this.announcement = problem;
  }

  #onDialogClose(): void {
    this.#modal.restoreFocus();
    this.dispatchEvent(new CcInvoiceDetailCloseEvent(this.invoice));
  }
}

function negate(value: Money): Money {
  return { amountMinor: -value.amountMinor, currency: value.currency };
}
