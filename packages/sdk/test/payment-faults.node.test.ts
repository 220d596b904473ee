import { expect } from 'chai';
import type { InvoiceDetail, Payment, PaymentCreate } from '@customer-center/sdk';
import {
  checkInvariants,
  runPaymentFaults,
  type CheckedAttempt,
  type StoreSnapshot,
  type Violation,
} from '../scripts/payment-faults.js';
import * as fixtures from './fixtures.js';

// Node only: the fault run (npm run test:faults) in small, and its checker shown able to fail.

describe('payment fault run', function () {
  // Timeouts, hangs and reconciliation are real waits; a slow CI machine needs room.
  this.timeout(90_000);

  it('pays 60 attempts through faults with no double and no missing charge', async () => {
    // Batches of 8 purchases, so that 60 attempts meet several fault settings; seed 11 has an outage.
    const report = await runPaymentFaults({ seed: 11, attempts: 60, concurrency: 8, batchSize: 8 });
    expect(report.violations, report.violations.map((violation) => violation.message).join('\n')).to.deep.equal([]);
    expect(report.attempts).to.be.at.least(60);
    expect(report.duplicates).to.equal(0);
    expect(report.missing).to.equal(0);
    expect(report.checkedAgain.stillUnknown).to.equal(0);
    expect(report.outcomes.succeeded ?? 0).to.be.greaterThan(0);
    // The run did meet faults and unknown outcomes, or it proves nothing.
    expect(Object.values(report.faults).reduce((sum, count) => sum + count, 0)).to.be.greaterThan(0);
    expect(report.reconciled.attempts).to.be.greaterThan(0);
    expect(report.checkedAgain.attempts).to.be.greaterThan(0);
    expect(report.store.succeeded).to.equal(report.outcomes.succeeded);
  });
});

describe('payment fault checker', () => {
  const usd = fixtures.moneyOf;
  const request = (amountMinor: number): PaymentCreate => ({
    allocations: [{ invoiceId: 'inv_1', amount: usd(amountMinor) }],
    method: { type: 'card', source: 'tok_test' },
  });
  const paid = (id: string, amountMinor: number, status: Payment['status'] = 'succeeded'): Payment =>
    fixtures.payment({
      id,
      status,
      amount: usd(amountMinor),
      allocations: [{ invoiceId: 'inv_1', invoiceNumber: 'INV-1', amount: usd(amountMinor) }],
      failure: status === 'failed' ? { code: 'card_declined', message: 'Declined' } : null,
    });
  // Invoice inv_1: 1,000.00 due, one earlier wire payment.
  const invoice = (applied: Payment[]): InvoiceDetail => {
    const base = fixtures.invoiceDetail({ id: 'inv_1', balanceDue: usd(100_000) });
    const total = applied.reduce((sum, payment) => sum + payment.amount.amountMinor, 0);
    return {
      ...base,
      balanceDue: usd(100_000 - total),
      payments: [
        ...base.payments,
        ...applied.map((payment) => ({
          paymentId: payment.id,
          paidAt: payment.createdAt,
          amount: payment.amount,
          method: 'card' as const,
          reference: payment.reference,
        })),
      ],
    };
  };
  const store = (payments: Payment[], applied: Payment[]): StoreSnapshot => ({
    organizations: [
      { slug: 'us', payments: [fixtures.payment({ id: 'pay_seeded' }), ...payments], invoices: [invoice(applied)] },
    ],
  });
  const before = store([], []);
  const attempt = (overrides: Partial<CheckedAttempt>): CheckedAttempt => ({
    id: 'a1',
    purchase: 'p1',
    organization: 'us',
    request: request(30_000),
    state: 'succeeded',
    ...overrides,
  });
  const kinds = (violations: Violation[]) => violations.map((violation) => violation.kind);

  it('passes a store that matches what the client was told', () => {
    const one = paid('pay_1', 30_000);
    expect(checkInvariants([attempt({ payment: one })], before, store([one], [one]))).to.deep.equal([]);
  });

  it('finds a double charge: a second payment for an attempt that was told of one', () => {
    const one = paid('pay_1', 30_000);
    const two = paid('pay_2', 30_000);
    const violations = checkInvariants([attempt({ payment: one })], before, store([one, two], [one, two]));
    expect(kinds(violations)).to.include('duplicate');
    expect(violations.map((violation) => violation.message).join('\n')).to.contain('pay_2');
  });

  it('finds a double charge made by two attempts of one purchase', () => {
    const one = paid('pay_1', 30_000);
    const two = paid('pay_2', 30_000);
    const violations = checkInvariants(
      [attempt({ payment: one }), attempt({ id: 'a2', payment: two })],
      before,
      store([one, two], [one, two]),
    );
    expect(kinds(violations)).to.include('duplicate');
  });

  it('finds an invoice paid past its balance', () => {
    const big = paid('pay_1', 150_000);
    const violations = checkInvariants(
      [attempt({ request: request(150_000), payment: big })],
      before,
      store([big], [big]),
    );
    expect(kinds(violations)).to.include('duplicate');
  });

  it('finds a confirmed payment the store lacks, and one it never applied', () => {
    const one = paid('pay_1', 30_000);
    expect(kinds(checkInvariants([attempt({ payment: one })], before, store([], [])))).to.deep.equal(['missing']);
    expect(kinds(checkInvariants([attempt({ payment: one })], before, store([one], [])))).to.include('missing');
  });

  it('finds a charge the client never learned of', () => {
    const one = paid('pay_1', 30_000);
    const violations = checkInvariants([attempt({ state: 'unknown' })], before, store([one], [one]));
    expect(kinds(violations)).to.include.members(['unresolved', 'missing']);
  });

  it('finds a charge behind an attempt told it failed or was rejected', () => {
    const charged = paid('pay_1', 30_000);
    const toldFailed = { ...charged, status: 'failed' as const };
    expect(
      kinds(checkInvariants([attempt({ state: 'failed', payment: toldFailed })], before, store([charged], [charged]))),
    ).to.include('charged-on-failure');
    expect(kinds(checkInvariants([attempt({ state: 'rejected' })], before, store([charged], [charged])))).to.include(
      'charged-on-failure',
    );
  });
});
