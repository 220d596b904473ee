/** One page of a cursor-paginated list; iterating it with `for await` walks every item from here on. */
export class Page<Item> implements AsyncIterable<Item> {
  readonly data: readonly Item[];
  readonly nextCursor: string | null;
  /** How many items match, over every page. */
  readonly totalCount: number;
  readonly #fetchNext: (cursor: string) => Promise<Page<Item>>;

  constructor(
    body: { data: readonly Item[]; nextCursor: string | null; totalCount: number },
    fetchNext: (cursor: string) => Promise<Page<Item>>,
  ) {
    this.data = body.data;
    this.nextCursor = body.nextCursor;
    this.totalCount = body.totalCount;
    this.#fetchNext = fetchNext;
  }

  get hasMore(): boolean {
    return this.nextCursor !== null;
  }

  /** The following page, or null on the last one. */
  async nextPage(): Promise<Page<Item> | null> {
    return this.nextCursor === null ? null : this.#fetchNext(this.nextCursor);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    yield* this.data;
    let next = await this.nextPage();
    while (next) {
      yield* next.data;
      next = await next.nextPage();
    }
  }
}

/** What `list()` returns: await it for the first page, or `for await` it for every item. */
export type PagePromise<Item> = Promise<Page<Item>> & AsyncIterable<Item>;

/** Makes a first-page promise also iterable over every item of every page. */
export function pagePromise<Item>(first: Promise<Page<Item>>): PagePromise<Item> {
  return Object.assign(first, {
    async *[Symbol.asyncIterator]() {
      yield* await first;
    },
  });
}
