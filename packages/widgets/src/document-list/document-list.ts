import { msg, str } from '../i18n/msg.js';
import { formatCount, plural } from '../i18n/plural.js';
import {
  BillingApiError,
  BillingPermissionError,
  BillingValidationError,
  DOCUMENT_TYPES,
  formatDateTime,
  type Account,
  type BillingClient,
  type BillingDocument,
  type CacheTag,
  type DocumentType,
  type Page,
} from '@customer-center/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CcElement } from '../base/cc-element.js';
import { renderHelp } from '../base/help.js';
import { Loader } from '../base/loader.js';
import { saveFile } from '../base/save-file.js';
import { emptyState, errorMessage, errorState, loadMoreButton, loadingState } from '../base/states.js';
import { CcDocumentDownloadEvent } from '../events/document-download.js';
import { CcDocumentDownloadedEvent } from '../events/document-downloaded.js';
import { styles } from './document-list.styles.js';
import {
  documentFilterLabel,
  documentTypeLabel,
  downloadFailure,
  emptyMessage,
  fileFormat,
  formatFileSize,
  roleLabel,
} from './messages.js';

/** The order of the list: newest first (as the API sends it) or oldest first. */
export type DocumentSort = 'newest' | 'oldest';

type Loaded =
  | { readonly kind: 'no-access'; readonly account: Account | undefined }
  | {
      readonly kind: 'list';
      readonly type: DocumentType | undefined;
      /** Every document fetched by this load (all of them when sorted oldest first). */
      readonly documents: readonly BillingDocument[];
      readonly totalCount: number;
    };

type Counts = Readonly<Record<DocumentType, number>>;

interface DownloadProblem {
  readonly document: BillingDocument;
  readonly error: unknown;
}

const ALL_PAGES_LIMIT = 100;

function isDocumentType(value: unknown): value is DocumentType {
  return typeof value === 'string' && (DOCUMENT_TYPES as readonly string[]).includes(value);
}

function requestIdOf(error: unknown): string | undefined {
  return error instanceof BillingApiError || error instanceof BillingValidationError ? error.requestId : undefined;
}

/**
 * Newest first by default, a page at a time with "Load more". Each row shows the document's
 * type, date, file format and size, and downloads its file under the file's own name (a
 * double click downloads once; a failure says why, with help). A role without
 * `documents:view` sees why instead of the list. In narrow hosts the rows become cards.
 *
 * @summary Every document of the organisation to download: invoices, contracts, order
 * documents and billing schedules, filtered by type and sorted by date.
 *
 * @tag cc-document-list
 *
 * @slot help - The host's own help for error views (a link to its support page, say); shown with the error.
 *
 * @csspart base - The wrapper of the whole list.
 * @csspart toolbar - The row holding the type filter and the sort order.
 * @csspart filters - The group of type filter buttons.
 * @csspart filter - Each type filter button (`aria-pressed` says which is on).
 * @csspart count - The number of documents on each filter button.
 * @csspart sort - The sort order select.
 * @csspart table - The document table.
 * @csspart row - Each document row.
 * @csspart name - Each document's name.
 * @csspart type-badge - Each document's type badge.
 * @csspart file - Each document's file format and size.
 * @csspart download-button - Each document's "Download" button.
 * @csspart download-error - The message under a row whose download failed.
 * @csspart download-retry-button - The "Try again" button of a failed download.
 * @csspart dismiss-button - The "Dismiss" button of a failed download.
 * @csspart load-more - The "Load more" button.
 * @csspart show-all-button - The "Show all documents" button of an empty filter.
 * @csspart no-access - The message shown to a role that may not see documents.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's "Try again" button.
 * @csspart help - The help area of an error view: the `help` slot and the "Get help" button.
 * @csspart help-button - The "Get help" button (with the `help` attribute).
 * @csspart status - The visually hidden live region announcing downloads and loads.
 *
 * @cssproperty [--cc-document-list-row-border=1px solid var(--cc-color-border)] - Lines between rows.
 * @cssproperty [--cc-document-list-badge-color=var(--cc-color-muted)] - Type badges.
 * @cssproperty [--cc-document-list-filter-radius=999px] - Corner radius of the filter buttons.
 *
 * @event {CcDocumentDownloadEvent} cc-document-download - A person asked to download a document (`detail.documentId`, `detail.document`); cancelable, to handle the file in the host.
 * @event {CcDocumentDownloadedEvent} cc-document-downloaded - A document's file was saved (`detail.documentId`, `detail.document`, `detail.fileName`).
 * @event {CcHelpRequestEvent} cc-help-request - A person pressed "Get help" in an error view (`detail.topic` is `documents`; `reference`, `requestId`, `message` when known): open the host's support chat or form.
 */
