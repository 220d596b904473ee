import type { OperationId } from '@customer-center/sdk';
import { createRandom } from './random.js';

/**
 * Faults the mock API can inject, each a rate from 0 (never) to 1 (always), decided by a
 * seeded generator so that a run with the same seed fails the same way. Switch them per
 * test (`api.faults.set`), per story, or at run time (`PUT /api/__mock/faults`).
 */
export interface FaultSettings {
  /** Seed of the fault decisions. Default 1. */
  readonly seed?: number;
  /** Added latency in ms: a number, or `[min, max]` drawn per request. */
  readonly latencyMs?: number | readonly [number, number];
  /** Answer 500 or 503 instead of handling the request. */
  readonly errorRate?: number;
  /** Which status `errorRate` answers with. Default 503. */
  readonly errorStatus?: 500 | 503;
  /** `Retry-After` seconds sent with 503 errors. Default 1. */
  readonly retryAfterSeconds?: number;
  /** Never answer (the client must time out). */
  readonly hangRate?: number;
  /** How long "never" lasts, in ms: finite so that a test's teardown can end. Default 30,000. */
  readonly hangMs?: number;
  /** Writes only: handle and commit the request, then drop the connection before the answer. */
  readonly dropAfterCommitRate?: number;
  /** Answer with JSON cut short. */
  readonly malformedJsonRate?: number;
  /** Answer with valid JSON that breaks the contract's schema. */
  readonly schemaBreakRate?: number;
  /** Limit the faults to these operations (default: every operation). */
  readonly operations?: readonly OperationId[];
}

export interface FaultDecision {
  readonly latencyMs: number;
  readonly error: 500 | 503 | null;
  readonly retryAfterSeconds: number;
  readonly hangMs: number | null;
  readonly dropAfterCommit: boolean;
  readonly malformedJson: boolean;
  readonly schemaBreak: boolean;
}

/** The decision when no fault applies. */
export const NO_FAULTS: FaultDecision = {
  latencyMs: 0,
  error: null,
  retryAfterSeconds: 1,
  hangMs: null,
  dropAfterCommit: false,
  malformedJson: false,
  schemaBreak: false,
};

/** The current fault settings and their seeded decisions. */
export class Faults {
  #settings: FaultSettings = {};
  #random = createRandom('faults/1');

  constructor(settings: FaultSettings = {}) {
    this.set(settings);
  }

  get settings(): FaultSettings {
    return this.#settings;
  }

  /** Replaces the settings and restarts the decisions from the seed. */
  set(settings: FaultSettings): void {
    this.#settings = { ...settings };
    this.#random = createRandom(`faults/${settings.seed ?? 1}`);
  }

  clear(): void {
    this.set({});
  }

  /** What happens to one request of `operationId` (a write if `isWrite`). */
  decide(operationId: OperationId, isWrite: boolean): FaultDecision {
    const settings = this.#settings;
    if (settings.operations && !settings.operations.includes(operationId)) return NO_FAULTS;
    const roll = (rate: number | undefined) => rate !== undefined && rate > 0 && this.#random.next() < rate;
    const latency = settings.latencyMs;
    const latencyMs = Array.isArray(latency)
      ? Math.round(latency[0] + this.#random.next() * (latency[1] - latency[0]))
      : ((latency as number | undefined) ?? 0);
    return {
      latencyMs,
      error: roll(settings.errorRate) ? (settings.errorStatus ?? 503) : null,
      retryAfterSeconds: settings.retryAfterSeconds ?? 1,
      hangMs: roll(settings.hangRate) ? (settings.hangMs ?? 30_000) : null,
      dropAfterCommit: isWrite && roll(settings.dropAfterCommitRate),
      malformedJson: roll(settings.malformedJsonRate),
      schemaBreak: roll(settings.schemaBreakRate),
    };
  }
}
