import { msg, str } from '../i18n/msg.js';
import {
  BillingPermissionError,
  CONTRACT_STATUSES,
  daysBetween,
  formatDate,
  formatDateTime,
  formatMoney,
  formatRelativeDays,
  todayIsoDate,
  type Account,
  type BillingClient,
  type BillingDocument,
  type CacheTag,
  type Contract,
  type ContractStatus,
  type DownloadedFile,
  type Invoice,
  type Page,
  type Permission,
} from '@customer-center/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { CcElement } from '../base/cc-element.js';
import { renderHelp } from '../base/help.js';
import { Loader } from '../base/loader.js';
import { saveFile } from '../base/save-file.js';
import { emptyState, errorMessage, errorState, loadMoreButton, loadingState } from '../base/states.js';
import { warnOnce } from '../base/warn.js';
import { CcContractDownloadedEvent } from '../events/contract-downloaded.js';
import { CcInvoiceSelectEvent } from '../events/invoice-select.js';
import { openInvoiceDetail } from '../base/on-demand.js';
import type { CcInvoiceDetail } from '../invoice-detail/invoice-detail.js';
import { styles } from './contract-list.styles.js';
import {
  contractStatusLabel,
  downloadedMessage,
  fileSize,
  invoiceStatusLabel,
  roleLabel,
  termLength,
} from './messages.js';

interface Loaded {
  readonly account: Account;
  /** The first page of contracts, or null when the signed-in role may not see contracts. */
  readonly page: Page<Contract> | null;
}

/** Documents or invoices of the organisation, loaded once when a first contract is expanded. */
type Related<T> =
  | { readonly status: 'pending' }
  | { readonly status: 'complete'; readonly items: readonly T[] }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'forbidden' };

type RelatedKind = 'documents' | 'invoices';

const RELATED_PERMISSION: Readonly<Record<RelatedKind, Permission>> = {
  documents: 'documents:view',
  invoices: 'invoices:view',
};

const isStatus = (value: string | undefined): value is ContractStatus =>
  (CONTRACT_STATUSES as readonly (string | undefined)[]).includes(value);

/** Renewals within this many days are highlighted, unless `renewal-notice-days` says otherwise. */
const DEFAULT_RENEWAL_NOTICE_DAYS = 90;

