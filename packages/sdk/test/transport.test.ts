import { expect } from 'chai';
import { delay, http, HttpResponse } from 'msw';
import { startMockApi, type RunningMockApi } from '@customer-center/mock-api/testing';
import {
  BillingAbortError,
  BillingApiError,
  BillingAuthenticationError,
  BillingBadRequestError,
  BillingConflictError,
  BillingError,
  BillingNetworkError,
  BillingNotFoundError,
  BillingPermissionError,
  BillingRateLimitError,
  BillingServerError,
  BillingTimeoutError,
  BillingUnprocessableError,
  BillingValidationError,
  createBillingClient,
  createIdempotencyKey,
  type BillingClientOptions,
} from '@customer-center/sdk';

// Runs in Chromium and in Node against msw. Retry delays are the SDK's real ones (full
// jitter on 300 ms doubling), so a test with two retries takes under a second.
const base = 'http://billing.test/api';
const SECRET = 'sk_live_do-not-leak-4242424242424242';
// Longer than any timeout used here, but finite: msw's service worker waits for pending
// handlers when it stops, so an endless one would hang the suite's teardown.
const NEVER_IN_TIME = 1500;

const account = {
  organization: {
    id: 'org_1',
    name: 'Acme S.p.A.',
    country: 'IT',
    defaultCurrency: 'EUR',
    currencies: ['EUR'],
    onlinePaymentAvailable: true,
  },
  user: {
    id: 'usr_1',
    name: 'Giulia Rossi',
    email: 'giulia@acme.example',
    role: 'billing',
    permissions: ['invoices:view', 'invoices:pay'],
    locale: 'it',
  },
};

const payment = {
  id: 'pay_1',
  status: 'succeeded',
  reference: 'PAY-2026-0001',
  amount: { amountMinor: 12000, currency: 'EUR' },
  method: { type: 'card', brand: 'visa', last4: '4242', label: 'Visa •••• 4242' },
  allocations: [{ invoiceId: 'in_1', invoiceNumber: 'INV-1', amount: { amountMinor: 12000, currency: 'EUR' } }],
  createdAt: '2026-11-22T10:00:00Z',
  failure: null,
  nextAction: null,
};

const paymentBody = {
  allocations: [{ invoiceId: 'in_1', amount: { amountMinor: 12000, currency: 'EUR' } }],
  method: { type: 'card' as const, source: 'pm_visa' },
};

const problem = (status: number, extra: Record<string, unknown> = {}) =>
  HttpResponse.json(
    { type: 'about:blank', title: `Status ${status}`, status, ...extra },
    { status, headers: { 'content-type': 'application/problem+json', 'x-request-id': `req_${status}` } },
  );

async function caught(promise: Promise<unknown>): Promise<BillingError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(BillingError);
    return error as BillingError;
  }
  throw new Error('expected the call to fail');
}

