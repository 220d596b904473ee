import { expect } from 'chai';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import * as z from 'zod/mini';
import { startMockApi, type RunningMockApi } from '@customer-center/mock-api/testing';
import {
  createBillingClient,
  operations,
  Page,
  schemas,
  type BillingClient,
  type BillingClientOptions,
  type CacheTag,
  type DownloadedFile,
  type Invoice,
  type InvoiceDetail,
  type OperationId,
  type Payment,
} from '@customer-center/sdk';
import * as fixtures from './fixtures.js';

// Runs in Chromium (msw's service worker) and in Node (msw's fetch interceptor): web APIs only.
// Every public method of every resource is called once against a catch-all handler that
// records what the server received; the test then checks method, path (ids URL-encoded),
// query, JSON body and headers against the operation table, and the typed result.

const BASE = 'http://billing.test/api';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the mock server saw of one request. */
interface Received {
  readonly method: string;
  /** As sent: percent-encoding kept. */
  readonly path: string;
  /** `?a=1&b=2` as sent, or '' */
  readonly search: string;
  readonly headers: Headers;
  /** The parsed JSON body, or undefined when there was none. */
  readonly body: unknown;
}

type Responder = (received: Received, index: number) => Response | Promise<Response>;

describe('SDK resources against the mock API', () => {
  let api: RunningMockApi;
  let client: BillingClient;

  before(async () => {
    api = await startMockApi([]);
  });
  beforeEach(() => {
    client = makeClient();
  });
  afterEach(() => api.resetHandlers());
  after(() => api.stop());

  function makeClient(options: Partial<BillingClientOptions> = {}): BillingClient {
    return createBillingClient({
      baseUrl: BASE,
      getToken: () => 'test-token',
      locale: 'it-IT',
      // A failed assertion should fail fast, not wait out retries.
      maxRetries: 0,
      ...options,
    });
  }

  /** Answers every request under the base URL with `respond`, recording each one. */
  function serve(respond: Responder): Received[] {
    const received: Received[] = [];
    api.use(
      http.all(`${BASE}/*`, async ({ request }) => {
        const url = new URL(request.url);
        const text = await request.text();
        const entry: Received = {
          method: request.method,
          path: url.pathname,
          search: url.search,
          headers: request.headers,
          body: text === '' ? undefined : JSON.parse(text),
        };
        received.push(entry);
        return respond(entry, received.length - 1);
      }),
    );
    return received;
  }

  /** Answers with `body` as JSON and the operation's success status (204: no body). */
  function serveOperation(id: OperationId, body?: JsonBodyType): Received[] {
    const { successStatus } = operations[id];
    return serve(() =>
      successStatus === 204
        ? new HttpResponse(null, { status: 204 })
        : HttpResponse.json(body, { status: successStatus }),
    );
  }

  /** The single request made, checked against the operation table and the common headers. */
  function expectOne(
    received: Received[],
    id: OperationId,
    expected: { path: string; search?: string; body?: unknown },
  ): Received {
    expect(received, `${id}: number of requests`).to.have.length(1);
    const request = received[0]!;
    const operation = operations[id];
    expect(request.method, `${id}: method`).to.equal(operation.method);
    expect(request.path, `${id}: path`).to.equal(`/api${expected.path}`);
    expect(request.search, `${id}: query`).to.equal(expected.search ?? '');
    expect(request.body, `${id}: body`).to.deep.equal(expected.body);
    if (expected.body !== undefined) expect(request.headers.get('content-type')).to.match(/^application\/json/);
    expect(request.headers.get('authorization'), `${id}: Authorization`).to.equal('Bearer test-token');
    expect(request.headers.get('accept-language'), `${id}: Accept-Language`).to.equal('it-IT');
    expect(request.headers.get('accept'), `${id}: Accept`).to.equal(
      operation.response === 'binary' ? '*/*' : 'application/json',
    );
    const key = request.headers.get('idempotency-key');
    if ('requiresIdempotencyKey' in operation && operation.requiresIdempotencyKey) {
      expect(key, `${id}: Idempotency-Key`).to.match(UUID);
    } else {
      expect(key, `${id}: no Idempotency-Key`).to.equal(null);
    }
    return request;
  }

  function pdfBytes(): Uint8Array<ArrayBuffer> {
    // Not text: NUL and high bytes must survive unchanged.
    return new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff, 0x80, 0xe2, 0x82, 0xac]);
  }

  function serveFile(bytes: Uint8Array<ArrayBuffer>, contentType: string, disposition: string): Received[] {
    return serve(
      () =>
        new HttpResponse(bytes, {
          status: 200,
          headers: { 'Content-Type': contentType, 'Content-Disposition': disposition },
        }),
    );
  }

  async function expectFile(file: DownloadedFile, bytes: Uint8Array, filename: string, contentType: string) {
    expect(file.filename).to.equal(filename);
    expect(file.contentType).to.equal(contentType);
    expect(file.blob).to.be.instanceOf(Blob);
    expect(new Uint8Array(await file.blob.arrayBuffer())).to.deep.equal(bytes);
  }

  describe('fixtures', () => {
    const cases: [string, z.ZodMiniType, unknown][] = [
      ['Account', schemas.Account, fixtures.account()],
      ['Invoice', schemas.Invoice, fixtures.invoice()],
      ['InvoiceDetail', schemas.InvoiceDetail, fixtures.invoiceDetail()],
      ['RemittanceInstructions', schemas.RemittanceInstructions, fixtures.remittance()],
      ['InvoiceSummary', schemas.InvoiceSummary, fixtures.invoiceSummary()],
      ['EmailInvoicesResult', schemas.EmailInvoicesResult, fixtures.emailInvoicesResult()],
      ['PaymentOptions', schemas.PaymentOptions, fixtures.paymentOptions()],
      ['Payment', schemas.Payment, fixtures.payment()],
      ['BillingProfile', schemas.BillingProfile, fixtures.billingProfile()],
      ['SavedPaymentMethod', schemas.SavedPaymentMethod, fixtures.savedPaymentMethod()],
      ['BillingContact', schemas.BillingContact, fixtures.billingContact()],
      ['BillingSchedule', schemas.BillingSchedule, fixtures.billingSchedule()],
      ['RewardsSummary', schemas.RewardsSummary, fixtures.rewardsSummary()],
      ['RewardValidation', schemas.RewardValidation, fixtures.rewardValidation()],
      ['RewardApplication', schemas.RewardApplication, fixtures.rewardApplication()],
      ['Order', schemas.Order, fixtures.order()],
      ['Contract', schemas.Contract, fixtures.contract()],
      ['BillingDocument', schemas.BillingDocument, fixtures.billingDocument()],
      ['Team', schemas.Team, fixtures.team()],
      ['Invitation', schemas.Invitation, fixtures.invitation()],
      ['TeamMember', schemas.TeamMember, fixtures.teamMember()],
      ['InvoicePage', schemas.InvoicePage, fixtures.page([fixtures.invoice()], { nextCursor: 'c1', totalCount: 7 })],
      ['PaymentPage', schemas.PaymentPage, fixtures.page([fixtures.payment()])],
      ['OrderPage', schemas.OrderPage, fixtures.page([fixtures.order()])],
      ['ContractPage', schemas.ContractPage, fixtures.page([fixtures.contract()])],
      ['DocumentPage', schemas.DocumentPage, fixtures.page([fixtures.billingDocument()])],
    ];

    it('every fixture parses with its schema, unchanged', () => {
      for (const [name, schema, fixture] of cases) {
        const result = z.safeParse(schema, fixture);
        expect(result.success, `${name}: ${JSON.stringify(result.error?.issues)}`).to.equal(true);
        expect(result.data, name).to.deep.equal(fixture);
      }
    });

    it('covers every JSON response schema of the operation table', () => {
      const covered = new Set(cases.map(([, schema]) => schema));
      for (const operation of Object.values(operations)) {
        if (typeof operation.response === 'string') continue;
        expect(covered.has(operation.response), `${operation.id}'s response has a fixture`).to.equal(true);
      }
    });

    it('applies overrides and returns a fresh object each call', () => {
      const overdue = fixtures.invoice({ id: 'inv_9', status: 'overdue' });
      expect(overdue.id).to.equal('inv_9');
      expect(overdue.status).to.equal('overdue');
      expect(overdue.number).to.equal('INV-1');
      const a = fixtures.invoiceDetail();
      a.lines.pop();
      expect(fixtures.invoiceDetail().lines).to.have.length(1);
    });

    it('is checked by the schemas, so a broken fixture would be caught', () => {
      expect(z.safeParse(schemas.Invoice, fixtures.invoice({ dueDate: '2026-02-30' })).success).to.equal(false);
      expect(
        z.safeParse(schemas.Payment, fixtures.payment({ amount: { amountMinor: 1.5, currency: 'USD' } })).success,
      ).to.equal(false);
    });
  });

  describe('account', () => {
    it('retrieve: GET /account', async () => {
      const received = serveOperation('retrieveAccount', fixtures.account());
      const account = await client.account.retrieve();
      expectOne(received, 'retrieveAccount', { path: '/account' });
      expect(account).to.deep.equal(fixtures.account());
      expect(account.user.permissions).to.include('invoices:pay');
    });
  });

  describe('invoices', () => {
    it('list: GET /invoices with every filter, sort and limit in the query', async () => {
      const body = fixtures.page([fixtures.invoice(), fixtures.invoice({ id: 'inv_2', number: 'INV-2' })], {
        nextCursor: 'c1',
        totalCount: 5,
      });
      const received = serveOperation('listInvoices', body);
      const first = await client.invoices.list({
        status: 'overdue',
        type: 'support',
        currency: 'USD',
        search: 'PO 77/A',
        sort: '-dueDate',
        limit: 2,
      });
      // Keys sorted, space as `+`, `/` percent-encoded.
      expectOne(received, 'listInvoices', {
        path: '/invoices',
        search: '?currency=USD&limit=2&search=PO+77%2FA&sort=-dueDate&status=overdue&type=support',
      });
      expect(first).to.be.instanceOf(Page);
      expect(first.data).to.deep.equal(body.data);
      expect(first.hasMore).to.equal(true);
      expect(first.nextCursor).to.equal('c1');
      expect(first.totalCount).to.equal(5);
    });

    it('list: awaited gives the first page; nextPage() sends its cursor with the same query', async () => {
      const received = serve(({ search }) => {
        const cursor = new URLSearchParams(search).get('cursor');
        return cursor === null
          ? HttpResponse.json(
              fixtures.page([fixtures.invoice({ id: 'inv_1' })], { nextCursor: 'c 1/2', totalCount: 2 }),
            )
          : HttpResponse.json(fixtures.page([fixtures.invoice({ id: 'inv_2' })], { totalCount: 2 }));
      });
      const first = await client.invoices.list({ status: 'open' });
      expect(first.data.map((i) => i.id)).to.deep.equal(['inv_1']);
      expect(first.hasMore).to.equal(true);
      expect(first.totalCount).to.equal(2);
      const second = await first.nextPage();
      expect(second).to.be.instanceOf(Page);
      expect(second!.data.map((i) => i.id)).to.deep.equal(['inv_2']);
      expect(second!.hasMore).to.equal(false);
      expect(await second!.nextPage()).to.equal(null);
      expect(received.map((r) => r.search)).to.deep.equal(['?status=open', '?cursor=c+1%2F2&status=open']);
    });

    it('list: for await walks three pages, sending each cursor', async () => {
      const pages: Record<string, fixtures.PageBody<Invoice>> = {
        '': fixtures.page([fixtures.invoice({ id: 'a' }), fixtures.invoice({ id: 'b' })], {
          nextCursor: 'c1',
          totalCount: 5,
        }),
        c1: fixtures.page([fixtures.invoice({ id: 'c' }), fixtures.invoice({ id: 'd' })], {
          nextCursor: 'c2',
          totalCount: 5,
        }),
        c2: fixtures.page([fixtures.invoice({ id: 'e' })], { nextCursor: null, totalCount: 5 }),
      };
      const received = serve(({ search }) => {
        const page = pages[new URLSearchParams(search).get('cursor') ?? ''];
        return page
          ? HttpResponse.json(page)
          : HttpResponse.json({ title: 'Bad cursor', status: 400 }, { status: 400 });
      });
      const ids: string[] = [];
      for await (const invoice of client.invoices.list({ limit: 2 })) ids.push(invoice.id);
      expect(ids).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
      expect(received.map((r) => r.search)).to.deep.equal(['?limit=2', '?cursor=c1&limit=2', '?cursor=c2&limit=2']);
      for (const request of received) expect(request.headers.get('authorization')).to.equal('Bearer test-token');
    });

    it('summary: GET /invoices/summary with the filter', async () => {
      const received = serveOperation('retrieveInvoiceSummary', fixtures.invoiceSummary());
      const summary = await client.invoices.summary({ status: 'open', currency: 'EUR' });
      expectOne(received, 'retrieveInvoiceSummary', { path: '/invoices/summary', search: '?currency=EUR&status=open' });
      expect(summary).to.deep.equal(fixtures.invoiceSummary());
    });

    it('retrieve: GET /invoices/{id} with the id URL-encoded (slash and space)', async () => {
      const detail = fixtures.invoiceDetail({ id: 'INV/2026 01' });
      const received = serveOperation('retrieveInvoice', detail);
      const result: InvoiceDetail = await client.invoices.retrieve('INV/2026 01');
      expectOne(received, 'retrieveInvoice', { path: '/invoices/INV%2F2026%2001' });
      expect(result).to.deep.equal(detail);
      expect(result.lines[0]!.amount).to.deep.equal({ amountMinor: 100_000, currency: 'USD' });
      expect(result.remittance.referenceToQuote).to.equal('INV-1');
    });

    it('download: GET /invoices/{id}/pdf gives the exact bytes, the file name and the type', async () => {
      const bytes = pdfBytes();
      const received = serveFile(bytes, 'application/pdf', 'attachment; filename="INV-1.pdf"');
      const file = await client.invoices.download('inv_1');
      expectOne(received, 'downloadInvoice', { path: '/invoices/inv_1/pdf' });
      await expectFile(file, bytes, 'INV-1.pdf', 'application/pdf');
    });

    it('download: reads an RFC 5987 `filename*` (UTF-8, percent-encoded)', async () => {
      const bytes = pdfBytes();
      const received = serveFile(bytes, 'application/pdf', "attachment; filename*=UTF-8''Fattura%20n%C2%B01.pdf");
      const file = await client.invoices.download('INV/2026 01');
      expectOne(received, 'downloadInvoice', { path: '/invoices/INV%2F2026%2001/pdf' });
      await expectFile(file, bytes, 'Fattura n°1.pdf', 'application/pdf');
    });

    it('email: POST /invoices/email with the JSON body and an Idempotency-Key', async () => {
      const received = serveOperation('emailInvoices', fixtures.emailInvoicesResult());
      const params = {
        recipients: ['ap@acme.example', 'cfo@acme.example'],
        filter: { status: 'overdue' as const, currency: 'USD' },
        message: 'Overdue invoices, as discussed',
      };
      const result = await client.invoices.email(params);
      expectOne(received, 'emailInvoices', { path: '/invoices/email', body: params });
      expect(result).to.deep.equal(fixtures.emailInvoicesResult());
    });
  });

  describe('paymentOptions', () => {
    it('retrieve: GET /payment-options repeating invoiceIds in the query', async () => {
      const received = serveOperation('retrievePaymentOptions', fixtures.paymentOptions());
      const options = await client.paymentOptions.retrieve({ invoiceIds: ['inv_1', 'inv 2/b'] });
      expectOne(received, 'retrievePaymentOptions', {
        path: '/payment-options',
        search: '?invoiceIds=inv_1&invoiceIds=inv+2%2Fb',
      });
      expect(options).to.deep.equal(fixtures.paymentOptions());
      const card = options.methods.find((method) => method.type === 'card');
      expect(card?.type === 'card' && card.limit).to.deep.equal({ amountMinor: 100_000_00, currency: 'USD' });
    });
  });

  describe('payments', () => {
    const params = {
      allocations: [{ invoiceId: 'inv_1', amount: { amountMinor: 100_000, currency: 'USD' } }],
      method: { type: 'card' as const, source: 'tok_visa' },
    };

    it('create: POST /payments with the body and a generated Idempotency-Key', async () => {
      const received = serveOperation('createPayment', fixtures.payment());
      const payment: Payment = await client.payments.create(params);
      expectOne(received, 'createPayment', { path: '/payments', body: params });
      expect(payment).to.deep.equal(fixtures.payment());
    });

    it('create: sends the caller’s idempotency key as is, and a new one per call otherwise', async () => {
      const received = serveOperation('createPayment', fixtures.payment());
      await client.payments.create(params, { idempotencyKey: 'attempt-42' });
      await client.payments.create(params);
      await client.payments.create(params);
      const keys = received.map((r) => r.headers.get('idempotency-key'));
      expect(keys[0]).to.equal('attempt-42');
      expect(keys[1]).to.match(UUID);
      expect(keys[2]).to.match(UUID);
      expect(keys[1]).to.not.equal(keys[2]);
    });

    it('confirm: POST /payments/{id}/confirm with the approval and an Idempotency-Key', async () => {
      const confirmed = fixtures.payment({
        id: 'pay/1 a',
        method: { type: 'paypal', brand: null, last4: null, label: 'PayPal' },
      });
      const received = serveOperation('confirmPayment', confirmed);
      const payment = await client.payments.confirm('pay/1 a', { approvalId: 'appr_1' });
      expectOne(received, 'confirmPayment', { path: '/payments/pay%2F1%20a/confirm', body: { approvalId: 'appr_1' } });
      expect(payment).to.deep.equal(confirmed);
    });

    it('retrieve: GET /payments/{id}', async () => {
      const received = serveOperation('retrievePayment', fixtures.payment());
      const payment = await client.payments.retrieve('pay_1');
      expectOne(received, 'retrievePayment', { path: '/payments/pay_1' });
      expect(payment).to.deep.equal(fixtures.payment());
    });

    it('list: GET /payments as a page', async () => {
      const body = fixtures.page([fixtures.payment(), fixtures.payment({ id: 'pay_2', status: 'processing' })], {
        totalCount: 2,
      });
      const received = serveOperation('listPayments', body);
      const page = await client.payments.list({ limit: 10 });
      expectOne(received, 'listPayments', { path: '/payments', search: '?limit=10' });
      expect(page.data).to.deep.equal(body.data);
      expect(page.hasMore).to.equal(false);
      expect(page.totalCount).to.equal(2);
      expect(await page.nextPage()).to.equal(null);
    });
  });

  describe('profile', () => {
    it('retrieve: GET /profile', async () => {
      const received = serveOperation('retrieveProfile', fixtures.billingProfile());
      const profile = await client.profile.retrieve();
      expectOne(received, 'retrieveProfile', { path: '/profile' });
      expect(profile).to.deep.equal(fixtures.billingProfile());
    });

    it('updateContact: PATCH /profile/contacts/{id} with the changes only', async () => {
      const updated = fixtures.billingContact({ id: 'con 1', phone: '+39 02 9999 0000' });
      const received = serveOperation('updateContact', updated);
      const update = { phone: '+39 02 9999 0000', name: 'Giulia Rossi' };
      const contact = await client.profile.updateContact('con 1', update);
      expectOne(received, 'updateContact', { path: '/profile/contacts/con%201', body: update });
      expect(contact).to.deep.equal(updated);
    });

    it('addPaymentMethod: POST /profile/payment-methods with the token and an Idempotency-Key', async () => {
      const received = serveOperation('addPaymentMethod', fixtures.savedPaymentMethod({ id: 'pm_3' }));
      const params = { token: 'tok_visa', makeDefault: true, replaces: 'pm_1' };
      const method = await client.profile.addPaymentMethod(params);
      expectOne(received, 'addPaymentMethod', { path: '/profile/payment-methods', body: params });
      expect(method).to.deep.equal(fixtures.savedPaymentMethod({ id: 'pm_3' }));
    });

    it('setDefaultPaymentMethod: POST /profile/payment-methods/{id}/default with no body', async () => {
      const received = serveOperation('setDefaultPaymentMethod', fixtures.savedPaymentMethod({ id: 'pm/2' }));
      const method = await client.profile.setDefaultPaymentMethod('pm/2');
      expectOne(received, 'setDefaultPaymentMethod', { path: '/profile/payment-methods/pm%2F2/default' });
      expect(method.id).to.equal('pm/2');
      expect(method.isDefault).to.equal(true);
    });

    it('removePaymentMethod: DELETE /profile/payment-methods/{id}, 204 resolves to undefined', async () => {
      const received = serveOperation('removePaymentMethod');
      const result = await client.profile.removePaymentMethod('pm 2');
      expectOne(received, 'removePaymentMethod', { path: '/profile/payment-methods/pm%202' });
      expect(result).to.equal(undefined);
    });

    it('retrieveBillingSchedule: GET /profile/plans/{id}/schedule', async () => {
      const schedule = fixtures.billingSchedule({ planId: 'plan/1' });
      const received = serveOperation('retrieveBillingSchedule', schedule);
      const result = await client.profile.retrieveBillingSchedule('plan/1');
      expectOne(received, 'retrieveBillingSchedule', { path: '/profile/plans/plan%2F1/schedule' });
      expect(result).to.deep.equal(schedule);
    });

    it('downloadBillingSchedule: GET …/schedule/download?format=csv, type without its parameters', async () => {
      const bytes = new TextEncoder().encode('date,amount\n2026-12-01,"1.000,00 €"\n');
      const received = serveFile(bytes, 'text/csv; charset=utf-8', 'attachment; filename="schedule plan_1.csv"');
      const file = await client.profile.downloadBillingSchedule('plan 1', { format: 'csv' });
      expectOne(received, 'downloadBillingSchedule', {
        path: '/profile/plans/plan%201/schedule/download',
        search: '?format=csv',
      });
      await expectFile(file, bytes, 'schedule plan_1.csv', 'text/csv');
    });

    it('issuePaymentDueInvoice: POST /profile/payments-due/{id}/invoice with no body, the invoice back', async () => {
      const invoice = fixtures.invoice({ id: 'inv_7' });
      const received = serveOperation('issuePaymentDueInvoice', invoice);
      const result = await client.profile.issuePaymentDueInvoice('due 1');
      expectOne(received, 'issuePaymentDueInvoice', { path: '/profile/payments-due/due%201/invoice' });
      expect(result).to.deep.equal(invoice);
    });

    it('issuePaymentDueInvoice changes profile, invoices and documents', async () => {
      serveOperation('issuePaymentDueInvoice', fixtures.invoice());
      const changed: CacheTag[][] = [];
      client.subscribe((tags) => changed.push([...tags].sort()), ['profile', 'invoices', 'documents', 'team']);
      await client.profile.issuePaymentDueInvoice('due_1');
      expect(changed).to.deep.equal([['documents', 'invoices', 'profile']]);
    });
  });

  describe('rewards', () => {
    const request = { code: 'SR7K-2M9Q-X4TP-8HZL', invoiceId: 'inv_1' };

    it('retrieve: GET /rewards', async () => {
      const received = serveOperation('retrieveRewards', fixtures.rewardsSummary());
      const summary = await client.rewards.retrieve();
      expectOne(received, 'retrieveRewards', { path: '/rewards' });
      expect(summary).to.deep.equal(fixtures.rewardsSummary());
    });

    it('validate: POST /rewards/validate, safe, so no Idempotency-Key', async () => {
      const rejected = fixtures.rewardValidation({ valid: false, reason: 'expired', reduction: null });
      const received = serveOperation('validateReward', rejected);
      const validation = await client.rewards.validate(request);
      expectOne(received, 'validateReward', { path: '/rewards/validate', body: request });
      expect(validation).to.deep.equal(rejected);
    });

    it('apply: POST /rewards/apply with an Idempotency-Key', async () => {
      const received = serveOperation('applyReward', fixtures.rewardApplication());
      const application = await client.rewards.apply(request);
      expectOne(received, 'applyReward', { path: '/rewards/apply', body: request });
      expect(application).to.deep.equal(fixtures.rewardApplication());
      expect(application.invoice.balanceDue.amountMinor).to.equal(95_000);
    });
  });

  describe('orders', () => {
    it('list: GET /orders with status and search', async () => {
      const body = fixtures.page([fixtures.order()], { nextCursor: 'o2', totalCount: 3 });
      const received = serveOperation('listOrders', body);
      const page = await client.orders.list({ status: 'shipped', search: 'rack' });
      expectOne(received, 'listOrders', { path: '/orders', search: '?search=rack&status=shipped' });
      expect(page.data).to.deep.equal(body.data);
      expect(page.hasMore).to.equal(true);
      expect(page.totalCount).to.equal(3);
    });

    it('retrieve: GET /orders/{id}', async () => {
      const received = serveOperation('retrieveOrder', fixtures.order({ id: 'ORD/1' }));
      const order = await client.orders.retrieve('ORD/1');
      expectOne(received, 'retrieveOrder', { path: '/orders/ORD%2F1' });
      expect(order).to.deep.equal(fixtures.order({ id: 'ORD/1' }));
    });
  });

  describe('contracts', () => {
    it('list: GET /contracts with status', async () => {
      const body = fixtures.page([fixtures.contract()]);
      const received = serveOperation('listContracts', body);
      const page = await client.contracts.list({ status: 'active' });
      expectOne(received, 'listContracts', { path: '/contracts', search: '?status=active' });
      expect(page.data).to.deep.equal(body.data);
      expect(page.hasMore).to.equal(false);
    });

    it('retrieve: GET /contracts/{id}', async () => {
      const received = serveOperation('retrieveContract', fixtures.contract({ id: 'ctr 1' }));
      const contract = await client.contracts.retrieve('ctr 1');
      expectOne(received, 'retrieveContract', { path: '/contracts/ctr%201' });
      expect(contract).to.deep.equal(fixtures.contract({ id: 'ctr 1' }));
    });

    it('download: GET /contracts/{id}/document', async () => {
      const bytes = pdfBytes();
      const received = serveFile(bytes, 'application/pdf', 'attachment; filename="CTR-1.pdf"');
      const file = await client.contracts.download('ctr_1');
      expectOne(received, 'downloadContract', { path: '/contracts/ctr_1/document' });
      await expectFile(file, bytes, 'CTR-1.pdf', 'application/pdf');
    });
  });

  describe('documents', () => {
    it('list: GET /documents with type', async () => {
      const body = fixtures.page([fixtures.billingDocument()]);
      const received = serveOperation('listDocuments', body);
      const page = await client.documents.list({ type: 'invoice', limit: 50 });
      expectOne(received, 'listDocuments', { path: '/documents', search: '?limit=50&type=invoice' });
      expect(page.data).to.deep.equal(body.data);
    });

    it('download: GET /documents/{id}/file with a UTF-8 file name', async () => {
      const bytes = pdfBytes();
      const received = serveFile(
        bytes,
        'application/pdf',
        'attachment; filename="Fattura n1.pdf"; filename*=UTF-8\'\'Fattura%20n%C2%B01.pdf',
      );
      const file = await client.documents.download('doc/1');
      expectOne(received, 'downloadDocument', { path: '/documents/doc%2F1/file' });
      await expectFile(file, bytes, 'Fattura n°1.pdf', 'application/pdf');
    });
  });

  describe('team', () => {
    it('retrieve: GET /team', async () => {
      const received = serveOperation('retrieveTeam', fixtures.team());
      const team = await client.team.retrieve();
      expectOne(received, 'retrieveTeam', { path: '/team' });
      expect(team).to.deep.equal(fixtures.team());
    });

    it('invite: POST /team/invitations with an Idempotency-Key', async () => {
      const received = serveOperation('inviteTeamMember', fixtures.invitation());
      const params = { email: 'marco.bianchi@acme.example', role: 'technical' as const };
      const invitation = await client.team.invite(params);
      expectOne(received, 'inviteTeamMember', { path: '/team/invitations', body: params });
      expect(invitation).to.deep.equal(fixtures.invitation());
    });

    it('resendInvitation: POST /team/invitations/{id}/resend with an Idempotency-Key and no body', async () => {
      const resent = fixtures.invitation({ id: 'inv 1', expiresAt: '2026-12-10T09:00:00Z' });
      const received = serveOperation('resendInvitation', resent);
      const invitation = await client.team.resendInvitation('inv 1');
      expectOne(received, 'resendInvitation', { path: '/team/invitations/inv%201/resend' });
      expect(invitation).to.deep.equal(resent);
    });

    it('revokeInvitation: DELETE /team/invitations/{id}', async () => {
      const received = serveOperation('revokeInvitation');
      const result = await client.team.revokeInvitation('inv/1');
      expectOne(received, 'revokeInvitation', { path: '/team/invitations/inv%2F1' });
      expect(result).to.equal(undefined);
    });

    it('updateRole: PATCH /team/members/{id} with { role }', async () => {
      const updated = fixtures.teamMember({ id: 'mem/2', role: 'executive', isCurrentUser: false });
      const received = serveOperation('updateTeamMember', updated);
      const member = await client.team.updateRole('mem/2', 'executive');
      expectOne(received, 'updateTeamMember', { path: '/team/members/mem%2F2', body: { role: 'executive' } });
      expect(member).to.deep.equal(updated);
    });

    it('remove: DELETE /team/members/{id}', async () => {
      const received = serveOperation('removeTeamMember');
      const result = await client.team.remove('mem 2');
      expectOne(received, 'removeTeamMember', { path: '/team/members/mem%202' });
      expect(result).to.equal(undefined);
    });
  });

  describe('headers', () => {
    it('sends no Accept-Language without a locale, and follows a locale function per request', async () => {
      const received = serveOperation('retrieveAccount', fixtures.account());
      // Node's fetch adds `Accept-Language: *` and a browser its own languages on the way
      // out, so look at the request as the SDK hands it to fetch.
      const handed: (string | null)[] = [];
      const spy: typeof fetch = (input, init) => {
        handed.push(new Request(input, init).headers.get('accept-language'));
        return fetch(input, init);
      };
      await makeClient({ locale: undefined, fetch: spy }).account.retrieve();
      expect(handed).to.deep.equal([null]);
      let locale = 'de-CH';
      const following = makeClient({ locale: () => locale });
      await following.account.retrieve();
      locale = 'fr-FR';
      await following.account.retrieve();
      expect(received).to.have.length(3);
      expect(received.slice(1).map((r) => r.headers.get('accept-language'))).to.deep.equal(['de-CH', 'fr-FR']);
    });

    it('asks for the token on every request', async () => {
      const received = serveOperation('retrieveAccount', fixtures.account());
      let calls = 0;
      const rotating = makeClient({ getToken: () => `token-${++calls}` });
      await rotating.account.retrieve();
      await rotating.account.retrieve();
      expect(received.map((r) => r.headers.get('authorization'))).to.deep.equal(['Bearer token-1', 'Bearer token-2']);
    });
  });

  describe('cache', () => {
    function serveInvoices(): Received[] {
      return serve(({ method }) =>
        method === 'POST'
          ? HttpResponse.json(fixtures.payment(), { status: 201 })
          : HttpResponse.json(fixtures.page([fixtures.invoice()])),
      );
    }

    it('with cacheTtl, a second identical read is answered from the cache', async () => {
      const received = serveInvoices();
      const cached = makeClient({ cacheTtl: 60_000 });
      const first = await cached.invoices.list();
      const second = await cached.invoices.list();
      expect(received).to.have.length(1);
      expect(second.data).to.deep.equal(first.data);
      // A different query is a different read; `fresh` skips the cache.
      await cached.invoices.list({ status: 'open' });
      await cached.invoices.list({}, { fresh: true });
      expect(received.map((r) => r.search)).to.deep.equal(['', '?status=open', '']);
    });

    it('a payment invalidates invoices: subscribers are told and the next read goes to the server', async () => {
      const received = serveInvoices();
      const cached = makeClient({ cacheTtl: 60_000 });
      const invoiceChanges: ReadonlySet<CacheTag>[] = [];
      const teamChanges: ReadonlySet<CacheTag>[] = [];
      cached.subscribe((tags) => invoiceChanges.push(tags), ['invoices']);
      cached.subscribe((tags) => teamChanges.push(tags), ['team']);

      await cached.invoices.list();
      await cached.invoices.list();
      expect(received.filter((r) => r.method === 'GET')).to.have.length(1);
      expect(invoiceChanges).to.have.length(0);

      await cached.payments.create({
        allocations: [{ invoiceId: 'inv_1', amount: { amountMinor: 100_000, currency: 'USD' } }],
        method: { type: 'paypal' },
      });
      expect(invoiceChanges).to.have.length(1);
      expect([...invoiceChanges[0]!].sort()).to.deep.equal(['documents', 'invoices', 'payments', 'profile']);
      expect(teamChanges).to.have.length(0);

      await cached.invoices.list();
      expect(received.map((r) => r.method)).to.deep.equal(['GET', 'POST', 'GET']);
    });

    it('unsubscribing stops notifications', async () => {
      serveInvoices();
      const calls: ReadonlySet<CacheTag>[] = [];
      const unsubscribe = client.subscribe((tags) => calls.push(tags), ['invoices']);
      client.invalidate(['invoices']);
      unsubscribe();
      client.invalidate(['invoices']);
      expect(calls).to.have.length(1);
    });

    it('by default, identical reads in flight are made once, and nothing is kept afterwards', async () => {
      const received = serveInvoices();
      const [a, b] = await Promise.all([client.invoices.list(), client.invoices.list()]);
      expect(received).to.have.length(1);
      expect(a.data).to.deep.equal(b.data);
      await client.invoices.list();
      expect(received).to.have.length(2);
    });
  });
});
