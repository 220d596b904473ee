interface Entry {
  readonly fingerprint: string;
  readonly response: unknown;
  readonly storedAt: number;
}

/** Keys are kept this long, in store time, like the payment APIs we imitate. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Idempotency as the best payment APIs do it: the same key with the same request replays
 * the first response; the same key with a different request is refused (422).
 */
export class IdempotencyKeys {
  readonly #entries = new Map<string, Entry>();

  /** The first response for this key, `mismatch` if the key came with another request, or undefined if new. */
  lookup(scope: string, key: string, fingerprint: string, now: number): { response: unknown } | 'mismatch' | undefined {
    const entry = this.#entries.get(`${scope}\u0000${key}`);
    if (!entry) return undefined;
    if (now - entry.storedAt >= IDEMPOTENCY_TTL_MS) {
      this.#entries.delete(`${scope}\u0000${key}`);
      return undefined;
    }
    return entry.fingerprint === fingerprint ? { response: entry.response } : 'mismatch';
  }

  remember(scope: string, key: string, fingerprint: string, response: unknown, now: number): void {
    this.#entries.set(`${scope}\u0000${key}`, { fingerprint, response, storedAt: now });
  }

  clear(): void {
    this.#entries.clear();
  }
}

/** A stable text of a request: operation, path and a key-sorted JSON body. */
export function fingerprint(operationId: string, path: string, body: unknown): string {
  return `${operationId} ${path} ${stableJson(body)}`;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
