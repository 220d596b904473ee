import { expect } from 'chai';
import {
  BillingAuthenticationError,
  BillingConflictError,
  BillingError,
  BillingNetworkError,
  BillingPermissionError,
  BillingServerError,
  BillingTimeoutError,
  BillingUnprocessableError,
  BillingValidationError,
  createBillingClient,
  createIdempotencyKey,
  type BillingClient,
  type Invoice,
} from '@customer-center/sdk';
import { TEST_REWARD_CODES, tokenizeTestBankAccount, tokenizeTestCard, type MockApi } from '@customer-center/mock-api';

/** Where the scenarios reach the mock: its base URL, and the mock itself to steer and inspect. */
export interface MockApiTarget {
  readonly base: string;
  readonly mock: MockApi;
}

async function caught(promise: Promise<unknown>): Promise<BillingError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(BillingError);
    return error as BillingError;
  }
  throw new Error('expected the call to fail');
}

function card(number: string): string {
  return tokenizeTestCard({ number, expMonth: 12, expYear: 2030, cvc: '123' });
}

/**
 * The mock API driven through the SDK as its users drive it. The same scenarios run against
 * the in-process handlers (browser and Node) and against the HTTP server (Node), so a
 * difference between the two transports shows up as a failing test.
 */
export function mockApiScenarios(target: () => MockApiTarget): void {
  const as = (token: string, options: { timeout?: number; maxRetries?: number } = {}): BillingClient =>
    createBillingClient({ baseUrl: target().base, getToken: () => token, ...options });
  const billing = () => as('test_us_billing');

  async function unpaid(client: BillingClient, filter: (invoice: Invoice) => boolean = () => true): Promise<Invoice> {
    for await (const invoice of client.invoices.list({ limit: 100 })) {
      if (invoice.status !== 'closed' && filter(invoice)) return invoice;
    }
    throw new Error('no such unpaid invoice in the seed');
  }

  afterEach(() => {
    target().mock.faults.clear();
    target().mock.store.reset();
  });

  describe('sign-in and roles', () => {
    it('refuses requests without credentials (401)', async () => {
      const error = await caught(createBillingClient({ baseUrl: target().base }).account.retrieve());
      expect(error).to.be.instanceOf(BillingAuthenticationError);
    });

    it('signs in each contact role with the permissions the contract defines', async () => {
      for (const role of ['billing', 'technical', 'executive'] as const) {
        const account = await as(`test_it_${role}`).account.retrieve();
        expect(account.user.role).to.equal(role);
        expect(account.organization.country).to.equal('IT');
      }
      expect((await as('test_it_billing').account.retrieve()).user.permissions).to.include('invoices:pay');
      expect((await as('test_it_technical').account.retrieve()).user.permissions).not.to.include('invoices:pay');
    });

    it('refuses what a role may not do (403)', async () => {
      const technical = as('test_us_technical');
      const invoice = await unpaid(billing());
      const error = await caught(
        technical.payments.create({
          allocations: [{ invoiceId: invoice.id, amount: invoice.balanceDue }],
          method: {
            type: 'card',
            source: tokenizeTestCard({ number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123' }),
          },
        }),
      );
      expect(error).to.be.instanceOf(BillingPermissionError);
      expect(await caught(technical.profile.retrieve())).to.be.instanceOf(BillingPermissionError);
      expect(await caught(as('test_us_executive').team.updateRole('anyone', 'billing'))).not.to.be.instanceOf(
        BillingPermissionError,
      );
    });

    it('answers 400 with per-field errors for a bad request', async () => {
      const response = await fetch(`${target().base}/invoices?limit=1000&status=late`, {
        headers: { authorization: 'Bearer test_us_billing' },
      });
      expect(response.status).to.equal(400);
      expect(response.headers.get('content-type')).to.equal('application/problem+json');
      const body = (await response.json()) as { errors: { field: string }[] };
      expect(body.errors.map((error) => error.field).sort()).to.deep.equal(['limit', 'status']);
    });
  });

  describe('invoices', () => {
    it('lists overdue first (most overdue first), then open (soonest due), then closed (newest)', async () => {
      const all: Invoice[] = [];
      for await (const invoice of billing().invoices.list({ limit: 50 })) all.push(invoice);
      const rank = { overdue: 0, open: 1, closed: 2 };
      for (let i = 1; i < all.length; i += 1) {
        const [a, b] = [all[i - 1]!, all[i]!];
        expect(rank[a.status], `${a.number} before ${b.number}`).to.be.at.most(rank[b.status]);
        if (a.status === b.status && a.status !== 'closed') expect(a.dueDate <= b.dueDate).to.equal(true);
        if (a.status === b.status && a.status === 'closed') expect(a.issueDate >= b.issueDate).to.equal(true);
      }
      const summary = await billing().invoices.summary();
      expect(summary.counts.overdue + summary.counts.open + summary.counts.closed).to.equal(all.length);
    });

    it('filters, searches and pages', async () => {
      const client = billing();
      const overdue = await client.invoices.list({ status: 'overdue', limit: 5 });
      expect(overdue.data.every((invoice) => invoice.status === 'overdue')).to.equal(true);
      const one = overdue.data[0]!;
      const found = await client.invoices.list({ search: one.number.slice(-6) });
      expect(found.data.map((invoice) => invoice.id)).to.include(one.id);
      const next = await overdue.nextPage();
      if (next) expect(next.data.map((invoice) => invoice.id)).not.to.include(one.id);
    });

    it('serves a real PDF named after the invoice', async () => {
      const invoice = await unpaid(billing());
      const file = await billing().invoices.download(invoice.id);
      expect(file.filename).to.equal(`${invoice.number}.pdf`);
      const text = new TextDecoder('latin1').decode(new Uint8Array(await file.blob.arrayBuffer()));
      expect(text.startsWith('%PDF-1.')).to.equal(true);
      expect(text).to.contain(invoice.number);
    });
  });

  describe('payments', () => {
    it('a full payment closes the invoice, and lists see it', async () => {
      const client = billing();
      const invoice = await unpaid(
        client,
        (candidate) => candidate.currency === 'USD' && candidate.balanceDue.amountMinor < 5_000_000,
      );
      const payment = await client.payments.create({
        allocations: [{ invoiceId: invoice.id, amount: invoice.balanceDue }],
        method: { type: 'card', source: card('4242424242424242') },
      });
      expect(payment.status).to.equal('succeeded');
      expect(payment.method.label).to.equal('Visa •••• 4242');
      const after = await client.invoices.retrieve(invoice.id);
      expect(after.status).to.equal('closed');
      expect(after.balanceDue.amountMinor).to.equal(0);
      expect(after.payments.map((entry) => entry.paymentId)).to.include(payment.id);
    });

    it('a partial payment lowers the balance and keeps the invoice unpaid', async () => {
      const client = billing();
      const invoice = await unpaid(client, (candidate) => candidate.balanceDue.amountMinor > 10_000);
      await client.payments.create({
        allocations: [{ invoiceId: invoice.id, amount: { amountMinor: 5_000, currency: invoice.currency } }],
        method: { type: 'card', source: card('5555555555554444') },
      });
      const after = await client.invoices.retrieve(invoice.id);
      expect(after.balanceDue.amountMinor).to.equal(invoice.balanceDue.amountMinor - 5_000);
      expect(after.status).to.equal(invoice.status);
    });

    for (const [number, code] of [
      ['4000000000000002', 'card_declined'],
      ['4000000000000069', 'expired_card'],
      ['4000000000009995', 'insufficient_funds'],
    ] as const) {
      it(`test card ${number} fails with ${code} and charges nothing`, async () => {
        const client = billing();
        const invoice = await unpaid(
          client,
          (candidate) => candidate.currency === 'USD' && candidate.balanceDue.amountMinor < 5_000_000,
        );
        const payment = await client.payments.create({
          allocations: [{ invoiceId: invoice.id, amount: invoice.balanceDue }],
          method: { type: 'card', source: card(number) },
        });
        expect(payment.status).to.equal('failed');
        expect(payment.failure?.code).to.equal(code);
        expect((await client.invoices.retrieve(invoice.id)).balanceDue).to.deep.equal(invoice.balanceDue);
      });
    }

    it('a card saved from a failing test number fails when charged, as the real card would', async () => {
      const client = billing();
      const invoice = await unpaid(
        client,
        (candidate) => candidate.currency === 'USD' && candidate.balanceDue.amountMinor < 5_000_000,
      );
      const savedCard = await client.profile.addPaymentMethod({ token: card('4000000000009995') });
      const payment = await client.payments.create({
        allocations: [{ invoiceId: invoice.id, amount: invoice.balanceDue }],
        method: { type: 'card', source: savedCard.id },
      });
      expect(payment.status).to.equal('failed');
      expect(payment.failure?.code).to.equal('insufficient_funds');
      expect(
        JSON.stringify(await client.profile.retrieve()),
        'the outcome is the mock’s, not the API’s',
      ).not.to.contain('insufficient_funds');
      expect((await client.invoices.retrieve(invoice.id)).balanceDue).to.deep.equal(invoice.balanceDue);
    });

    it('fails a card token past its expiry month with expired_card', async () => {
      const client = billing();
      const invoice = await unpaid(
        client,
        (candidate) => candidate.currency === 'USD' && candidate.balanceDue.amountMinor < 5_000_000,
      );
      const payment = await client.payments.create({
        allocations: [{ invoiceId: invoice.id, amount: invoice.balanceDue }],
        method: {
          type: 'card',
          source: tokenizeTestCard({ number: '4242424242424242', expMonth: 1, expYear: 2020, cvc: '123' }),
        },
      });
      expect(payment.failure?.code).to.equal('expired_card');
    });

    it('refuses a card above USD 100,000 and offers other methods', async () => {
      const client = billing();
      const big = await unpaid(
        client,
        (candidate) => candidate.currency === 'USD' && candidate.balanceDue.amountMinor > 100_000_00,
      );
      const options = await client.paymentOptions.retrieve({ invoiceIds: [big.id] });
      expect(options.methods.map((method) => method.type)).to.include.members(['card', 'paypal', 'direct_debit']);
      const error = await caught(
        client.payments.create({
          allocations: [{ invoiceId: big.id, amount: big.balanceDue }],
          method: { type: 'card', source: card('4242424242424242') },
        }),
      );
      expect(error).to.be.instanceOf(BillingUnprocessableError);
      expect((error as BillingUnprocessableError).code).to.equal('card_limit_exceeded');
    });

    it('checks the card limit in USD for other currencies (JPY)', async () => {
      const client = as('test_jp_billing');
      const big = await unpaid(client, (candidate) => candidate.balanceDue.amountMinor > 0);
      const options = await client.paymentOptions.retrieve({ invoiceIds: [big.id] });
      const cardOption = options.methods.find((method) => method.type === 'card');
      expect(cardOption && cardOption.type === 'card' ? cardOption.limitInCurrency?.currency : null).to.equal('JPY');
    });

    it('offers only offline payment where online payment is not available (Kuwait)', async () => {
      const client = as('test_kw_billing');
      const invoice = await unpaid(client);
      const options = await client.paymentOptions.retrieve({ invoiceIds: [invoice.id] });
      expect(options.onlineAvailable).to.equal(false);
      expect(options.methods).to.deep.equal([]);
      expect(options.offline.instructions[0]?.remittance.referenceToQuote).to.equal(invoice.number);
      const error = await caught(
        client.payments.create({
          allocations: [{ invoiceId: invoice.id, amount: invoice.balanceDue }],
          method: { type: 'card', source: card('4242424242424242') },
        }),
      );
      expect((error as BillingUnprocessableError).code).to.equal('online_payment_unavailable');
    });

    it('PayPal needs approval, then pays', async () => {
      const client = billing();
      const invoice = await unpaid(
        client,
        (candidate) => candidate.currency === 'USD' && candidate.balanceDue.amountMinor < 5_000_000,
      );
      const pending = await client.payments.create({
        allocations: [{ invoiceId: invoice.id, amount: invoice.balanceDue }],
        method: { type: 'paypal' },
      });
      expect(pending.status).to.equal('requires_action');
      expect(pending.nextAction?.type).to.equal('paypal_approval');
      expect((await client.invoices.retrieve(invoice.id)).balanceDue).to.deep.equal(invoice.balanceDue);
      const done = await client.payments.confirm(pending.id, { approvalId: 'APPROVED-1' });
      expect(done.status).to.equal('succeeded');
      expect((await client.invoices.retrieve(invoice.id)).status).to.equal('closed');
    });
  });

  describe('idempotency', () => {
    it('replays the first response for the same key and body, charging once', async () => {
      const client = billing();
      const invoice = await unpaid(client, (candidate) => candidate.balanceDue.amountMinor > 20_000);
      const saved = (await client.profile.retrieve()).paymentMethods.find((method) => method.isDefault)!;
      const body = {
        allocations: [{ invoiceId: invoice.id, amount: { amountMinor: 10_000, currency: invoice.currency } }],
        method: { type: 'card' as const, source: saved.id },
      };
      const key = createIdempotencyKey();
      const first = await client.payments.create(body, { idempotencyKey: key });
      const again = await client.payments.create(body, { idempotencyKey: key });
      expect(again.id).to.equal(first.id);
      expect((await client.invoices.retrieve(invoice.id)).balanceDue.amountMinor).to.equal(
        invoice.balanceDue.amountMinor - 10_000,
      );
    });

    it('refuses the same key with another body (422), and forgets keys after 24 hours', async () => {
      const client = billing();
      const invoice = await unpaid(client, (candidate) => candidate.balanceDue.amountMinor > 20_000);
      const saved = (await client.profile.retrieve()).paymentMethods.find((method) => method.isDefault)!;
      const body = (amountMinor: number) => ({
        allocations: [{ invoiceId: invoice.id, amount: { amountMinor, currency: invoice.currency } }],
        method: { type: 'card' as const, source: saved.id },
      });
      const key = createIdempotencyKey();
      await client.payments.create(body(1_000), { idempotencyKey: key });
      const error = await caught(client.payments.create(body(2_000), { idempotencyKey: key }));
      expect((error as BillingUnprocessableError).code).to.equal('idempotency_key_reused');
      target().mock.store.advance(24 * 60 * 60 * 1000);
      const later = await client.payments.create(body(2_000), { idempotencyKey: key });
      expect(later.amount.amountMinor).to.equal(2_000);
    });
  });

  describe('rewards', () => {
    it('validates a code, shows its effect, applies it once', async () => {
      const client = billing();
      const invoice = await unpaid(client, (candidate) => candidate.rewardsEligible && candidate.currency === 'USD');
      const check = await client.rewards.validate({ code: TEST_REWARD_CODES.valid, invoiceId: invoice.id });
      expect(check.valid).to.equal(true);
      expect(check.balanceAfter.amountMinor).to.equal(invoice.balanceDue.amountMinor - check.reduction!.amountMinor);
      const record = target()
        .mock.store.organization('us')!
        .rewardCodes.find((candidate) => candidate.code === TEST_REWARD_CODES.valid)!;
      expect(check.codeValue).to.deep.equal(record.amount);
      expect(check.reduction!.amountMinor).to.equal(
        Math.min(record.amount.amountMinor, invoice.balanceDue.amountMinor),
      );
      const applied = await client.rewards.apply({ code: TEST_REWARD_CODES.valid, invoiceId: invoice.id });
      expect(applied.invoice.balanceDue).to.deep.equal(check.balanceAfter);
      expect(applied.invoice.rewardsApplied.amountMinor).to.equal(
        invoice.rewardsApplied.amountMinor + check.reduction!.amountMinor,
      );
      const again = await caught(client.rewards.apply({ code: TEST_REWARD_CODES.valid, invoiceId: invoice.id }));
      expect((again as BillingUnprocessableError).code).to.equal('already_used');
    });

    it('says why a code is refused', async () => {
      const client = billing();
      const support = await unpaid(client, (candidate) => candidate.rewardsEligible && candidate.currency === 'USD');
      const other = await unpaid(client, (candidate) => candidate.type !== 'support');
      const reason = async (code: string, invoiceId: string) =>
        (await client.rewards.validate({ code, invoiceId })).reason;
      expect(await reason(TEST_REWARD_CODES.expired, support.id)).to.equal('expired');
      expect(await reason(TEST_REWARD_CODES.used, support.id)).to.equal('already_used');
      expect(await reason(TEST_REWARD_CODES.currencyMismatch, support.id)).to.equal('currency_mismatch');
      expect(await reason(TEST_REWARD_CODES.valid, other.id)).to.equal('invoice_not_eligible');
      expect(await reason('ZZZZ-ZZZZ-ZZZZ-ZZZZ', support.id)).to.equal('not_found');
      // The code's value is known whenever the code is, even when it cannot be applied.
      const unknown = await client.rewards.validate({ code: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ', invoiceId: support.id });
      expect(unknown.codeValue).to.equal(null);
      const expired = await client.rewards.validate({ code: TEST_REWARD_CODES.expired, invoiceId: support.id });
      expect(expired.codeValue).not.to.equal(null);
    });
  });

  describe('profile and team', () => {
    it('saves a new card from a token, makes it the default, and keeps the last one', async () => {
      const client = billing();
      const added = await client.profile.addPaymentMethod({
        token: tokenizeTestCard({ number: '5555555555554444', expMonth: 1, expYear: 2031, cvc: '123' }),
        makeDefault: true,
      });
      expect(added).to.include({ brand: 'mastercard', last4: '4444', isDefault: true });
      const profile = await client.profile.retrieve();
      expect(profile.paymentMethods.filter((method) => method.isDefault).map((method) => method.id)).to.deep.equal([
        added.id,
      ]);
      expect(profile.paymentMethods.some((method) => method.isExpired)).to.equal(true);
      for (const method of profile.paymentMethods)
        if (method.id !== added.id) await client.profile.removePaymentMethod(method.id);
      expect(await caught(client.profile.removePaymentMethod(added.id))).to.be.instanceOf(BillingConflictError);
    });

    it('saves only the methods the country offers online', async () => {
      const kuwait = await caught(as('test_kw_billing').profile.addPaymentMethod({ token: card('4242424242424242') }));
      expect((kuwait as BillingUnprocessableError).code).to.equal('online_payment_unavailable');
      const bank = await caught(
        as('test_jp_billing').profile.addPaymentMethod({ token: tokenizeTestBankAccount('NL91ABNA0417164300') }),
      );
      expect((bank as BillingUnprocessableError).code).to.equal('method_not_available');
    });

    it('persists a contact edit until reset', async () => {
      const client = billing();
      const [contact] = (await client.profile.retrieve()).contacts;
      await client.profile.updateContact(contact!.id, { email: 'finance@changed.example' });
      expect((await client.profile.retrieve()).contacts[0]!.email).to.equal('finance@changed.example');
      target().mock.store.reset();
      expect((await client.profile.retrieve()).contacts[0]!.email).to.equal(contact!.email);
    });

    it('invites once, refuses a duplicate, changes roles, and protects yourself and the last billing contact', async () => {
      const client = billing();
      const invitation = await client.team.invite({ email: 'new.person@example.com', role: 'technical' });
      expect(invitation.status).to.equal('pending');
      const duplicate = await caught(client.team.invite({ email: 'New.Person@example.com', role: 'billing' }));
      expect((duplicate as BillingConflictError).code).to.equal('invitation_duplicate');
      const team = await client.team.retrieve();
      const me = team.members.find((member) => member.isCurrentUser)!;
      expect(((await caught(client.team.remove(me.id))) as BillingConflictError).code).to.equal('cannot_remove_self');
      const other = team.members.find((member) => !member.isCurrentUser && member.role !== 'billing')!;
      expect((await client.team.updateRole(other.id, 'executive')).role).to.equal('executive');
    });
  });

  describe('faults', () => {
    it('adds latency', async () => {
      target().mock.faults.set({ latencyMs: 300 });
      const started = Date.now();
      await billing().account.retrieve();
      expect(Date.now() - started).to.be.at.least(290);
    });

    it('answers 503 with Retry-After, which the SDK retries through', async () => {
      target().mock.faults.set({ errorRate: 0.5, errorStatus: 503, retryAfterSeconds: 0, seed: 7 });
      const patient = as('test_us_billing', { maxRetries: 8 });
      for (let i = 0; i < 4; i += 1) expect((await patient.account.retrieve()).user.role).to.equal('billing');
      target().mock.faults.set({ errorRate: 1, errorStatus: 500 });
      expect(await caught(as('test_us_billing', { maxRetries: 1 }).account.retrieve())).to.be.instanceOf(
        BillingServerError,
      );
    });

    it('never answers, so the client times out', async () => {
      target().mock.faults.set({ hangRate: 1, hangMs: 1_000 });
      expect(await caught(as('test_us_billing', { timeout: 150, maxRetries: 0 }).account.retrieve())).to.be.instanceOf(
        BillingTimeoutError,
      );
    });

    it('commits a payment and drops its response; the retry with the same key gets the one real payment', async () => {
      const client = billing();
      const invoice = await unpaid(
        client,
        (candidate) => candidate.currency === 'USD' && candidate.balanceDue.amountMinor < 5_000_000,
      );
      target().mock.faults.set({ dropAfterCommitRate: 1, operations: ['createPayment'] });
      const key = createIdempotencyKey();
      const body = {
        allocations: [{ invoiceId: invoice.id, amount: invoice.balanceDue }],
        method: { type: 'card' as const, source: card('4242424242424242') },
      };
      expect(
        await caught(as('test_us_billing', { maxRetries: 0 }).payments.create(body, { idempotencyKey: key })),
      ).to.be.instanceOf(BillingNetworkError);
      target().mock.faults.clear();
      const payment = await client.payments.create(body, { idempotencyKey: key });
      expect(payment.status).to.equal('succeeded');
      const after = await client.invoices.retrieve(invoice.id);
      expect(after.payments.filter((entry) => entry.paymentId === payment.id)).to.have.length(1);
      expect(after.status).to.equal('closed');
    });

    it('sends malformed JSON and schema-breaking bodies, which the SDK reports as validation errors', async () => {
      target().mock.faults.set({ malformedJsonRate: 1 });
      expect(await caught(billing().account.retrieve())).to.be.instanceOf(BillingValidationError);
      target().mock.faults.set({ schemaBreakRate: 1 });
      expect(await caught(billing().account.retrieve())).to.be.instanceOf(BillingValidationError);
    });

    it('is switchable at run time over HTTP, and the same seed fails the same way', async () => {
      const put = (settings: object) =>
        fetch(`${target().base}/__mock/faults`, {
          method: 'PUT',
          body: JSON.stringify(settings),
          headers: { 'content-type': 'application/json' },
        });
      const outcomes = async () => {
        await put({ errorRate: 0.5, errorStatus: 500, seed: 42 });
        const results: number[] = [];
        for (let i = 0; i < 8; i += 1) {
          results.push(
            (await fetch(`${target().base}/account`, { headers: { authorization: 'Bearer test_us_billing' } })).status,
          );
        }
        return results;
      };
      const first = await outcomes();
      expect(first).to.include(500).and.to.include(200);
      expect(await outcomes()).to.deep.equal(first);
      await fetch(`${target().base}/__mock/faults`, { method: 'DELETE' });
      expect(target().mock.faults.settings).to.deep.equal({});
    });
  });
}
