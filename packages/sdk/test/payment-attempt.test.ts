import { expect } from 'chai';
import { createMockApi, tokenizeTestCard, type FaultSettings, type MockApi } from '@customer-center/mock-api';
import { startMockApi, type RunningMockApi } from '@customer-center/mock-api/testing';
import {
  BillingApiError,
  BillingConflictError,
  BillingServerError,
  BillingTimeoutError,
  BillingUnprocessableError,
  createBillingClient,
  PaymentAttempt,
  type BillingClient,
  type BillingClientOptions,
  type InvoiceDetail,
  type Payment,
  type PaymentAttemptState,
  type PaymentCreate,
} from '@customer-center/sdk';

// Runs in Chromium (msw's service worker) and in Node (msw's fetch interceptor): web APIs only.
// Every test pays through PaymentAttempt against the real mock API (store, idempotency keys,
// faults) and then reads the store, the truth of what was charged.

const BASE = 'http://billing.test/api';
// Small, so that a test that reconciles several times stays far below the runner's timeout.
const DELAYS = [5, 10, 20] as const;
const GOOD_CARD = '4242424242424242';
const DECLINED_CARD = '4000000000000002';

/** One request the client sent, as a wrapped `fetch` saw it. */
interface Ask {
  readonly method: string;
  readonly path: string;
  readonly key: string | null;
  status?: number;
  /** The mock's `Idempotent-Replayed` header: the answer of an earlier request with this key. */
  replayed?: boolean;
  /** The request got no answer (dropped, hung up, timed out). */
  failed?: boolean;
}

function card(number: string): string {
  return tokenizeTestCard({ number, expMonth: 12, expYear: 2030, cvc: '123' });
}

