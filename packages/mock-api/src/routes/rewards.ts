import type { InvoiceDetail, RewardRejectionReason, RewardRequest } from '@customer-center/sdk';
import type { OrganizationData, RewardCodeRecord } from '../model.js';
import { fail } from '../problem.js';
import { maskRewardCode } from '../seed.js';
import { findInvoice, json, toInvoice, type Route } from './context.js';

interface Check {
  readonly record: RewardCodeRecord | undefined;
  readonly invoice: InvoiceDetail;
  readonly reason: RewardRejectionReason | null;
}

function check(organization: OrganizationData, request: RewardRequest, today: string): Check {
  const invoice = findInvoice(organization, request.invoiceId);
  const record = organization.rewardCodes.find((candidate) => candidate.code === request.code);
  let reason: RewardRejectionReason | null = null;
  if (!record) reason = 'not_found';
  else if (record.usedOnInvoiceId !== null) reason = 'already_used';
  else if (record.expiresOn < today) reason = 'expired';
  else if (
    !invoice.rewardsEligible ||
    !record.eligibleTypes.includes(invoice.type) ||
    invoice.balanceDue.amountMinor === 0
  ) {
    reason = 'invoice_not_eligible';
  } else if (record.amount.currency !== invoice.currency) reason = 'currency_mismatch';
  return { record, invoice, reason };
}

function reductionOf(record: RewardCodeRecord, invoice: InvoiceDetail): number {
  return Math.min(record.amount.amountMinor, invoice.balanceDue.amountMinor);
}

export const retrieveRewards: Route = ({ store, organization }) => {
  const balances = new Map<string, number>();
  for (const record of organization.rewardCodes) {
    if (record.usedOnInvoiceId === null && record.expiresOn >= store.today) {
      balances.set(record.amount.currency, (balances.get(record.amount.currency) ?? 0) + record.amount.amountMinor);
    }
  }
  return json({
    balances: [...balances].map(([currency, amountMinor]) => ({ amountMinor, currency })),
    history: organization.rewardHistory,
  });
};

export const validateReward: Route = ({ store, organization, body }) => {
  const request = body as RewardRequest;
  const { record, invoice, reason } = check(organization, request, store.today);
  const reduction = record && reason === null ? reductionOf(record, invoice) : 0;
  return json({
    code: request.code,
    invoiceId: invoice.id,
    valid: reason === null,
    reason,
    reduction: reason === null ? { amountMinor: reduction, currency: invoice.currency } : null,
    codeValue: record ? { ...record.amount } : null,
    balanceBefore: invoice.balanceDue,
    balanceAfter: { amountMinor: invoice.balanceDue.amountMinor - reduction, currency: invoice.currency },
  });
};

const REASON_TEXT: Readonly<Record<RewardRejectionReason, string>> = {
  not_found: 'No such rewards code',
  expired: 'This rewards code has expired',
  already_used: 'This rewards code has already been used',
  invoice_not_eligible: 'Rewards codes apply to unpaid support invoices only',
  currency_mismatch: 'This rewards code is in another currency than the invoice',
};

export const applyReward: Route = ({ store, organization, body }) => {
  const request = body as RewardRequest;
  const { record, invoice, reason } = check(organization, request, store.today);
  if (!record || reason !== null) throw fail(422, reason ?? 'not_found', REASON_TEXT[reason ?? 'not_found']);
  const amount = { amountMinor: reductionOf(record, invoice), currency: invoice.currency };
  store.tick();
  record.usedOnInvoiceId = invoice.id;
  invoice.rewardsApplied = {
    ...invoice.rewardsApplied,
    amountMinor: invoice.rewardsApplied.amountMinor + amount.amountMinor,
  };
  invoice.balanceDue = { ...invoice.balanceDue, amountMinor: invoice.balanceDue.amountMinor - amount.amountMinor };
  invoice.adjustments.push({
    kind: 'reward',
    reference: maskRewardCode(record.code),
    amount,
    appliedAt: store.nowIso(),
  });
  if (invoice.balanceDue.amountMinor === 0) invoice.status = 'closed';
  organization.rewardHistory.unshift({
    code: maskRewardCode(record.code),
    invoiceId: invoice.id,
    invoiceNumber: invoice.number,
    amount,
    appliedAt: store.nowIso(),
  });
  store.touch();
  return json({ code: request.code, reduction: amount, invoice: toInvoice(invoice) });
};
