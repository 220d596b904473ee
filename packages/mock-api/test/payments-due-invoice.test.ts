import { expect } from 'chai';
import {
  BillingNotFoundError,
  BillingPermissionError,
  createBillingClient,
  schemas,
  type BillingClient,
  type PaymentDue,
} from '@customer-center/sdk';
import { createMockApi, tokenizeTestCard, type MockApi, type OrganizationData } from '@customer-center/mock-api';
import { startMockApi, type RunningMockApi } from '@customer-center/mock-api/testing';

// POST /profile/payments-due/{id}/invoice: a pending order or a support renewal gets a real
// invoice so it can be paid. Web APIs only: the same file runs in Node and in Chromium.
const base = 'http://billing.test/api';

describe('mock API: issuePaymentDueInvoice', () => {
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

  const as = (token: string): BillingClient =>
    createBillingClient({ baseUrl: base, getToken: () => token, maxRetries: 0 });
  const org = (slug: string): OrganizationData => mock.store.organizations.find((o) => o.slug === slug)!;
  const dueOf = (slug: string, kind: PaymentDue['kind']): PaymentDue =>
    structuredClone(org(slug).paymentsDue.find((due) => due.kind === kind)!);

  it('issues an open support invoice for a renewal: amount, due date, one line, a fresh number', async () => {
    const due = dueOf('us', 'support_renewal');
    expect(due.invoiceId).to.equal(null);
    const numbers = org('us').invoices.map((invoice) => invoice.number);
    const invoice = await as('test_us_billing').profile.issuePaymentDueInvoice(due.id);

    expect(schemas.Invoice.safeParse(invoice).success).to.equal(true);
    expect(invoice.type).to.equal('support');
    expect(invoice.rewardsEligible).to.equal(true);
    expect(invoice.total).to.deep.equal(due.amount);
    expect(invoice.balanceDue).to.deep.equal(due.amount);
    expect(invoice.dueDate).to.equal(due.dueDate);
    expect(invoice.issueDate).to.equal(mock.store.today);
    expect(invoice.status).to.equal(due.dueDate < mock.store.today ? 'overdue' : 'open');
    expect(invoice.number).to.match(new RegExp(`^INV-${mock.store.today.slice(0, 4)}-\\d{6}$`));
    expect(numbers).not.to.include(invoice.number);

    const stored = org('us').invoices.find((candidate) => candidate.id === invoice.id)!;
    expect(schemas.InvoiceDetail.safeParse(stored).success).to.equal(true);
    expect(stored.lines.map((line) => line.description)).to.deep.equal([due.description]);
    expect(stored.remittance.referenceToQuote).to.equal(invoice.number);
    expect(org('us').paymentsDue.find((candidate) => candidate.id === due.id)!.invoiceId).to.equal(invoice.id);
    expect(org('us').documents.some((document) => document.relatedId === invoice.id)).to.equal(true);

    // The invoice is a real one: it is listed and can be read in full.
    const detail = await as('test_us_billing').invoices.retrieve(invoice.id);
    expect(detail.number).to.equal(invoice.number);
  });

  it('is idempotent: a second call answers 200 with the same invoice and issues nothing more', async () => {
    const due = dueOf('us', 'pending_order');
    const count = org('us').invoices.length;
    const first = await fetch(`${base}/profile/payments-due/${due.id}/invoice`, {
      method: 'POST',
      headers: { authorization: 'Bearer test_us_billing' },
    });
    const second = await fetch(`${base}/profile/payments-due/${due.id}/invoice`, {
      method: 'POST',
      headers: { authorization: 'Bearer test_us_billing' },
    });
    expect([first.status, second.status]).to.deep.equal([200, 200]);
    const [a, b] = (await Promise.all([first.json(), second.json()])) as { id: string }[];
    expect(a).to.deep.equal(b);
    expect(org('us').invoices.length).to.equal(count + 1);
  });

  it('gives a pending order an invoice of the order’s kind, linked to the order', async () => {
    const due = dueOf('us', 'pending_order');
    const invoice = await as('test_us_billing').profile.issuePaymentDueInvoice(due.id);
    expect(['hardware', 'license']).to.include(invoice.type);
    expect(invoice.rewardsEligible).to.equal(false);
    expect(invoice.orderId).to.equal(due.orderId);
    const order = org('us').orders.find((candidate) => candidate.id === due.orderId)!;
    expect(order.invoiceIds).to.include(invoice.id);
  });

  it('answers a failed charge, which has its invoice already, with that invoice', async () => {
    const due = dueOf('us', 'failed_charge');
    const invoice = await as('test_us_billing').profile.issuePaymentDueInvoice(due.id);
    expect(invoice.id).to.equal(due.invoiceId);
  });

  it('drops a due from the profile once its invoice is paid in full', async () => {
    const client = as('test_us_billing');
    const due = dueOf('us', 'support_renewal');
    const invoice = await client.profile.issuePaymentDueInvoice(due.id);
    expect((await client.profile.retrieve()).paymentsDue.map((d) => d.id)).to.include(due.id);
    const token = tokenizeTestCard({ number: '4242424242424242', expMonth: 12, expYear: 2031, cvc: '123' });
    await client.payments.create({
      allocations: [{ invoiceId: invoice.id, amount: invoice.balanceDue }],
      method: { type: 'card', source: token },
    });
    expect((await client.profile.retrieve()).paymentsDue.map((d) => d.id)).not.to.include(due.id);
  });

  it('tells subscribers that the profile, invoices and documents changed', async () => {
    const client = as('test_us_billing');
    const changed: string[][] = [];
    client.subscribe((tags) => changed.push([...tags].sort()));
    await client.profile.issuePaymentDueInvoice(dueOf('us', 'support_renewal').id);
    expect(changed).to.deep.equal([['documents', 'invoices', 'profile']]);
  });

  it('refuses a role that may not pay (403) and an unknown due (404)', async () => {
    const due = dueOf('us', 'support_renewal');
    let error: unknown;
    try {
      await as('test_us_executive').profile.issuePaymentDueInvoice(due.id);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(BillingPermissionError);
    expect(org('us').paymentsDue.find((candidate) => candidate.id === due.id)!.invoiceId).to.equal(null);
    error = undefined;
    try {
      await as('test_us_billing').profile.issuePaymentDueInvoice('due_nope');
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(BillingNotFoundError);
    expect((error as BillingNotFoundError).code).to.equal('payment_due_not_found');
  });
});