/**
 * @summary The organisation's contracts with their term, status, renewal date and value, and
 * under each its documents and invoices; download the contract document.
 *
 * A status filter narrows the list; each contract expands (a disclosure button) to list the
 * documents filed under it, each downloadable, and its invoices, each opening in
 * `<cc-invoice-detail>` unless the host handles `cc-invoice-select`. Renewals due within
 * `renewal-notice-days` are highlighted. Downloads say what happened through a live region
 * and explain a failure next to the button. A role that may not see contracts is told so. In
 * a narrow host (under 44rem) the rows become cards. The element reloads when contracts,
 * documents, invoices or the account change through its client.
 *
 * @tag cc-contract-list
 *
 * @slot help - The host's own help content (a link to its support page, say), shown in error views and in each contract's detail.
 *
 * @csspart base - The wrapper of the whole list.
 * @csspart filters - The group of status filter buttons.
 * @csspart filter - Each status filter button (`aria-pressed` tells the chosen one).
 * @csspart table - The contract table.
 * @csspart contract - Each contract: a `<tbody>` holding its row and, when expanded, its detail row.
 * @csspart disclosure - Each contract's number and name, the button that shows or hides its detail.
 * @csspart status - Each contract's status badge.
 * @csspart renewal-soon - The "Renewal due …" highlight of a renewal within `renewal-notice-days`.
 * @csspart download-button - Each contract's "Download contract" button.
 * @csspart download-error - Why a download failed, next to its button.
 * @csspart detail - The detail of an expanded contract.
 * @csspart documents - The list of a contract's documents.
 * @csspart document - Each document.
 * @csspart document-download-button - Each document's Download button.
 * @csspart invoices - The list of a contract's invoices.
 * @csspart invoice - Each invoice.
 * @csspart invoice-button - Each invoice's number, the button that opens it.
 * @csspart invoice-status - Each invoice's status badge.
 * @csspart load-more - The "Load more" button.
 * @csspart no-access - The message shown to a role that may not see contracts.
 * @csspart announcement - The visually hidden live region announcing what happened.
 * @csspart loading - A loading skeleton (the list, or a contract's documents or invoices).
 * @csspart empty - The empty state.
 * @csspart error - An error state.
 * @csspart retry-button - An error state's retry button.
 * @csspart help - The help area of an error view or a contract's detail (holds the `help` slot).
 * @csspart help-button - The "Get help" button (with the `help` attribute).
 *
 * @cssproperty [--cc-contract-list-active-color=var(--cc-color-success)] - Active badges.
 * @cssproperty [--cc-contract-list-pending-color=var(--cc-color-warning)] - Pending renewal badges.
 * @cssproperty [--cc-contract-list-ended-color=var(--cc-color-muted)] - Expired and terminated badges.
 * @cssproperty [--cc-contract-list-renewal-soon-color=var(--cc-color-warning)] - The highlight of a renewal due soon.
 * @cssproperty [--cc-contract-list-error-color=var(--cc-color-danger)] - Download errors.
 * @cssproperty [--cc-contract-list-row-border=1px solid var(--cc-color-border)] - Lines between rows.
 * @cssproperty [--cc-contract-list-detail-background=var(--cc-color-surface-raised)] - Background of an expanded contract's detail.
 *
 * @event {CcContractDownloadedEvent} cc-contract-downloaded - A file was saved: `detail: { contractId, documentId, filename }`, `documentId` null for the contract document itself.
 * @event {CcInvoiceSelectEvent} cc-invoice-select - A person opened one of a contract's invoices (`detail: { invoiceId, invoice }`); cancelable, to show the host's own invoice page instead of the built-in dialog.
 * @event {CcHelpRequestEvent} cc-help-request - A person pressed "Get help" (with the `help` attribute) in an error view (`topic: 'contracts'`) or a contract's detail (`topic: 'contract'`, `reference`: the contract number).
 */
export class CcContractList extends CcElement {
  static override styles = styles;

  /** Show only contracts with this status: `active`, `pending_renewal`, `expired` or `terminated`; all when unset. */
  @property({ reflect: true }) status?: ContractStatus;

  /** Contracts loaded per page (1–100); more come with "Load more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  /** Renewals due within this many days are highlighted. */
  @property({ type: Number, attribute: 'renewal-notice-days' }) renewalNoticeDays = DEFAULT_RENEWAL_NOTICE_DAYS;

  @state() private more: readonly Contract[] = [];
  @state() private nextPage: Page<Contract> | null = null;
  @state() private loadingMore = false;
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private documents?: Related<BillingDocument>;
  @state() private invoices?: Related<Invoice>;
  /** Downloads under way: `contract:<id>` or `document:<id>`. */
  @state() private downloading: ReadonlySet<string> = new Set();
  /** The last failed download of each button, by the same keys, with the contract it belongs to. */
  @state() private downloadErrors: ReadonlyMap<string, { readonly contractId: string; readonly error: unknown }> =
    new Map();
  @state() private announcement = '';
  @state() private detailInvoiceId?: string;

  protected override watchedTags: readonly CacheTag[] = ['contracts', 'documents', 'invoices', 'account'];

  /** Bumped when documents or invoices are dropped, so an answer to an older request is ignored. */
  readonly #generation: Record<RelatedKind, number> = { documents: 0, invoices: 0 };
  /** The client the documents and invoices were loaded with. */
  #relatedClient?: BillingClient;
  /** Set when a person changed the filter: the next load announces how many contracts it found. */
  #announceCount = false;

