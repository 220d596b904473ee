import { msg, str } from '../i18n/msg.js';
import {
  BillingPermissionError,
  formatDate,
  formatDateTime,
  formatMoney,
  formatRelativeDays,
  ORDER_STATUSES,
  type Account,
  type BillingClient,
  type CacheTag,
  type InvoiceDetail,
  type Order,
  type OrderStatus,
  type Page,
} from '@customer-center/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CcElement } from '../base/cc-element.js';
import { renderHelp } from '../base/help.js';
import { Loader } from '../base/loader.js';
import { emptyState, errorMessage, errorState, loadMoreButton, loadingState } from '../base/states.js';
import { warnOnce } from '../base/warn.js';
import { CcInvoiceSelectEvent } from '../events/invoice-select.js';
import { CcOrderCloseEvent } from '../events/order-close.js';
import { CcOrderSelectEvent } from '../events/order-select.js';
import { openInvoiceDetail } from '../base/on-demand.js';
import { hasPermission } from '../base/permissions.js';
import type { CcInvoiceDetail } from '../invoice-detail/invoice-detail.js';
import { invoiceStatusLabel, isOrderStatus, orderStatusHint, orderStatusLabel, roleLabel } from './messages.js';
import { styles } from './order-tracker.styles.js';

/** A page of the list; `orders` is null when the signed-in role may not see orders. */
interface Listed {
  readonly orders: readonly Order[] | null;
  readonly totalCount: number;
}

/** One invoice an order produced: loaded, or why it could not be. */
type OrderInvoice =
  { readonly id: string; readonly invoice: InvoiceDetail } | { readonly id: string; readonly error: unknown };

/** The order view's data; `order` is null when the signed-in role may not see orders. */
interface Shown {
  readonly id: string;
  readonly order: Order | null;
  readonly invoices: readonly OrderInvoice[];
}

