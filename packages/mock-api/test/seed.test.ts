import { expect } from 'chai';
import * as z from 'zod/mini';
import {
  CARD_LIMIT_USD,
  CONTACT_ROLES,
  CONTRACT_STATUSES,
  INVOICE_TYPES,
  minorUnitDigits,
  ORDER_STATUSES,
  REWARD_CODE_PATTERN,
  ROLE_PERMISSIONS,
  schemas,
  type InvoiceDetail,
  type Money,
} from '@customer-center/sdk';
import {
  createRandom,
  createSeed,
  DEMO_USD_RATES,
  maskRewardCode,
  TEST_REWARD_CODES,
  toUsdMinor,
} from '@customer-center/mock-api';
import type { OrganizationData, SeedData } from '../src/model.js';

// Runs in Chromium and in Node: web-standard APIs only.

const TODAY = '2026-11-22';
const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) =>
  Date.UTC(+isoDate.slice(0, 4), +isoDate.slice(5, 7) - 1, +isoDate.slice(8, 10)) / DAY_MS;
const datePart = (instant: string) => instant.slice(0, 10);

const EXPECTED = {
  us: { currency: 'USD', currencies: ['USD', 'EUR'], locale: 'en', online: true, rates: ['8.875', '0'] },
  it: { currency: 'EUR', currencies: ['EUR'], locale: 'it', online: true, rates: ['22'] },
  es: { currency: 'EUR', currencies: ['EUR'], locale: 'es', online: true, rates: ['21'] },
  sa: { currency: 'SAR', currencies: ['SAR'], locale: 'ar', online: true, rates: ['15'] },
  nl: { currency: 'EUR', currencies: ['EUR'], locale: 'nl', online: true, rates: ['21'] },
  fr: { currency: 'EUR', currencies: ['EUR'], locale: 'fr', online: true, rates: ['20'] },
  jp: { currency: 'JPY', currencies: ['JPY'], locale: 'ja', online: true, rates: ['10'] },
  de: { currency: 'EUR', currencies: ['EUR'], locale: 'de', online: true, rates: ['19'] },
  kw: { currency: 'KWD', currencies: ['KWD'], locale: 'ar', online: false, rates: ['0'] },
} as const;
type Slug = keyof typeof EXPECTED;

function expected(org: OrganizationData) {
  const entry = EXPECTED[org.slug as Slug];
  expect(entry, `unexpected organisation ${org.slug}`).to.not.equal(undefined);
  return entry;
}

/** round(numerator / denominator), halves up, with BigInt: an independent check of the seed's integer rounding. */
function roundHalfUp(numerator: bigint, denominator: bigint): number {
  return Number((2n * numerator + denominator) / (2n * denominator));
}

/** "7.5" → 75 tenths; at most one decimal. */
function tenths(quantity: string): number {
  const match = /^(\d+)(?:\.(\d))?$/.exec(quantity);
  expect(match, `quantity "${quantity}" has more than one decimal`).to.not.equal(null);
  return Number(match![1]) * 10 + Number(match![2] ?? '0');
}

/** A percentage rate "8.875" as the fraction numerator / denominator of 1. */
function rateFraction(rate: string): [bigint, bigint] {
  const [whole, fraction = ''] = rate.split('.');
  return [BigInt(`${whole}${fraction}`), 100n * 10n ** BigInt(fraction.length)];
}

function moneyIn(invoice: InvoiceDetail): Money[] {
  return [
    invoice.total,
    invoice.amountPaid,
    invoice.creditsApplied,
    invoice.rewardsApplied,
    invoice.balanceDue,
    invoice.subtotal,
    invoice.taxTotal,
    ...invoice.lines.flatMap((line) => [line.unitPrice, line.amount]),
    ...invoice.taxes.flatMap((tax) => [tax.base, tax.amount]),
    ...invoice.adjustments.map((adjustment) => adjustment.amount),
    ...invoice.payments.map((payment) => payment.amount),
  ];
}

function sum(values: readonly Money[]): number {
  return values.reduce((total, value) => total + value.amountMinor, 0);
}

function unpaidAboveCardLimit(org: OrganizationData): InvoiceDetail[] {
  return org.invoices.filter(
    (invoice) => invoice.status !== 'closed' && toUsdMinor(invoice.balanceDue) > CARD_LIMIT_USD.amountMinor,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

describe('createRandom', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 20 }, () => random.int(0, 1_000_000));
    };
    expect(draw(7)).to.deep.equal(draw(7));
    expect(draw(7)).to.not.deep.equal(draw(8));
  });

  it('draws integers within both bounds, reaching each', () => {
    const random = createRandom('bounds');
    const seen = new Set<number>();
    for (let index = 0; index < 2000; index++) {
      const value = random.int(-3, 3);
      expect(Number.isInteger(value) && value >= -3 && value <= 3).to.equal(true);
      seen.add(value);
    }
    expect([...seen].sort((a, b) => a - b)).to.deep.equal([-3, -2, -1, 0, 1, 2, 3]);
    expect(() => random.int(2, 1)).to.throw(RangeError);
  });

  it('picks, shuffles and flips coins deterministically', () => {
    const a = createRandom(3);
    const b = createRandom(3);
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(a.pick(items)).to.equal(b.pick(items));
    const shuffled = a.shuffle(items);
    expect(shuffled).to.deep.equal(b.shuffle(items));
    expect([...shuffled].sort()).to.deep.equal(items);
    expect(items).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(a.chance(0)).to.equal(false);
    expect(a.chance(1)).to.equal(true);
    expect(() => a.pick([])).to.throw(RangeError);
  });

  it('gives unique, seed-dependent ids such as in_3f9a2c, shared with forks', () => {
    const random = createRandom(1);
    const fork = random.fork('child');
    const ids = new Set<string>();
    for (let index = 0; index < 20_000; index++) ids.add((index % 2 ? random : fork).id('in'));
    expect(ids.size).to.equal(20_000);
    for (const id of [...ids].slice(0, 50)) expect(id).to.match(/^in_[0-9a-f]{6}$/);
    expect(createRandom(1).id('in')).to.equal(createRandom(1).id('in'));
    expect(createRandom(1).id('in')).to.not.equal(createRandom(2).id('in'));
  });

  it('forks streams that do not depend on how much of the parent was used', () => {
    const fresh = createRandom(5).fork('x');
    const used = createRandom(5);
    for (let index = 0; index < 100; index++) used.next();
    const late = used.fork('x');
    expect([fresh.next(), fresh.next()]).to.deep.equal([late.next(), late.next()]);
  });
});

