import { IdempotencyKeys } from './idempotency.js';
import type { MockMember, OrganizationData, SeedData, SeedOptions } from './model.js';
import { createSeed } from './seed.js';

const HOUR_MS = 3_600_000;

/**
 * The mock API's state: the seeded organisations, a store clock, and idempotency keys.
 * Every change persists while the store lives; `reset()` restores the seed.
 */
export class MockStore {
  readonly idempotency = new IdempotencyKeys();
  readonly #options: SeedOptions;
  #data: SeedData;
  #startedAt: number;
  #clock: number;
  #sequence = 0;
  /** Bumped on every change, so derived views (sorted lists) know when to recompute. */
  #version = 0;

  constructor(options: SeedOptions = {}) {
    this.#options = options;
    this.#data = createSeed(options);
    // The store's day starts at 09:00 UTC on the seed's "today".
    this.#startedAt = Date.parse(`${this.#data.today}T09:00:00Z`);
    this.#clock = this.#startedAt;
  }

  get organizations(): readonly OrganizationData[] {
    return this.#data.organizations;
  }

  get version(): number {
    return this.#version;
  }

  /** The store's date, `YYYY-MM-DD`. */
  get today(): string {
    return new Date(this.#clock).toISOString().slice(0, 10);
  }

  /** The store's time in ms since the epoch. */
  get now(): number {
    return this.#clock;
  }

  /** The store's time as an RFC 3339 instant. */
  nowIso(): string {
    return new Date(this.#clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  /** Moves the store clock forward (e.g. past the 24 hours idempotency keys are kept). */
  advance(ms: number): void {
    this.#clock += ms;
  }

  /** Marks the data as changed. */
  touch(): void {
    this.#version += 1;
  }

  /** Restores the seed: data, clock and idempotency keys. The seed is deterministic, so it is made again rather than kept as a copy (a 100,000-invoice account is some 260 MB). */
  reset(): void {
    this.#data = createSeed(this.#options);
    this.#clock = this.#startedAt;
    this.#sequence = 0;
    this.idempotency.clear();
    this.touch();
  }

  /** The member a bearer token signs in as, with their organisation. */
  authenticate(token: string): { organization: OrganizationData; member: MockMember } | undefined {
    for (const organization of this.#data.organizations) {
      const member = organization.members.find((candidate) => candidate.token === token);
      if (member) return { organization, member };
    }
    return undefined;
  }

  organization(slug: string): OrganizationData | undefined {
    return this.#data.organizations.find((organization) => organization.slug === slug);
  }

  /** A new id, deterministic for a sequence of requests: `pay_m0001`. */
  nextId(prefix: string): string {
    this.#sequence += 1;
    return `${prefix}_m${String(this.#sequence).padStart(4, '0')}`;
  }

  /** A new human reference such as `PAY-2026-900001`. */
  nextReference(prefix: string): string {
    this.#sequence += 1;
    return `${prefix}-${this.today.slice(0, 4)}-${String(900_000 + this.#sequence)}`;
  }

  /** Time passes a little with every write, so created/applied instants differ. */
  tick(): void {
    this.#clock += HOUR_MS / 60;
  }
}
