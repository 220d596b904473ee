import { msg, str } from '../i18n/msg.js';
import { formatCount, plural } from '../i18n/plural.js';
import {
  dueState,
  formatDate,
  formatMoney,
  formatRelativeDays,
  todayIsoDate,
  type BillingClient,
  type Invoice,
  type InvoiceSort,
  type InvoiceStatus,
  type InvoiceSummary,
  type Page,
} from '@customer-center/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CcElement } from '../base/cc-element.js';
import { openPayFlow, showOnDemand } from '../base/on-demand.js';
import type { CardTokenizer } from '../pay-button/tokenizer.js';
import { Loader } from '../base/loader.js';
import { cannotPayMessage, mayPay } from '../base/permissions.js';
import { invoiceTypeLabel } from '../base/labels.js';
import { saveFile } from '../base/save-file.js';
import { emptyState, errorMessage, errorState, loadingState } from '../base/states.js';
import { CcInvoiceSelectEvent } from '../events/invoice-select.js';
import { CcInvoicesLoadedEvent } from '../events/invoices-loaded.js';
import { CcPayRequestEvent } from '../events/pay-request.js';
import '../invoice-detail/define.js';
import type { CcInvoiceDetail } from '../invoice-detail/invoice-detail.js';
import type { CcInvoiceEmailDialog } from '../invoice-email-dialog/invoice-email-dialog.js';
import { styles } from './invoice-list.styles.js';

type SortKey = 'status' | 'number' | 'issueDate' | 'dueDate' | 'type' | 'total' | 'balanceDue';

interface Loaded {
  readonly invoices: readonly Invoice[];
  readonly page: Page<Invoice>;
  readonly summary: InvoiceSummary;
  /** Whether the signed-in role may pay; when not, no Pay buttons nor selection are offered. */
  readonly canPay: boolean;
}

const STATUSES: readonly InvoiceStatus[] = ['overdue', 'open', 'closed'];

function statusLabel(status: InvoiceStatus): string {
  return { overdue: msg('Overdue'), open: msg('Open'), closed: msg('Closed') }[status];
}

/**
 * @summary The organisation's invoices: overdue first, then open, then closed, with filters,
 * search, sorting, totals per currency, downloads and payment.
 *
 * @tag cc-invoice-list
 *
 * @csspart read-only-notice - Shown instead of Pay buttons to a role that may not pay (a technical contact).
 * @csspart base - The wrapper of the whole list.
 * @csspart filters - The status filter buttons.
 * @csspart search - The search field.
 * @csspart email-button - The "E-mail this list" button.
 * @csspart totals - The totals per currency.
 * @csspart table - The invoice table.
 * @csspart status - Each status badge.
 * @csspart load-more - The "Load more" button.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssproperty [--cc-invoice-list-overdue-color=var(--cc-color-danger)] - Overdue badges and totals.
 * @cssproperty [--cc-invoice-list-open-color=var(--cc-color-warning)] - Open badges.
 * @cssproperty [--cc-invoice-list-closed-color=var(--cc-color-success)] - Closed badges.
 * @cssproperty [--cc-invoice-list-row-border=1px solid var(--cc-color-border)] - Lines between rows.
 *
 * @event {CcInvoiceSelectEvent} cc-invoice-select - A person opened an invoice; cancelable, to show the host's own detail.
 * @event {CcInvoicesLoadedEvent} cc-invoices-loaded - A page of invoices was loaded.
 * @event {CcPayRequestEvent} cc-pay-request - A person asked to pay one or more invoices.
 * @event {CcInvoicesEmailedEvent} cc-invoices-emailed - The list was e-mailed (from its "E-mail this list" dialog).
 * @event {CcHelpRequestEvent} cc-help-request - With the `help` attribute: a person pressed "Get help" in the error state, or beside a failed payment or e-mail in the dialogs the list opens; `detail` has the topic, reference, message and request id.
 * @slot help - Your own help content (a link to billing support or a chat), shown in the error state and beside a failed payment or e-mail.
 * @csspart help - The help area: the `help` slot and the "Get help" button.
 * @csspart help-button - The "Get help" button (with the `help` attribute).
 */
