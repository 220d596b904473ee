/**
 * Pays many invoices through `PaymentAttempt` while the mock API misbehaves, then checks the
 * mock's store (the truth) for double charges and for charges the client never learned of.
 *
 *   npm run test:faults -- --seed 1 [--attempts 1000] [--concurrency 16] [--json]
 *
 * The seed fixes the plan: which invoices, amounts, cards, double submits and fault settings
 * per batch. Which request draws which fault also depends on timing (attempts run concurrently
 * and the SDK's backoff has jitter), so counts differ a little between runs; the invariants may not.
 * Exits 1 on any violation. See docs/payments-faults.md.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import {
  createMockApi,
  createRandom,
  Faults,
  MockStore,
  toUsdMinor,
  tokenizeTestCard,
  type FaultSettings,
  type OrganizationData,
  type Random,
} from '@customer-center/mock-api';
import { startMockApi } from '@customer-center/mock-api/testing';
import {
  CARD_LIMIT_USD,
  createBillingClient,
  createIdempotencyKey,
  minorUnitDigits,
  PaymentAttempt,
  type BillingClient,
  type InvoiceDetail,
  type OperationId,
  type Payment,
  type PaymentAttemptOutcome,
  type PaymentAttemptState,
  type PaymentCreate,
} from '@customer-center/sdk';

const BASE_URL = 'http://billing.test/api';
/** Per request: small, so that hangs and slow answers turn into timeouts quickly. */
const CLIENT_TIMEOUT_MS = 200;
/** A hang outlives the client's timeout, but ends, so the process can exit. */
const HANG_MS = 400;
const RECONCILE_DELAYS_MS = [25, 50, 100] as const;
/** How often "check again" is pressed for an attempt still unknown once faults are cleared. */
const CHECK_AGAIN_ROUNDS = 5;
const PAYMENT_OPERATIONS: readonly OperationId[] = ['createPayment', 'confirmPayment', 'retrievePayment'];

// ---------------------------------------------------------------------------------------------
// The invariants, on plain data, so a test can hand them a fabricated store.

/** What the client knows of one attempt when the run is over. */
export interface CheckedAttempt {
  readonly id: string;
  /** Attempts of one purchase (a declined card, then another card) intend one charge at most. */
  readonly purchase: string;
  /** The organisation's slug. */
  readonly organization: string;
  readonly request: PaymentCreate;
  readonly state: PaymentAttemptState;
  readonly payment?: Payment | undefined;
}

/** The parts of the mock's store the invariants read; `MockStore#organizations` fits. */
export interface StoreSnapshot {
  readonly organizations: readonly Pick<OrganizationData, 'slug' | 'payments' | 'invoices'>[];
}

export type ViolationKind = 'duplicate' | 'missing' | 'charged-on-failure' | 'unresolved' | 'mismatch' | 'stray';

export interface Violation {
  readonly kind: ViolationKind;
  readonly message: string;
}

/** A copy of what `checkInvariants` compares against, taken before the run. */
export function snapshotStore(store: StoreSnapshot): StoreSnapshot {
  return {
    organizations: store.organizations.map(({ slug, payments, invoices }) => ({
      slug,
      payments: structuredClone(payments),
      invoices: structuredClone(invoices),
    })),
  };
}

const sameAllocations = (a: readonly PaymentCreate['allocations'][number][], b: Payment['allocations']): boolean =>
  a.length === b.length &&
  a.every(
    (allocation, index) =>
      allocation.invoiceId === b[index]?.invoiceId &&
      allocation.amount.amountMinor === b[index]?.amount.amountMinor &&
      allocation.amount.currency === b[index]?.amount.currency,
  );

/**
 * Compares what the client was told with what the store holds:
 * (a) no invoice charged twice: every new succeeded payment belongs to exactly one attempt the
 *     client knows as succeeded, one per purchase, each applied once, never past the balance;
 * (b) no confirmed payment missing: every `succeeded` attempt's payment is in the store with
 *     the same id, status, amount and allocations, applied to each of its invoices once;
 * (c) `failed` and `rejected` attempts charged nothing.
 */
