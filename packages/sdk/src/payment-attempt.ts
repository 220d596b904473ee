import type { BillingClient } from './client.js';
import { BillingAbortError, BillingApiError, BillingError } from './errors.js';
import { createIdempotencyKey } from './idempotency.js';
import type { Payment, PaymentCreate } from './schemas/payments.js';

/**
 * Where an attempt stands. `submitting` and `reconciling` are in flight; `unknown` means the
 * API could not be reached for long enough that the outcome is not known yet (it may have
 * been charged): `submit()` again asks with the same key and learns the one real outcome.
 */
export type PaymentAttemptState =
  'idle' | 'submitting' | 'reconciling' | 'unknown' | 'succeeded' | 'requires_action' | 'failed' | 'rejected';

/** A state after which nothing is in flight. */
export type PaymentAttemptSettledState = 'unknown' | 'succeeded' | 'requires_action' | 'failed' | 'rejected';

export interface PaymentAttemptOutcome {
  readonly state: PaymentAttemptSettledState;
  /** The payment as the API recorded it (every state but `rejected` and `unknown`). */
  readonly payment?: Payment;
  /** Why: the API's refusal (`rejected`, nothing charged), or the last transport trouble (`unknown`). */
  readonly error?: BillingError;
}

export interface PaymentAttemptOptions {
  /**
   * Pauses between asks while the outcome is unknown (network trouble, timeouts, 5xx,
   * responses that break the contract), each with the same idempotency key. After the last,
   * the attempt settles as `unknown`. Default: 1, 2, 4, 8 and 15 seconds.
   */
  readonly reconcileDelaysMs?: readonly number[];
  /** Reuse a key (an attempt restored after a reload). Default: a new one. */
  readonly idempotencyKey?: string;
}

const DEFAULT_RECONCILE_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000];

/** Called with the attempt whenever its state changes. */
export type PaymentAttemptListener = (attempt: PaymentAttempt) => void;

// In-flight attempts per client and invoice: a second button for the same invoice joins
// the attempt in flight instead of paying again.
const inFlight = new WeakMap<BillingClient, Map<string, PaymentAttempt>>();

/**
 * One payment attempt: the request, the one idempotency key it is sent with, and its
 * outcome. However often `submit()` is called (a double click, Enter held down, a retry
 * after a timeout, a second widget), the API is asked with the same key, so it charges at
 * most once; an outcome the SDK could not read is asked again, never reported as a failure.
 * A new attempt (a new key) is for after a definite outcome: a declined card, a refusal.
 */
export class PaymentAttempt {
  readonly client: BillingClient;
  readonly request: PaymentCreate;
  readonly idempotencyKey: string;
  #state: PaymentAttemptState = 'idle';
  #outcome?: PaymentAttemptOutcome;
  #lastError?: BillingError;
  #running?: Promise<PaymentAttemptOutcome>;
  readonly #delays: readonly number[];
  readonly #listeners = new Set<PaymentAttemptListener>();

  /**
   * The attempt in flight for any of these invoices on this client, or a new one. Use this
   * rather than `new` when several widgets may pay the same invoice.
   */
  static start(client: BillingClient, request: PaymentCreate, options?: PaymentAttemptOptions): PaymentAttempt {
    return (
      PaymentAttempt.inFlightFor(
        client,
        request.allocations.map((allocation) => allocation.invoiceId),
      ) ?? new PaymentAttempt(client, request, options)
    );
  }

  /**
   * The attempt not yet definite for any of these invoices, if any: in flight, of unknown
   * outcome (it may have been charged), or waiting for PayPal approval. Paying those
   * invoices again must go through it, never a new key.
   */
  static inFlightFor(client: BillingClient, invoiceIds: readonly string[]): PaymentAttempt | undefined {
    const attempts = inFlight.get(client);
    for (const id of invoiceIds) {
      const attempt = attempts?.get(id);
      if (attempt?.unsettled) return attempt;
    }
    return undefined;
  }

  constructor(client: BillingClient, request: PaymentCreate, options: PaymentAttemptOptions = {}) {
    this.client = client;
    this.request = request;
    this.idempotencyKey = options.idempotencyKey ?? createIdempotencyKey();
    this.#delays = options.reconcileDelaysMs ?? DEFAULT_RECONCILE_DELAYS_MS;
  }

  get state(): PaymentAttemptState {
    return this.#state;
  }

  get inFlight(): boolean {
    return this.#state === 'submitting' || this.#state === 'reconciling';
  }

  /** In flight, unknown, or waiting for approval: not a definite outcome yet. */
  get unsettled(): boolean {
    return this.inFlight || this.#state === 'unknown' || this.#state === 'requires_action';
  }

  /** The settled outcome, once there is one. */
  get outcome(): PaymentAttemptOutcome | undefined {
    return this.#outcome;
  }