describe('PaymentAttempt against the mock API', () => {
  let mock: MockApi;
  let running: RunningMockApi;
  let seededPaymentIds: Set<string>;

  before(async () => {
    mock = createMockApi({ baseUrl: BASE });
    running = await startMockApi(mock.handlers);
  });
  beforeEach(() => {
    seededPaymentIds = new Set(us().payments.map((payment) => payment.id));
  });
  afterEach(() => {
    mock.faults.clear();
    mock.store.reset();
  });
  after(() => running.stop());

  /** The `us` organisation as the store holds it now (reset replaces it). */
  function us() {
    return mock.store.organization('us')!;
  }

  /** Payments the store recorded during this test. */
  function newPayments(): Payment[] {
    return us().payments.filter((payment) => !seededPaymentIds.has(payment.id));
  }

  function invoice(id: string): InvoiceDetail {
    return us().invoices.find((candidate) => candidate.id === id)!;
  }

  /** `count` distinct unpaid USD invoices a card may pay in full, as copies taken now. */
  function unpaid(count = 1): InvoiceDetail[] {
    const found = us().invoices.filter(
      (candidate) =>
        candidate.currency === 'USD' &&
        candidate.status !== 'closed' &&
        candidate.balanceDue.amountMinor > 50_000 &&
        candidate.balanceDue.amountMinor < 5_000_000,
    );
    expect(found.length, 'unpaid USD invoices in the seed').to.be.at.least(count);
    return found.slice(0, count).map((candidate) => structuredClone(candidate));
  }

  function cardPayment(target: InvoiceDetail, amountMinor = target.balanceDue.amountMinor, number = GOOD_CARD) {
    return {
      allocations: [{ invoiceId: target.id, amount: { amountMinor, currency: target.currency } }],
      method: { type: 'card', source: card(number) },
    } satisfies PaymentCreate;
  }

  /** A client whose requests are logged; `onAnswer` runs after each one settles (e.g. to clear a fault). */
  function makeClient(
    options: Partial<BillingClientOptions> & { onAnswer?: (ask: Ask, asks: readonly Ask[]) => void } = {},
  ): { client: BillingClient; asks: Ask[] } {
    const asks: Ask[] = [];
    const { onAnswer, ...clientOptions } = options;
    const client = createBillingClient({
      baseUrl: BASE,
      getToken: () => 'test_us_billing',
      timeout: 300,
      maxRetries: 0,
      fetch: async (input, init) => {
        // ky hands over a Request; reading its headers leaves the body untouched.
        const request = input instanceof Request ? input : new Request(input, init);
        const ask: Ask = {
          method: request.method,
          path: new URL(request.url).pathname,
          key: request.headers.get('idempotency-key'),
        };
        asks.push(ask);
        try {
          const response = await globalThis.fetch(input, init);
          ask.status = response.status;
          ask.replayed = response.headers.get('idempotent-replayed') === 'true';
          return response;
        } catch (error) {
          ask.failed = true;
          throw error;
        } finally {
          onAnswer?.(ask, asks);
        }
      },
      ...clientOptions,
    });
    return { client, asks };
  }

  const creates = (asks: readonly Ask[]) => asks.filter((ask) => ask.method === 'POST' && ask.path === '/api/payments');

  /** Every state an attempt passes through, in order. */
  function statesOf(attempt: PaymentAttempt): PaymentAttemptState[] {
    const states: PaymentAttemptState[] = [];
    attempt.subscribe((changed) => states.push(changed.state));
    return states;
  }

  describe('success', () => {
    it('pays once, reduces the balance and sends one key', async () => {
      const [target] = unpaid();
      const { client, asks } = makeClient();
      const half = Math.floor(target!.balanceDue.amountMinor / 2);
      const attempt = new PaymentAttempt(client, cardPayment(target!, half), { reconcileDelaysMs: DELAYS });
      const states = statesOf(attempt);

      const outcome = await attempt.submit();

      expect(outcome.state).to.equal('succeeded');
      expect(attempt.state).to.equal('succeeded');
      expect(attempt.inFlight).to.equal(false);
      expect(states).to.deep.equal(['submitting', 'succeeded']);
      expect(newPayments().map((payment) => payment.id)).to.deep.equal([outcome.payment!.id]);
      expect(invoice(target!.id).balanceDue.amountMinor).to.equal(target!.balanceDue.amountMinor - half);
      expect(invoice(target!.id).payments.filter((entry) => entry.paymentId === outcome.payment!.id)).to.have.length(1);
      expect(creates(asks).map((ask) => ask.key)).to.deep.equal([attempt.idempotencyKey]);
    });

    it('keeps the key across the SDK’s own retries and its reconciliation asks', async () => {
      const [target] = unpaid();
      // The first two asks fail; the SDK retries once itself, then the attempt asks again.
      mock.faults.set({ errorRate: 1, errorStatus: 500, operations: ['createPayment'] });
      const { client, asks } = makeClient({
        maxRetries: 1,
        onAnswer: (_ask, all) => {
          if (creates(all).length === 2) mock.faults.clear();
        },
      });
      const attempt = new PaymentAttempt(client, cardPayment(target!), { reconcileDelaysMs: DELAYS });

      expect((await attempt.submit()).state).to.equal('succeeded');
      expect(creates(asks)).to.have.length(3);
      expect(new Set(creates(asks).map((ask) => ask.key))).to.deep.equal(new Set([attempt.idempotencyKey]));
      expect(newPayments()).to.have.length(1);
    });

    it('reuses a key it is given (an attempt restored after a reload)', async () => {
      const [target] = unpaid();
      const { client } = makeClient();
      const first = new PaymentAttempt(client, cardPayment(target!), { reconcileDelaysMs: DELAYS });
      const paid = await first.submit();
      const restored = new PaymentAttempt(client, cardPayment(target!), {
        reconcileDelaysMs: DELAYS,
        idempotencyKey: first.idempotencyKey,
      });
      const again = await restored.submit();
      expect(again.state).to.equal('succeeded');
      expect(again.payment!.id).to.equal(paid.payment!.id);
      expect(newPayments()).to.have.length(1);
    });
  });

  describe('double submit', () => {
    it('sends one request for two submits at once, and the same outcome to both', async () => {
      const [target] = unpaid();
      const { client, asks } = makeClient();
      const attempt = new PaymentAttempt(client, cardPayment(target!), { reconcileDelaysMs: DELAYS });
      const first = attempt.submit();
      const second = attempt.submit();
      expect(second).to.equal(first);
      const [a, b] = await Promise.all([first, second]);
      expect(a).to.equal(b);
      expect(creates(asks)).to.have.length(1);
      expect(newPayments()).to.have.length(1);
    });

    it('sends one request for ten submits, and none for a submit after the outcome', async () => {
      const [target] = unpaid();
      const { client, asks } = makeClient();
      const attempt = new PaymentAttempt(client, cardPayment(target!, 10_000), { reconcileDelaysMs: DELAYS });
      const outcomes = await Promise.all(Array.from({ length: 10 }, () => attempt.submit()));
      expect(new Set(outcomes)).to.have.property('size', 1);
      expect((await attempt.submit()).payment!.id).to.equal(outcomes[0]!.payment!.id);
      expect(creates(asks)).to.have.length(1);
      expect(newPayments()).to.have.length(1);
      expect(invoice(target!.id).balanceDue.amountMinor).to.equal(target!.balanceDue.amountMinor - 10_000);
    });

    it('gives a second button for the same invoice the attempt in flight, and a new one after it settled', async () => {
      const [target, other] = unpaid(2);
      const { client, asks } = makeClient();
      const first = PaymentAttempt.start(client, cardPayment(target!, 10_000), { reconcileDelaysMs: DELAYS });
      const running = first.submit();
      // Another amount, or more invoices: still the attempt paying this invoice right now.
      const second = PaymentAttempt.start(client, cardPayment(target!, 20_000));
      const both = PaymentAttempt.start(client, {
        ...cardPayment(other!),
        allocations: [...cardPayment(other!).allocations, ...cardPayment(target!).allocations],
      });
      expect(second).to.equal(first);
      expect(both).to.equal(first);
      expect(PaymentAttempt.inFlightFor(client, [target!.id])).to.equal(first);
      expect(await second.submit()).to.equal(await running);
      expect(creates(asks)).to.have.length(1);
      expect(newPayments()).to.have.length(1);

      expect(PaymentAttempt.inFlightFor(client, [target!.id])).to.equal(undefined);
      const later = PaymentAttempt.start(client, cardPayment(target!, 10_000), { reconcileDelaysMs: DELAYS });
      expect(later).to.not.equal(first);
      expect(later.idempotencyKey).to.not.equal(first.idempotencyKey);
      expect(later.state).to.equal('idle');
    });

    it('does not join attempts of another client', async () => {
      const [target] = unpaid();
      const first = PaymentAttempt.start(makeClient().client, cardPayment(target!, 10_000));
      const settled = first.submit();
      expect(PaymentAttempt.start(makeClient().client, cardPayment(target!, 10_000))).to.not.equal(first);
      await settled;
    });
  });

  describe('outcome not known at first', () => {
    it('learns of a payment whose answer was dropped after it was committed', async () => {
      const [target] = unpaid();
      mock.faults.set({ dropAfterCommitRate: 1, operations: ['createPayment'] });
      const { client, asks } = makeClient({
        onAnswer: (_ask, all) => {
          if (creates(all).length === 1) mock.faults.clear();
        },
      });
      const attempt = new PaymentAttempt(client, cardPayment(target!), { reconcileDelaysMs: DELAYS });
      const states = statesOf(attempt);

      const outcome = await attempt.submit();

      expect(outcome.state).to.equal('succeeded');
      expect(states).to.deep.equal(['submitting', 'reconciling', 'succeeded']);
      expect(creates(asks).map((ask) => [ask.key, ask.failed ?? false, ask.replayed ?? false])).to.deep.equal([
        [attempt.idempotencyKey, true, false],
        [attempt.idempotencyKey, false, true],
      ]);
      expect(newPayments().map((payment) => payment.id)).to.deep.equal([outcome.payment!.id]);
      expect(invoice(target!.id).status).to.equal('closed');
      expect(invoice(target!.id).payments.filter((entry) => entry.paymentId === outcome.payment!.id)).to.have.length(1);
    });

    it('reconciles through a 503 spell, then succeeds once', async () => {
      const [target] = unpaid();
      mock.faults.set({ errorRate: 1, errorStatus: 503, retryAfterSeconds: 0, operations: ['createPayment'] });
      const { client, asks } = makeClient({
        onAnswer: (_ask, all) => {
          if (creates(all).length === 2) mock.faults.clear();
        },
      });
      const attempt = new PaymentAttempt(client, cardPayment(target!), { reconcileDelaysMs: DELAYS });
      const states = statesOf(attempt);
      let errorWhileReconciling: unknown;
      attempt.subscribe((changed) => {
        if (changed.state === 'reconciling') errorWhileReconciling ??= changed.lastError;
      });

      const outcome = await attempt.submit();

      expect(outcome.state).to.equal('succeeded');
      expect(states).to.deep.equal(['submitting', 'reconciling', 'reconciling', 'succeeded']);
      expect(errorWhileReconciling).to.be.instanceOf(BillingServerError);
      expect(creates(asks).map((ask) => ask.status)).to.deep.equal([503, 503, 201]);
      expect(new Set(creates(asks).map((ask) => ask.key)).size).to.equal(1);
      expect(newPayments()).to.have.length(1);
    });

    it('waits as long as Retry-After asks before asking again', async () => {
      const [target] = unpaid();
      mock.faults.set({ errorRate: 1, errorStatus: 503, retryAfterSeconds: 1, operations: ['createPayment'] });
      const { client } = makeClient({ onAnswer: () => mock.faults.clear() });
      const attempt = new PaymentAttempt(client, cardPayment(target!), { reconcileDelaysMs: DELAYS });
      const started = performance.now();
      expect((await attempt.submit()).state).to.equal('succeeded');
      expect(performance.now() - started).to.be.at.least(950);
    });

    it('settles as unknown in a persistent outage, never as failed; checking again later pays once', async () => {
      const [target] = unpaid();
      mock.faults.set({ errorRate: 1, errorStatus: 500, operations: ['createPayment'] });
      const { client, asks } = makeClient();
      const attempt = new PaymentAttempt(client, cardPayment(target!), { reconcileDelaysMs: DELAYS });
      const states = statesOf(attempt);

      const unknown = await attempt.submit();

      expect(unknown.state).to.equal('unknown');
      expect(unknown.payment).to.equal(undefined);
      expect(unknown.error).to.be.instanceOf(BillingServerError);
      expect(attempt.lastError).to.equal(unknown.error);
      expect(attempt.inFlight).to.equal(false);
      expect(states).to.not.include('failed');
      expect(states.at(-1)).to.equal('unknown');
      // The first ask and one per delay.
      expect(creates(asks)).to.have.length(1 + DELAYS.length);
      expect(newPayments()).to.have.length(0);

      mock.faults.clear();
      const known = await attempt.submit();
      expect(known.state).to.equal('succeeded');
      expect(new Set(creates(asks).map((ask) => ask.key))).to.deep.equal(new Set([attempt.idempotencyKey]));
      expect(newPayments().map((payment) => payment.id)).to.deep.equal([known.payment!.id]);
      expect(invoice(target!.id).payments.filter((entry) => entry.paymentId === known.payment!.id)).to.have.length(1);
    });

    it('settles as unknown when the charge’s answer is lost and the API then fails; checking again finds it', async () => {
      const [target] = unpaid();
      mock.faults.set({ dropAfterCommitRate: 1, operations: ['createPayment'] });
      const { client, asks } = makeClient({
        // Charged by the first ask, whose answer is lost; then the API fails every ask.
        onAnswer: (_ask, all) => {
          if (creates(all).length === 1) mock.faults.set({ errorRate: 1, errorStatus: 500 });
        },
      });
      const attempt = new PaymentAttempt(client, cardPayment(target!, 10_000), { reconcileDelaysMs: DELAYS });

      const unknown = await attempt.submit();
      expect(unknown.state).to.equal('unknown');
      expect(unknown.error).to.be.instanceOf(BillingServerError);
      expect(newPayments()).to.have.length(1);
      expect(creates(asks)).to.have.length(1 + DELAYS.length);

      mock.faults.clear();
      const known = await attempt.submit();
      expect(known.state).to.equal('succeeded');
      expect(newPayments().map((payment) => payment.id)).to.deep.equal([known.payment!.id]);
      expect(invoice(target!.id).balanceDue.amountMinor).to.equal(target!.balanceDue.amountMinor - 10_000);
    });

    it('asks again after a timeout (the server hung), and learns the outcome', async () => {
      const [target] = unpaid();
      // Finite: msw's service worker waits for pending handlers when it stops.
      mock.faults.set({ hangRate: 1, hangMs: 400, operations: ['createPayment'] });
      const { client, asks } = makeClient({
        timeout: 100,
        onAnswer: () => mock.faults.clear(),
      });
      const attempt = new PaymentAttempt(client, cardPayment(target!), { reconcileDelaysMs: DELAYS });
      let timedOut: unknown;
      attempt.subscribe((changed) => {
        if (changed.state === 'reconciling') timedOut = changed.lastError;
      });

      const outcome = await attempt.submit();

      expect(timedOut).to.be.instanceOf(BillingTimeoutError);
      expect(outcome.state).to.equal('succeeded');
      expect(creates(asks)).to.have.length(2);
      expect(newPayments()).to.have.length(1);
    });

    it('charges once when a slow first request commits after the client gave up on it', async () => {
      const [target] = unpaid();
      // The first request is handled 250 ms late, after the client timed out and asked again.
      mock.faults.set({ latencyMs: 250, operations: ['createPayment'] });
      const { client, asks } = makeClient({ timeout: 100, onAnswer: () => mock.faults.clear() });
      const attempt = new PaymentAttempt(client, cardPayment(target!, 10_000), { reconcileDelaysMs: DELAYS });

      const outcome = await attempt.submit();
      // Let the first request's handler finish: it finds the key and replays, charging nothing.
      await new Promise((resolve) => setTimeout(resolve, 300));

      expect(outcome.state).to.equal('succeeded');
      expect(creates(asks).length).to.be.at.least(2);
      expect(newPayments().map((payment) => payment.id)).to.deep.equal([outcome.payment!.id]);
      expect(invoice(target!.id).balanceDue.amountMinor).to.equal(target!.balanceDue.amountMinor - 10_000);
    });

    it('asks again when the answer breaks the contract', async () => {
      const [target] = unpaid();
      for (const fault of [{ malformedJsonRate: 1 }, { schemaBreakRate: 1 }] satisfies FaultSettings[]) {
        mock.faults.set({ ...fault, operations: ['createPayment'] });
        const { client, asks } = makeClient({ onAnswer: () => mock.faults.clear() });
        const attempt = new PaymentAttempt(client, cardPayment(target!, 10_000), { reconcileDelaysMs: DELAYS });
        const outcome = await attempt.submit();
        expect(outcome.state, JSON.stringify(fault)).to.equal('succeeded');
        expect(creates(asks).map((ask) => ask.replayed)).to.deep.equal([false, true]);
      }
      expect(newPayments()).to.have.length(2);
    });
  });

  describe('definite outcomes', () => {
    it('reports a declined card as failed, charges nothing, and a new attempt with another card pays', async () => {
      const [target] = unpaid();
      const { client, asks } = makeClient();
      const declined = PaymentAttempt.start(client, cardPayment(target!, undefined, DECLINED_CARD), {
        reconcileDelaysMs: DELAYS,
      });

      const failed = await declined.submit();

      expect(failed.state).to.equal('failed');
      expect(failed.payment!.status).to.equal('failed');
      expect(failed.payment!.failure!.code).to.equal('card_declined');
      expect(invoice(target!.id).balanceDue).to.deep.equal(target!.balanceDue);
      expect(invoice(target!.id).payments).to.deep.equal(target!.payments);
      // A definite outcome is final: submitting again asks nothing.
      expect(await declined.submit()).to.equal(failed);
      expect(creates(asks)).to.have.length(1);

      const retry = PaymentAttempt.start(client, cardPayment(target!), { reconcileDelaysMs: DELAYS });
      expect(retry).to.not.equal(declined);
      expect(retry.idempotencyKey).to.not.equal(declined.idempotencyKey);
      const paid = await retry.submit();
      expect(paid.state).to.equal('succeeded');
      expect(invoice(target!.id).status).to.equal('closed');
      expect(newPayments().map((payment) => [payment.status, payment.id])).to.have.deep.members([
        ['failed', failed.payment!.id],
        ['succeeded', paid.payment!.id],
      ]);
    });

    it('reports insufficient funds and an expired card as failed', async () => {
      const [target] = unpaid();
      const { client } = makeClient();
      for (const [number, code] of [
        ['4000000000009995', 'insufficient_funds'],
        ['4000000000000069', 'expired_card'],
      ] as const) {
        const outcome = await new PaymentAttempt(client, cardPayment(target!, undefined, number), {
          reconcileDelaysMs: DELAYS,
        }).submit();
        expect(outcome.state).to.equal('failed');
        expect(outcome.payment!.failure!.code).to.equal(code);
      }
      expect(invoice(target!.id).balanceDue).to.deep.equal(target!.balanceDue);
    });

    it('reports a refusal (4xx) as rejected with the API’s code, charges nothing, and does not ask again', async () => {
      const [target] = unpaid();
      const { client, asks } = makeClient();
      const attempt = new PaymentAttempt(client, cardPayment(target!, target!.balanceDue.amountMinor + 1), {
        reconcileDelaysMs: DELAYS,
      });
      const states = statesOf(attempt);

      const outcome = await attempt.submit();

      expect(outcome.state).to.equal('rejected');
      expect(outcome.payment).to.equal(undefined);
      expect(outcome.error).to.be.instanceOf(BillingApiError);
      expect(outcome.error).to.be.instanceOf(BillingUnprocessableError);
      expect((outcome.error as BillingApiError).code).to.equal('amount_exceeds_balance');
      expect(states).to.deep.equal(['submitting', 'rejected']);
      expect(creates(asks)).to.have.length(1);
      expect(await attempt.submit()).to.equal(outcome);
      expect(creates(asks)).to.have.length(1);
      expect(newPayments()).to.have.length(0);
      expect(invoice(target!.id).balanceDue).to.deep.equal(target!.balanceDue);
    });

    it('reports paying a closed invoice as rejected (409)', async () => {
      const closed = us().invoices.find((candidate) => candidate.status === 'closed')!;
      const { client } = makeClient();
      const outcome = await new PaymentAttempt(
        client,
        {
          allocations: [{ invoiceId: closed.id, amount: { amountMinor: 10_000, currency: closed.currency } }],
          method: { type: 'card', source: card(GOOD_CARD) },
        },
        { reconcileDelaysMs: DELAYS },
      ).submit();
      expect(outcome.state).to.equal('rejected');
      expect(outcome.error).to.be.instanceOf(BillingConflictError);
      expect((outcome.error as BillingApiError).code).to.equal('invoice_already_paid');
      expect(newPayments()).to.have.length(0);
    });
  });

  describe('PayPal', () => {
    function paypal(target: InvoiceDetail): PaymentCreate {
      return {
        allocations: [{ invoiceId: target.id, amount: target.balanceDue }],
        method: { type: 'paypal' },
      };
    }

    it('waits for approval, then confirms once', async () => {
      const [target] = unpaid();
      const { client, asks } = makeClient();
      const attempt = new PaymentAttempt(client, paypal(target!), { reconcileDelaysMs: DELAYS });

      const pending = await attempt.submit();
      expect(pending.state).to.equal('requires_action');
      expect(pending.payment!.nextAction!.type).to.equal('paypal_approval');
      expect(invoice(target!.id).balanceDue).to.deep.equal(target!.balanceDue);
      // Still waiting for approval: submitting again asks nothing.
      expect(await attempt.submit()).to.equal(pending);

      const [done, again] = await Promise.all([attempt.confirm('APPROVED-1'), attempt.confirm('APPROVED-1')]);
      expect(again).to.equal(done);
      expect(done.state).to.equal('succeeded');
      expect(done.payment!.id).to.equal(pending.payment!.id);
      expect(invoice(target!.id).status).to.equal('closed');
      expect(asks.filter((ask) => ask.path.endsWith('/confirm'))).to.have.length(1);
      expect(newPayments()).to.have.length(1);
    });

    it('refuses to confirm what is not waiting for approval', async () => {
      const [target] = unpaid();
      const attempt = new PaymentAttempt(makeClient().client, paypal(target!), { reconcileDelaysMs: DELAYS });
      let refused: unknown;
      await attempt.confirm('APPROVED-1').catch((error: unknown) => (refused = error));
      expect(refused).to.be.instanceOf(Error);
    });

    it('confirms once when the confirmation’s answer is dropped', async () => {
      const [target] = unpaid();
      const { client, asks } = makeClient();
      const attempt = new PaymentAttempt(client, paypal(target!), { reconcileDelaysMs: DELAYS });
      await attempt.submit();
      mock.faults.set({ dropAfterCommitRate: 1, operations: ['confirmPayment'] });
      attempt.subscribe((changed) => {
        if (changed.state === 'reconciling') mock.faults.clear();
      });

      const done = await attempt.confirm('APPROVED-1');

      expect(done.state).to.equal('succeeded');
      const confirms = asks.filter((ask) => ask.path.endsWith('/confirm'));
      expect(confirms.map((ask) => [ask.failed ?? false, ask.replayed ?? false])).to.deep.equal([
        [true, false],
        [false, true],
      ]);
      expect(new Set(confirms.map((ask) => ask.key))).to.deep.equal(
        new Set([`${attempt.idempotencyKey}:confirm:APPROVED-1`]),
      );
      expect(invoice(target!.id).payments.filter((entry) => entry.paymentId === done.payment!.id)).to.have.length(1);
      expect(newPayments()).to.have.length(1);
    });

    it('reads the payment when it was confirmed elsewhere (409)', async () => {
      const [target] = unpaid();
      const { client, asks } = makeClient();
      const attempt = new PaymentAttempt(client, paypal(target!), { reconcileDelaysMs: DELAYS });
      const pending = await attempt.submit();
      // Another tab confirmed it with its own key.
      await makeClient().client.payments.confirm(pending.payment!.id, { approvalId: 'APPROVED-TAB' });

      const done = await attempt.confirm('APPROVED-1');

      expect(done.state).to.equal('succeeded');
      expect(asks.filter((ask) => ask.path.endsWith('/confirm')).map((ask) => ask.status)).to.deep.equal([409]);
      expect(asks.at(-1)).to.include({ method: 'GET', path: `/api/payments/${pending.payment!.id}` });
      expect(invoice(target!.id).payments.filter((entry) => entry.paymentId === done.payment!.id)).to.have.length(1);
    });

    it('reports a declined approval as failed and charges nothing', async () => {
      const [target] = unpaid();
      const { client } = makeClient();
      const attempt = new PaymentAttempt(client, paypal(target!), { reconcileDelaysMs: DELAYS });
      await attempt.submit();

      const declined = await attempt.confirm('DECLINED-1');

      expect(declined.state).to.equal('failed');
      expect(declined.payment!.failure!.code).to.equal('approval_declined');
      expect(invoice(target!.id).balanceDue).to.deep.equal(target!.balanceDue);
      expect(invoice(target!.id).payments).to.deep.equal(target!.payments);
    });
  });

  describe('attempts that are not definite yet', () => {
    it('a second button after an `unknown` outcome joins that attempt (same key), so it is charged once', async () => {
      const [target] = unpaid();
      const { client } = makeClient();
      const request = cardPayment(target!, 10_000);
      mock.faults.set({ dropAfterCommitRate: 1, operations: ['createPayment'] });
      const first = PaymentAttempt.start(client, request, { reconcileDelaysMs: DELAYS });
      first.subscribe((changed) => {
        if (changed.state === 'reconciling') mock.faults.set({ errorRate: 1, errorStatus: 500 });
      });
      expect((await first.submit()).state).to.equal('unknown');
      mock.faults.clear();
      const second = PaymentAttempt.start(client, request, { reconcileDelaysMs: DELAYS });
      expect(second).to.equal(first);
      await second.submit();
      expect(newPayments().filter((payment) => payment.status === 'succeeded')).to.have.length(1);
    });

    it('confirm() can be asked again after a confirmation that settled `unknown`', async () => {
      const [target] = unpaid();
      const { client } = makeClient();
      const attempt = new PaymentAttempt(
        client,
        { allocations: [{ invoiceId: target!.id, amount: target!.balanceDue }], method: { type: 'paypal' } },
        { reconcileDelaysMs: DELAYS },
      );
      await attempt.submit();
      mock.faults.set({ errorRate: 1, errorStatus: 500, operations: ['confirmPayment'] });
      expect((await attempt.confirm('APPROVED-1')).state).to.equal('unknown');
      mock.faults.clear();
      expect((await attempt.confirm('APPROVED-1')).state).to.equal('succeeded');
    });

    it('a PayPal payment waiting for approval is joined, not duplicated, by a second start()', async () => {
      const [target] = unpaid();
      const { client } = makeClient();
      const paypal: PaymentCreate = {
        allocations: [{ invoiceId: target!.id, amount: target!.balanceDue }],
        method: { type: 'paypal' },
      };
      const one = PaymentAttempt.start(client, paypal, { reconcileDelaysMs: DELAYS });
      await one.submit();
      expect(PaymentAttempt.start(client, paypal, { reconcileDelaysMs: DELAYS })).to.equal(one);
      expect((await one.confirm('APPROVED-1')).state).to.equal('succeeded');
      expect(PaymentAttempt.start(client, paypal, { reconcileDelaysMs: DELAYS })).to.not.equal(one);
    });
  });
});