export function checkInvariants(
  attempts: readonly CheckedAttempt[],
  before: StoreSnapshot,
  after: StoreSnapshot,
): Violation[] {
  const violations: Violation[] = [];
  const report = (kind: ViolationKind, message: string) => violations.push({ kind, message });

  const claims = new Map<string, CheckedAttempt[]>();
  for (const attempt of attempts) {
    if (!attempt.payment) continue;
    const key = `${attempt.organization}/${attempt.payment.id}`;
    claims.set(key, [...(claims.get(key) ?? []), attempt]);
  }
  for (const [key, claimants] of claims) {
    if (claimants.length > 1) {
      report('mismatch', `payment ${key} was reported to ${claimants.length} attempts: ${claimants.map((a) => a.id)}`);
    }
  }

  const succeededPerPurchase = new Map<string, CheckedAttempt[]>();
  for (const attempt of attempts) {
    if (attempt.state === 'succeeded')
      succeededPerPurchase.set(attempt.purchase, [...(succeededPerPurchase.get(attempt.purchase) ?? []), attempt]);
  }
  for (const [purchase, succeeded] of succeededPerPurchase) {
    if (succeeded.length > 1) {
      report('duplicate', `purchase ${purchase} succeeded ${succeeded.length} times: ${succeeded.map((a) => a.id)}`);
    }
  }

  for (const organization of after.organizations) {
    const was = before.organizations.find((candidate) => candidate.slug === organization.slug);
    const seeded = new Set(was?.payments.map((payment) => payment.id));
    const stored = new Map(organization.payments.map((payment) => [payment.id, payment]));
    const invoices = new Map(organization.invoices.map((invoice) => [invoice.id, invoice]));
    const mine = attempts.filter((attempt) => attempt.organization === organization.slug);

    // (b), (c): what each attempt was told, against the store.
    for (const attempt of mine) {
      const where = `attempt ${attempt.id} (${organization.slug})`;
      if (!['succeeded', 'failed', 'requires_action', 'rejected'].includes(attempt.state)) {
        report('unresolved', `${where} ended ${attempt.state}`);
        continue;
      }
      if (attempt.state === 'rejected') {
        if (attempt.payment) report('mismatch', `${where} is rejected but holds payment ${attempt.payment.id}`);
        continue;
      }
      const told = attempt.payment;
      const truth = told && stored.get(told.id);
      if (!told || !truth) {
        report('missing', `${where} was told ${attempt.state} with payment ${told?.id}, which the store lacks`);
        continue;
      }
      if (truth.status !== attempt.state) {
        const kind =
          truth.status === 'succeeded' ? (attempt.state === 'failed' ? 'charged-on-failure' : 'missing') : 'mismatch';
        report(kind, `${where} was told ${attempt.state}; the store has ${truth.id} ${truth.status}`);
      }
      if (
        !sameAllocations(attempt.request.allocations, truth.allocations) ||
        told.amount.amountMinor !== truth.amount.amountMinor
      ) {
        report('mismatch', `${where}: payment ${truth.id} pays other amounts than the attempt asked`);
      }
      for (const allocation of truth.allocations) {
        const entries =
          invoices.get(allocation.invoiceId)?.payments.filter((entry) => entry.paymentId === truth.id) ?? [];
        if (truth.status === 'succeeded' && entries.length === 0)
          report('missing', `${where}: payment ${truth.id} is not applied to invoice ${allocation.invoiceId}`);
        if (entries.length > 1)
          report(
            'duplicate',
            `${where}: payment ${truth.id} is applied ${entries.length} times to ${allocation.invoiceId}`,
          );
        if (truth.status !== 'succeeded' && entries.length > 0)
          report(
            'charged-on-failure',
            `${where}: ${truth.status} payment ${truth.id} is applied to ${allocation.invoiceId}`,
          );
      }
    }

    // (a): every payment the run created belongs to an attempt that knows it.
    for (const payment of organization.payments) {
      if (seeded.has(payment.id) || claims.has(`${organization.slug}/${payment.id}`)) continue;
      const invoiceIds = new Set(payment.allocations.map((allocation) => allocation.invoiceId));
      const touching = mine.filter((attempt) =>
        attempt.request.allocations.some((allocation) => invoiceIds.has(allocation.invoiceId)),
      );
      const what = `payment ${payment.id} (${organization.slug}, ${payment.status}, ${[...invoiceIds]}) belongs to no attempt that knows it`;
      if (payment.status !== 'succeeded') report('stray', what);
      else if (touching.some((attempt) => attempt.state === 'succeeded'))
        report('duplicate', `${what}: a second charge`);
      else if (
        touching.length > 0 &&
        touching.every((attempt) => attempt.state === 'failed' || attempt.state === 'rejected')
      )
        report('charged-on-failure', `${what}: charged while the person was told it failed`);
      else report('missing', `${what}: charged without the person learning of it`);
    }

    // (a): per invoice, what was applied never exceeds the balance, and the balance adds up.
    for (const invoice of organization.invoices) {
      const old = was?.invoices.find((candidate) => candidate.id === invoice.id);
      if (!old) continue;
      const seen = new Map<string, number>();
      for (const entry of old.payments) seen.set(entry.paymentId, (seen.get(entry.paymentId) ?? 0) + 1);
      let applied = 0;
      for (const entry of invoice.payments) {
        const count = seen.get(entry.paymentId) ?? 0;
        if (count > 0) seen.set(entry.paymentId, count - 1);
        else applied += entry.amount.amountMinor;
      }
      if (applied > old.balanceDue.amountMinor) {
        report('duplicate', `invoice ${invoice.id} was paid ${applied} on a balance of ${old.balanceDue.amountMinor}`);
      }
      if (invoice.balanceDue.amountMinor !== old.balanceDue.amountMinor - applied) {
        report('mismatch', `invoice ${invoice.id}: balance ${invoice.balanceDue.amountMinor} after paying ${applied}`);
      }
    }
  }
  return violations;
}

