import { expect } from 'chai';
import { CARD_LIMIT_USD, type InvoiceDetail } from '@customer-center/sdk';
import { createSeed, toUsdMinor } from '@customer-center/mock-api';
import type { SeedData } from '../src/model.js';

// Node only (*.node.test.ts): 100,000 invoices are too much for the browser test page.

const INVOICES = 100_000;
const BUDGET_MS = 15_000;

function fingerprint(invoices: readonly InvoiceDetail[]): string {
  let text = '';
  for (const invoice of invoices) {
    text += `${invoice.id}|${invoice.number}|${invoice.total.amountMinor}|${invoice.balanceDue.amountMinor}\n`;
  }
  return text;
}

describe('createSeed with a 100,000-invoice account', function () {
  this.timeout(120_000);
  let data: SeedData | undefined;
  let elapsed = 0;

  before(() => {
    const started = performance.now();
    data = createSeed({ largeAccount: { organizationSlug: 'us', invoices: INVOICES } });
    elapsed = performance.now() - started;
    console.log(`      createSeed with ${INVOICES.toLocaleString('en')} invoices: ${Math.round(elapsed)} ms`);
  });
  after(() => {
    data = undefined;
  });

  const us = () => data!.organizations.find((org) => org.slug === 'us')!;

  it(`generates in under ${BUDGET_MS / 1000} s`, () => {
    expect(elapsed).to.be.below(BUDGET_MS);
  });

  it('gives exactly 100,000 invoices with unique numbers and ids, the other organisations 60', () => {
    const { invoices } = us();
    expect(invoices).to.have.length(INVOICES);
    expect(new Set(invoices.map((invoice) => invoice.number)).size).to.equal(INVOICES);
    expect(new Set(invoices.map((invoice) => invoice.id)).size).to.equal(INVOICES);
    for (const org of data!.organizations) if (org.slug !== 'us') expect(org.invoices).to.have.length(60);
  });

  it('keeps the money identities, the status mix and the single card-limit invoice', () => {
    const { invoices } = us();
    const counts = { overdue: 0, open: 0, closed: 0 };
    let aboveLimit = 0;
    for (const invoice of invoices) {
      counts[invoice.status]++;
      const { total, amountPaid, creditsApplied, rewardsApplied, balanceDue, subtotal, taxTotal } = invoice;
      expect(subtotal.amountMinor + taxTotal.amountMinor).to.equal(total.amountMinor);
      expect(
        total.amountMinor - amountPaid.amountMinor - creditsApplied.amountMinor - rewardsApplied.amountMinor,
      ).to.equal(balanceDue.amountMinor);
      const status = balanceDue.amountMinor === 0 ? 'closed' : invoice.dueDate < data!.today ? 'overdue' : 'open';
      expect(invoice.status).to.equal(status);
      if (status !== 'closed' && toUsdMinor(balanceDue) > CARD_LIMIT_USD.amountMinor) aboveLimit++;
    }
    expect(counts).to.deep.equal({ overdue: 20_000, open: 25_000, closed: 55_000 });
    expect(aboveLimit).to.equal(1);
  });

  it('links every invoice to its PDF and every online payment to its invoices', () => {
    const org = us();
    const invoiceDocuments = org.documents.filter((document) => document.type === 'invoice');
    expect(invoiceDocuments).to.have.length(INVOICES);
    const byId = new Map(org.invoices.map((invoice) => [invoice.id, invoice]));
    for (const payment of org.payments) {
      for (const allocation of payment.allocations) expect(byId.has(allocation.invoiceId)).to.equal(true);
    }
  });

  it('is deterministic at this size too', () => {
    const again = createSeed({ largeAccount: { organizationSlug: 'us', invoices: INVOICES } });
    const againUs = again.organizations.find((org) => org.slug === 'us')!;
    expect(fingerprint(againUs.invoices) === fingerprint(us().invoices)).to.equal(true);
  });
});