  readonly #contracts = new Loader(
    this,
    async ([client, status, pageSize], { signal }): Promise<Loaded | undefined> => {
      if (!client) return undefined;
      const limit = Math.min(100, Math.max(1, Math.trunc(pageSize) || 25));
      const [account, page] = await Promise.all([
        client.account.retrieve({ signal }),
        client.contracts.list({ ...(status ? { status } : {}), limit }, { signal }).catch((error: unknown) => {
          // A role without `contracts:view` is told so; it is not an error to retry.
          if (error instanceof BillingPermissionError) return null;
          throw error;
        }),
      ]);
      const visible = account.user.permissions.includes('contracts:view') ? page : null;
      if (!signal.aborted) {
        this.more = [];
        this.nextPage = visible?.hasMore ? visible : null;
        if (this.#announceCount && visible) {
          this.#announceCount = false;
          this.announcement = msg(str`Contracts shown: ${visible.totalCount.toLocaleString(this.activeLocale)}`);
        }
      }
      return { account, page: visible };
    },
    () => [this.billingClient as BillingClient | undefined, this.#validStatus, this.pageSize] as const,
  );

  /** The `status` filter when it is one the API knows; warns once about any other. */
  get #validStatus(): ContractStatus | undefined {
    if (this.status === undefined || isStatus(this.status)) return this.status;
    warnOnce(`<cc-contract-list> has no status “${String(this.status)}”: use ${CONTRACT_STATUSES.join(', ')}.`);
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another client is another person or organisation: nothing loaded for the last one applies.
    const client = this.billingClient;
    if (client !== this.#relatedClient) {
      this.#relatedClient = client;
      this.#dropRelated('documents');
      this.#dropRelated('invoices');
      if (this.downloadErrors.size > 0) this.downloadErrors = new Map();
    }
    // A contract is open (or was, before a reload): its documents and invoices are wanted.
    this.#loadRelatedIfExpanded();
  }

  protected override billingDataChanged(tags: ReadonlySet<CacheTag>): void {
    if (tags.has('contracts') || tags.has('account')) void this.#contracts.run();
    if (tags.has('documents') || tags.has('account')) this.#dropRelated('documents');
    if (tags.has('invoices') || tags.has('account')) this.#dropRelated('invoices');
  }

  override render() {
    return html`<section part="base" class="list" aria-label=${msg('Contracts')}>
        ${this.#contracts.render({
          initial: () => loadingState(4, msg('Loading contracts…')),
          pending: () =>
            this.#contracts.value
              ? this.#renderLoaded(this.#contracts.value, true)
              : loadingState(4, msg('Loading contracts…')),
          error: (error) => errorState(error, () => void this.#contracts.run(), { host: this, topic: 'contracts' }),
          complete: (loaded) =>
            loaded ? this.#renderLoaded(loaded, false) : emptyState(msg('Connect a billing API to see contracts.')),
        })}
        <p part="announcement" class="cc-visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      </section>
      ${
        this.detailInvoiceId
          ? html`<cc-invoice-detail
              modal
              .client=${this.billingClient}
              invoice=${this.detailInvoiceId}
              .locale=${this.locale}
              ?help=${this.help}
              @cc-invoice-detail-close=${() => (this.detailInvoiceId = undefined)}
            ></cc-invoice-detail>`
          : nothing
      }`;
  }

  #renderLoaded({ account, page }: Loaded, busy: boolean): TemplateResult {
    if (!page) {
      return html`<div part="no-access" class="no-access" role="status">
        <p class="no-access__title">${msg('Your role cannot see contracts.')}</p>
        <p>
          ${msg(
            str`Your role: ${roleLabel(account.user.role)}. Ask a billing contact of your organisation for the contract details you need.`,
          )}
        </p>
        ${renderHelp(this, { topic: 'contracts' })}
      </div>`;
    }
    const rows = [...page.data, ...this.more];
    const status = this.#validStatus;
    return html`
      ${this.#renderFilters(status)}
      ${
        rows.length === 0
          ? emptyState(
              status
                ? msg(str`No contracts with the status “${contractStatusLabel(status)}”.`)
                : msg('Your organisation has no contracts yet.'),
            )
          : this.#renderTable(rows, account, busy)
      }
      ${this.nextPage ? loadMoreButton(this.loadingMore, () => void this.#loadMore()) : nothing}
    `;
  }

  #renderFilters(current: ContractStatus | undefined): TemplateResult {
    const button = (status: ContractStatus | undefined, label: string) =>
      html`<button
        type="button"
        part="filter"
        class="filter"
        aria-pressed=${current === status ? 'true' : 'false'}
        @click=${() => this.#filter(status)}
      >
        ${label}
      </button>`;
    return html`<div part="filters" class="filters" role="group" aria-label=${msg('Filter by status')}>
      ${button(undefined, msg('All'))} ${CONTRACT_STATUSES.map((status) => button(status, contractStatusLabel(status)))}
    </div>`;
  }

  #renderTable(rows: readonly Contract[], account: Account, busy: boolean): TemplateResult {
    return html`<table part="table" aria-busy=${busy ? 'true' : 'false'}>
      <caption class="cc-visually-hidden">
        ${msg('Contracts')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Contract')}</th>
          <th scope="col">${msg('Term')}</th>
          <th scope="col">${msg('Status')}</th>
          <th scope="col">${msg('Renewal')}</th>
          <th scope="col" class="numeric">${msg('Value')}</th>
          <th scope="col"><span class="cc-visually-hidden">${msg('Actions')}</span></th>
        </tr>
      </thead>
      ${repeat(
        rows,
        (contract) => contract.id,
        (contract) => this.#renderContract(contract, account),
      )}
    </table>`;
  }

  #renderContract(contract: Contract, account: Account): TemplateResult {
    const locale = this.activeLocale;
    const open = this.expanded.has(contract.id);
    const soon = this.#renewalSoon(contract);
    const downloadKey = `contract:${contract.id}`;
    const downloading = this.downloading.has(downloadKey);
    const downloadError = this.downloadErrors.get(downloadKey)?.error;
    return html`<tbody part="contract" class="contract ${contract.status} ${soon === null ? '' : 'soon'}">
      <tr>
        <th scope="row" data-label=${msg('Contract')}>
          <button
            type="button"
            part="disclosure"
            class="disclosure"
            data-contract=${contract.id}
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${ifDefined(open ? this.#detailId(contract) : undefined)}
            @click=${() => this.#toggle(contract)}
          >
            <span class="chevron" aria-hidden="true"></span>
            <span class="identity">
              <bdi class="number">${contract.number}</bdi>
              <span class="name"><bdi>${contract.name}</bdi></span>
            </span>
          </button>
        </th>
        <td class="term" data-label=${msg('Term')}>${this.#renderTerm(contract)}</td>
        <td data-label=${msg('Status')}>
          <span part="status" class="badge ${contract.status}">${contractStatusLabel(contract.status)}</span>
        </td>
        <td class="renewal" data-label=${msg('Renewal')}>${this.#renderRenewal(contract, soon)}</td>
        <td class="numeric" data-label=${msg('Value')}>${formatMoney(contract.value, locale)}</td>
        <td class="actions-cell">
          <div class="actions">
            <button
              type="button"
              part="download-button"
              class="cc-button secondary"
              aria-disabled=${downloading ? 'true' : 'false'}
              @click=${() => void this.#downloadContract(contract)}
            >
              ${downloading ? msg('Downloading…') : msg('Download contract')}<span class="cc-visually-hidden">
                <bdi>${contract.number}</bdi></span
              >
            </button>
          </div>
          ${
            downloadError === undefined
              ? nothing
              : this.#renderDownloadError(
                  msg(html`Contract <bdi>${contract.number}</bdi> was not downloaded.`),
                  downloadError,
                )
          }
        </td>
      </tr>
      ${open ? this.#renderDetail(contract, account) : nothing}
    </tbody>`;
  }

  #renderTerm(contract: Contract): TemplateResult {
    const locale = this.activeLocale;
    const start = formatDate(contract.startDate, locale);
    const end = formatDate(contract.endDate, locale);
    // The dash is for the eye; a screen reader reads the range in words.
    return html`<span class="cc-visually-hidden">${msg(str`From ${start} to ${end}`)}</span
      ><span aria-hidden="true"><span class="date">${start}</span> – <span class="date">${end}</span></span>
      <span class="hint">${termLength(contract.startDate, contract.endDate, locale)}</span>`;
  }

  /** Days until the renewal when it is due within `renewalNoticeDays` (negative once late), else null. */
  #renewalSoon(contract: Contract): number | null {
    if (!contract.renewalDate || (contract.status !== 'active' && contract.status !== 'pending_renewal')) return null;
    const days = daysBetween(todayIsoDate(), contract.renewalDate);
    return days <= this.renewalNoticeDays ? days : null;
  }

  #renderRenewal(contract: Contract, soon: number | null): TemplateResult {
    const locale = this.activeLocale;
    if (!contract.renewalDate) return html`<span class="muted">${msg('Does not renew')}</span>`;
    const date = html`<span class="date">${formatDate(contract.renewalDate, locale)}</span>`;
    if (soon === null) return date;
    const relative = formatRelativeDays(soon, locale);
    return html`${date}
      <strong part="renewal-soon" class="renewal-soon">
        ${soon < 0 ? msg(html`Renewal was due <bdi>${relative}</bdi>`) : msg(html`Renewal due <bdi>${relative}</bdi>`)}
      </strong>`;
  }

  #detailId(contract: Contract): string {
    return `detail-${contract.id}`;
  }

  #renderDetail(contract: Contract, account: Account): TemplateResult {
    // "Get help" passes on the last download error of this contract the person read.
    const lastFailure = [...this.downloadErrors.values()]
      .filter((failure) => failure.contractId === contract.id)
      .at(-1);
    return html`<tr class="detail-row">
      <td colspan="6">
        <div
          part="detail"
          class="detail"
          id=${this.#detailId(contract)}
          role="region"
          aria-label=${msg(str`Contract ${contract.number}: documents and invoices`)}
          @keydown=${(event: KeyboardEvent) => this.#onDetailKeydown(event, contract)}
        >
          <div class="related-grid">
            <div class="related">
              <h3 class="related__heading">${msg('Documents')}</h3>
              ${this.#renderDocuments(contract, account)}
            </div>
            <div class="related">
              <h3 class="related__heading">
                ${msg('Invoices')}
                <span class="count">${contract.invoiceIds.length.toLocaleString(this.activeLocale)}</span>
              </h3>
              ${this.#renderInvoices(contract, account)}
            </div>
          </div>
          ${renderHelp(this, {
            topic: 'contract',
            reference: contract.number,
            ...(lastFailure === undefined ? {} : { message: errorMessage(lastFailure.error) }),
          })}
        </div>
      </td>
    </tr>`;
  }

  #renderRelated<T>(
    kind: RelatedKind,
    account: Account,
    render: (items: readonly T[]) => TemplateResult,
    labels: { readonly loading: string; readonly forbidden: string },
  ): TemplateResult {
    const related = (kind === 'documents' ? this.documents : this.invoices) as Related<T> | undefined;
    if (!account.user.permissions.includes(RELATED_PERMISSION[kind]) || related?.status === 'forbidden') {
      return html`<p class="muted">${labels.forbidden}</p>`;
    }
    if (!related || related.status === 'pending') return loadingState(2, labels.loading);
    if (related.status === 'error') {
      return errorState(related.error, () => this.#dropRelated(kind));
    }
    return render(related.items);
  }

  #renderDocuments(contract: Contract, account: Account): TemplateResult {
    const locale = this.activeLocale;
    return this.#renderRelated<BillingDocument>(
      'documents',
      account,
      (all) => {
        const documents = all
          .filter((doc) => doc.relatedId === contract.id || contract.documentIds.includes(doc.id))
          .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
        if (documents.length === 0)
          return html`<p class="muted">${msg('No documents are filed under this contract.')}</p>`;
        return html`<ul part="documents" class="items">
          ${documents.map((doc) => {
            const key = `document:${doc.id}`;
            const downloading = this.downloading.has(key);
            const error = this.downloadErrors.get(key)?.error;
            return html`<li part="document" class="item">
              <span class="item__main">
                <span class="item__name"><bdi>${doc.name}</bdi></span>
                <span class="hint">
                  ${formatDateTime(doc.createdAt, locale, { dateStyle: 'medium' })} · ${fileSize(doc.sizeBytes, locale)}
                </span>
              </span>
              <button
                type="button"
                part="document-download-button"
                class="cc-button secondary small"
                aria-disabled=${downloading ? 'true' : 'false'}
                @click=${() => void this.#downloadDocument(contract, doc)}
              >
                ${downloading ? msg('Downloading…') : msg('Download')}<span class="cc-visually-hidden">
                  ${doc.name}</span
                >
              </button>
              ${
                error === undefined
                  ? nothing
                  : this.#renderDownloadError(msg(html`“<bdi>${doc.name}</bdi>” was not downloaded.`), error)
              }
            </li>`;
          })}
        </ul>`;
      },
      { loading: msg('Loading documents…'), forbidden: msg('Your role cannot see documents.') },
    );
  }

  #renderInvoices(contract: Contract, account: Account): TemplateResult {
    const locale = this.activeLocale;
    return this.#renderRelated<Invoice>(
      'invoices',
      account,
      (all) => {
        const invoices = all
          .filter((invoice) => invoice.contractId === contract.id || contract.invoiceIds.includes(invoice.id))
          .sort((a, b) => (a.issueDate < b.issueDate ? 1 : a.issueDate > b.issueDate ? -1 : 0));
        if (invoices.length === 0)
          return html`<p class="muted">${msg('No invoices were billed under this contract.')}</p>`;
        return html`<ul part="invoices" class="items">
          ${invoices.map(
            (invoice) =>
              html`<li part="invoice" class="item invoice">
                <span class="item__main">
                  <button
                    type="button"
                    part="invoice-button"
                    class="link"
                    data-invoice=${invoice.id}
                    @click=${() => this.#openInvoice(invoice)}
                  >
                    <span class="cc-visually-hidden">${msg('Invoice')} </span><bdi>${invoice.number}</bdi>
                  </button>
                  <span class="hint">${msg(html`Issued <bdi>${formatDate(invoice.issueDate, locale)}</bdi>`)}</span>
                </span>
                <span class="amount">${formatMoney(invoice.total, locale)}</span>
                <span part="invoice-status" class="badge invoice-${invoice.status}">
                  ${invoiceStatusLabel(invoice.status)}
                </span>
              </li>`,
          )}
        </ul>`;
      },
      { loading: msg('Loading invoices…'), forbidden: msg('Your role cannot see invoices.') },
    );
  }

  #renderDownloadError(what: TemplateResult, error: unknown): TemplateResult {
    return html`<p part="download-error" class="download-error" role="alert">${what} ${errorMessage(error)}</p>`;
  }

  #filter(status: ContractStatus | undefined): void {
    if (status === this.#validStatus) return;
    this.#announceCount = true;
    this.status = status;
  }

  #toggle(contract: Contract): void {
    const next = new Set(this.expanded);
    if (next.has(contract.id)) next.delete(contract.id);
    else next.add(contract.id);
    this.expanded = next;
  }

  #onDetailKeydown(event: KeyboardEvent, contract: Contract): void {
    // Escape inside a contract's detail closes it and gives focus back to its button.
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.#toggle(contract);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>(`button[data-contract="${CSS.escape(contract.id)}"]`)?.focus(),
    );
  }

  /** Loads documents and invoices once a contract is expanded and they are not loaded yet. */
  #loadRelatedIfExpanded(): void {
    if (this.expanded.size === 0) return;
    const client = this.billingClient;
    const account = this.#contracts.value?.account;
    if (!client || !account) return;
    if (!this.documents) this.#loadRelated('documents', client, account);
    if (!this.invoices) this.#loadRelated('invoices', client, account);
  }

  #loadRelated(kind: RelatedKind, client: BillingClient, account: Account): void {
    if (!account.user.permissions.includes(RELATED_PERMISSION[kind])) {
      this.#setRelated(kind, { status: 'forbidden' });
      return;
    }
    const generation = this.#generation[kind];
    this.#setRelated(kind, { status: 'pending' });
    void (async () => {
      let result: Related<BillingDocument | Invoice>;
      try {
        const items: (BillingDocument | Invoice)[] = [];
        // The API cannot filter these by contract: every page is walked once, shared by all contracts.
        if (kind === 'documents') for await (const item of client.documents.list({ limit: 100 })) items.push(item);
        else for await (const item of client.invoices.list({ limit: 100 })) items.push(item);
        result = { status: 'complete', items };
      } catch (error) {
        result = error instanceof BillingPermissionError ? { status: 'forbidden' } : { status: 'error', error };
      }
      if (generation === this.#generation[kind]) this.#setRelated(kind, result);
    })();
  }

  #setRelated(kind: RelatedKind, related: Related<BillingDocument | Invoice> | undefined): void {
    if (kind === 'documents') this.documents = related as Related<BillingDocument> | undefined;
    else this.invoices = related as Related<Invoice> | undefined;
  }

  /** Forgets loaded documents or invoices; they load again while a contract is open. */
  #dropRelated(kind: RelatedKind): void {
    this.#generation[kind] += 1;
    this.#setRelated(kind, undefined);
  }

  async #loadMore(): Promise<void> {
    if (!this.nextPage || this.loadingMore) return;
    this.loadingMore = true;
    try {
      const next = await this.nextPage.nextPage();
      if (next) {
        this.more = [...this.more, ...next.data];
        this.nextPage = next.hasMore ? next : null;
        this.announcement = msg(str`More contracts loaded: ${next.data.length.toLocaleString(this.activeLocale)}`);
      }
    } catch (error) {
      this.announcement = errorMessage(error);
    } finally {
      this.loadingMore = false;
    }
  }

  #openInvoice(invoice: Invoice): void {
    // A host that handles the event (its own invoice page) cancels it; otherwise ours opens.
    if (!this.dispatchEvent(new CcInvoiceSelectEvent(invoice))) return;
    void openInvoiceDetail(
      () => {
        this.detailInvoiceId = invoice.id;
        return this.updateComplete;
      },
      () => this.renderRoot.querySelector<CcInvoiceDetail>('cc-invoice-detail'),
    ).then((problem) => {
      if (problem) this.announcement = problem;
    });
  }

  #downloadContract(contract: Contract): Promise<void> {
    return this.#download(`contract:${contract.id}`, contract.id, null, contract.number, (client) =>
      client.contracts.download(contract.id),
    );
  }

  #downloadDocument(contract: Contract, doc: BillingDocument): Promise<void> {
    return this.#download(`document:${doc.id}`, contract.id, doc.id, doc.name, (client) =>
      client.documents.download(doc.id),
    );
  }

  async #download(
    key: string,
    contractId: string,
    documentId: string | null,
    label: string,
    fetch: (client: BillingClient) => Promise<DownloadedFile>,
  ): Promise<void> {
    const client = this.billingClient;
    // A second press while the file is on its way does nothing.
    if (!client || this.downloading.has(key)) return;
    this.downloading = new Set(this.downloading).add(key);
    const errors = new Map(this.downloadErrors);
    errors.delete(key);
    this.downloadErrors = errors;
    this.announcement = msg(str`Downloading ${label}…`);
    try {
      const file = await fetch(client);
      saveFile(file);
      this.announcement = downloadedMessage(file.filename);
      this.dispatchEvent(new CcContractDownloadedEvent({ contractId, documentId, filename: file.filename }));
    } catch (error) {
      this.downloadErrors = new Map(this.downloadErrors).set(key, { contractId, error });
      this.announcement = '';
    } finally {
      const downloading = new Set(this.downloading);
      downloading.delete(key);
      this.downloading = downloading;
    }
  }
}
