import type { Operation } from '../operations.js';
import { Page, pagePromise, type PagePromise } from '../pagination.js';
import type { RequestOptions, Transport } from '../transport.js';

interface PageBody<Item> {
  data: Item[];
  nextCursor: string | null;
  totalCount: number;
}

/** What every resource shares: the transport, and cursor paging. */
export abstract class Resource {
  /** @internal */
  protected readonly transport: Transport;

  /** @internal Made by `createBillingClient`. */
  constructor(transport: Transport) {
    this.transport = transport;
  }

  /** @internal */
  protected paginate<Item>(
    operation: Operation,
    query: Readonly<Record<string, unknown>> = {},
    options?: RequestOptions,
  ): PagePromise<Item> {
    const fetchPage = (pageQuery: Readonly<Record<string, unknown>>): Promise<Page<Item>> =>
      this.transport
        .call<PageBody<Item>>(operation, { query: pageQuery, options })
        .then((body) => new Page(body, (cursor) => fetchPage({ ...pageQuery, cursor })));
    return pagePromise(fetchPage(query));
  }
}