  /** The transport trouble that put the attempt in `reconciling` or `unknown`. */
  get lastError(): BillingError | undefined {
    return this.#lastError;
  }

  /** Calls `listener` on every state change; returns the unsubscribe function. */
  subscribe(listener: PaymentAttemptListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Sends the payment, or joins the send in flight. Resolves with a settled outcome; an
   * `unknown` outcome may be submitted again (same key). A definite outcome is returned as is.
   */
  submit(): Promise<PaymentAttemptOutcome> {
    if (this.#running) return this.#running;
    if (this.#outcome && this.#outcome.state !== 'unknown') return Promise.resolve(this.#outcome);
    return this.#start(() => this.client.payments.create(this.request, { idempotencyKey: this.idempotencyKey }));
  }

  /**
   * Completes a PayPal payment (`requires_action`) with the approval id, with the same
   * safety: one key for this confirmation, reused until the outcome is known.
   */
  confirm(approvalId: string): Promise<PaymentAttemptOutcome> {
    const payment = this.#outcome?.payment;
    if (this.#running) return this.#running;
    // After a confirmation of unknown outcome, the payment still waits in our record: ask again.
    const waiting =
      this.#outcome?.state === 'requires_action' ||
      (this.#outcome?.state === 'unknown' && payment?.status === 'requires_action');
    if (!payment || !waiting) {
      return Promise.reject(new BillingError('Only a payment waiting for approval can be confirmed'));
    }
    const key = `${this.idempotencyKey}:confirm:${approvalId}`;
    return this.#start(async () => {
      try {
        return await this.client.payments.confirm(payment.id, { approvalId }, { idempotencyKey: key });
      } catch (error) {
        // Confirmed already (by this confirmation whose answer was lost, or another tab):
        // the payment itself holds the outcome.
        if (error instanceof BillingApiError && error.code === 'payment_not_awaiting_action')
          return this.client.payments.retrieve(payment.id, { fresh: true });
        throw error;
      }
    });
  }

  /** Asks until the outcome is known, registered for its invoices until it is definite. */
  #start(ask: () => Promise<Payment>): Promise<PaymentAttemptOutcome> {
    this.#register();
    this.#running = this.#send(ask).finally(() => {
      this.#running = undefined;
      if (!this.unsettled) this.#unregister();
    });
    return this.#running;
  }

  async #send(ask: () => Promise<Payment>): Promise<PaymentAttemptOutcome> {
    this.#set('submitting');
    for (let round = 0; ; round += 1) {
      try {
        const payment = await ask();
        const state =
          payment.status === 'failed'
            ? 'failed'
            : payment.status === 'requires_action'
              ? 'requires_action'
              : 'succeeded';
        this.#lastError = undefined;
        return this.#settle({ state, payment });
      } catch (error) {
        if (!(error instanceof BillingError) || error instanceof BillingAbortError) throw error;
        if (!outcomeMayBeUnknown(error)) return this.#settle({ state: 'rejected', error });
        this.#lastError = error;
        const delay = this.#delays[round];
        // The payment already known (a PayPal confirmation's) is kept, so it can be asked again.
        const known = this.#outcome?.payment;
        if (delay === undefined) return this.#settle({ state: 'unknown', error, ...(known ? { payment: known } : {}) });
        this.#set('reconciling');
        const wait = error instanceof BillingApiError && error.retryAfterSeconds ? error.retryAfterSeconds * 1000 : 0;
        await new Promise((resolve) => setTimeout(resolve, Math.max(delay, wait)));
      }
    }
  }

  #settle(outcome: PaymentAttemptOutcome): PaymentAttemptOutcome {
    this.#outcome = outcome;
    this.#set(outcome.state);
    return outcome;
  }

  #set(state: PaymentAttemptState): void {
    this.#state = state;
    for (const listener of this.#listeners) listener(this);
  }

  #register(): void {
    let attempts = inFlight.get(this.client);
    if (!attempts) inFlight.set(this.client, (attempts = new Map()));
    for (const { invoiceId } of this.request.allocations) attempts.set(invoiceId, this);
  }

  #unregister(): void {
    const attempts = inFlight.get(this.client);
    for (const { invoiceId } of this.request.allocations) {
      if (attempts?.get(invoiceId) === this) attempts.delete(invoiceId);
    }
  }
}

/**
 * Whether the API may have taken the payment although we could not read its answer: the
 * request may have reached it (network, timeout), it failed midway (5xx), asked us to come
 * back (429), or answered something we cannot trust (contract broken). A 4xx refusal is
 * definite: nothing was charged.
 */
export function outcomeMayBeUnknown(error: BillingError): boolean {
  if (error instanceof BillingApiError) return error.status === 429 || error.status >= 500;
  return !(error instanceof BillingAbortError);
}