// ---------------------------------------------------------------------------------------------
// The run.

export interface PaymentFaultOptions {
  readonly seed?: number;
  /** At least this many payment attempts. Default 1,000. */
  readonly attempts?: number;
  /** Purchases in flight at once, on distinct invoices. Default 16. */
  readonly concurrency?: number;
  /** Purchases per fault setting. Default 32; a short run needs smaller batches to meet several settings. */
  readonly batchSize?: number;
}

export interface PaymentFaultReport {
  readonly seed: number;
  readonly attempts: number;
  readonly purchases: number;
  readonly batches: number;
  readonly concurrency: number;
  readonly outcomes: Record<string, number>;
  /** Attempts that went through `reconciling` at least once, and how many asks that took. */
  readonly reconciled: { readonly attempts: number; readonly rounds: number };
  /** Why an attempt asked again (the error it could not read an outcome from), by error name. */
  readonly reconcileCauses: Record<string, number>;
  /** Attempts left `unknown` by the faulty phase, asked again once faults were cleared. */
  readonly checkedAgain: { readonly attempts: number; readonly presses: number; readonly stillUnknown: number };
  /** PayPal confirmations that settled unknown and, as `confirm()` then refuses, were recovered by `submit()`. */
  readonly doubleSubmits: {
    readonly concurrentSubmits: number;
    readonly extraSubmitCalls: number;
    readonly secondButton: number;
    readonly secondButtonJoined: number;
    readonly doubleConfirms: number;
    readonly otherTabConfirms: number;
    readonly newAttemptAfterDecline: number;
  };
  /**
   * Faults by kind: hangs, errors, malformed JSON and schema breaks as the mock decided them (one
   * per request, in the order it applies them); drops as the client saw them (no answer at all).
   */
  readonly faults: Record<string, number>;
  /** What the client saw of its requests. */
  readonly requests: Record<string, number>;
  readonly store: { readonly paymentsCreated: number; readonly succeeded: number; readonly failed: number };
  readonly duplicates: number;
  readonly missing: number;
  readonly violations: readonly Violation[];
  readonly durationMs: number;
}

/** Counts the faults the mock applies: at most one per request (hang, then error, then drop, malformed, schema break). */
class CountingFaults extends Faults {
  readonly counts = new Map<string, number>();

  override decide(operationId: OperationId, isWrite: boolean): ReturnType<Faults['decide']> {
    const decision = super.decide(operationId, isWrite);
    const count = (kind: string) => this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
    if (decision.latencyMs > 0) count('latency');
    if (decision.latencyMs >= CLIENT_TIMEOUT_MS) count('latency past the client timeout');
    if (decision.hangMs !== null) count('hang');
    else if (decision.error !== null) count(`error ${decision.error}`);
    // Drops are counted by the client (a request without an answer): the mock never drops a
    // replayed answer, so many drops it decides are not done.
    else if (decision.dropAfterCommit) return decision;
    else if (decision.malformedJson) count('malformed JSON');
    else if (decision.schemaBreak) count('schema break');
    return decision;
  }
}

type CardKind = 'success' | 'declined' | 'insufficient' | 'expired' | 'saved' | 'saved-expired';
type Refusal = 'over-balance' | 'closed-invoice' | 'offline-country' | 'card-limit';

interface PurchasePlan {
  readonly id: string;
  readonly organization: string;
  readonly request: PaymentCreate;
  readonly double: 'none' | 'concurrent' | 'second-button';
  readonly submits: number;
  /** After a declined card: a new attempt with a good card. */
  readonly retry?: PaymentCreate;
  /** PayPal: the approval, whether it is confirmed twice at once, and whether another tab confirms too. */
  readonly approval?: string;
  readonly doubleConfirm: boolean;
  readonly otherTab: boolean;
}