describe('transport', () => {
  let api: RunningMockApi;
  const client = (options: Partial<BillingClientOptions> = {}) =>
    createBillingClient({ baseUrl: base, getToken: () => SECRET, ...options });

  before(async () => {
    api = await startMockApi([]);
  });
  afterEach(() => api.resetHandlers());
  after(() => api.stop());

  describe('credentials and headers', () => {
    it('asks getToken for every request and sends it as a bearer token', async () => {
      let calls = 0;
      const seen: (string | null)[] = [];
      api.use(
        http.get(`${base}/account`, ({ request }) => {
          seen.push(request.headers.get('authorization'));
          return HttpResponse.json(account);
        }),
      );
      const billing = client({ getToken: () => `token-${++calls}` });
      await billing.account.retrieve();
      await billing.account.retrieve();
      expect(seen).to.deep.equal(['Bearer token-1', 'Bearer token-2']);
    });

    it('asks getToken once more after a 401, then succeeds with the new token', async () => {
      const tokens = ['expired', 'fresh'];
      api.use(
        http.get(`${base}/account`, ({ request }) =>
          request.headers.get('authorization') === 'Bearer fresh' ? HttpResponse.json(account) : problem(401),
        ),
      );
      const result = await client({ getToken: () => tokens.shift() ?? 'none' }).account.retrieve();
      expect(result.organization.name).to.equal('Acme S.p.A.');
      expect(tokens).to.have.length(0);
    });

    it('gives up after one refresh: a second 401 is a BillingAuthenticationError', async () => {
      let requests = 0;
      api.use(
        http.get(`${base}/account`, () => {
          requests += 1;
          return problem(401);
        }),
      );
      const error = await caught(client().account.retrieve());
      expect(error).to.be.instanceOf(BillingAuthenticationError);
      expect(requests).to.equal(2);
    });

    it('tells onSessionEnded once when the session ends, and again only after a call got through', async () => {
      let signedIn = false;
      api.use(
        http.get(`${base}/account`, () => (signedIn ? HttpResponse.json(account) : problem(401))),
        http.get(`${base}/invoices`, () => problem(401)),
      );
      const billing = client({ getToken: () => (signedIn ? 'fresh' : 'expired') });
      const told: BillingAuthenticationError[] = [];
      const stop = billing.onSessionEnded((error) => told.push(error));
      // Several widgets' calls fail at once: the person is asked to sign in once.
      const errors = await Promise.all([caught(billing.account.retrieve()), caught(billing.invoices.list())]);
      expect(errors.every((error) => error instanceof BillingAuthenticationError)).to.equal(true);
      expect(told).to.have.length(1);
      expect(told[0]).to.be.instanceOf(BillingAuthenticationError);
      await caught(billing.account.retrieve());
      expect(told, 'the same ended session').to.have.length(1);

      signedIn = true;
      await billing.account.retrieve();
      signedIn = false;
      await caught(billing.account.retrieve({ fresh: true }));
      expect(told, 'a new session that ended').to.have.length(2);

      stop();
      signedIn = true;
      await billing.account.retrieve({ fresh: true });
      signedIn = false;
      await caught(billing.account.retrieve({ fresh: true }));
      expect(told, 'unsubscribed').to.have.length(2);
    });

    it('does not tell onSessionEnded about a 403 or a 500', async () => {
      api.use(
        http.get(`${base}/account`, () => problem(403)),
        http.get(`${base}/invoices`, () => problem(500)),
      );
      const billing = client({ maxRetries: 0 });
      let told = 0;
      billing.onSessionEnded(() => (told += 1));
      await caught(billing.account.retrieve());
      await caught(billing.invoices.list());
      expect(told).to.equal(0);
    });

    it('sends Accept-Language from the client locale, read on every request', async () => {
      let locale = 'it-IT';
      const seen: (string | null)[] = [];
      api.use(
        http.get(`${base}/account`, ({ request }) => {
          seen.push(request.headers.get('accept-language'));
          return HttpResponse.json(account);
        }),
      );
      const billing = client({ locale: () => locale });
      await billing.account.retrieve();
      locale = 'ar';
      await billing.account.retrieve();
      expect(seen).to.deep.equal(['it-IT', 'ar']);
    });
  });

  describe('errors', () => {
    const cases = [
      [400, BillingBadRequestError],
      [403, BillingPermissionError],
      [404, BillingNotFoundError],
      [409, BillingConflictError],
      [422, BillingUnprocessableError],
      [418, BillingApiError],
    ] as const;
    for (const [status, ErrorClass] of cases) {
      it(`maps ${status} to ${ErrorClass.name} with the problem's fields`, async () => {
        api.use(
          http.get(`${base}/account`, () => problem(status, { code: `code_${status}`, detail: 'Why it failed' })),
        );
        const error = (await caught(client().account.retrieve())) as BillingApiError;
        expect(error).to.be.instanceOf(ErrorClass);
        expect(error.status).to.equal(status);
        expect(error.code).to.equal(`code_${status}`);
        expect(error.requestId).to.equal(`req_${status}`);
        expect(error.detail).to.equal('Why it failed');
        expect(error.retryable).to.equal(false);
        expect(error.message).to.contain('retrieveAccount').and.to.contain(String(status));
      });
    }

    it('carries per-field errors for forms', async () => {
      api.use(
        http.patch(`${base}/profile/contacts/:id`, () =>
          problem(400, {
            errors: [{ field: 'email', code: 'invalid_email', message: 'Not an e-mail address' }],
          }),
        ),
      );
      const error = (await caught(client().profile.updateContact('ct_1', { email: 'x@y.z' }))) as BillingApiError;
      expect(error).to.be.instanceOf(BillingBadRequestError);
      expect(error.fieldErrors).to.deep.equal([
        { field: 'email', code: 'invalid_email', message: 'Not an e-mail address' },
      ]);
    });

    it('still raises the right class when the error body is not problem+json', async () => {
      api.use(http.get(`${base}/account`, () => new HttpResponse('<html>Bad gateway</html>', { status: 404 })));
      const error = (await caught(client().account.retrieve())) as BillingApiError;
      expect(error).to.be.instanceOf(BillingNotFoundError);
      expect(error.title).to.equal('HTTP 404');
    });

    it('rejects a response that breaks the schema with the issues and the request id', async () => {
      api.use(
        http.get(`${base}/account`, () =>
          HttpResponse.json(
            { ...account, organization: { ...account.organization, currencies: 'EUR' } },
            { headers: { 'x-request-id': 'req_schema' } },
          ),
        ),
      );
      const error = (await caught(client().account.retrieve())) as BillingValidationError;
      expect(error).to.be.instanceOf(BillingValidationError);
      expect(error.requestId).to.equal('req_schema');
      expect(error.issues[0]?.path).to.deep.equal(['organization', 'currencies']);
      expect(error.message).to.contain('organization.currencies').and.to.contain('expected array');
    });

    it('rejects a body that is not JSON', async () => {
      api.use(
        http.get(
          `${base}/account`,
          () => new HttpResponse('{"organization": ', { headers: { 'content-type': 'application/json' } }),
        ),
      );
      const error = await caught(client().account.retrieve());
      expect(error).to.be.instanceOf(BillingValidationError);
      expect(error.message).to.contain('not valid JSON');
    });

    it('never puts the token, or a card token from the request, in an error', async () => {
      api.use(
        http.post(`${base}/payments`, () => problem(402, { detail: 'Card declined' })),
        http.get(`${base}/account`, () => HttpResponse.error()),
      );
      const failures = [
        await caught(
          client({ maxRetries: 0 }).payments.create({
            ...paymentBody,
            method: { type: 'card', source: 'tok_visa_4242' },
          }),
        ),
        await caught(client({ maxRetries: 0 }).account.retrieve()),
      ];
      for (const error of failures) {
        const everything = [
          error.message,
          String(error),
          error.stack ?? '',
          JSON.stringify(error),
          JSON.stringify(Object.entries(error)),
          String((error as { cause?: unknown }).cause ?? ''),
        ].join('\n');
        expect(everything).not.to.contain(SECRET);
        expect(everything).not.to.contain('tok_visa_4242');
        expect(everything.toLowerCase()).not.to.contain('authorization');
      }
    });
  });

  describe('retries', () => {
    it('retries a read after 503 and 500, then succeeds', async () => {
      const statuses = [503, 500];
      api.use(
        http.get(`${base}/account`, () => {
          const status = statuses.shift();
          return status ? problem(status) : HttpResponse.json(account);
        }),
      );
      const result = await client().account.retrieve();
      expect(result.user.role).to.equal('billing');
      expect(statuses).to.have.length(0);
    });

    it('stops after maxRetries and raises BillingServerError, marked retryable', async () => {
      let requests = 0;
      api.use(
        http.get(`${base}/account`, () => {
          requests += 1;
          return problem(500);
        }),
      );
      const error = await caught(client({ maxRetries: 1 }).account.retrieve());
      expect(error).to.be.instanceOf(BillingServerError);
      expect(error.retryable).to.equal(true);
      expect(requests).to.equal(2);
    });

    it('retries a network error on a read and raises BillingNetworkError when it persists', async () => {
      let requests = 0;
      api.use(
        http.get(`${base}/account`, () => {
          requests += 1;
          return HttpResponse.error();
        }),
      );
      const error = await caught(client({ maxRetries: 2 }).account.retrieve());
      expect(error).to.be.instanceOf(BillingNetworkError);
      expect(requests).to.equal(3);
    });

    it('honours Retry-After on 429', async () => {
      let requests = 0;
      api.use(
        http.get(`${base}/account`, () => {
          requests += 1;
          return requests === 1
            ? HttpResponse.json(
                { title: 'Too Many Requests', status: 429 },
                { status: 429, headers: { 'retry-after': '1', 'content-type': 'application/problem+json' } },
              )
            : HttpResponse.json(account);
        }),
      );
      const started = Date.now();
      await client().account.retrieve();
      expect(requests).to.equal(2);
      // A lower bound only: the retry waited for the server's second, not the 300 ms backoff.
      expect(Date.now() - started).to.be.at.least(950);
    });

    it('reports the wait of a 429 that persists', async () => {
      api.use(
        http.get(`${base}/account`, () =>
          HttpResponse.json(
            { title: 'Too Many Requests', status: 429 },
            { status: 429, headers: { 'retry-after': '0', 'content-type': 'application/problem+json' } },
          ),
        ),
      );
      const error = (await caught(client({ maxRetries: 0 }).account.retrieve())) as BillingRateLimitError;
      expect(error).to.be.instanceOf(BillingRateLimitError);
      expect(error.retryAfterSeconds).to.equal(0);
      expect(error.retryable).to.equal(true);
    });

    it('never retries a write that carries no idempotency key', async () => {
      let requests = 0;
      api.use(
        http.patch(`${base}/profile/contacts/:id`, () => {
          requests += 1;
          return problem(503);
        }),
      );
      const error = await caught(client().profile.updateContact('ct_1', { name: 'Ada' }));
      expect(error).to.be.instanceOf(BillingServerError);
      expect(requests).to.equal(1);
    });

    it('retries a safe POST (validating a reward code)', async () => {
      let requests = 0;
      api.use(
        http.post(`${base}/rewards/validate`, () => {
          requests += 1;
          return requests === 1
            ? problem(502)
            : HttpResponse.json({
                code: 'SR7K-2M9Q-X4TP-8HZL',
                invoiceId: 'in_1',
                valid: true,
                reason: null,
                reduction: { amountMinor: 500, currency: 'USD' },
                codeValue: { amountMinor: 500, currency: 'USD' },
                balanceBefore: { amountMinor: 1000, currency: 'USD' },
                balanceAfter: { amountMinor: 500, currency: 'USD' },
              });
        }),
      );
      const result = await client().rewards.validate({ code: 'SR7K-2M9Q-X4TP-8HZL', invoiceId: 'in_1' });
      expect(result.valid).to.equal(true);
      expect(requests).to.equal(2);
    });
  });

  describe('payments and idempotency', () => {
    it('reuses the caller’s idempotency key on every retry of one attempt', async () => {
      const keys: (string | null)[] = [];
      api.use(
        http.post(`${base}/payments`, ({ request }) => {
          keys.push(request.headers.get('idempotency-key'));
          return keys.length === 1 ? problem(503) : HttpResponse.json(payment, { status: 201 });
        }),
      );
      const key = createIdempotencyKey();
      const result = await client().payments.create(paymentBody, { idempotencyKey: key });
      expect(result.reference).to.equal('PAY-2026-0001');
      expect(keys).to.deep.equal([key, key]);
    });

    it('makes one key per call when the caller gives none, and keeps it across retries', async () => {
      const keys: (string | null)[] = [];
      let requests = 0;
      api.use(
        http.post(`${base}/payments`, ({ request }) => {
          requests += 1;
          keys.push(request.headers.get('idempotency-key'));
          return requests % 2 === 1 ? problem(500) : HttpResponse.json(payment, { status: 201 });
        }),
      );
      const billing = client();
      await billing.payments.create(paymentBody);
      await billing.payments.create(paymentBody);
      expect(keys).to.have.length(4);
      expect(keys[0]).to.match(/^[0-9a-f-]{36}$/);
      expect(keys[0]).to.equal(keys[1]);
      expect(keys[2]).to.equal(keys[3]);
      expect(keys[0]).not.to.equal(keys[2]);
    });

    it('after a response lost on the way back, the retry with the same key gets the one real payment', async () => {
      // A tiny idempotent server: the first request commits, then its answer never arrives.
      const committed = new Map<string, typeof payment>();
      let charges = 0;
      api.use(
        http.post(`${base}/payments`, async ({ request }) => {
          const key = request.headers.get('idempotency-key') ?? '';
          const replay = committed.get(key);
          if (replay) return HttpResponse.json(replay, { status: 201 });
          charges += 1;
          committed.set(key, { ...payment, reference: `PAY-${charges}` });
          await delay(NEVER_IN_TIME);
          return HttpResponse.json(null);
        }),
      );
      const result = await client({ timeout: 200 }).payments.create(paymentBody, {
        idempotencyKey: createIdempotencyKey(),
      });
      expect(result.reference).to.equal('PAY-1');
      expect(charges).to.equal(1);
    });

    it('a timeout that persists is a retryable BillingTimeoutError, not a failure', async () => {
      api.use(
        http.post(`${base}/payments`, async () => {
          await delay(NEVER_IN_TIME);
          return HttpResponse.json(null);
        }),
      );
      const error = await caught(client({ timeout: 100, maxRetries: 1 }).payments.create(paymentBody));
      expect(error).to.be.instanceOf(BillingTimeoutError);
      expect(error.retryable).to.equal(true);
    });
  });

  describe('review fixes', () => {
    it('marks exactly the retried statuses as retryable, and reports Retry-After on any status', async () => {
      api.use(
        http.get(`${base}/orders/:id`, ({ params }) =>
          params.id === 'o408'
            ? problem(408)
            : params.id === 'o501'
              ? problem(501)
              : HttpResponse.json(
                  { title: 'Unavailable', status: 503 },
                  { status: 503, headers: { 'retry-after': '7', 'content-type': 'application/problem+json' } },
                ),
        ),
        http.get(`${base}/account`, () => HttpResponse.json({ title: 'Slow down', status: 429 }, { status: 429 })),
      );
      const billing = client({ maxRetries: 0 });
      expect((await caught(billing.orders.retrieve('o408'))).retryable).to.equal(true);
      const notImplemented = await caught(billing.orders.retrieve('o501'));
      expect(notImplemented).to.be.instanceOf(BillingServerError);
      expect(notImplemented.retryable).to.equal(false);
      expect(((await caught(billing.orders.retrieve('o503'))) as BillingApiError).retryAfterSeconds).to.equal(7);
      expect(((await caught(billing.account.retrieve())) as BillingApiError).retryAfterSeconds).to.equal(undefined);
    });

    it('lets one caller of a shared read abort without failing the other', async () => {
      let requests = 0;
      api.use(
        http.get(`${base}/account`, async () => {
          requests += 1;
          await delay(150);
          return HttpResponse.json(account);
        }),
      );
      const billing = client();
      const controller = new AbortController();
      const first = billing.account.retrieve({ signal: controller.signal });
      const second = billing.account.retrieve();
      controller.abort();
      expect(await caught(first)).to.be.instanceOf(BillingAbortError);
      expect((await second).organization.id).to.equal('org_1');
      expect(requests).to.equal(1);
    });

    it('keeps cached answers per language', async () => {
      let locale = 'en';
      const seen: (string | null)[] = [];
      api.use(
        http.get(`${base}/account`, ({ request }) => {
          seen.push(request.headers.get('accept-language'));
          return HttpResponse.json(account);
        }),
      );
      const billing = client({ cacheTtl: 60_000, locale: () => locale });
      await billing.account.retrieve();
      await billing.account.retrieve();
      locale = 'fr';
      await billing.account.retrieve();
      expect(seen).to.deep.equal(['en', 'fr']);
    });

    it('refreshes subscribers after an aborted write, which may have reached the server', async () => {
      api.use(
        http.post(`${base}/payments`, async () => {
          await delay(NEVER_IN_TIME);
          return HttpResponse.json(payment, { status: 201 });
        }),
      );
      const billing = client();
      const changed: string[][] = [];
      billing.subscribe((tags) => changed.push([...tags]), ['invoices']);
      const controller = new AbortController();
      const pending = billing.payments.create(paymentBody, { signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      expect(await caught(pending)).to.be.instanceOf(BillingAbortError);
      expect(changed).to.have.length(1);
      expect(changed[0]).to.include('invoices');
    });

    it('refuses a download whose content type is not the declared one', async () => {
      api.use(
        http.get(
          `${base}/invoices/:id/pdf`,
          () => new HttpResponse('<html>Sign in</html>', { headers: { 'content-type': 'text/html' } }),
        ),
      );
      const error = await caught(client().invoices.download('in_1'));
      expect(error).to.be.instanceOf(BillingValidationError);
      expect(error.message).to.contain('expected application/pdf, got text/html');
    });

    it('names a download without Content-Disposition after the resource, with its extension', async () => {
      api.use(
        http.get(
          `${base}/invoices/:id/pdf`,
          () => new HttpResponse(new Uint8Array([37, 80, 68, 70]), { headers: { 'content-type': 'application/pdf' } }),
        ),
      );
      const file = await client().invoices.download('in_9');
      expect(file.filename).to.equal('invoices-in_9.pdf');
    });

    it('reports a bad id as a rejected promise, like every other failure', async () => {
      const pending = client().invoices.retrieve('');
      expect(pending).to.be.instanceOf(Promise);
      try {
        await pending;
        expect.fail('expected a rejection');
      } catch (error) {
        expect(error).to.be.instanceOf(TypeError);
      }
    });
  });

  describe('abort and timeout', () => {
    it('stops at once when the caller aborts, without retrying', async () => {
      let requests = 0;
      api.use(
        http.get(`${base}/account`, async () => {
          requests += 1;
          await delay(NEVER_IN_TIME);
          return HttpResponse.json(account);
        }),
      );
      const controller = new AbortController();
      const pending = client().account.retrieve({ signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      const error = await caught(pending);
      expect(error).to.be.instanceOf(BillingAbortError);
      expect(requests).to.equal(1);
    });

    it('applies a per-call timeout and retries reads that time out', async () => {
      let requests = 0;
      api.use(
        http.get(`${base}/account`, async () => {
          requests += 1;
          if (requests < 3) await delay(NEVER_IN_TIME);
          return HttpResponse.json(account);
        }),
      );
      const result = await client({ timeout: 10_000 }).account.retrieve({ timeout: 100 });
      expect(result.organization.id).to.equal('org_1');
      expect(requests).to.equal(3);
    });
  });
});
