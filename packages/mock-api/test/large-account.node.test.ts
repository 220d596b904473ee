import { expect } from 'chai';
import { createBillingClient } from '@customer-center/sdk';
import { createMockApi, MockStore } from '@customer-center/mock-api';
import { startMockApi, type RunningMockApi } from '@customer-center/mock-api/testing';

// A 100,000-invoice account paged through with the SDK, the way a large-account widget would.
describe('a large account (100,000 invoices)', function () {
  this.timeout(120_000);
  const base = 'http://large.test/api';
  let running: RunningMockApi;

  before(async () => {
    const started = performance.now();
    const mock = createMockApi({
      baseUrl: base,
      store: new MockStore({ largeAccount: { organizationSlug: 'us', invoices: 100_000 } }),
    });
    console.log(`      seeded 100,000 invoices in ${Math.round(performance.now() - started)} ms`);
    running = await startMockApi(mock.handlers);
  });
  after(() => running.stop());

  it('pages through every invoice once, in the portal order, matching the summary', async () => {
    const client = createBillingClient({ baseUrl: base, getToken: () => 'test_us_billing' });
    const rank = { overdue: 0, open: 1, closed: 2 };
    const seen = new Set<string>();
    let previousRank = 0;
    const started = performance.now();
    for await (const invoice of client.invoices.list({ limit: 100 })) {
      expect(rank[invoice.status]).to.be.at.least(previousRank);
      previousRank = rank[invoice.status];
      seen.add(invoice.id);
    }
    const elapsed = performance.now() - started;
    console.log(
      `      paged 1,000 pages of 100 in ${Math.round(elapsed)} ms (${(elapsed / 1000).toFixed(2)} ms a page)`,
    );
    expect(seen.size).to.equal(100_000);
    const { counts } = await client.invoices.summary();
    expect(counts.overdue + counts.open + counts.closed).to.equal(100_000);
  });

  it('filters a large account quickly enough for a search box', async () => {
    const client = createBillingClient({ baseUrl: base, getToken: () => 'test_us_billing' });
    const started = performance.now();
    const page = await client.invoices.list({ status: 'overdue', search: '0001', limit: 25 });
    const elapsed = performance.now() - started;
    console.log(`      filtered and sorted 100,000 invoices in ${Math.round(elapsed)} ms`);
    expect(page.data.length).to.be.above(0);
    for (const invoice of page.data) {
      expect(invoice.status).to.equal('overdue');
      // The search box matches the invoice number or the PO number.
      expect(`${invoice.number} ${invoice.poNumber ?? ''}`).to.contain('0001');
    }
  });
});