export class CcInvoiceList extends CcElement {
  static override styles = styles;

  /** Show only invoices with this status: `overdue`, `open` or `closed`. */
  @property({ reflect: true }) status?: InvoiceStatus;

  /** Invoices loaded per page (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  /** Renders and tokenizes the new-card form of the payment flow (docs/payments.md). */
  @property({ attribute: false }) tokenizer?: CardTokenizer;

  /** Lets a person select unpaid invoices and pay them together. */
  @property({ type: Boolean, reflect: true }) selectable = false;

  @state() private search = '';
  @state() private sort: InvoiceSort = 'status';
  @state() private more: readonly Invoice[] = [];
  @state() private nextPage?: Page<Invoice> | null;
  @state() private loadingMore = false;
  @state() private selected: ReadonlySet<string> = new Set();
  @state() private announcement = '';
  @state() private detailInvoiceId?: string;

  protected override watchedTags = ['invoices'] as const;

  #searchTimer?: ReturnType<typeof setTimeout>;

  readonly #invoices = new Loader(
    this,
    async ([client, status, search, sort, pageSize], { signal }): Promise<Loaded | undefined> => {
      if (!client) return undefined;
      const filter = { ...(status ? { status } : {}), ...(search ? { search } : {}) };
      const limit = Math.min(100, Math.max(1, Math.trunc(pageSize) || 25));
      const [page, summary, canPay] = await Promise.all([
        client.invoices.list({ ...filter, sort, limit }, { signal }),
        client.invoices.summary(search ? { search } : {}, { signal }),
        mayPay(client, signal),
      ]);
      this.more = [];
      this.nextPage = page.hasMore ? page : null;
      this.dispatchEvent(new CcInvoicesLoadedEvent(page.data.length, page.totalCount));
      return { invoices: page.data, page, summary, canPay };
    },
    () =>
      [this.billingClient as BillingClient | undefined, this.status, this.search, this.sort, this.pageSize] as const,
  );

  protected override billingDataChanged(): void {
    void this.#invoices.run();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('status')) this.selected = new Set();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
  }

  override render() {
    return html`<section part="base" class="list" aria-label=${msg('Invoices')}>
        ${this.#invoices.render({
          initial: () => loadingState(5),
          pending: () => (this.#invoices.value ? this.#renderLoaded(this.#invoices.value, true) : loadingState(5)),
          error: (error) => errorState(error, () => void this.#invoices.run(), { host: this, topic: 'invoices' }),
          complete: (loaded) =>
            loaded ? this.#renderLoaded(loaded, false) : emptyState(msg('Connect a billing API to see invoices.')),
        })}
        <div class="cc-visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </section>
      ${
        this.detailInvoiceId
          ? html`<cc-invoice-detail
              modal
              .client=${this.billingClient}
              invoice=${this.detailInvoiceId}
              .locale=${this.locale}
              .tokenizer=${this.tokenizer}
              @cc-invoice-detail-close=${() => (this.detailInvoiceId = undefined)}
            ></cc-invoice-detail>`
          : nothing
      }`;
  }

  #renderLoaded({ invoices, summary, canPay }: Loaded, busy: boolean): TemplateResult {
    const rows = [...invoices, ...this.more];
    const unpaid = summary.counts.overdue + summary.counts.open > 0;
    return html`
      <div class="toolbar">
        ${this.#renderFilters(summary)}
        <button type="button" class="cc-button secondary" part="email-button" @click=${this.#openEmail}>
          ${msg('E-mail this list')}
        </button>
        <label class="search">
          <span class="cc-visually-hidden">${msg('Search by invoice or PO number')}</span>
          <input
            part="search"
            type="search"
            .value=${this.search}
            placeholder=${msg('Search invoice or PO number')}
            @input=${this.#onSearchInput}
          />
        </label>
      </div>
      ${this.#renderTotals(summary)}
      ${
        !canPay && unpaid
          ? html`<p part="read-only-notice" class="notice" role="note">${cannotPayMessage()}</p>`
          : nothing
      }
      ${
        this.selectable && canPay && this.selected.size > 0
          ? html`<div class="selection" role="group" aria-label=${msg('Selected invoices')}>
              <span>${msg(str`${this.selected.size} selected`)}</span>
              <button class="cc-button" type="button" @click=${this.#paySelected}>${msg('Pay selected')}</button>
            </div>`
          : nothing
      }
      ${
        rows.length === 0
          ? emptyState(this.search ? msg(str`No invoices match “${this.search}”.`) : msg('No invoices here yet.'))
          : this.#renderTable(rows, busy, canPay)
      }
      ${
        this.nextPage
          ? html`<button
              part="load-more"
              class="cc-button secondary load-more"
              type="button"
              ?disabled=${this.loadingMore}
              @click=${this.#loadMore}
            >
              ${this.loadingMore ? msg('Loading…') : msg('Load more')}
            </button>`
          : nothing
      }
    `;
  }

  #renderFilters(summary: InvoiceSummary): TemplateResult {
    const all = summary.counts.overdue + summary.counts.open + summary.counts.closed;
    const button = (status: InvoiceStatus | undefined, label: string, count: number) =>
      html`<button
        type="button"
        class="filter"
        aria-pressed=${this.status === status ? 'true' : 'false'}
        @click=${() => (this.status = status)}
      >
        ${label} <span class="count">${count.toLocaleString(this.activeLocale)}</span>
      </button>`;
    return html`<div part="filters" class="filters" role="group" aria-label=${msg('Filter by status')}>
      ${button(undefined, msg('All'), all)}
      ${STATUSES.map((status) => button(status, statusLabel(status), summary.counts[status]))}
    </div>`;
  }

  #renderTotals(summary: InvoiceSummary): TemplateResult | typeof nothing {
    const totals = summary.totals.filter((total) => total.overdue.amountMinor > 0 || total.open.amountMinor > 0);
    if (totals.length === 0) return nothing;
    const locale = this.activeLocale;
    return html`<dl part="totals" class="totals">
      ${totals.map(
        (total) =>
          html`<div class="total">
            <dt>${msg(str`Overdue (${total.currency})`)}</dt>
            <dd class="overdue">${formatMoney(total.overdue, locale)}</dd>
            <dt>${msg(str`Open (${total.currency})`)}</dt>
            <dd>${formatMoney(total.open, locale)}</dd>
          </div>`,
      )}
    </dl>`;
  }

  #renderTable(rows: readonly Invoice[], busy: boolean, canPay: boolean): TemplateResult {
    const selectable = this.selectable && canPay;
    const payable = rows.filter((invoice) => invoice.status !== 'closed');
    const allSelected = payable.length > 0 && payable.every((invoice) => this.selected.has(invoice.id));
    return html`<table part="table" aria-busy=${busy ? 'true' : 'false'}>
      <caption class="cc-visually-hidden">
        ${msg('Invoices')}
      </caption>
      <thead>
        <tr>
          ${
            selectable
              ? html`<th scope="col" class="select">
                  <input
                    type="checkbox"
                    aria-label=${msg('Select all unpaid invoices')}
                    .checked=${allSelected}
                    ?disabled=${payable.length === 0}
                    @change=${() => this.#selectAll(payable, !allSelected)}
                  />
                </th>`
              : nothing
          }
          ${this.#header('number', msg('Invoice'))} ${this.#header('issueDate', msg('Issued'))}
          ${this.#header('dueDate', msg('Due'))} ${this.#header('type', msg('Type'))}
          ${this.#header('total', msg('Amount'), true)} ${this.#header('balanceDue', msg('Balance due'), true)}
          ${this.#header('status', msg('Status'))}
          <th scope="col"><span class="cc-visually-hidden">${msg('Actions')}</span></th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((invoice) => this.#renderRow(invoice, selectable, canPay))}
      </tbody>
    </table>`;
  }

  #header(key: SortKey, label: string, numeric = false): TemplateResult {
    const active = this.sort === key || this.sort === `-${key}`;
    const descending = this.sort === `-${key}`;
    const ariaSort = active ? (descending ? 'descending' : 'ascending') : 'none';
    return html`<th scope="col" aria-sort=${ariaSort} class=${numeric ? 'numeric' : ''}>
      <button type="button" class="sort" @click=${() => (this.sort = active && !descending ? `-${key}` : key)}>
        ${label}<span class="sort-mark" aria-hidden="true">${active ? (descending ? '↓' : '↑') : ''}</span>
      </button>
    </th>`;
  }

  #renderRow(invoice: Invoice, selectable: boolean, canPay: boolean): TemplateResult {
    const locale = this.activeLocale;
    const closed = invoice.status === 'closed';
    return html`<tr class=${invoice.status}>
      ${
        selectable
          ? html`<td class="select">
              <input
                type="checkbox"
                aria-label=${msg(str`Select invoice ${invoice.number}`)}
                .checked=${this.selected.has(invoice.id)}
                ?disabled=${closed}
                @change=${() => this.#toggle(invoice.id)}
              />
            </td>`
          : nothing
      }
      <th scope="row" data-label=${msg('Invoice')}>
        <button type="button" class="link number" @click=${() => this.#select(invoice)}>
          <bdi>${invoice.number}</bdi>
        </button>
      </th>
      <td class="date" data-label=${msg('Issued')}>${formatDate(invoice.issueDate, locale)}</td>
      <td class="date" data-label=${msg('Due')}>
        ${formatDate(invoice.dueDate, locale)}
        ${closed ? nothing : html`<span class="hint ${invoice.status}">${this.#dueHint(invoice)}</span>`}
      </td>
      <td data-label=${msg('Type')}>${invoiceTypeLabel(invoice.type)}</td>
      <td class="numeric" data-label=${msg('Amount')}>${formatMoney(invoice.total, locale)}</td>
      <td class="numeric" data-label=${msg('Balance due')}>
        ${formatMoney(invoice.balanceDue, locale)} ${this.#balanceIcons(invoice)}
      </td>
      <td data-label=${msg('Status')}>
        <span part="status" class="badge ${invoice.status}">${statusLabel(invoice.status)}</span>
      </td>
      <td>
        <div class="actions">
          <button type="button" class="cc-button secondary" @click=${() => this.#download(invoice)}>
            ${msg('Download')}<span class="cc-visually-hidden"> <bdi>${invoice.number}</bdi></span>
          </button>
          ${
            closed || !canPay
              ? nothing
              : html`<button type="button" class="cc-button" @click=${() => void this.#pay([invoice.id])}>
                  ${msg('Pay')}<span class="cc-visually-hidden"> <bdi>${invoice.number}</bdi></span>
                </button>`
          }
        </div>
      </td>
    </tr>`;
  }

  #dueHint(invoice: Invoice): string {
    const { daysUntilDue, overdue } = dueState(invoice.dueDate, todayIsoDate());
    const relative = formatRelativeDays(daysUntilDue, this.activeLocale);
    return overdue ? msg(str`Was due ${relative}`) : msg(str`Due ${relative}`);
  }

  #balanceIcons(invoice: Invoice): TemplateResult {
    const icons: [string, string][] = [];
    if (invoice.creditsApplied.amountMinor > 0) icons.push(['credit', msg('Credit applied')]);
    if (invoice.rewardsApplied.amountMinor > 0) icons.push(['reward', msg('Rewards applied')]);
    if (invoice.amountPaid.amountMinor > 0 && invoice.balanceDue.amountMinor > 0) {
      icons.push(['partial', msg('Partially paid')]);
    }
    const glyphs: Record<string, string> = { credit: '◐', reward: '★', partial: '◔' };
    return html`${icons.map(
      ([kind, label]) =>
        html`<span class="icon ${kind}" role="img" aria-label=${label} title=${label}>${glyphs[kind]}</span>`,
    )}`;
  }

  #onSearchInput(event: InputEvent): void {
    const value = (event.target as HTMLInputElement).value.trim();
    clearTimeout(this.#searchTimer);
    // Wait until typing pauses, so a search box does not send a request per key.
    this.#searchTimer = setTimeout(() => (this.search = value), 250);
  }

  async #loadMore(): Promise<void> {
    if (!this.nextPage || this.loadingMore) return;
    this.loadingMore = true;
    try {
      const next = await this.nextPage.nextPage();
      if (next) {
        this.more = [...this.more, ...next.data];
        this.nextPage = next.hasMore ? next : null;
        const count = formatCount(next.data.length, this.activeLocale);
        this.announcement = plural(next.data.length, {
          zero: () => msg(str`${count} more invoices loaded`, { id: 'more-invoices-loaded.zero' }),
          one: () => msg(str`${count} more invoice loaded`, { id: 'more-invoices-loaded.one' }),
          two: () => msg(str`${count} more invoices loaded`, { id: 'more-invoices-loaded.two' }),
          few: () => msg(str`${count} more invoices loaded`, { id: 'more-invoices-loaded.few' }),
          many: () => msg(str`${count} more invoices loaded`, { id: 'more-invoices-loaded.many' }),
          other: () => msg(str`${count} more invoices loaded`, { id: 'more-invoices-loaded.other' }),
        });
        this.dispatchEvent(new CcInvoicesLoadedEvent(next.data.length, next.totalCount));
      }
    } catch (error) {
      this.announcement = errorMessage(error);
    } finally {
      this.loadingMore = false;
    }
  }

  async #openEmail(): Promise<void> {
    const opened = await showOnDemand<CcInvoiceEmailDialog>(
      this.renderRoot,
      'cc-invoice-email-dialog',
      () => import('../invoice-email-dialog/define.js'),
      {
        client: this.billingClient,
        filter: { ...(this.status ? { status: this.status } : {}), ...(this.search ? { search: this.search } : {}) },
        locale: this.locale,
        help: this.help,
      },
    );
    if (!opened) this.announcement = msg('The e-mail form could not be loaded. Check your connection and try again.');
  }

  #select(invoice: Invoice): void {
    // A host that handles the event (its own detail page) cancels it; otherwise ours opens.
    if (!this.dispatchEvent(new CcInvoiceSelectEvent(invoice))) return;
    this.detailInvoiceId = invoice.id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<CcInvoiceDetail>('cc-invoice-detail')?.show());
  }

  #toggle(id: string): void {
    const next = new Set(this.selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.selected = next;
  }

  #selectAll(invoices: readonly Invoice[], select: boolean): void {
    this.selected = select ? new Set(invoices.map((invoice) => invoice.id)) : new Set();
  }

  #paySelected(): void {
    void this.#pay([...this.selected]);
  }

  async #pay(invoiceIds: string[]): Promise<void> {
    // A host that handles the request (its own checkout) cancels it; otherwise ours opens.
    if (!this.dispatchEvent(new CcPayRequestEvent(invoiceIds))) return;
    const problem = await openPayFlow(this.renderRoot, {
      client: this.billingClient,
      invoiceIds,
      tokenizer: this.tokenizer,
      locale: this.locale,
      help: this.help,
    });
    if (problem) this.announcement = problem;
  }

  async #download(invoice: Invoice): Promise<void> {
    const client = this.billingClient;
    if (!client) return;
    this.announcement = msg(str`Downloading invoice ${invoice.number}…`);
    try {
      saveFile(await client.invoices.download(invoice.id));
      this.announcement = msg(str`Invoice ${invoice.number} downloaded`);
    } catch (error) {
      this.announcement = errorMessage(error);
    }
  }
}
