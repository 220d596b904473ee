import { msg, str } from '../i18n/msg.js';
import { formatCount, plural } from '../i18n/plural.js';
import {
  BillingApiError,
  createIdempotencyKey,
  schemas,
  type EmailInvoicesRequest,
  type EmailInvoicesResult,
  type InvoiceFilter,
} from '@customer-center/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { CcElement } from '../base/cc-element.js';
import { ModalDialog } from '../base/modal-dialog.js';
import { errorMessage, failureOf, renderFailure, type ActionFailure } from '../base/states.js';
import { CcInvoicesEmailedEvent } from '../events/invoices-emailed.js';
import { styles } from './invoice-email-dialog.styles.js';

/** The part of the list's filter this dialog describes and sends. */
export type InvoiceEmailFilter = Pick<InvoiceFilter, 'status' | 'search'>;

/** The API's limits (`EmailInvoicesRequest`). */
const MAX_RECIPIENTS = 10;
const MAX_MESSAGE_LENGTH = 1000;

/** The addresses typed, split on commas, semicolons, spaces and new lines, without repeats. */
function parseRecipients(value: string): string[] {
  const seen = new Set<string>();
  const recipients: string[] = [];
  for (const address of value.split(/[\s,;]+/)) {
    const key = address.toLowerCase();
    if (!address || seen.has(key)) continue;
    seen.add(key);
    recipients.push(address);
  }
  return recipients;
}

/** Checked with the SDK's own schema, so what passes here passes the API. */
function isEmail(address: string): boolean {
  return schemas.Email.safeParse(address).success;
}

function recipientsProblem(recipients: readonly string[]): string | undefined {
  if (recipients.length === 0) return msg('Enter at least one e-mail address');
  const invalid = recipients.find((address) => !isEmail(address));
  if (invalid !== undefined) return msg(str`“${invalid}” is not a valid e-mail address`);
  if (recipients.length > MAX_RECIPIENTS) return msg(str`Up to ${MAX_RECIPIENTS} recipients`);
  return undefined;
}

/** The filter in words, as the list shows it. */
function describeFilter({ status, search }: InvoiceEmailFilter): string {
  if (search) {
    if (status === 'overdue') return msg(str`Overdue invoices matching “${search}”`);
    if (status === 'open') return msg(str`Open invoices matching “${search}”`);
    if (status === 'closed') return msg(str`Closed invoices matching “${search}”`);
    return msg(str`All invoices matching “${search}”`);
  }
  if (status === 'overdue') return msg('Overdue invoices');
  if (status === 'open') return msg('Open invoices');
  if (status === 'closed') return msg('Closed invoices');
  return msg('All invoices');
}

/** The API's refusal of an empty filter in words; any other error as the widgets word it. */
function describeFailure(error: unknown): string {
  return error instanceof BillingApiError && error.code === 'no_invoices'
    ? msg('No invoice matches this filter: nothing to send')
    : errorMessage(error);
}

/**
 * @summary A modal dialog that e-mails the invoice list matching a filter to up to ten
 * recipients, with an optional message.
 *
 * Set `filter` to the list's current filter (`{ status, search }`) and call `show()`. The
 * dialog describes the filter in words, checks the addresses and the message when the person
 * presses Send, sends through its billing client (the `client` property, the nearest
 * `<cc-billing-provider>`, or `api-base`) and confirms what was sent. A retry of the same
 * content after a failure reuses the same idempotency key, so it is sent at most once. Focus
 * returns where it was when the dialog closes.
 *
 * @tag cc-invoice-email-dialog
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart form - The form inside the dialog.
 * @csspart heading - The dialog's heading.
 * @csspart filter - The filter in words ("Overdue invoices matching “ABC”").
 * @csspart recipients - The recipients field.
 * @csspart message - The message field.
 * @csspart hint - The recipients field's hint.
 * @csspart count - The message's character count.
 * @csspart field-error - The validation message under a field.
 * @csspart confirmation - The polite status region that confirms the e-mail was sent.
 * @csspart error - The alert shown when sending failed.
 * @csspart help - The help area in the alert: the `help` slot and the "Get help" button.
 * @csspart help-button - The "Get help" button (with the `help` attribute).
 * @csspart actions - The row of buttons.
 * @csspart cancel-button - The Cancel button.
 * @csspart send-button - The Send button.
 * @csspart close-button - The Close button shown after sending.
 *
 * @cssproperty [--cc-invoice-email-background=var(--cc-color-surface)] - Background of the dialog.
 * @cssproperty [--cc-invoice-email-border=1px solid var(--cc-color-border)] - Border of the dialog and the fields.
 * @cssproperty [--cc-invoice-email-padding=calc(var(--cc-space) * 2)] - Padding inside the dialog.
 * @cssproperty [--cc-invoice-email-max-inline-size=32rem] - Widest the dialog gets.
 * @cssproperty [--cc-invoice-email-error-color=var(--cc-color-danger)] - Validation messages and the error alert.
 * @cssproperty [--cc-invoice-email-success-color=var(--cc-color-success)] - The confirmation.
 * @cssproperty [--cc-invoice-email-backdrop=rgb(0 0 0 / 0.45)] - The modal dialog's backdrop.
 *
 * @slot help - Your own help content (a link to billing support), shown when sending failed.
 *
 * @event {CcHelpRequestEvent} cc-help-request - With the `help` attribute: a person pressed "Get help" beside a failed send; `detail` has the topic, message and request id.
 * @event {CcInvoicesEmailedEvent} cc-invoices-emailed - The list was e-mailed; `detail` is the API's answer (`id`, `recipients`, `invoiceCount`, `sentAt`).
 */