describe('DEMO_USD_RATES and toUsdMinor', () => {
  it('are integer ratios', () => {
    for (const [currency, rate] of Object.entries(DEMO_USD_RATES)) {
      expect(Number.isSafeInteger(rate.numerator) && rate.numerator > 0, currency).to.equal(true);
      expect(Number.isSafeInteger(rate.denominator) && rate.denominator > 0, currency).to.equal(true);
    }
  });

  it('converts minor units to US cents, honouring each currency’s minor digits', () => {
    expect(toUsdMinor({ amountMinor: 123_456, currency: 'USD' })).to.equal(123_456);
    expect(toUsdMinor({ amountMinor: 9_200_000, currency: 'EUR' })).to.equal(10_000_000);
    expect(toUsdMinor({ amountMinor: 15_000_000, currency: 'JPY' })).to.equal(10_000_000); // ¥15,000,000
    expect(toUsdMinor({ amountMinor: 30_700_000, currency: 'KWD' })).to.equal(10_000_000); // KWD 30,700.000
    expect(toUsdMinor({ amountMinor: 37_500_000, currency: 'SAR' })).to.equal(10_000_000);
  });

  it('rounds to the nearest cent and refuses unknown currencies', () => {
    expect(toUsdMinor({ amountMinor: 3, currency: 'JPY' })).to.equal(2); // 2.0 cents
    expect(toUsdMinor({ amountMinor: 1, currency: 'JPY' })).to.equal(1); // 0.67
    expect(toUsdMinor({ amountMinor: 46, currency: 'EUR' })).to.equal(50); // 50.0
    expect(toUsdMinor({ amountMinor: 1, currency: 'KWD' })).to.equal(0); // 0.33
    expect(toUsdMinor({ amountMinor: 2, currency: 'KWD' })).to.equal(1); // 0.65
    expect(toUsdMinor({ amountMinor: -2, currency: 'KWD' })).to.equal(-1);
    expect(() => toUsdMinor({ amountMinor: 1, currency: 'XYZ' })).to.throw(RangeError);
  });
});

