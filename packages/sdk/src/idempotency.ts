/**
 * A new idempotency key: one per payment attempt (or other keyed write), reused on every
 * retry of that attempt so the server performs it at most once.
 */
export function createIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}