interface AttemptRun {
  readonly id: string;
  readonly purchase: string;
  readonly organization: string;
  readonly attempt: PaymentAttempt;
  readonly plan: PurchasePlan;
  rounds: number;
  phase: 'create' | 'confirm';
}

const TEST_CARD_NUMBERS: Readonly<Record<Exclude<CardKind, 'saved' | 'saved-expired'>, readonly string[]>> = {
  success: ['4242424242424242', '5555555555554444', '378282246310005'],
  declined: ['4000000000000002'],
  insufficient: ['4000000000009995'],
  expired: ['4000000000000069'],
};

function cardToken(number: string): string {
  return tokenizeTestCard({ number, expMonth: 12, expYear: 2031, cvc: '123' });
}

/** Plans purchases against the seeded store: invoices are taken from per-organisation pools, so no two purchases share one. */
class Planner {
  readonly #random: Random;
  readonly #store: MockStore;
  readonly #pools = new Map<string, InvoiceDetail[]>();
  #count = 0;

  constructor(random: Random, store: MockStore) {
    this.#random = random;
    this.#store = store;
    for (const organization of store.organizations) {
      const payable = organization.invoices.filter(
        (invoice) => invoice.status !== 'closed' && invoice.balanceDue.amountMinor > 0,
      );
      this.#pools.set(organization.slug, random.shuffle(payable));
    }
  }

  /** The next purchase, or undefined when the invoices ran out. */
  next(): PurchasePlan | undefined {
    const random = this.#random;
    const id = `p${++this.#count}`;
    const refusal = random.weighted<Refusal | null>([
      [null, 93],
      ['over-balance', 2],
      ['closed-invoice', 2],
      ['offline-country', 1.5],
      ['card-limit', 1.5],
    ]);
    const online = this.#store.organizations.filter(
      (organization) =>
        organization.organization.onlinePaymentAvailable && (this.#pools.get(organization.slug)?.length ?? 0) > 0,
    );
    if (online.length === 0) return undefined;
    const offline = this.#store.organizations.find(
      (organization) =>
        !organization.organization.onlinePaymentAvailable && (this.#pools.get(organization.slug)?.length ?? 0) > 0,
    );
    const organization = refusal === 'offline-country' && offline ? offline : random.pick(online);
    const pool = this.#pools.get(organization.slug)!;
    const methods = organizationMethods(organization);

    const common = {
      id,
      organization: organization.slug,
      double: random.weighted<PurchasePlan['double']>([
        ['none', 70],
        ['concurrent', 20],
        ['second-button', 10],
      ]),
      submits: random.int(2, 4),
      doubleConfirm: random.chance(0.2),
      otherTab: random.chance(0.1),
    };

    if (refusal === 'closed-invoice') {
      const closed = organization.invoices.find((invoice) => invoice.status === 'closed');
      if (closed) {
        return {
          ...common,
          request: {
            allocations: [{ invoiceId: closed.id, amount: minimum(closed.currency) }],
            method: { type: 'card', source: cardToken(TEST_CARD_NUMBERS.success[0]!) },
          },
        };
      }
    }
    if (refusal === 'card-limit') {
      const index = pool.findIndex((invoice) => toUsdMinor(invoice.balanceDue) > CARD_LIMIT_USD.amountMinor);
      if (index >= 0) {
        const [invoice] = pool.splice(index, 1);
        return {
          ...common,
          request: {
            allocations: [{ invoiceId: invoice!.id, amount: invoice!.balanceDue }],
            method: { type: 'card', source: cardToken(TEST_CARD_NUMBERS.success[0]!) },
          },
        };
      }
    }

    // One invoice, sometimes two in the same currency.
    const first = pool.pop()!;
    const invoices = [first];
    if (random.chance(0.1)) {
      const index = pool.findIndex((invoice) => invoice.currency === first.currency);
      if (index >= 0) invoices.push(pool.splice(index, 1)[0]!);
    }
    const type =
      refusal === 'offline-country'
        ? 'card'
        : random.weighted<'card' | 'paypal' | 'direct_debit'>([
            ['card', 80],
            ['paypal', methods.includes('paypal') ? 14 : 0],
            ['direct_debit', methods.includes('direct_debit') && savedMethod(organization, 'direct_debit') ? 6 : 0],
          ]);
    const allocations = invoices.map((invoice) => ({
      invoiceId: invoice.id,
      amount: {
        amountMinor:
          refusal === 'over-balance' ? invoice.balanceDue.amountMinor + 1 : this.#amount(invoice, type === 'card'),
        currency: invoice.currency,
      },
    }));
    if (type === 'paypal') {
      return {
        ...common,
        request: { allocations, method: { type: 'paypal' } },
        approval: random.chance(0.8) ? `APPROVED-${id}` : `DECLINED-${id}`,
      };
    }
    if (type === 'direct_debit') {
      const saved = savedMethod(organization, 'direct_debit')!;
      return { ...common, request: { allocations, method: { type, source: saved, mandateAccepted: true } } };
    }
    const kind = random.weighted<CardKind>([
      ['success', 62],
      ['saved', 10],
      ['declined', 12],
      ['insufficient', 7],
      ['expired', 5],
      ['saved-expired', 4],
    ]);
    const source =
      kind === 'saved'
        ? (savedMethod(organization, 'card') ?? cardToken(TEST_CARD_NUMBERS.success[0]!))
        : kind === 'saved-expired'
          ? (savedMethod(organization, 'card', true) ?? cardToken(TEST_CARD_NUMBERS.expired[0]!))
          : cardToken(random.pick(TEST_CARD_NUMBERS[kind]));
    const fails = kind !== 'success' && kind !== 'saved';
    return {
      ...common,
      request: { allocations, method: { type: 'card', source } },
      ...(fails && random.chance(0.6)
        ? {
            retry: {
              allocations,
              method: { type: 'card', source: cardToken(random.pick(TEST_CARD_NUMBERS.success)) },
            },
          }
        : {}),
    };
  }

