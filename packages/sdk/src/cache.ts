import type { CacheTag } from './operations.js';

/** Called with the data groups that changed. */
export type CacheListener = (tags: ReadonlySet<CacheTag>) => void;

interface Entry {
  readonly tags: readonly CacheTag[];
  readonly value: Promise<unknown>;
  storedAt: number;
  settled: boolean;
}

/**
 * The client's read cache, shared by every widget that uses the client. Identical reads in
 * flight are made once; answers are kept for `ttl` ms (0 keeps none, only joins reads in
 * flight). A write invalidates the tags it changes and tells subscribers, so a payment made
 * in one widget refreshes the invoice list in another.
 */
export class ResponseCache {
  readonly #entries = new Map<string, Entry>();
  readonly #listeners = new Set<{ tags: ReadonlySet<CacheTag> | null; listener: CacheListener }>();
  readonly #ttl: number;
  readonly #now: () => number;

  constructor(ttl: number, now: () => number = Date.now) {
    this.#ttl = ttl;
    this.#now = now;
  }

  /** The cached answer for `key`, or the result of `load`, stored under `tags`. */
  read<T>(key: string, tags: readonly CacheTag[], load: () => Promise<T>, fresh = false): Promise<T> {
    const entry = this.#entries.get(key);
    if (entry && !fresh && (!entry.settled || this.#now() - entry.storedAt < this.#ttl)) {
      return entry.value as Promise<T>;
    }
    const created: Entry = { tags, value: load(), storedAt: this.#now(), settled: false };
    this.#entries.set(key, created);
    created.value.then(
      () => {
        created.settled = true;
        created.storedAt = this.#now();
        if (this.#ttl <= 0 && this.#entries.get(key) === created) this.#entries.delete(key);
      },
      () => {
        // Errors are never cached: the next read tries again.
        if (this.#entries.get(key) === created) this.#entries.delete(key);
      },
    );
    return created.value as Promise<T>;
  }

  /** Drops every answer under these tags and tells the subscribers of any of them. */
  invalidate(tags: Iterable<CacheTag>): void {
    const changed = new Set(tags);
    if (changed.size === 0) return;
    for (const [key, entry] of this.#entries) {
      if (entry.tags.some((tag) => changed.has(tag))) this.#entries.delete(key);
    }
    for (const { tags: wanted, listener } of [...this.#listeners]) {
      if (wanted === null || [...changed].some((tag) => wanted.has(tag))) listener(changed);
    }
  }

  /** Calls `listener` whenever one of `tags` (or any tag, if omitted) is invalidated; returns the unsubscribe. */
  subscribe(listener: CacheListener, tags?: Iterable<CacheTag>): () => void {
    const subscription = { tags: tags ? new Set(tags) : null, listener };
    this.#listeners.add(subscription);
    return () => this.#listeners.delete(subscription);
  }

  /** Forgets every stored answer (subscribers are not told). */
  clear(): void {
    this.#entries.clear();
  }
}