export class CcInvoiceEmailDialog extends CcElement {
  static override styles = styles;

  /** The list's current filter: which invoices to e-mail. */
  @property({ attribute: false }) filter: InvoiceEmailFilter = {};

  /** An address to fill in when the dialog opens, e.g. the signed-in person's. */
  @property({ attribute: 'default-recipient' }) defaultRecipient?: string;

  @state() private recipients = '';
  @state() private message = '';
  @state() private recipientsError?: string;
  @state() private messageError?: string;
  @state() private sending = false;
  @state() private failure?: ActionFailure;
  @state() private sent?: EmailInvoicesResult;

  @query('dialog') private dialog?: HTMLDialogElement | null;
  @query('#recipients') private recipientsField?: HTMLTextAreaElement | null;
  @query('#message') private messageField?: HTMLTextAreaElement | null;
  @query('[part~="close-button"]') private closeButton?: HTMLButtonElement | null;

  readonly #modal = new ModalDialog(
    () => this.dialog,
    () => this.#inFlight,
  );
  /** Set synchronously on Send, so a double click sends once. */
  #inFlight = false;
  /** The key of the last attempt and the request it was for, kept until that request surely succeeded or failed. */
  #attempt?: { readonly key: string; readonly request: string };

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.#modal.open;
  }

  /** Opens the dialog with an empty form, remembering the focused element to return focus to it. */
  async show(): Promise<void> {
    await this.updateComplete;
    if (!this.dialog || this.#modal.open) return;
    if (!this.#inFlight) {
      this.recipients = this.defaultRecipient ?? '';
      this.message = '';
      this.recipientsError = undefined;
      this.messageError = undefined;
      this.failure = undefined;
      this.sent = undefined;
    }
    await this.updateComplete;
    this.#modal.show();
    this.recipientsField?.focus();
  }

  /** Closes the dialog, even while sending (the send still completes). */
  close(): void {
    this.#modal.close();
  }

  override render() {
    return html`<dialog
      part="dialog"
      class="dialog"
      aria-labelledby="heading"
      aria-describedby="filter"
      @keydown=${this.#modal.onKeydown}
      @cancel=${this.#modal.onCancel}
      @close=${() => this.#modal.restoreFocus()}
    >
      <form part="form" class="form" novalidate @submit=${this.#onSubmit}>
        <h2 id="heading" part="heading" class="heading">${msg('E-mail this invoice list')}</h2>
        <p id="filter" part="filter" class="filter">${describeFilter(this.filter)}</p>
        ${this.sent ? nothing : this.#renderFields()}
        <p part="confirmation" class="confirmation" role="status">
          ${this.sent ? this.#confirmation(this.sent) : nothing}
        </p>
        ${renderFailure(this.failure, 'error', { host: this, topic: 'invoices' })} ${this.#renderActions()}
      </form>
    </dialog>`;
  }

  #renderFields(): TemplateResult {
    const length = this.message.length;
    const locale = this.activeLocale;
    const number = (value: number) => new Intl.NumberFormat(locale).format(value);
    return html`<div class="field">
        <label for="recipients" class="label">${msg('Recipients')}</label>
        <p id="recipients-hint" part="hint" class="hint">
          ${msg(str`E-mail addresses separated by commas or new lines, up to ${MAX_RECIPIENTS}.`)}
        </p>
        <textarea
          id="recipients"
          part="recipients"
          class="input"
          rows="2"
          spellcheck="false"
          autocapitalize="off"
          inputmode="email"
          aria-invalid=${this.recipientsError ? 'true' : 'false'}
          aria-describedby=${this.recipientsError ? 'recipients-error recipients-hint' : 'recipients-hint'}
          ?readonly=${this.sending}
          .value=${live(this.recipients)}
          @input=${this.#onRecipientsInput}
        ></textarea>
        ${
          this.recipientsError
            ? html`<p id="recipients-error" part="field-error" class="field-error">${this.recipientsError}</p>`
            : nothing
        }
      </div>
      <div class="field">
        <label for="message" class="label">${msg('Message (optional)')}</label>
        <textarea
          id="message"
          part="message"
          class="input"
          rows="4"
          aria-invalid=${this.messageError ? 'true' : 'false'}
          aria-describedby=${this.messageError ? 'message-error message-count' : 'message-count'}
          ?readonly=${this.sending}
          .value=${live(this.message)}
          @input=${this.#onMessageInput}
        ></textarea>
        <p id="message-count" part="count" class="count ${length > MAX_MESSAGE_LENGTH ? 'count--over' : ''}">
          ${msg(str`${number(length)} of ${number(MAX_MESSAGE_LENGTH)} characters`)}
        </p>
        ${
          this.messageError
            ? html`<p id="message-error" part="field-error" class="field-error">${this.messageError}</p>`
            : nothing
        }
      </div>`;
  }

  #confirmation(result: EmailInvoicesResult): string {
    const locale = this.activeLocale;
    const to = new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(result.recipients);
    const count = formatCount(result.invoiceCount, locale);
    return plural(result.invoiceCount, {
      zero: () => msg(str`Sent ${count} invoices to ${to}`, { id: 'invoices-sent.zero' }),
      one: () => msg(str`Sent ${count} invoice to ${to}`, { id: 'invoices-sent.one' }),
      two: () => msg(str`Sent ${count} invoices to ${to}`, { id: 'invoices-sent.two' }),
      few: () => msg(str`Sent ${count} invoices to ${to}`, { id: 'invoices-sent.few' }),
      many: () => msg(str`Sent ${count} invoices to ${to}`, { id: 'invoices-sent.many' }),
      other: () => msg(str`Sent ${count} invoices to ${to}`, { id: 'invoices-sent.other' }),
    });
  }

  #renderActions(): TemplateResult {
    if (this.sent) {
      return html`<div part="actions" class="actions">
        <button part="close-button" class="button" type="button" @click=${this.close}>${msg('Close')}</button>
      </div>`;
    }
    const busy = this.sending ? 'true' : 'false';
    return html`<div part="actions" class="actions">
      <button
        part="cancel-button"
        class="button button--secondary"
        type="button"
        aria-disabled=${busy}
        @click=${this.#onCancelClick}
      >
        ${msg('Cancel')}
      </button>
      <button part="send-button" class="button" type="submit" aria-disabled=${busy}>
        ${this.sending ? msg('Sending…') : msg('Send')}
      </button>
    </div>`;
  }

  #onRecipientsInput(event: InputEvent): void {
    this.recipients = (event.target as HTMLTextAreaElement).value;
    this.recipientsError = undefined;
  }

  #onMessageInput(event: InputEvent): void {
    this.message = (event.target as HTMLTextAreaElement).value;
    if (this.messageError && this.message.length <= MAX_MESSAGE_LENGTH) this.messageError = undefined;
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.#send();
  }

  async #send(): Promise<void> {
    if (this.#inFlight || this.sent) return;
    const recipients = parseRecipients(this.recipients);
    this.recipientsError = recipientsProblem(recipients);
    this.messageError = this.message.length > MAX_MESSAGE_LENGTH ? msg('The message is too long') : undefined;
    if (this.recipientsError || this.messageError) {
      this.failure = undefined;
      await this.updateComplete;
      (this.recipientsError ? this.recipientsField : this.messageField)?.focus();
      return;
    }
    const client = this.billingClient;
    if (!client) {
      this.failure = { message: msg('Connect a billing API to send e-mails.'), requestId: undefined };
      return;
    }

    const { status, search } = this.filter;
    const message = this.message.trim();
    const request: EmailInvoicesRequest = {
      recipients,
      filter: { ...(status ? { status } : {}), ...(search ? { search } : {}) },
      ...(message ? { message } : {}),
    };
    // The same content after a failure keeps its key: if the first try did reach the API, it is not sent twice.
    const fingerprint = JSON.stringify(request);
    if (this.#attempt?.request !== fingerprint) this.#attempt = { key: createIdempotencyKey(), request: fingerprint };
    const { key } = this.#attempt;

    this.#inFlight = true;
    this.sending = true;
    this.failure = undefined;
    let result: EmailInvoicesResult | undefined;
    try {
      result = await client.invoices.email(request, { idempotencyKey: key });
      this.#attempt = undefined;
      this.sent = result;
      this.dispatchEvent(new CcInvoicesEmailedEvent(result));
    } catch (error) {
      // A definite refusal (a 4xx) was not sent: the next try may use a new key.
      if (error instanceof BillingApiError && !error.retryable) this.#attempt = undefined;
      this.failure = failureOf(error, describeFailure);
    } finally {
      this.#inFlight = false;
      this.sending = false;
    }
    if (result) {
      await this.updateComplete;
      // The form is gone with the Send button that had focus; Close is what is left to do.
      if (this.open) this.closeButton?.focus();
    }
  }

  #onCancelClick(): void {
    if (!this.#inFlight) this.close();
  }
}