  /** Mostly part of the balance (so a second charge would go through and show), sometimes all; within the card limit. */
  #amount(invoice: InvoiceDetail, card: boolean): number {
    const balance = invoice.balanceDue.amountMinor;
    let amount = this.#random.chance(0.3) ? balance : Math.floor(balance * (0.05 + this.#random.next() * 0.4));
    if (card && toUsdMinor({ amountMinor: amount, currency: invoice.currency }) > CARD_LIMIT_USD.amountMinor) {
      const limit = CARD_LIMIT_USD.amountMinor / toUsdMinor({ amountMinor: balance, currency: invoice.currency });
      amount = Math.floor(balance * limit * (0.2 + this.#random.next() * 0.7));
    }
    return Math.min(balance, Math.max(amount, minimum(invoice.currency).amountMinor));
  }
}

function minimum(currency: string): { amountMinor: number; currency: string } {
  const digits = minorUnitDigits(currency);
  return { amountMinor: digits === 0 ? 100 : 10 ** digits, currency };
}

function organizationMethods(organization: OrganizationData): string[] {
  const country = organization.organization.country;
  if (!organization.organization.onlinePaymentAvailable) return [];
  if (country === 'JP') return ['card'];
  if (country === 'SA') return ['card', 'paypal'];
  return ['card', 'paypal', 'direct_debit'];
}

function savedMethod(
  organization: OrganizationData,
  type: 'card' | 'direct_debit',
  expired = false,
): string | undefined {
  return organization.paymentMethods.find((method) => method.type === type && method.isExpired === expired)?.id;
}

/** The fault settings of one batch, drawn from the seed. */
function batchFaults(random: Random): { settings: FaultSettings; maxRetries: number; profile: string } {
  const profile = random.weighted<'calm' | 'flaky' | 'stormy' | 'slow' | 'outage'>([
    ['calm', 2],
    ['flaky', 4],
    ['stormy', 3],
    ['slow', 1.5],
    ['outage', 1],
  ]);
  const scale = (rate: number) => Math.min(1, rate * (0.5 + random.next()));
  const errorStatus = random.pick([500, 503] as const);
  // Retry-After is honoured by the SDK and the attempt: one second, in a few batches only.
  const retryAfterSeconds = errorStatus === 503 && random.chance(0.1) ? 1 : 0;
  const base: FaultSettings = {
    seed: random.int(1, 2 ** 31),
    hangMs: HANG_MS,
    errorStatus,
    retryAfterSeconds,
    ...(random.chance(0.4) ? { operations: PAYMENT_OPERATIONS } : {}),
  };
  const maxRetries = random.weighted([
    [0, 2],
    [1, 2],
    [2, 1],
  ]);
  switch (profile) {
    case 'calm':
      return { profile, maxRetries, settings: { ...base, latencyMs: [0, 20] } };
    case 'flaky':
      return {
        profile,
        maxRetries,
        settings: {
          ...base,
          latencyMs: [0, 120],
          errorRate: scale(0.15),
          hangRate: scale(0.05),
          dropAfterCommitRate: scale(0.12),
          malformedJsonRate: scale(0.05),
          schemaBreakRate: scale(0.05),
        },
      };
    case 'stormy':
      return {
        profile,
        maxRetries,
        settings: {
          ...base,
          latencyMs: [0, 260],
          errorRate: scale(0.3),
          hangRate: scale(0.1),
          dropAfterCommitRate: scale(0.3),
          malformedJsonRate: scale(0.1),
          schemaBreakRate: scale(0.1),
        },
      };
    case 'slow':
      return {
        profile,
        maxRetries,
        settings: { ...base, latencyMs: [80, 320], hangRate: scale(0.1), dropAfterCommitRate: scale(0.1) },
      };
    case 'outage':
      // Every request fails for the whole batch (without the SDK's retries, which would only
      // slow it down): attempts settle unknown and are checked again later.
      return { profile, maxRetries: 0, settings: { ...base, retryAfterSeconds: 0, errorRate: 1 } };
  }
}

/** Runs the purchases of `items` with at most `concurrency` in flight. */
async function inParallel<T>(items: readonly T[], concurrency: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

const increment = (counts: Record<string, number>, key: string, by = 1) => {
  counts[key] = (counts[key] ?? 0) + by;
};

/** Runs the fault scenario against an in-process mock API and checks the store afterwards. */
export async function runPaymentFaults(options: PaymentFaultOptions = {}): Promise<PaymentFaultReport> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const wanted = options.attempts ?? 1000;
  const concurrency = options.concurrency ?? 16;
  const batchSize = options.batchSize ?? 32;
  const random = createRandom(seed);
  // About 45% of the seeded invoices are payable; a purchase takes 1.1 of them on average.
  const store = new MockStore({ seed, invoicesPerOrganization: Math.max(60, Math.ceil(wanted * 0.4)) });
  const faults = new CountingFaults();
  const mock = createMockApi({ baseUrl: BASE_URL, store, faults });
  const before = snapshotStore(store);
  const running = await startMockApi(mock.handlers);

  const requests: Record<string, number> = {};
  const knownKeys = new Set<string>();
  const countingFetch: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const key = request.headers.get('idempotency-key');
    increment(requests, 'sent');
    if (key && !knownKeys.has(key.split(':confirm:')[0]!)) increment(requests, 'with a key no attempt owns');
    try {
      const response = await globalThis.fetch(input, init);
      increment(requests, `answered ${String(response.status).charAt(0)}xx`);
      if (response.headers.get('idempotent-replayed') === 'true') increment(requests, 'answered from the key (replay)');
      return response;
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'AbortError' || name === 'TimeoutError') increment(requests, 'timed out');
      else {
        increment(requests, 'no answer (dropped)');
        faults.counts.set('drop after commit', (faults.counts.get('drop after commit') ?? 0) + 1);
      }
      throw error;
    }
  };

  const runs: AttemptRun[] = [];
  const reconcileCauses: Record<string, number> = {};
  const double = {
    concurrentSubmits: 0,
    extraSubmitCalls: 0,
    secondButton: 0,
    secondButtonJoined: 0,
    doubleConfirms: 0,
    otherTabConfirms: 0,
    newAttemptAfterDecline: 0,
  };
  const driverViolations: Violation[] = [];

  const track = (attempt: PaymentAttempt, plan: PurchasePlan): AttemptRun => {
    const run: AttemptRun = {
      id: `a${runs.length + 1}`,
      purchase: plan.id,
      organization: plan.organization,
      attempt,
      plan,
      rounds: 0,
      phase: 'create',
    };
    knownKeys.add(attempt.idempotencyKey);
    attempt.subscribe((changed) => {
      if (changed.state !== 'reconciling') return;
      run.rounds += 1;
      increment(reconcileCauses, changed.lastError?.name ?? 'unknown');
    });
    runs.push(run);
    return run;
  };

  /** Takes an attempt as far as the person would: a PayPal payment waiting for approval is confirmed. */
  const finish = async (run: AttemptRun, checkingAgain: boolean): Promise<void> => {
    const { attempt, plan } = run;
    if (attempt.state === 'unknown' && checkingAgain) {
      // An unknown confirmation is asked again as a confirmation; an unknown creation, as one.
      if (run.phase === 'confirm' && plan.approval) await attempt.confirm(plan.approval);
      else await attempt.submit();
    }
    if (attempt.state !== 'requires_action' || !plan.approval) return;
    run.phase = 'confirm';
    const approval = plan.approval;
    const confirming: Promise<unknown>[] = [attempt.confirm(approval)];
    if (!checkingAgain && plan.doubleConfirm) {
      double.doubleConfirms += 1;
      const again = attempt.confirm(approval);
      if (again !== confirming[0])
        driverViolations.push({ kind: 'duplicate', message: `${run.id}: confirm twice, two sends` });
      confirming.push(again);
    }
    if (!checkingAgain && plan.otherTab) {
      // Another tab approves the same payment with its own key; its answer may be lost too.
      double.otherTabConfirms += 1;
      const tabKey = createIdempotencyKey();
      knownKeys.add(tabKey);
      confirming.push(
        attempt.client.payments
          .confirm(attempt.outcome!.payment!.id, { approvalId: `APPROVED-TAB-${plan.id}` }, { idempotencyKey: tabKey })
          .catch(() => undefined),
      );
    }
    await Promise.all(confirming);
  };

  const purchase = async (plan: PurchasePlan, client: BillingClient): Promise<void> => {
    const attempt = PaymentAttempt.start(client, plan.request, { reconcileDelaysMs: RECONCILE_DELAYS_MS });
    const run = track(attempt, plan);
    let outcome: PaymentAttemptOutcome;
    if (plan.double === 'concurrent') {
      double.concurrentSubmits += 1;
      double.extraSubmitCalls += plan.submits - 1;
      const sends = Array.from({ length: plan.submits }, () => attempt.submit());
      if (new Set(sends).size !== 1)
        driverViolations.push({ kind: 'duplicate', message: `${run.id}: ${plan.submits} submits, several sends` });
      [outcome] = (await Promise.all(sends)) as [PaymentAttemptOutcome];
    } else if (plan.double === 'second-button') {
      double.secondButton += 1;
      const first = attempt.submit();
      // The second widget for this invoice, pressed while the first is in flight.
      const second = PaymentAttempt.start(client, plan.request, { reconcileDelaysMs: RECONCILE_DELAYS_MS });
      if (second === attempt) double.secondButtonJoined += 1;
      else {
        track(second, plan);
        driverViolations.push({ kind: 'duplicate', message: `${run.id}: a second button got a new attempt` });
      }
      [outcome] = await Promise.all([first, second.submit()]);
    } else {
      outcome = await attempt.submit();
    }
    await finish(run, false);
    if (outcome.state === 'failed' && run.phase === 'create' && plan.retry) {
      // The person picks another card: a new attempt, a new key.
      double.newAttemptAfterDecline += 1;
      const retry = PaymentAttempt.start(client, plan.retry, { reconcileDelaysMs: RECONCILE_DELAYS_MS });
      track(retry, plan);
      await retry.submit();
    }
  };

  const planner = new Planner(random.fork('plan'), store);
  const faultRandom = random.fork('faults');
  let purchases = 0;
  let batches = 0;
  let clients = new Map<string, BillingClient>();
  let maxRetries = 0;
  /** The next purchase; every `batchSize` purchases the faults (and the clients' retries) change. */
  const nextPurchase = (): PurchasePlan | undefined => {
    if (runs.length >= wanted) return undefined;
    if (purchases % batchSize === 0) {
      const batch = batchFaults(faultRandom);
      faults.set(batch.settings);
      maxRetries = batch.maxRetries;
      clients = new Map();
      batches += 1;
    }
    const plan = planner.next();
    if (!plan) throw new Error(`The seeded invoices ran out after ${runs.length} attempts`);
    purchases += 1;
    return plan;
  };
  const clientFor = (slug: string): BillingClient => {
    let client = clients.get(slug);
    if (!client) {
      client = createBillingClient({
        baseUrl: BASE_URL,
        getToken: () => `test_${slug}_billing`,
        timeout: CLIENT_TIMEOUT_MS,
        maxRetries,
        fetch: countingFetch,
      });
      clients.set(slug, client);
    }
    return client;
  };
  try {
    // No barrier between batches: a worker takes the next purchase as soon as it is free, so a
    // slow attempt (an outage's four asks) holds up only its own worker.
    const worker = async () => {
      for (let plan = nextPurchase(); plan; plan = nextPurchase()) {
        try {
          await purchase(plan, clientFor(plan.organization));
        } catch (error) {
          driverViolations.push({ kind: 'unresolved', message: `purchase ${plan.id} threw: ${String(error)}` });
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));

    // "Check again": the person comes back once the API is well.
    faults.clear();
    let presses = 0;
    const unknown = runs.filter((run) => run.attempt.state === 'unknown');
    for (let round = 0; round < CHECK_AGAIN_ROUNDS; round += 1) {
      const pending = unknown.filter((run) => run.attempt.state === 'unknown' || needsConfirm(run));
      if (pending.length === 0) break;
      presses += pending.length;
      await inParallel(pending, concurrency, async (run) => {
        try {
          await finish(run, true);
        } catch (error) {
          driverViolations.push({ kind: 'unresolved', message: `${run.id} threw on checking again: ${String(error)}` });
        }
      });
    }

    const attempts: CheckedAttempt[] = runs.map((run) => ({
      id: run.id,
      purchase: run.purchase,
      organization: run.organization,
      request: run.attempt.request,
      state: run.attempt.state,
      payment: run.attempt.outcome?.payment,
    }));
    const violations = [...driverViolations, ...checkInvariants(attempts, before, store)];
    const foreign = requests['with a key no attempt owns'] ?? 0;
    // Every write must carry its attempt's key (or a confirmation key derived from it).
    if (foreign > 0) violations.push({ kind: 'stray', message: `${foreign} requests carried a key no attempt owns` });
    const outcomes: Record<string, number> = {};
    for (const run of runs) increment(outcomes, run.attempt.state);
    const created = store.organizations.flatMap((organization) => {
      const seeded = new Set(before.organizations.find((b) => b.slug === organization.slug)?.payments.map((p) => p.id));
      return organization.payments.filter((payment) => !seeded.has(payment.id));
    });
    return {
      seed,
      attempts: runs.length,
      purchases,
      batches,
      concurrency,
      outcomes,
      reconciled: {
        attempts: runs.filter((run) => run.rounds > 0).length,
        rounds: runs.reduce((sum, run) => sum + run.rounds, 0),
      },
      reconcileCauses,
      checkedAgain: {
        attempts: unknown.length,
        presses,
        stillUnknown: runs.filter((run) => run.attempt.state === 'unknown').length,
      },
      doubleSubmits: double,
      faults: Object.fromEntries(faults.counts),
      requests,
      store: {
        paymentsCreated: created.length,
        succeeded: created.filter((payment) => payment.status === 'succeeded').length,
        failed: created.filter((payment) => payment.status === 'failed').length,
      },
      duplicates: violations.filter((violation) => violation.kind === 'duplicate').length,
      missing: violations.filter((violation) => violation.kind === 'missing').length,
      violations,
      durationMs: Math.round(performance.now() - started),
    };
  } finally {
    faults.clear();
    await running.stop();
  }
}