describe('createSeed', () => {
  const seed: SeedData = createSeed();
  const orgs = seed.organizations;

  it('is deterministic: the same options give deep-equal data', () => {
    expect(createSeed()).to.deep.equal(seed);
    expect(createSeed({ seed: 1, today: TODAY, invoicesPerOrganization: 60 })).to.deep.equal(seed);
    expect(createSeed({ seed: 42 })).to.deep.equal(createSeed({ seed: 42 }));
  });

  it('gives different invoices for a different seed', () => {
    const other = createSeed({ seed: 2 });
    for (const [index, org] of orgs.entries()) {
      const otherOrg = other.organizations[index]!;
      expect(otherOrg.slug).to.equal(org.slug);
      expect(otherOrg.invoices.map((invoice) => invoice.id)).to.not.deep.equal(
        org.invoices.map((invoice) => invoice.id),
      );
      expect(otherOrg.invoices.map((invoice) => invoice.total)).to.not.deep.equal(
        org.invoices.map((invoice) => invoice.total),
      );
    }
  });

  it('reads neither Math.random nor the clock', () => {
    const { random } = Math;
    const { now } = Date;
    Math.random = () => {
      throw new Error('Math.random called');
    };
    Date.now = () => {
      throw new Error('Date.now called');
    };
    try {
      createSeed({ seed: 9, invoicesPerOrganization: 30 });
    } finally {
      Math.random = random;
      Date.now = now;
    }
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(seed))).to.deep.equal(seed);
    expect(seed.today).to.equal(TODAY);
  });

  it('has the nine organisations with their country, currencies and online payment', () => {
    expect(orgs.map((org) => org.slug)).to.deep.equal(Object.keys(EXPECTED));
    for (const org of orgs) {
      const want = expected(org);
      expect(org.organization.id).to.equal(`org_${org.slug}`);
      expect(org.organization.country).to.equal(org.slug.toUpperCase());
      expect(org.organization.defaultCurrency).to.equal(want.currency);
      expect(org.organization.currencies).to.deep.equal(want.currencies);
      expect(org.organization.onlinePaymentAvailable, org.slug).to.equal(want.online);
      expect(org.organization.name.length).to.be.greaterThan(3);
    }
    expect(new Set(orgs.map((org) => org.organization.name)).size).to.equal(orgs.length);
  });

  it('validates every record against its SDK schema', () => {
    for (const org of orgs) {
      z.parse(schemas.Organization, org.organization);
      for (const member of org.members) {
        z.parse(schemas.Account, {
          organization: org.organization,
          user: {
            id: member.id,
            name: member.name,
            email: member.email,
            role: member.role,
            permissions: [...ROLE_PERMISSIONS[member.role]],
            locale: member.locale,
          },
        });
        const { id, name, email, role, joinedAt } = member;
        z.parse(schemas.TeamMember, { id, name, email, role, joinedAt, isCurrentUser: false });
      }
      org.invitations.forEach((record) => z.parse(schemas.Invitation, record));
      org.invoices.forEach((record) => z.parse(schemas.InvoiceDetail, record));
      org.invoices.forEach((record) => z.parse(schemas.Invoice, record));
      org.payments.forEach((record) => z.parse(schemas.Payment, record));
      org.contacts.forEach((record) => z.parse(schemas.BillingContact, record));
      org.paymentMethods.forEach((record) => z.parse(schemas.SavedPaymentMethod, record));
      org.plans.forEach((record) => z.parse(schemas.Plan, record));
      org.schedules.forEach((record) => z.parse(schemas.BillingSchedule, record));
      org.paymentsDue.forEach((record) => z.parse(schemas.PaymentDue, record));
      z.parse(schemas.BillingProfile, {
        contacts: org.contacts,
        paymentMethods: org.paymentMethods,
        plans: org.plans,
        paymentsDue: org.paymentsDue,
      });
      z.parse(schemas.RewardsSummary, { balances: [], history: org.rewardHistory });
      for (const record of org.rewardCodes) {
        z.parse(schemas.RewardCode, record.code);
        z.parse(schemas.Money, record.amount);
        z.parse(schemas.IsoDate, record.expiresOn);
        record.eligibleTypes.forEach((type) => z.parse(schemas.InvoiceType, type));
      }
      org.orders.forEach((record) => z.parse(schemas.Order, record));
      org.contracts.forEach((record) => z.parse(schemas.Contract, record));
      org.documents.forEach((record) => z.parse(schemas.BillingDocument, record));
      org.emails.forEach((record) => z.parse(schemas.EmailInvoicesResult, record));
      z.parse(schemas.RemittanceInstructions, { referenceToQuote: 'INV-2026-000001', ...org.remittance });
    }
  });

  it('gives ids that are unique across the whole data set', () => {
    const ids = new Set<string>();
    let count = 0;
    for (const org of orgs) {
      const records = [
        ...org.members,
        ...org.invitations,
        ...org.invoices,
        ...org.invoices.flatMap((invoice) => invoice.lines),
        ...org.payments,
        ...org.contacts,
        ...org.paymentMethods,
        ...org.plans,
        ...org.paymentsDue,
        ...org.orders,
        ...org.contracts,
        ...org.documents,
      ];
      for (const { id } of records) ids.add(id);
      count += records.length;
    }
    expect(ids.size).to.equal(count);
  });

  it('adds up every invoice exactly, in integers', () => {
    for (const org of orgs) {
      for (const invoice of org.invoices) {
        const at = `${org.slug} ${invoice.number}`;
        for (const value of moneyIn(invoice)) {
          expect(value.currency, at).to.equal(invoice.currency);
          expect(Number.isSafeInteger(value.amountMinor) && value.amountMinor >= 0, at).to.equal(true);
        }
        for (const line of invoice.lines) {
          const amount = roundHalfUp(BigInt(line.unitPrice.amountMinor) * BigInt(tenths(line.quantity)), 10n);
          expect(line.amount.amountMinor, `${at} line ${line.description}`).to.equal(amount);
        }
        expect(invoice.subtotal.amountMinor, at).to.equal(sum(invoice.lines.map((line) => line.amount)));
        for (const tax of invoice.taxes) {
          const base = sum(invoice.lines.filter((line) => line.taxRate === tax.rate).map((line) => line.amount));
          expect(tax.base.amountMinor, `${at} ${tax.name}`).to.equal(base);
          const [numerator, denominator] = rateFraction(tax.rate);
          expect(tax.amount.amountMinor, `${at} ${tax.name}`).to.equal(
            roundHalfUp(BigInt(base) * numerator, denominator),
          );
        }
        expect(new Set(invoice.taxes.map((tax) => tax.rate)).size, at).to.equal(invoice.taxes.length);
        expect(invoice.lines.every((line) => invoice.taxes.some((tax) => tax.rate === line.taxRate))).to.equal(true);
        expect(invoice.taxTotal.amountMinor, at).to.equal(sum(invoice.taxes.map((tax) => tax.amount)));
        expect(invoice.subtotal.amountMinor + invoice.taxTotal.amountMinor, at).to.equal(invoice.total.amountMinor);
        expect(
          invoice.total.amountMinor -
            invoice.amountPaid.amountMinor -
            invoice.creditsApplied.amountMinor -
            invoice.rewardsApplied.amountMinor,
          at,
        ).to.equal(invoice.balanceDue.amountMinor);
        expect(invoice.amountPaid.amountMinor, at).to.equal(sum(invoice.payments.map((payment) => payment.amount)));
        const adjusted = (kind: 'credit' | 'reward') =>
          sum(
            invoice.adjustments.filter((adjustment) => adjustment.kind === kind).map((adjustment) => adjustment.amount),
          );
        expect(invoice.creditsApplied.amountMinor, at).to.equal(adjusted('credit'));
        expect(invoice.rewardsApplied.amountMinor, at).to.equal(adjusted('reward'));
      }
    }
  });

  it('taxes at each country’s rate', () => {
    for (const org of orgs) {
      const rates = new Set(org.invoices.flatMap((invoice) => invoice.lines.map((line) => line.taxRate)));
      expect([...rates].sort(), org.slug).to.deep.equal([...expected(org).rates].sort());
    }
    const us = orgs.find((org) => org.slug === 'us')!;
    for (const invoice of us.invoices.filter((candidate) => candidate.currency === 'EUR')) {
      expect(invoice.taxTotal.amountMinor).to.equal(0);
    }
  });

  it('keeps statuses consistent with the balance and today, about 20% overdue, 25% open, 55% closed', () => {
    for (const org of orgs) {
      const counts = { overdue: 0, open: 0, closed: 0 };
      for (const invoice of org.invoices) {
        const at = `${org.slug} ${invoice.number}`;
        counts[invoice.status]++;
        const expectedStatus =
          invoice.balanceDue.amountMinor === 0 ? 'closed' : invoice.dueDate < seed.today ? 'overdue' : 'open';
        expect(invoice.status, at).to.equal(expectedStatus);
        expect(invoice.issueDate <= seed.today, at).to.equal(true);
        const term = dayNumber(invoice.dueDate) - dayNumber(invoice.issueDate);
        expect([15, 30, 45, 60], at).to.include(term);
        expect(dayNumber(seed.today) - dayNumber(invoice.issueDate), at).to.be.within(0, 560);
        for (const payment of invoice.payments) {
          expect(datePart(payment.paidAt) >= invoice.issueDate && datePart(payment.paidAt) <= seed.today, at).to.equal(
            true,
          );
        }
        for (const adjustment of invoice.adjustments) {
          expect(datePart(adjustment.appliedAt) >= invoice.issueDate, at).to.equal(true);
          expect(datePart(adjustment.appliedAt) <= seed.today, at).to.equal(true);
        }
      }
      const total = org.invoices.length;
      expect(counts.overdue / total, org.slug).to.be.within(0.15, 0.25);
      expect(counts.open / total, org.slug).to.be.within(0.2, 0.3);
      expect(counts.closed / total, org.slug).to.be.within(0.5, 0.6);
    }
  });

  it('has nothing happen after 09:00 UTC on today, when the store’s clock starts', () => {
    const limit = `${seed.today}T09:00:00Z`;
    for (const org of orgs) {
      const instants = [
        ...org.members.map((member) => member.joinedAt),
        ...org.invitations.map((invitation) => invitation.invitedAt),
        ...org.invoices.flatMap((invoice) => [
          ...invoice.payments.map((payment) => payment.paidAt),
          ...invoice.adjustments.map((adjustment) => adjustment.appliedAt),
        ]),
        ...org.payments.map((payment) => payment.createdAt),
        ...org.rewardHistory.map((entry) => entry.appliedAt),
        ...org.orders.flatMap((order) => order.history.map((entry) => entry.at)),
        ...org.documents.map((document) => document.createdAt),
      ];
      for (const instant of instants) expect(instant < limit, `${org.slug} ${instant}`).to.equal(true);
    }
  });

  it('numbers invoices INV-YYYY-NNNNNN, unique per organisation, in issue order', () => {
    for (const org of orgs) {
      expect(org.invoices).to.have.length(60);
      const numbers = org.invoices.map((invoice) => invoice.number);
      expect(new Set(numbers).size, org.slug).to.equal(numbers.length);
      for (const invoice of org.invoices) {
        expect(invoice.number).to.match(/^INV-\d{4}-\d{6}$/);
        expect(invoice.number.slice(4, 8)).to.equal(invoice.issueDate.slice(0, 4));
      }
      const dates = org.invoices.map((invoice) => invoice.issueDate);
      expect(dates).to.deep.equal([...dates].sort());
    }
  });

  it('includes every invoice type, rewards only on support invoices, credits, rewards and partial payments', () => {
    for (const org of orgs) {
      const online = org.organization.onlinePaymentAvailable;
      const types = new Set(org.invoices.map((invoice) => invoice.type));
      expect([...types].sort(), org.slug).to.deep.equal([...INVOICE_TYPES].sort());
      for (const invoice of org.invoices) {
        expect(invoice.rewardsEligible, invoice.number).to.equal(invoice.type === 'support' && online);
        if (invoice.rewardsApplied.amountMinor > 0) expect(invoice.type).to.equal('support');
      }
      expect(org.invoices.some((invoice) => invoice.rewardsEligible && invoice.status !== 'closed')).to.equal(online);
      expect(
        org.invoices.some((invoice) => invoice.creditsApplied.amountMinor > 0),
        org.slug,
      ).to.equal(true);
      expect(
        org.invoices.some((invoice) => invoice.amountPaid.amountMinor > 0 && invoice.balanceDue.amountMinor > 0),
        org.slug,
      ).to.equal(true);
      expect(
        org.invoices.some((invoice) => invoice.rewardsApplied.amountMinor > 0),
        org.slug,
      ).to.equal(online);
      expect(org.invoices.some((invoice) => invoice.poNumber !== null)).to.equal(true);
      expect(org.invoices.some((invoice) => invoice.poNumber === null)).to.equal(true);
    }
    const us = orgs.find((org) => org.slug === 'us')!;
    expect(new Set(us.invoices.map((invoice) => invoice.currency))).to.deep.equal(new Set(['USD', 'EUR']));
  });

  it('has exactly one open or overdue invoice per organisation above the USD 100,000 card limit', () => {
    for (const org of orgs) {
      const above = unpaidAboveCardLimit(org);
      expect(above, org.slug).to.have.length(1);
      // Clearly above, not a rounding accident of the rates.
      expect(toUsdMinor(above[0]!.balanceDue), org.slug).to.be.greaterThan(CARD_LIMIT_USD.amountMinor * 1.2);
      expect(above[0]!.orderId, org.slug).to.not.equal(null);
    }
  });

  it('uses 0 minor digits for JPY and 3 for KWD, at realistic magnitudes', () => {
    expect(minorUnitDigits('JPY')).to.equal(0);
    expect(minorUnitDigits('KWD')).to.equal(3);
    const usdMedian = (slug: string) =>
      median(orgs.find((org) => org.slug === slug)!.invoices.map((invoice) => toUsdMinor(invoice.total)));
    const us = usdMedian('us');
    // Same catalogue priced in each currency: a yen or fils mix-up would be off by 100× or 10×.
    for (const slug of ['jp', 'kw', 'sa', 'de']) expect(usdMedian(slug) / us, slug).to.be.within(0.4, 2.5);
    const jp = orgs.find((org) => org.slug === 'jp')!;
    expect(jp.invoices.every((invoice) => invoice.total.amountMinor >= 10_000)).to.equal(true); // ≥ ¥10,000
    const kw = orgs.find((org) => org.slug === 'kw')!;
    expect(kw.invoices.some((invoice) => invoice.total.amountMinor % 10 !== 0)).to.equal(true);
    expect(kw.invoices.some((invoice) => invoice.lines.some((line) => line.unitPrice.amountMinor % 10 !== 0))).to.equal(
      true,
    );
  });

  it('gives every organisation the three role tokens, two to four more members and invitations', () => {
    for (const org of orgs) {
      const want = expected(org);
      for (const role of CONTACT_ROLES) {
        const member = org.members.find((candidate) => candidate.token === `test_${org.slug}_${role}`);
        expect(member, `${org.slug} ${role}`).to.not.equal(undefined);
        expect(member!.role).to.equal(role);
      }
      const others = org.members.slice(3);
      expect(others.length, org.slug).to.be.within(2, 4);
      for (const member of others) expect(member.token).to.equal(`test_${org.slug}_${member.id}`);
      expect(new Set(org.members.map((member) => member.token)).size).to.equal(org.members.length);
      expect(new Set(org.members.map((member) => member.email)).size).to.equal(org.members.length);
      const domain = org.members[0]!.email.split('@')[1]!;
      expect(domain).to.match(/\.example$/);
      for (const member of org.members) {
        expect(member.email.endsWith(`@${domain}`)).to.equal(true);
        expect(member.joinedAt < `${seed.today}T00:00:00Z`).to.equal(true);
      }
      expect(org.members[0]!.locale).to.equal(want.locale);
      const pending = org.invitations.filter((invitation) => invitation.status === 'pending');
      const expired = org.invitations.filter((invitation) => invitation.status === 'expired');
      expect(pending.length, org.slug).to.be.within(1, 2);
      expect(expired, org.slug).to.have.length(1);
      for (const invitation of pending) expect(datePart(invitation.expiresAt) > seed.today).to.equal(true);
      for (const invitation of expired) expect(datePart(invitation.expiresAt) < seed.today).to.equal(true);
      const memberEmails = new Set(org.members.map((member) => member.email));
      for (const invitation of org.invitations) expect(memberEmails.has(invitation.email)).to.equal(false);
    }
  });

  it('has the remittance of each country on every invoice, quoting the invoice number', () => {
    for (const org of orgs) {
      const { wire, ach, cheque } = org.remittance;
      const ibanCountry = ['it', 'es', 'nl', 'fr', 'de', 'sa', 'kw'].includes(org.slug);
      if (ibanCountry) {
        expect(wire.iban, org.slug).to.match(new RegExp(`^${org.slug.toUpperCase()}\\d{2}[ A-Z0-9]+$`));
        expect(wire.bic, org.slug).to.match(/^[A-Z0-9]{8}$/);
      } else {
        expect(wire.iban).to.equal(null);
        expect(wire.accountNumber).to.be.a('string');
        expect(wire.routingNumber).to.be.a('string');
      }
      expect(ach !== null, org.slug).to.equal(org.slug === 'us');
      expect(cheque !== null, org.slug).to.equal(org.slug === 'us' || org.slug === 'fr');
      if (cheque) expect(cheque.mailTo.country).to.equal(org.organization.country);
      for (const invoice of org.invoices) {
        expect(invoice.remittance).to.deep.equal({ referenceToQuote: invoice.number, ...org.remittance });
        expect(invoice.billTo.name).to.equal(org.organization.name);
        expect(invoice.billTo.address.country).to.equal(org.organization.country);
      }
    }
  });

  it('records payments consistently with the invoices', () => {
    for (const org of orgs) {
      const invoices = new Map(org.invoices.map((invoice) => [invoice.id, invoice]));
      const payments = new Map(org.payments.map((payment) => [payment.id, payment]));
      for (const payment of org.payments) {
        expect(payment.reference, org.slug).to.match(/^PAY-\d{4}-\d{6}$/);
        expect(payment.amount.amountMinor).to.equal(sum(payment.allocations.map((allocation) => allocation.amount)));
        expect(payment.method.label.length).to.be.greaterThan(3);
        if (payment.method.type === 'card') {
          expect(payment.method.label).to.match(/•••• \d{4}$/);
          expect(toUsdMinor(payment.amount)).to.be.at.most(CARD_LIMIT_USD.amountMinor);
        }
        for (const allocation of payment.allocations) {
          const invoice = invoices.get(allocation.invoiceId);
          expect(invoice, payment.reference).to.not.equal(undefined);
          expect(allocation.invoiceNumber).to.equal(invoice!.number);
          const entries = invoice!.payments.filter((entry) => entry.paymentId === payment.id);
          if (payment.status === 'succeeded') {
            expect(entries, payment.reference).to.have.length(1);
            expect(entries[0]!.amount).to.deep.equal(allocation.amount);
            expect(entries[0]!.reference).to.equal(payment.reference);
            expect(entries[0]!.method).to.equal(payment.method.type);
            expect(entries[0]!.paidAt).to.equal(payment.createdAt);
          } else {
            expect(payment.status).to.equal('failed');
            expect(entries).to.have.length(0);
            expect(payment.failure?.code).to.equal('expired_card');
          }
        }
      }
      for (const invoice of org.invoices) {
        for (const entry of invoice.payments) {
          if (entry.method === 'wire' || entry.method === 'ach' || entry.method === 'cheque') {
            // Payment.method.type cannot say wire/ach/cheque: offline receipts live on the invoice only.
            expect(payments.has(entry.paymentId)).to.equal(false);
            expect(entry.reference).to.match(/^RCV-\d{4}-\d{6}$/);
          } else {
            expect(payments.get(entry.paymentId)?.status, invoice.number).to.equal('succeeded');
          }
        }
      }
      if (!org.organization.onlinePaymentAvailable) {
        expect(org.payments).to.have.length(0);
        expect(org.invoices.flatMap((invoice) => invoice.payments).every((entry) => entry.method === 'wire')).to.equal(
          true,
        );
      } else expect(org.payments.filter((payment) => payment.status === 'succeeded').length).to.be.greaterThan(5);
    }
  });

  it('has reward codes, with the fixed test codes in every organisation that pays online', () => {
    for (const org of orgs) {
      const codes = new Map(org.rewardCodes.map((record) => [record.code, record]));
      expect(codes.size).to.equal(org.rewardCodes.length);
      if (!org.organization.onlinePaymentAvailable) {
        expect(org.rewardCodes, org.slug).to.have.length(0);
        continue;
      }
      const invoiceCurrencies = new Set(org.invoices.map((invoice) => invoice.currency));
      const typical = median(
        org.invoices.filter((invoice) => invoice.type === 'support').map((invoice) => invoice.total.amountMinor),
      );
      for (const record of org.rewardCodes) expect(record.code).to.match(REWARD_CODE_PATTERN);

      const valid = codes.get(TEST_REWARD_CODES.valid);
      expect(valid, org.slug).to.deep.include({ usedOnInvoiceId: null, eligibleTypes: ['support'] });
      expect(valid!.amount.currency).to.equal(org.organization.defaultCurrency);
      expect(valid!.expiresOn > seed.today).to.equal(true);
      expect(valid!.amount.amountMinor).to.be.below(typical / 4);
      for (const currency of org.organization.currencies) {
        expect(
          org.rewardCodes.some(
            (record) =>
              record.amount.currency === currency &&
              record.usedOnInvoiceId === null &&
              record.expiresOn > seed.today &&
              record.eligibleTypes.includes('support'),
          ),
          `${org.slug} ${currency}`,
        ).to.equal(true);
      }
      expect(codes.has(TEST_REWARD_CODES.validSecondCurrency)).to.equal(org.organization.currencies.length > 1);

      // An unpaid support invoice per currency that the valid codes can be tried on.
      for (const currency of org.organization.currencies) {
        const code = org.rewardCodes.find(
          (record) =>
            record.amount.currency === currency && record.usedOnInvoiceId === null && record.expiresOn > seed.today,
        )!;
        expect(
          org.invoices.some(
            (invoice) =>
              invoice.rewardsEligible &&
              invoice.status !== 'closed' &&
              invoice.currency === currency &&
              invoice.balanceDue.amountMinor > code.amount.amountMinor,
          ),
          `${org.slug} ${currency}`,
        ).to.equal(true);
      }

      const expired = codes.get(TEST_REWARD_CODES.expired);
      expect(expired!.expiresOn < seed.today && expired!.usedOnInvoiceId === null, org.slug).to.equal(true);

      const mismatch = codes.get(TEST_REWARD_CODES.currencyMismatch);
      expect(invoiceCurrencies.has(mismatch!.amount.currency), org.slug).to.equal(false);
      expect(mismatch!.expiresOn > seed.today && mismatch!.usedOnInvoiceId === null).to.equal(true);

      const notEligible = codes.get(TEST_REWARD_CODES.notEligible);
      expect(notEligible!.eligibleTypes).to.deep.equal(['consulting']);
      const consulting = org.invoices.filter((invoice) => invoice.type === 'consulting').length;
      expect(consulting, org.slug).to.be.within(1, org.invoices.length / 10);

      const used = codes.get(TEST_REWARD_CODES.used);
      expect(used!.usedOnInvoiceId, org.slug).to.be.a('string');
      expect(used!.expiresOn > seed.today).to.equal(true);

      // Every used code: its invoice has the adjustment, and the history has the entry.
      for (const record of org.rewardCodes.filter((candidate) => candidate.usedOnInvoiceId !== null)) {
        const invoice = org.invoices.find((candidate) => candidate.id === record.usedOnInvoiceId)!;
        expect(invoice.type).to.equal('support');
        const masked = maskRewardCode(record.code);
        expect(masked).to.equal(`****-****-****-${record.code.slice(-4)}`);
        const adjustment = invoice.adjustments.find(
          (candidate) => candidate.kind === 'reward' && candidate.reference === masked,
        );
        expect(adjustment?.amount, record.code).to.deep.equal(record.amount);
        const history = org.rewardHistory.find((entry) => entry.invoiceId === invoice.id && entry.code === masked);
        expect(history, record.code).to.deep.include({
          invoiceNumber: invoice.number,
          appliedAt: adjustment!.appliedAt,
        });
      }
      const rewardAdjustments = org.invoices.flatMap((invoice) =>
        invoice.adjustments.filter((adjustment) => adjustment.kind === 'reward'),
      );
      expect(rewardAdjustments).to.have.length(org.rewardHistory.length);
      expect(org.rewardCodes.filter((record) => record.usedOnInvoiceId !== null)).to.have.length(
        org.rewardHistory.length,
      );
    }
  });

  it('has orders in every status with consistent histories and invoice links', () => {
    for (const org of orgs) {
      expect(new Set(org.orders.map((order) => order.status)), org.slug).to.deep.equal(new Set(ORDER_STATUSES));
      for (const order of org.orders) {
        const at = `${org.slug} ${order.number}`;
        expect(order.number).to.match(/^SO-\d{4}-\d{5}$/);
        expect(order.history.length, at).to.be.greaterThan(0);
        expect(order.history[0]!.status).to.equal('booked');
        expect(order.history[0]!.at).to.equal(order.placedAt);
        expect(order.history[order.history.length - 1]!.status, at).to.equal(order.status);
        for (let index = 1; index < order.history.length; index++) {
          expect(order.history[index]!.at > order.history[index - 1]!.at, at).to.equal(true);
        }
        expect(datePart(order.history[order.history.length - 1]!.at) <= seed.today).to.equal(true);
        for (const invoiceId of order.invoiceIds) {
          expect(org.invoices.find((invoice) => invoice.id === invoiceId)?.orderId, at).to.equal(order.id);
        }
        if (['booked', 'provisioning', 'cancelled'].includes(order.status)) expect(order.invoiceIds).to.have.length(0);
        if (order.invoiceIds.length === 1) {
          const invoice = org.invoices.find((candidate) => candidate.id === order.invoiceIds[0])!;
          expect(order.total, at).to.deep.equal(invoice.total);
        }
      }
      expect(org.orders.some((order) => order.invoiceIds.length > 0)).to.equal(true);
      for (const invoice of org.invoices.filter((candidate) => candidate.orderId !== null)) {
        expect(org.orders.find((order) => order.id === invoice.orderId)?.invoiceIds).to.include(invoice.id);
      }
    }
  });

  it('has contracts in every status, each with documents and invoices', () => {
    for (const org of orgs) {
      expect(new Set(org.contracts.map((contract) => contract.status)), org.slug).to.deep.equal(
        new Set(CONTRACT_STATUSES),
      );
      for (const contract of org.contracts) {
        const at = `${org.slug} ${contract.number}`;
        expect(contract.startDate < contract.endDate, at).to.equal(true);
        expect(contract.documentIds.length, at).to.be.greaterThan(0);
        expect(contract.invoiceIds.length, at).to.be.greaterThan(0);
        if (contract.status === 'expired' || contract.status === 'terminated')
          expect(contract.endDate < seed.today).to.equal(true);
        else expect(contract.endDate >= seed.today).to.equal(true);
        for (const documentId of contract.documentIds) {
          const document = org.documents.find((candidate) => candidate.id === documentId);
          expect(document, at).to.deep.include({ type: 'contract', relatedId: contract.id });
        }
        for (const invoiceId of contract.invoiceIds) {
          const invoice = org.invoices.find((candidate) => candidate.id === invoiceId);
          expect(invoice?.contractId, at).to.equal(contract.id);
        }
      }
      for (const invoice of org.invoices.filter((candidate) => candidate.contractId !== null)) {
        expect(org.contracts.find((contract) => contract.id === invoice.contractId)?.invoiceIds).to.include(invoice.id);
      }
    }
  });

  it('has documents for invoices, contracts, orders and billing schedules', () => {
    for (const org of orgs) {
      const related = new Set([
        ...org.invoices.map((invoice) => invoice.id),
        ...org.contracts.map((contract) => contract.id),
        ...org.orders.map((order) => order.id),
        ...org.plans.map((plan) => plan.id),
      ]);
      for (const document of org.documents) {
        if (document.relatedId !== null) expect(related.has(document.relatedId), document.name).to.equal(true);
        expect(datePart(document.createdAt) <= seed.today).to.equal(true);
      }
      for (const invoice of org.invoices) {
        const document = org.documents.find((candidate) => candidate.relatedId === invoice.id);
        expect(document, invoice.number).to.deep.include({
          type: 'invoice',
          fileName: `${invoice.number}.pdf`,
          contentType: 'application/pdf',
        });
      }
      for (const plan of org.plans) {
        const document = org.documents.find((candidate) => candidate.relatedId === plan.id);
        expect(document, plan.name).to.deep.include({ type: 'billing_schedule', contentType: 'text/csv' });
      }
      expect(org.documents.some((document) => document.type === 'order')).to.equal(true);
      expect(org.documents.some((document) => document.type === 'other')).to.equal(true);
    }
  });

  it('has a billing profile: contacts, payment methods, plans, schedules and payments due', () => {
    for (const org of orgs) {
      const online = org.organization.onlinePaymentAvailable;
      expect(org.contacts.length, org.slug).to.be.within(1, 2);
      expect(org.contacts.filter((contact) => contact.isPrimary)).to.have.length(1);

      if (online) {
        const cards = org.paymentMethods.filter((method) => method.type === 'card');
        const defaults = org.paymentMethods.filter((method) => method.isDefault);
        expect(defaults, org.slug).to.have.length(1);
        expect(defaults[0]).to.deep.include({ type: 'card', isExpired: false });
        const expired = cards.filter((method) => method.isExpired);
        expect(expired, org.slug).to.have.length(1);
        const { expYear, expMonth } = expired[0]!;
        const lastDay = new Date(Date.UTC(expYear!, expMonth!, 0)).toISOString().slice(0, 10);
        expect(lastDay < seed.today, org.slug).to.equal(true);
        for (const card of cards.filter((method) => !method.isExpired)) {
          expect(`${card.expYear}-${String(card.expMonth).padStart(2, '0')}` >= seed.today.slice(0, 7)).to.equal(true);
        }
        const hasDebit = org.paymentMethods.some((method) => method.type === 'direct_debit');
        expect(hasDebit, org.slug).to.equal(['us', 'it', 'es', 'nl', 'fr', 'de'].includes(org.slug));
      } else {
        expect(org.paymentMethods, org.slug).to.have.length(0);
      }

      expect(org.plans.length).to.be.within(2, 4);
      expect(new Set(org.plans.map((plan) => plan.billingFrequency))).to.deep.equal(
        new Set(['monthly', 'quarterly', 'annual']),
      );
      expect(org.plans.some((plan) => plan.status === 'cancelled')).to.equal(true);
      expect(org.schedules.map((schedule) => schedule.planId)).to.deep.equal(org.plans.map((plan) => plan.id));
      for (const plan of org.plans) {
        const schedule = org.schedules.find((candidate) => candidate.planId === plan.id)!;
        const entries = schedule.entries;
        if (plan.billingFrequency === 'annual') expect(entries.length).to.equal(plan.termMonths / 12);
        else expect(entries.length, plan.name).to.be.within(12, 24);
        expect(entries[0]!.date).to.equal(plan.startDate);
        for (const entry of entries) {
          expect(entry.amount).to.deep.equal(plan.amount);
          if (entry.date > seed.today) expect(entry).to.deep.include({ status: 'scheduled', invoiceId: null });
          else expect(entry.status).to.not.equal('scheduled');
          if (entry.invoiceId !== null) {
            const invoice = org.invoices.find((candidate) => candidate.id === entry.invoiceId)!;
            expect(invoice.issueDate).to.equal(entry.date);
            expect(invoice.subtotal).to.deep.equal(entry.amount);
            expect(entry.status).to.equal(invoice.status === 'closed' ? 'paid' : 'invoiced');
          }
        }
        if (plan.status === 'cancelled') {
          expect(plan.nextBillingDate).to.equal(null);
          expect(entries.every((entry) => entry.status !== 'scheduled')).to.equal(true);
        }
        if (plan.status === 'active') expect(plan.nextBillingDate! > seed.today).to.equal(true);
      }
      expect(org.schedules.some((schedule) => schedule.entries.some((entry) => entry.status === 'invoiced'))).to.equal(
        true,
      );

      const kinds = org.paymentsDue.map((due) => due.kind);
      expect(kinds, org.slug).to.deep.equal(
        online ? ['pending_order', 'support_renewal', 'failed_charge'] : ['pending_order', 'support_renewal'],
      );
      const pendingOrder = org.paymentsDue.find((due) => due.kind === 'pending_order')!;
      expect(org.orders.find((order) => order.id === pendingOrder.orderId)?.status).to.equal('booked');
      const failed = org.paymentsDue.find((due) => due.kind === 'failed_charge');
      if (failed) {
        expect(failed.failureReason).to.equal('card_expired');
        const invoice = org.invoices.find((candidate) => candidate.id === failed.invoiceId)!;
        expect(invoice.status).to.not.equal('closed');
        expect(failed.amount).to.deep.equal(invoice.balanceDue);
        expect(org.payments.some((payment) => payment.status === 'failed')).to.equal(true);
      }
    }
  });

  it('honours invoicesPerOrganization, largeAccount and today', () => {
    const small = createSeed({ invoicesPerOrganization: 12 });
    for (const org of small.organizations) {
      expect(org.invoices).to.have.length(12);
      expect(unpaidAboveCardLimit(org), org.slug).to.have.length(1);
      org.invoices.forEach((invoice) => z.parse(schemas.InvoiceDetail, invoice));
    }
    for (const count of [0, 1, 3]) {
      const tiny = createSeed({ invoicesPerOrganization: count });
      for (const org of tiny.organizations) expect(org.invoices).to.have.length(count);
    }
    const later = createSeed({ today: '2027-03-01' });
    expect(later.today).to.equal('2027-03-01');
    for (const org of later.organizations) {
      for (const invoice of org.invoices) {
        expect(invoice.issueDate <= later.today).to.equal(true);
        if (invoice.status !== 'closed')
          expect(invoice.status).to.equal(invoice.dueDate < later.today ? 'overdue' : 'open');
      }
    }
    expect(() => createSeed({ today: '2026-02-30' })).to.throw(RangeError);
    expect(() => createSeed({ invoicesPerOrganization: -1 })).to.throw(RangeError);
    expect(() => createSeed({ largeAccount: { organizationSlug: 'xx', invoices: 10 } })).to.throw(RangeError);
  });

  it('gives a large account exactly 10,000 unique invoice numbers, quickly', function () {
    this.timeout(20_000);
    const started = performance.now();
    const large = createSeed({ largeAccount: { organizationSlug: 'de', invoices: 10_000 } });
    const elapsed = performance.now() - started;
    const de = large.organizations.find((org) => org.slug === 'de')!;
    expect(de.invoices).to.have.length(10_000);
    expect(new Set(de.invoices.map((invoice) => invoice.number)).size).to.equal(10_000);
    expect(new Set(de.invoices.map((invoice) => invoice.id)).size).to.equal(10_000);
    expect(unpaidAboveCardLimit(de)).to.have.length(1);
    for (const org of large.organizations) if (org !== de) expect(org.invoices).to.have.length(60);
    const counts = { overdue: 0, open: 0, closed: 0 };
    for (const invoice of de.invoices) counts[invoice.status]++;
    expect(counts).to.deep.equal({ overdue: 2000, open: 2500, closed: 5500 });
    expect(elapsed).to.be.below(5_000);
  });
});