/** Whole local days from today to an instant (negative in the past), for "updated 3 days ago". */
function daysFromToday(isoDateTime: string): number {
  const then = new Date(isoDateTime);
  const now = new Date();
  const day = (date: Date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  return Math.round((day(then) - day(now)) / 86_400_000);
}

/** The history oldest first, whatever order the API sent it in. */
function chronological(history: Order['history']): Order['history'] {
  return [...history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * @summary The organisation's orders and where each stands: booked, provisioning, shipped,
 * delivered, completed or cancelled, with search, a status filter, each order's tracking
 * timeline and the invoices it produced.
 *
 * The list shows the newest orders first, a page at a time ("Load more"); the status buttons
 * and the search box (order number or description) narrow it. Opening an order shows its
 * timeline (every step with its date and note), its tracking number and its invoices; an
 * invoice opens in `<cc-invoice-detail modal>` unless the host takes over `cc-invoice-select`.
 * Set `order` to an order id to show that order directly. A role without the `orders:view`
 * permission (billing contacts) is told so. When orders change through the element's client,
 * it reloads and announces orders whose status changed. Events of the invoice dialog
 * (`cc-pay-request`, `cc-invoice-detail-close`) bubble out of the element too.
 *
 * @tag cc-order-tracker
 *
 * @slot help - The host's own help (a link to its support page, say), shown in error states, the no-access message and the order view.
 *
 * @csspart base - The wrapper of the whole element.
 * @csspart list - The list view (filters, search, table).
 * @csspart filters - The group of status filter buttons.
 * @csspart filter - Each status filter button (`aria-pressed` when active).
 * @csspart search - The search field.
 * @csspart count - "Showing N of M orders".
 * @csspart table - The table of orders.
 * @csspart order-button - Each order number in the list, which opens the order.
 * @csspart status - Each order status badge (list and order view).
 * @csspart load-more - The "Load more" button.
 * @csspart load-more-error - The alert when the next page could not be loaded.
 * @csspart clear-button - The "Clear search and filter" button of the no-results state.
 * @csspart no-access - The message shown to a role that may not see orders.
 * @csspart order - The order view.
 * @csspart back-button - The order view's "All orders" button.
 * @csspart order-heading - The order view's heading with the order number.
 * @csspart summary - The order's placed date, total, last update and tracking number.
 * @csspart timeline - The list of the order's tracking steps, oldest first.
 * @csspart timeline-step - Each step of the timeline (also `current-step` for the latest).
 * @csspart current-step - The latest step of the timeline.
 * @csspart invoices - The table of invoices the order produced.
 * @csspart invoice-button - Each invoice number, which opens the invoice.
 * @csspart invoice-status - Each invoice's status badge.
 * @csspart invoice-error - The notice of an invoice that could not be loaded.
 * @csspart announcement - The polite live region (status changes, results, pages loaded).
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty and no-results states.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 * @csspart help - The help area (the `help` slot and the "Get help" button).
 * @csspart help-button - The "Get help" button (with the `help` attribute).
 *
 * @cssproperty [--cc-order-tracker-active-color=var(--cc-color-accent)] - Badges and timeline marks of orders under way (booked, provisioning, shipped).
 * @cssproperty [--cc-order-tracker-done-color=var(--cc-color-success)] - Badges and timeline marks of delivered and completed orders, and paid invoices.
 * @cssproperty [--cc-order-tracker-cancelled-color=var(--cc-color-danger)] - Badges and timeline marks of cancelled orders, and overdue invoices.
 * @cssproperty [--cc-order-tracker-timeline-color=var(--cc-color-border)] - The line joining the timeline's steps.
 * @cssproperty [--cc-order-tracker-row-border=1px solid var(--cc-color-border)] - Lines between rows.
 *
 * @event {CcOrderSelectEvent} cc-order-select - A person opened an order (`detail: { orderId, order }`); cancelable, to show the host's own order view instead.
 * @event {CcOrderCloseEvent} cc-order-close - A person went back from an order to the list (`detail: { orderId }`).
 * @event {CcInvoiceSelectEvent} cc-invoice-select - A person opened an invoice of an order (`detail: { invoiceId, invoice }`); cancelable, to show the host's own invoice page instead of the dialog.
 * @event {CcHelpRequestEvent} cc-help-request - A person pressed "Get help" (with the `help` attribute): `detail: { topic, reference?, message?, requestId? }`, topic `orders` in the list's error and no-access states, `order` (reference: the order number) in the order view.
 */
export class CcOrderTracker extends CcElement {
  static override styles = styles;

  /**
   * Show only orders with this status: `booked`, `provisioning`, `shipped`, `delivered`,
   * `completed` or `cancelled`. All orders when empty. Set by the filter buttons.
   */
  @property({ reflect: true }) status?: OrderStatus;

  /** Show only orders whose number or description contains this text. Set by the search box. */
  @property() search = '';

  /** The id (`ord_…`) of the order whose timeline is shown instead of the list. Set when a person opens an order. */
  @property({ reflect: true }) order?: string;

  /** Orders loaded per page (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  @state() private more: readonly Order[] = [];
  @state() private nextPage?: Page<Order> | null;
  @state() private loadingMore = false;
  @state() private loadMoreError?: unknown;
  @state() private announcement = '';
  @state() private invoiceDetailId?: string;

  protected override watchedTags: readonly CacheTag[] = ['orders', 'account', 'invoices'];

  #searchTimer?: ReturnType<typeof setTimeout>;
  /** The last status seen of each order, to announce changes. */
  readonly #statuses = new Map<string, OrderStatus>();
  /** Set when a person changed the filter or search: the next result count is announced. */
  #announceResults = false;
  /** Set when a person opened an order: its heading takes focus once rendered. */
  #focusHeading = false;
  /** Counts list loads, so a "Load more" answer for an older query is dropped. */
  #generation = 0;

  readonly #account = new Loader(
    this,
    async ([client], { signal }): Promise<Account | undefined> => client?.account.retrieve({ signal }),
    () => [this.billingClient as BillingClient | undefined] as const,
  );

  readonly #list = new Loader(
    this,
    async ([client, status, search, pageSize], { signal }): Promise<Listed | undefined> => {
      if (!client) return undefined;
      const limit = Math.min(100, Math.max(1, Math.trunc(pageSize) || 25));
      const query = { ...(status ? { status } : {}), ...(search ? { search } : {}), limit };
      // A role without `orders:view` is told so, without a request the API would refuse.
      if (!(await hasPermission(client, 'orders:view', signal))) return { orders: null, totalCount: 0 };
      let page: Page<Order>;
      try {
        page = await client.orders.list(query, { signal });
      } catch (error) {
        // A role without `orders:view` is told so; it is not an error to retry.
        if (error instanceof BillingPermissionError) return { orders: null, totalCount: 0 };
        throw error;
      }
      this.#generation += 1;
      this.more = [];
      this.nextPage = page.hasMore ? page : null;
      this.loadMoreError = undefined;
      const changed = this.#noteStatuses(page.data);
      if (changed) this.#announce(changed);
      else if (this.#announceResults) this.#announce(this.#resultsText(page.totalCount));
      this.#announceResults = false;
      return { orders: page.data, totalCount: page.totalCount };
    },
    () =>
      [
        this.billingClient as BillingClient | undefined,
        this.#statusFilter,
        this.search.trim().slice(0, 100),
        this.pageSize,
      ] as const,
  );

  readonly #detail = new Loader(
    this,
    async ([client, orderId], { signal }): Promise<Shown | undefined> => {
      if (!client || !orderId) return undefined;
      let order: Order;
      try {
        order = await client.orders.retrieve(orderId, { signal });
      } catch (error) {
        if (error instanceof BillingPermissionError) return { id: orderId, order: null, invoices: [] };
        throw error;
      }
      // Each invoice on its own: one that cannot be loaded does not hide the order.
      const invoices = await Promise.all(
        order.invoiceIds.map((id) =>
          client.invoices.retrieve(id, { signal }).then(
            (invoice): OrderInvoice => ({ id, invoice }),
            (error: unknown): OrderInvoice => ({ id, error }),
          ),
        ),
      );
      const changed = this.#noteStatuses([order]);
      if (changed) this.#announce(changed);
      return { id: orderId, order, invoices };
    },
    () => [this.billingClient as BillingClient | undefined, this.order || undefined] as const,
  );

  /** The status filter, ignoring a value that is not an order status. */
  get #statusFilter(): OrderStatus | undefined {
    if (!this.status) return undefined;
    if (isOrderStatus(this.status)) return this.status;
    warnOnce(`<cc-order-tracker> has no status “${String(this.status)}”: use ${ORDER_STATUSES.join(', ')}.`);
    return undefined;
  }

  protected override billingDataChanged(tags: ReadonlySet<CacheTag>): void {
    if (tags.has('account')) void this.#account.run();
    if (tags.has('orders') || tags.has('account')) void this.#list.run();
    if (this.order) void this.#detail.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusHeading && this.order) {
      const heading = this.renderRoot.querySelector<HTMLElement>('#order-heading');
      if (heading) {
        this.#focusHeading = false;
        heading.focus();
      }
    }
  }

  override render() {
    return html`<div part="base" class="base">
        ${
          // One view at a time: the list keeps its data and filters while an order is shown.
          this.order
            ? this.#renderOrderView(this.order)
            : html`<section part="list" class="list" aria-label=${msg('Orders')}>${this.#renderList()}</section>`
        }
        <p part="announcement" class="cc-visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      </div>
      ${
        this.invoiceDetailId
          ? html`<cc-invoice-detail
              modal
              ?help=${this.help}
              .client=${this.billingClient}
              .locale=${this.activeLocale}
              invoice=${this.invoiceDetailId}
              @cc-invoice-detail-close=${() => (this.invoiceDetailId = undefined)}
            ></cc-invoice-detail>`
          : nothing
      }`;
  }

  // ── The list ─────────────────────────────────────────────────────────────────

  #renderList(): TemplateResult {
    if (!this.billingClient) return emptyState(msg('Connect a billing API to see orders.'));
    const retry = () => this.#retryList();
    if (this.#list.status === 'error') return errorState(this.#list.error, retry, { host: this, topic: 'orders' });
    if (this.#account.status === 'error') {
      return errorState(this.#account.error, retry, { host: this, topic: 'orders' });
    }
    const listed = this.#list.value;
    const account = this.#account.value;
    if (!listed || !account) return loadingState(5, msg('Loading orders…'));
    if (!listed.orders) return this.#renderNoAccess(account);
    return this.#renderLoaded(listed.orders, listed.totalCount, this.#list.status === 'pending');
  }

  #retryList(): void {
    if (this.#account.status === 'error') void this.#account.run();
    void this.#list.run();
  }

  #renderNoAccess(account: Account | undefined): TemplateResult {
    return html`<div part="no-access" class="no-access" role="status">
      <p class="no-access__title">${msg('Your role cannot see orders.')}</p>
      ${
        account
          ? html`<p>
              ${msg(
                str`Your role: ${roleLabel(account.user.role)}. Ask a technical or executive contact of your organisation about the orders you need.`,
              )}
            </p>`
          : nothing
      }
      ${renderHelp(this, { topic: 'orders' })}
    </div>`;
  }

  #renderLoaded(orders: readonly Order[], totalCount: number, busy: boolean): TemplateResult {
    const rows = [...orders, ...this.more];
    const locale = this.activeLocale;
    return html`
      <div class="toolbar">
        ${this.#renderFilters()}
        <form class="search" role="search" @submit=${this.#onSearchSubmit}>
          <label class="cc-visually-hidden" for="search">${msg('Search by order number or description')}</label>
          <input
            id="search"
            part="search"
            type="search"
            maxlength="100"
            autocomplete="off"
            .value=${this.search}
            placeholder=${msg('Search orders')}
            @input=${this.#onSearchInput}
          />
        </form>
      </div>
      <div class="results" aria-busy=${busy ? 'true' : 'false'}>
        ${
          rows.length === 0
            ? this.#renderNoOrders()
            : html`<p part="count" class="count">
                  ${msg(
                    str`Showing ${rows.length.toLocaleString(locale)} of ${totalCount.toLocaleString(locale)} orders`,
                  )}
                </p>
                ${this.#renderTable(rows)}`
        }
      </div>
      ${
        this.loadMoreError !== undefined
          ? html`<p part="load-more-error" class="alert" role="alert">${errorMessage(this.loadMoreError)}</p>`
          : nothing
      }
      ${this.nextPage ? loadMoreButton(this.loadingMore, () => void this.#loadMore()) : nothing}
    `;
  }

  #renderFilters(): TemplateResult {
    const active = this.#statusFilter;
    const button = (status: OrderStatus | undefined) =>
      html`<button
        type="button"
        part="filter"
        class="filter"
        aria-pressed=${active === status ? 'true' : 'false'}
        @click=${() => this.#setStatus(status)}
      >
        ${status ? orderStatusLabel(status) : msg('All')}
      </button>`;
    return html`<div part="filters" class="filters" role="group" aria-label=${msg('Filter by status')}>
      ${button(undefined)} ${ORDER_STATUSES.map((status) => button(status))}
    </div>`;
  }

  #renderNoOrders(): TemplateResult {
    const status = this.#statusFilter;
    const search = this.search.trim();
    const message = search
      ? status
        ? msg(str`No ${orderStatusLabel(status)} orders match “${search}”.`)
        : msg(str`No orders match “${search}”.`)
      : status
        ? msg(str`No orders with the status ${orderStatusLabel(status)}.`)
        : msg('There are no orders yet.');
    return html`${emptyState(message)}
    ${
      search || status
        ? html`<button part="clear-button" class="cc-button secondary clear" type="button" @click=${this.#clear}>
            ${msg('Clear search and filter')}
          </button>`
        : nothing
    }`;
  }

  #renderTable(rows: readonly Order[]): TemplateResult {
    return html`<table part="table">
      <caption class="cc-visually-hidden">
        ${msg('Orders')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Order')}</th>
          <th scope="col">${msg('Description')}</th>
          <th scope="col">${msg('Placed')}</th>
          <th scope="col">${msg('Status')}</th>
          <th scope="col" class="numeric">${msg('Total')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((order) => this.#renderRow(order))}
      </tbody>
    </table>`;
  }

  #renderRow(order: Order): TemplateResult {
    const locale = this.activeLocale;
    const latest = chronological(order.history).at(-1);
    return html`<tr class="row" data-order=${order.id}>
      <th scope="row" data-label=${msg('Order')}>
        <button type="button" part="order-button" class="link number" @click=${() => this.#select(order)}>
          <bdi>${order.number}</bdi>
        </button>
      </th>
      <td class="description" data-label=${msg('Description')}>${order.description}</td>
      <td class="date" data-label=${msg('Placed')}>
        ${formatDateTime(order.placedAt, locale, { dateStyle: 'medium' })}
      </td>
      <td data-label=${msg('Status')}>
        <span part="status" class="badge ${order.status}">${orderStatusLabel(order.status)}</span>
        ${latest ? html`<span class="hint">${this.#updatedText(latest.at)}</span>` : nothing}
      </td>
      <td class="numeric" data-label=${msg('Total')}>${formatMoney(order.total, locale)}</td>
    </tr>`;
  }

  #updatedText(at: string): string {
    return msg(str`Updated ${formatRelativeDays(daysFromToday(at), this.activeLocale)}`);
  }

  #resultsText(count: number): string {
    return count === 0 ? msg('No orders found.') : msg(str`Orders found: ${count.toLocaleString(this.activeLocale)}`);
  }

  #setStatus(status: OrderStatus | undefined): void {
    if (status === this.#statusFilter) return;
    this.status = status;
    this.#announceResults = true;
  }

  #onSearchInput(event: InputEvent): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    // Wait until typing pauses, so the search box does not send a request per key.
    this.#searchTimer = setTimeout(() => this.#applySearch(value), 300);
  }

  #onSearchSubmit(event: SubmitEvent): void {
    event.preventDefault();
    clearTimeout(this.#searchTimer);
    const input = (event.currentTarget as HTMLFormElement).querySelector('input');
    if (input) this.#applySearch(input.value);
  }

  #applySearch(value: string): void {
    const search = value.trim();
    if (search === this.search.trim()) return;
    this.search = search;
    this.#announceResults = true;
  }

  async #clear(): Promise<void> {
    clearTimeout(this.#searchTimer);
    this.status = undefined;
    this.search = '';
    this.#announceResults = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }

  async #loadMore(): Promise<void> {
    if (!this.nextPage || this.loadingMore) return;
    const generation = this.#generation;
    const firstNew = (this.#list.value?.orders?.length ?? 0) + this.more.length;
    this.loadingMore = true;
    this.loadMoreError = undefined;
    try {
      const next = await this.nextPage.nextPage();
      if (generation !== this.#generation || !next) return;
      this.more = [...this.more, ...next.data];
      this.nextPage = next.hasMore ? next : null;
      this.#noteStatuses(next.data);
      this.#announce(msg(str`${next.data.length.toLocaleString(this.activeLocale)} more orders loaded`));
      await this.updateComplete;
      // Focus moves to the first order loaded, as the button may be gone (last page).
      this.renderRoot.querySelectorAll<HTMLElement>('tbody [part~="order-button"]')[firstNew]?.focus();
    } catch (error) {
      if (generation === this.#generation) this.loadMoreError = error;
    } finally {
      this.loadingMore = false;
    }
  }

  #select(order: Order): void {
    // A host that handles the event (its own order page) cancels it; otherwise ours opens.
    if (!this.dispatchEvent(new CcOrderSelectEvent(order))) return;
    this.#focusHeading = true;
    this.order = order.id;
  }

  /** The order as listed, while its own request is under way. */
  #listed(orderId: string): Order | undefined {
    return [...(this.#list.value?.orders ?? []), ...this.more].find((order) => order.id === orderId);
  }

  /** Records the orders' statuses; the words for those that changed since last seen, if any. */
  #noteStatuses(orders: readonly Order[]): string | undefined {
    const changes: string[] = [];
    for (const order of orders) {
      const before = this.#statuses.get(order.id);
      if (before && before !== order.status) {
        changes.push(msg(str`Order ${order.number} is now ${orderStatusLabel(order.status)}.`));
      }
      this.#statuses.set(order.id, order.status);
    }
    return changes.length > 0 ? changes.join(' ') : undefined;
  }

  #announce(text: string): void {
    // The same words twice in a row are still announced: the region's text must change.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  // ── One order ────────────────────────────────────────────────────────────────

  #renderOrderView(orderId: string): TemplateResult {
    const value = this.#detail.value?.id === orderId ? this.#detail.value : undefined;
    const number = value?.order?.number ?? this.#listed(orderId)?.number;
    const retry = () => void this.#detail.run();
    return html`<section part="order" class="order" aria-labelledby="order-heading">
      <button part="back-button" class="back" type="button" @click=${this.#back}>
        <span class="back__arrow" aria-hidden="true">←</span> ${msg('All orders')}
      </button>
      <h2 id="order-heading" part="order-heading" class="order__heading" tabindex="-1">
        <span class="order__label">${msg('Order')}</span> ${number ? html`<bdi>${number}</bdi>` : nothing}
      </h2>
      ${this.#detail.render({
        pending: () => (value ? this.#renderShown(value, true) : loadingState(4, msg('Loading the order…'))),
        error: (error) =>
          errorState(error, retry, { host: this, topic: 'order', ...(number ? { reference: number } : {}) }),
        complete: (shown) =>
          shown ? this.#renderShown(shown, false) : emptyState(msg('Connect a billing API to see orders.')),
      })}
    </section>`;
  }

  #renderShown({ order, invoices }: Shown, busy: boolean): TemplateResult {
    if (!order) return this.#renderNoAccess(this.#account.value);
    const locale = this.activeLocale;
    const history = chronological(order.history);
    const latest = history.at(-1);
    return html`<div class="order__body" aria-busy=${busy ? 'true' : 'false'}>
      <div class="order__status">
        <span part="status" class="badge ${order.status}">${orderStatusLabel(order.status)}</span>
        <span class="order__hint">${orderStatusHint(order.status)}</span>
      </div>
      <p class="order__description">${order.description}</p>
      <dl part="summary" class="summary">
        <div class="summary__item">
          <dt>${msg('Placed')}</dt>
          <dd>${formatDateTime(order.placedAt, locale)}</dd>
        </div>
        <div class="summary__item">
          <dt>${msg('Total')}</dt>
          <dd class="amount">${formatMoney(order.total, locale)}</dd>
        </div>
        ${
          latest
            ? html`<div class="summary__item">
                <dt>${msg('Last update')}</dt>
                <dd>${formatDateTime(latest.at, locale)}</dd>
              </div>`
            : nothing
        }
        ${
          order.trackingNumber
            ? html`<div class="summary__item">
                <dt>${msg('Tracking number')}</dt>
                <dd class="tracking"><bdi>${order.trackingNumber}</bdi></dd>
              </div>`
            : nothing
        }
      </dl>
      <section class="order__section" aria-labelledby="timeline-heading">
        <h3 id="timeline-heading" class="order__section-heading">${msg('Tracking history')}</h3>
        <ol part="timeline" class="timeline">
          ${history.map((entry, index) => {
            const current = index === history.length - 1;
            return html`<li
              part="timeline-step${current ? ' current-step' : ''}"
              class="step ${entry.status}"
              aria-current=${current ? 'step' : 'false'}
            >
              <span class="step__mark" aria-hidden="true"></span>
              <div class="step__body">
                <p class="step__title">
                  <span class="step__status">${orderStatusLabel(entry.status)}</span>
                  <time class="step__time" datetime=${entry.at}>${formatDateTime(entry.at, locale)}</time>
                </p>
                ${entry.note ? html`<p class="step__note">${entry.note}</p>` : nothing}
              </div>
            </li>`;
          })}
        </ol>
      </section>
      <section class="order__section" aria-labelledby="invoices-heading">
        <h3 id="invoices-heading" class="order__section-heading">${msg('Invoices')}</h3>
        ${this.#renderInvoices(order, invoices)}
      </section>
      ${renderHelp(this, { topic: 'order', reference: order.number })}
    </div>`;
  }

  #renderInvoices(order: Order, invoices: readonly OrderInvoice[]): TemplateResult {
    if (invoices.length === 0) {
      return html`<p class="muted">
        ${
          order.status === 'cancelled'
            ? msg('No invoice: the order was cancelled before it was invoiced.')
            : msg('No invoice yet. The order is invoiced when it ships or, for licences, when it is completed.')
        }
      </p>`;
    }
    const locale = this.activeLocale;
    return html`<table part="invoices" class="invoices">
      <caption class="cc-visually-hidden">
        ${msg('Invoices of this order')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Invoice')}</th>
          <th scope="col">${msg('Issued')}</th>
          <th scope="col">${msg('Status')}</th>
          <th scope="col" class="numeric">${msg('Amount')}</th>
        </tr>
      </thead>
      <tbody>
        ${invoices.map((entry) =>
          'invoice' in entry
            ? html`<tr>
                <th scope="row" data-label=${msg('Invoice')}>
                  <button
                    type="button"
                    part="invoice-button"
                    class="link number"
                    @click=${() => this.#openInvoice(entry.invoice)}
                  >
                    <bdi>${entry.invoice.number}</bdi>
                  </button>
                </th>
                <td class="date" data-label=${msg('Issued')}>${formatDate(entry.invoice.issueDate, locale)}</td>
                <td data-label=${msg('Status')}>
                  <span part="invoice-status" class="badge invoice-${entry.invoice.status}">
                    ${invoiceStatusLabel(entry.invoice.status)}
                  </span>
                </td>
                <td class="numeric" data-label=${msg('Amount')}>${formatMoney(entry.invoice.total, locale)}</td>
              </tr>`
            : html`<tr>
                <th scope="row" data-label=${msg('Invoice')}><bdi>${entry.id}</bdi></th>
                <td colspan="3">
                  <p part="invoice-error" class="invoice-error">
                    ${
                      entry.error instanceof BillingPermissionError
                        ? msg('Your role cannot see this invoice.')
                        : msg(str`This invoice could not be loaded. ${errorMessage(entry.error)}`)
                    }
                  </p>
                  ${
                    entry.error instanceof BillingPermissionError
                      ? nothing
                      : html`<button type="button" class="cc-button secondary" @click=${() => void this.#detail.run()}>
                          ${msg('Try again')}
                        </button>`
                  }
                </td>
              </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #openInvoice(invoice: InvoiceDetail): void {
    // A host that handles the event (its own invoice page) cancels it; otherwise ours opens.
    if (!this.dispatchEvent(new CcInvoiceSelectEvent(invoice))) return;
    void openInvoiceDetail(
      () => {
        this.invoiceDetailId = invoice.id;
        return this.updateComplete;
      },
      () => this.renderRoot.querySelector<CcInvoiceDetail>('cc-invoice-detail'),
    ).then((problem) => problem && this.#announce(problem));
  }

  async #back(): Promise<void> {
    const orderId = this.order;
    if (!orderId) return;
    this.order = undefined;
    this.dispatchEvent(new CcOrderCloseEvent(orderId));
    await this.updateComplete;
    const row = [...this.renderRoot.querySelectorAll<HTMLElement>('tbody tr[data-order]')].find(
      (candidate) => candidate.dataset.order === orderId,
    );
    const target =
      row?.querySelector<HTMLElement>('[part~="order-button"]') ??
      this.renderRoot.querySelector<HTMLElement>('#search') ??
      this.renderRoot.querySelector<HTMLElement>('[part~="retry-button"]');
    target?.focus();
  }
}