function needsConfirm(run: AttemptRun): boolean {
  return run.attempt.state === 'requires_action' && run.plan.approval !== undefined;
}

const list = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key} ${value}`)
    .join(' · ') || 'none';

/** The report as the CLI prints it. */
export function formatReport(report: PaymentFaultReport): string {
  const d = report.doubleSubmits;
  const lines = [
    `Payment fault run, seed ${report.seed}`,
    `  attempts              ${report.attempts} (${report.purchases} purchases in ${report.batches} batches, ${report.concurrency} at a time)`,
    `  outcomes              ${list(report.outcomes)}`,
    `  reconciled            ${report.reconciled.attempts} attempts asked more than once (${report.reconciled.rounds} extra asks)`,
    `  why they asked again  ${list(report.reconcileCauses)}`,
    `  checked again         ${report.checkedAgain.attempts} unknown after the faults, ${report.checkedAgain.presses} presses, ${report.checkedAgain.stillUnknown} still unknown`,
    `  double submits        ${d.concurrentSubmits} attempts submitted 2-4 times at once (${d.extraSubmitCalls} extra calls), ` +
      `${d.secondButton} second buttons (${d.secondButtonJoined} joined), ${d.doubleConfirms} double confirms, ` +
      `${d.otherTabConfirms} confirms from another tab, ${d.newAttemptAfterDecline} new attempts after a decline`,
    `  faults (mock)         ${list(report.faults)}`,
    `  requests (client)     ${list(report.requests)}`,
    `  store                 ${report.store.paymentsCreated} payments created (${report.store.succeeded} succeeded, ${report.store.failed} failed)`,
    `  duplicates found      ${report.duplicates}`,
    `  missing found         ${report.missing}`,
    `  violations            ${report.violations.length}`,
    ...report.violations.map((violation) => `    ${violation.kind}: ${violation.message}`),
    `  time                  ${(report.durationMs / 1000).toFixed(1)} s`,
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '1' },
      attempts: { type: 'string', default: '1000' },
      concurrency: { type: 'string', default: '16' },
      json: { type: 'boolean', default: false },
    },
  });
  const number = (name: string, text: string, min: number) => {
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value < min) throw new RangeError(`--${name} must be an integer >= ${min}`);
    return value;
  };
  const report = await runPaymentFaults({
    seed: number('seed', values.seed, 0),
    attempts: number('attempts', values.attempts, 1),
    concurrency: number('concurrency', values.concurrency, 1),
  });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
  process.exitCode = report.violations.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    // A bad flag is the caller's mistake: its message is enough.
    console.error(error instanceof RangeError ? error.message : error);
    process.exitCode = 1;
  });
}