export class CcDocumentList extends CcElement {
  static override styles = styles;

  /**
   * Show only documents of this type: `invoice`, `contract`, `order`, `billing_schedule` or
   * `other`; none (or an unknown type) shows all. Changes when a person picks a filter.
   */
  @property({ reflect: true }) type?: DocumentType;

  /** The order by date: `newest` (the default) or `oldest` first. Changes when a person picks an order. */
  @property({ reflect: true }) sort: DocumentSort = 'newest';

  /** Documents shown per page, and added by "Load more" (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  @state() private more: readonly BillingDocument[] = [];
  @state() private nextPage: Page<BillingDocument> | null = null;
  @state() private shown = 0;
  @state() private loadingMore = false;
  @state() private downloading: ReadonlySet<string> = new Set();
  @state() private problem?: DownloadProblem;
  @state() private announcement = '';
  @state() private countsVersion = 0;

  protected override watchedTags: readonly CacheTag[] = ['documents', 'account'];

  /** Bumped on every load, so a "Load more" answer for an earlier filter is dropped. */
  #generation = 0;
  /** Announce the result of the next load (a person changed the filter or the order). */
  #announceLoad = false;
  /** Put focus back in the list once the load that "Try again" started settles. */
  #focusAfterLoad = false;

  readonly #loader = new Loader(
    this,
    async ([client, type, sort, pageSize], { signal }): Promise<Loaded | undefined> => {
      if (!client) return undefined;
      const generation = ++this.#generation;
      // The account only explains a refusal: a failure to read it does not hide the documents.
      const accountRead = client.account.retrieve({ signal }).catch(() => undefined);
      const listed = this.#list(client, type, sort, pageSize, signal).catch((error: unknown) => {
        if (error instanceof BillingPermissionError) return 'forbidden' as const;
        throw error;
      });
      const [account, list] = await Promise.all([accountRead, listed]);
      if (list === 'forbidden' || (account && !account.user.permissions.includes('documents:view'))) {
        return { kind: 'no-access', account };
      }
      if (signal.aborted || generation !== this.#generation) return undefined;
      this.more = [];
      this.nextPage = list.next;
      this.shown = Math.min(pageSize, list.documents.length);
      this.problem = undefined;
      if (this.#announceLoad) {
        this.#announceLoad = false;
        this.announcement = list.totalCount === 0 ? emptyMessage(type) : this.#documentsFound(list.totalCount);
      }
      return { kind: 'list', type, documents: list.documents, totalCount: list.totalCount };
    },
    () =>
      [
        this.billingClient as BillingClient | undefined,
        isDocumentType(this.type) ? this.type : undefined,
        this.sort === 'oldest' ? ('oldest' as const) : ('newest' as const),
        Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 25)),
      ] as const,
  );

  /** How many documents of each type, for the filter buttons; none shown if they fail to load. */
  readonly #counts = new Loader(
    this,
    async ([client, access], { signal }): Promise<Counts | undefined> => {
      if (!client || !access) return undefined;
      const pages = await Promise.all(
        DOCUMENT_TYPES.map((type) => client.documents.list({ type, limit: 1 }, { signal })),
      );
      return Object.fromEntries(DOCUMENT_TYPES.map((type, index) => [type, pages[index]!.totalCount])) as Counts;
    },
    () => [this.billingClient, this.#loader.value?.kind === 'list', this.countsVersion] as const,
  );

  /** Loads the documents (and the counts per type) again, e.g. after the host changed something. */
  async reload(): Promise<void> {
    this.countsVersion += 1;
    await this.#loader.run();
  }

  protected override billingDataChanged(): void {
    void this.reload();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const status = this.#loader.status;
    if (!this.#focusAfterLoad || status === 'pending' || status === 'initial') return;
    this.#focusAfterLoad = false;
    // The retry button went away with the error: put focus where the person can go on.
    const target =
      status === 'error'
        ? this.renderRoot.querySelector<HTMLElement>('[part~="retry-button"]')
        : this.renderRoot.querySelector<HTMLElement>('[part~="filter"][aria-pressed="true"]');
    target?.focus();
  }

  #documentsFound(total: number): string {
    const count = formatCount(total, this.activeLocale);
    return plural(total, {
      zero: () => msg(str`${count} documents found.`, { id: 'documents-found.zero' }),
      one: () => msg(str`${count} document found.`, { id: 'documents-found.one' }),
      two: () => msg(str`${count} documents found.`, { id: 'documents-found.two' }),
      few: () => msg(str`${count} documents found.`, { id: 'documents-found.few' }),
      many: () => msg(str`${count} documents found.`, { id: 'documents-found.many' }),
      other: () => msg(str`${count} documents found.`, { id: 'documents-found.other' }),
    });
  }

  #retry(): void {
    this.#focusAfterLoad = true;
    void this.reload();
  }

  async #list(
    client: BillingClient,
    type: DocumentType | undefined,
    sort: DocumentSort,
    pageSize: number,
    signal: AbortSignal,
  ): Promise<{ documents: BillingDocument[]; totalCount: number; next: Page<BillingDocument> | null }> {
    const filter = type ? { type } : {};
    if (sort === 'newest') {
      // The API sends newest first: page through it as the person asks for more.
      const page = await client.documents.list({ ...filter, limit: pageSize }, { signal });
      return { documents: [...page.data], totalCount: page.totalCount, next: page.hasMore ? page : null };
    }
    // Oldest first needs the last page first: read every page, then show a page at a time.
    const documents: BillingDocument[] = [];
    for await (const document of client.documents.list({ ...filter, limit: ALL_PAGES_LIMIT }, { signal })) {
      documents.push(document);
    }
    documents.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
    return { documents, totalCount: documents.length, next: null };
  }

  override render() {
    const loaded = this.#loader.value;
    const toolbar = loaded?.kind === 'list' && this.#loader.status !== 'initial';
    return html`<section part="base" class="list" aria-label=${msg('Documents')}>
      ${toolbar ? this.#renderToolbar() : nothing} ${this.#renderBody(loaded)}
      <p part="status" class="cc-visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  #renderBody(loaded: Loaded | undefined): TemplateResult {
    return this.#loader.render({
      initial: () => loadingState(5, msg('Loading documents…')),
      pending: () => (loaded ? this.#renderLoaded(loaded, true) : loadingState(5, msg('Loading documents…'))),
      error: (error) => errorState(error, () => this.#retry(), { host: this, topic: 'documents' }),
      complete: (value) =>
        value ? this.#renderLoaded(value, false) : emptyState(msg('Connect a billing API to see documents.')),
    });
  }

  #renderLoaded(loaded: Loaded, busy: boolean): TemplateResult {
    if (loaded.kind === 'no-access') return this.#renderNoAccess(loaded.account);
    const all = [...loaded.documents, ...this.more];
    const rows = all.slice(0, this.shown);
    const hasMore = this.shown < all.length || this.nextPage !== null;
    if (rows.length === 0) {
      // Reloading from an empty filter: say it is loading, not that the new filter is empty.
      if (busy) return loadingState(5, msg('Loading documents…'));
      return html`<div class="empty">
        ${emptyState(emptyMessage(loaded.type))}
        ${
          loaded.type
            ? html`<button part="show-all-button" class="cc-button secondary" type="button" @click=${this.#showAll}>
                ${msg('Show all documents')}
              </button>`
            : nothing
        }
      </div>`;
    }
    return html`${this.#renderTable(rows, busy)}
    ${
      hasMore
        ? html`<div class="more">
            <p class="progress">
              ${msg(
                str`Showing ${rows.length.toLocaleString(this.activeLocale)} of ${loaded.totalCount.toLocaleString(this.activeLocale)}`,
              )}
            </p>
            ${loadMoreButton(this.loadingMore, () => void this.#loadMore(), '')}
          </div>`
        : nothing
    }`;
  }

  #renderNoAccess(account: Account | undefined): TemplateResult {
    return html`<div part="no-access" class="no-access" role="status">
      <p class="no-access__title">${msg('Your role cannot see the documents of your organisation.')}</p>
      <p>
        ${
          account
            ? msg(
                str`Your role: ${roleLabel(account.user.role)}. Ask a billing contact of your organisation for the documents you need.`,
              )
            : msg('Ask a billing contact of your organisation for the documents you need.')
        }
      </p>
      ${renderHelp(this, { topic: 'documents', message: msg('Your role cannot see the documents of your organisation.') })}
    </div>`;
  }

  #renderToolbar(): TemplateResult {
    // The last counts stay while new ones load, so the buttons do not change size.
    const counts = this.#counts.status === 'error' ? undefined : this.#counts.value;
    const total = counts ? DOCUMENT_TYPES.reduce((sum, type) => sum + counts[type], 0) : undefined;
    const current = isDocumentType(this.type) ? this.type : undefined;
    const button = (type: DocumentType | undefined, count: number | undefined) =>
      html`<button
        type="button"
        part="filter"
        class="filter"
        data-type=${type ?? 'all'}
        aria-pressed=${current === type ? 'true' : 'false'}
        @click=${() => this.#setType(type)}
      >
        ${documentFilterLabel(type)}
        ${
          count === undefined
            ? nothing
            : html`<span part="count" class="count">${count.toLocaleString(this.activeLocale)}</span>`
        }
      </button>`;
    return html`<div part="toolbar" class="toolbar">
      <div part="filters" class="filters" role="group" aria-label=${msg('Filter by document type')}>
        ${button(undefined, total)} ${DOCUMENT_TYPES.map((type) => button(type, counts?.[type]))}
      </div>
      <label class="sort">
        <span>${msg('Sort')}</span>
        <select part="sort" .value=${this.sort === 'oldest' ? 'oldest' : 'newest'} @change=${this.#onSortChange}>
          <option value="newest">${msg('Newest first')}</option>
          <option value="oldest">${msg('Oldest first')}</option>
        </select>
      </label>
    </div>`;
  }

  #renderTable(rows: readonly BillingDocument[], busy: boolean): TemplateResult {
    const oldest = this.sort === 'oldest';
    return html`<table part="table" aria-busy=${busy ? 'true' : 'false'}>
      <caption class="cc-visually-hidden">
        ${msg('Documents')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Document')}</th>
          <th scope="col">${msg('Type')}</th>
          <th scope="col" aria-sort=${oldest ? 'ascending' : 'descending'}>${msg('Date')}</th>
          <th scope="col">${msg('File')}</th>
          <th scope="col"><span class="cc-visually-hidden">${msg('Actions')}</span></th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          rows,
          (document) => document.id,
          (document) => this.#renderRow(document),
        )}
      </tbody>
    </table>`;
  }

  #renderRow(document: BillingDocument): TemplateResult {
    const locale = this.activeLocale;
    const busy = this.downloading.has(document.id);
    const problem = this.problem?.document.id === document.id ? this.problem : undefined;
    return html`<tr part="row" class="row" data-document=${document.id}>
        <th scope="row" tabindex="-1" data-label=${msg('Document')}>
          <span part="name" class="name"><bdi>${document.name}</bdi></span>
        </th>
        <td data-label=${msg('Type')}>
          <span part="type-badge" class="badge">${documentTypeLabel(document.type)}</span>
        </td>
        <td class="date" data-label=${msg('Date')}>
          <time datetime=${document.createdAt}
            >${formatDateTime(document.createdAt, locale, { dateStyle: 'medium' })}</time
          >
        </td>
        <td data-label=${msg('File')}>
          <span part="file" class="file"
            >${fileFormat(document)}<span aria-hidden="true"> · </span
            ><span class="cc-visually-hidden">, </span>${formatFileSize(document.sizeBytes, locale)}</span
          >
        </td>
        <td class="actions">
          <button
            part="download-button"
            class="cc-button secondary download"
            type="button"
            aria-disabled=${busy ? 'true' : 'false'}
            @click=${() => void this.#download(document)}
          >
            ${busy ? msg('Downloading…') : msg('Download')}<span class="cc-visually-hidden">
              <bdi>${document.name}</bdi></span
            >
          </button>
        </td>
      </tr>
      ${problem ? this.#renderProblem(problem) : nothing}`;
  }

  #renderProblem({ document, error }: DownloadProblem): TemplateResult {
    const { message, retryable } = downloadFailure(document, error);
    const requestId = requestIdOf(error);
    return html`<tr class="problem-row">
      <td colspan="5">
        <div part="download-error" class="cc-error download-error" role="alert">
          <p class="cc-error__message">${message}</p>
          ${
            requestId
              ? html`<p class="cc-error__reference">${msg(str`Reference for support: ${requestId}`)}</p>`
              : nothing
          }
          <div class="problem-actions">
            ${
              retryable
                ? html`<button
                    part="download-retry-button"
                    class="cc-button"
                    type="button"
                    @click=${() => void this.#download(document)}
                  >
                    ${msg('Try again')}
                  </button>`
                : nothing
            }
            <button
              part="dismiss-button"
              class="cc-button secondary"
              type="button"
              @click=${() => this.#dismissProblem(document)}
            >
              ${msg('Dismiss')}
            </button>
          </div>
          ${renderHelp(this, {
            topic: 'documents',
            reference: document.name,
            message,
            ...(requestId ? { requestId } : {}),
          })}
        </div>
      </td>
    </tr>`;
  }

  #setType(type: DocumentType | undefined): void {
    if (type === (isDocumentType(this.type) ? this.type : undefined)) return;
    this.#announceLoad = true;
    this.type = type;
  }

  #showAll(): void {
    // The button goes away with the empty state: focus lands on the "All" filter.
    this.#focusAfterLoad = true;
    this.#setType(undefined);
  }

  #onSortChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value === 'oldest' ? 'oldest' : 'newest';
    if (value === this.sort) return;
    this.#announceLoad = true;
    this.sort = value;
  }

  async #loadMore(): Promise<void> {
    const loaded = this.#loader.value;
    if (this.loadingMore || loaded?.kind !== 'list') return;
    const pageSize = Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 25));
    const before = this.shown;
    const available = loaded.documents.length + this.more.length;
    if (before < available) {
      // Already fetched (oldest first reads every page): show the next slice.
      this.shown = Math.min(available, before + pageSize);
      this.announcement = msg(str`${this.shown - before} more documents shown.`);
      await this.#focusRow(before);
      return;
    }
    const next = this.nextPage;
    if (!next) return;
    const generation = this.#generation;
    this.loadingMore = true;
    try {
      const page = await next.nextPage();
      if (generation !== this.#generation || !page) return;
      this.more = [...this.more, ...page.data];
      this.nextPage = page.hasMore ? page : null;
      this.shown = before + page.data.length;
      const count = formatCount(page.data.length, this.activeLocale);
      this.announcement = plural(page.data.length, {
        zero: () => msg(str`${count} more documents shown.`, { id: 'more-documents-shown.zero' }),
        one: () => msg(str`${count} more document shown.`, { id: 'more-documents-shown.one' }),
        two: () => msg(str`${count} more documents shown.`, { id: 'more-documents-shown.two' }),
        few: () => msg(str`${count} more documents shown.`, { id: 'more-documents-shown.few' }),
        many: () => msg(str`${count} more documents shown.`, { id: 'more-documents-shown.many' }),
        other: () => msg(str`${count} more documents shown.`, { id: 'more-documents-shown.other' }),
      });
      this.loadingMore = false;
      await this.#focusRow(before);
    } catch (error) {
      if (generation === this.#generation) this.announcement = errorMessage(error);
    } finally {
      this.loadingMore = false;
    }
  }

  /** Moves focus to the row at `index` (the first one "Load more" added), so reading goes on from there. */
  async #focusRow(index: number): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('tbody tr.row > th')[index]?.focus();
  }

  async #download(document: BillingDocument): Promise<void> {
    const client = this.billingClient;
    // A second click while the file is on its way does nothing: one click, one file.
    if (!client || this.downloading.has(document.id)) return;
    if (!this.dispatchEvent(new CcDocumentDownloadEvent(document))) return;
    const focusedRetry = this.problem?.document.id === document.id;
    this.downloading = new Set([...this.downloading, document.id]);
    if (focusedRetry) {
      this.problem = undefined;
      // The "Try again" button goes away with the message: keep focus on the row's button.
      await this.updateComplete;
      this.#downloadButton(document)?.focus();
    } else if (this.problem) {
      this.problem = undefined;
    }
    this.announcement = msg(str`Downloading ${document.name}…`);
    try {
      const file = await client.documents.download(document.id);
      saveFile(file);
      this.announcement = msg(str`Downloaded ${document.name}.`);
      this.dispatchEvent(new CcDocumentDownloadedEvent(document, file.filename));
    } catch (error) {
      this.announcement = '';
      this.problem = { document, error };
    } finally {
      const rest = new Set(this.downloading);
      rest.delete(document.id);
      this.downloading = rest;
    }
  }

  #dismissProblem(document: BillingDocument): void {
    this.problem = undefined;
    void this.updateComplete.then(() => this.#downloadButton(document)?.focus());
  }

  #downloadButton(document: BillingDocument): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(
      `tr[data-document="${CSS.escape(document.id)}"] [part="download-button"]`,
    );
  }
}
