import { expect } from 'chai';
import { createBillingClient } from '@customer-center/sdk';
import { createMockApi, decodeToken, TEST_BANK_ACCOUNTS, TEST_CARDS, type MockApi } from '@customer-center/mock-api';
import { startMockApi, type RunningMockApi } from '@customer-center/mock-api/testing';

// The demo's stand-in for a payment provider's tokenization endpoint: web APIs only, so the
// same file runs in Node (msw's fetch interceptor) and Chromium (its service worker).
const base = 'http://billing.test/api';
const tokens = `${base}/__mock/tokens`;

function post(body: unknown): Promise<Response> {
  return fetch(tokens, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

interface ProblemBody {
  status: number;
  code: string;
  detail?: string;
  errors?: { field: string; code: string; message: string }[];
}

async function problemOf(response: Response): Promise<ProblemBody> {
  expect(response.headers.get('content-type')).to.contain('application/problem+json');
  return (await response.json()) as ProblemBody;
}

describe('mock API: POST /__mock/tokens', () => {
  let mock: MockApi;
  let running: RunningMockApi;

  before(async () => {
    mock = createMockApi({ baseUrl: base });
    running = await startMockApi(mock.handlers);
  });
  afterEach(() => {
    mock.faults.clear();
    mock.store.reset();
  });
  after(() => running.stop());

  it('turns a test card into a tok_ token without credentials (201), keeping only brand and last four', async () => {
    const response = await post({
      kind: 'card',
      number: '4242 4242 4242 4242',
      expMonth: 4,
      expYear: 2031,
      holderName: '  Ada Lovelace ',
    });
    expect(response.status).to.equal(201);
    const { token } = (await response.json()) as { token: string };
    expect(token).to.match(/^tok_[\w-]+$/);
    expect(token).not.to.contain('4242424242424242');
    expect(decodeToken(token)).to.deep.equal({
      kind: 'card',
      brand: 'visa',
      last4: '4242',
      expMonth: 4,
      expYear: 2031,
      holderName: 'Ada Lovelace',
      outcome: 'success',
    });
  });

  it('tokenizes every test card, with its brand and outcome, ignoring a CVC sent along', async () => {
    for (const card of TEST_CARDS) {
      const response = await post({ kind: 'card', number: card.number, expMonth: 12, expYear: 2030, cvc: '123' });
      expect(response.status, card.number).to.equal(201);
      const decoded = decodeToken(((await response.json()) as { token: string }).token)!;
      expect([decoded.brand, decoded.last4, decoded.outcome, decoded.holderName]).to.deep.equal([
        card.brand,
        card.number.slice(-4),
        card.outcome,
        null,
      ]);
    }
  });

  it('gives a token the billing API accepts for a payment', async () => {
    const response = await post({ kind: 'card', number: '5555555555554444', expMonth: 12, expYear: 2030 });
    const { token } = (await response.json()) as { token: string };
    const client = createBillingClient({ baseUrl: base, getToken: () => 'test_us_billing' });
    let invoiceId: string | undefined;
    let amount;
    for await (const invoice of client.invoices.list({ limit: 100 })) {
      if (invoice.status === 'closed' || invoice.currency !== 'USD') continue;
      invoiceId = invoice.id;
      amount = { amountMinor: 1_000, currency: invoice.currency };
      break;
    }
    expect(invoiceId, 'the seed has an unpaid USD invoice').not.to.equal(undefined);
    const payment = await client.payments.create({
      allocations: [{ invoiceId: invoiceId!, amount: amount! }],
      method: { type: 'card', source: token },
    });
    expect(payment.status).to.equal('succeeded');
    expect(payment.method.label).to.equal('Mastercard •••• 4444');
  });

  it('turns a test bank account into a token (201)', async () => {
    const response = await post({ kind: 'bank', account: 'de89 3704 0044 0532 0130 00', holderName: 'Ada Lovelace' });
    expect(response.status).to.equal(201);
    const decoded = decodeToken(((await response.json()) as { token: string }).token);
    expect(decoded).to.include({ kind: 'bank', brand: null, last4: '3000', holderName: 'Ada Lovelace' });
    expect(decoded?.outcome).to.equal('success');
  });

  it('refuses a card number that is not a test card (422), listing the ones that work', async () => {
    const response = await post({ kind: 'card', number: '4111111111111111', expMonth: 12, expYear: 2030 });
    expect(response.status).to.equal(422);
    const body = await problemOf(response);
    expect(body.code).to.equal('not_a_test_card');
    expect(body.detail).to.contain('Only the TEST_CARDS numbers can be tokenized');
    for (const card of TEST_CARDS) expect(body.detail).to.contain(card.number);
    expect(body.errors).to.deep.equal([{ field: 'number', code: 'not_a_test_card', message: body.detail }]);
  });

  it('refuses a bank account that is not a test account (422), listing the ones that work', async () => {
    const response = await post({ kind: 'bank', account: 'GB33BUKB20201555555555' });
    expect(response.status).to.equal(422);
    const body = await problemOf(response);
    expect(body.code).to.equal('not_a_test_bank_account');
    for (const account of TEST_BANK_ACCOUNTS) expect(body.detail).to.contain(account.account);
    expect(body.errors?.[0]?.field).to.equal('account');
  });

  it('names every field that is missing or wrong (400)', async () => {
    const card = await problemOf(await post({ kind: 'card', expMonth: 13, expYear: 30, holderName: 7 }));
    expect(card.status).to.equal(400);
    expect(card.code).to.equal('invalid_request');
    expect(card.errors?.map((error) => error.field)).to.deep.equal(['holderName', 'number', 'expMonth', 'expYear']);

    const bank = await problemOf(await post({ kind: 'bank', account: '  ' }));
    expect(bank.errors?.map((error) => error.field)).to.deep.equal(['account']);

    for (const body of [{ kind: 'cash' }, {}, [], null]) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body)).to.equal(400);
      expect((await problemOf(response)).errors?.map((error) => error.field)).to.deep.equal(['kind']);
    }
  });

  it('refuses a body that is not JSON (400)', async () => {
    const response = await post('kind=card');
    expect(response.status).to.equal(400);
    expect((await problemOf(response)).code).to.equal('invalid_json');
  });

  it('is not subject to injected faults', async () => {
    mock.faults.set({ errorRate: 1, errorStatus: 503 });
    const response = await post({ kind: 'card', number: '4242424242424242', expMonth: 1, expYear: 2030 });
    expect(response.status).to.equal(201);
  });
});
