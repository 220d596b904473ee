import type { OperationId } from './operations.js';

/**
 * One line per operation for the OpenAPI document. Kept out of the operation table, which
 * every widget bundle carries, because only the document needs them.
 */
export const OPERATION_SUMMARIES: Readonly<Record<OperationId, string>> = {
  retrieveAccount: 'The organisation and the signed-in user with their contact role and permissions',
  listInvoices: 'Invoices, by default overdue first, then open, then closed',
  retrieveInvoiceSummary: 'Invoice counts per status and totals per currency',
  retrieveInvoice: 'An invoice with lines, taxes, adjustments, payments and remittance instructions',
  downloadInvoice: 'The invoice as a PDF file',
  emailInvoices: 'E-mail the invoice list matching a filter',
  retrievePaymentOptions: 'Payment methods offered for invoices, by country and currency, and offline instructions',
  createPayment: 'Pay one or more invoices (requires an Idempotency-Key)',
  confirmPayment: 'Complete a payment that requires an action (PayPal approval)',
  retrievePayment: 'A payment and its confirmation',
  listPayments: 'Payments made, newest first',
  retrieveProfile: 'Billing contacts, saved payment methods, plans and payments due',
  updateContact: 'Update a billing contact',
  addPaymentMethod: 'Save a payment method from a tokenizer token',
  setDefaultPaymentMethod: 'Make a saved payment method the default',
  removePaymentMethod: 'Remove a saved payment method (not the only default one)',
  issuePaymentDueInvoice: 'Issue the invoice of a pending order or support renewal so it can be paid (idempotent)',
  retrieveBillingSchedule: 'The billing schedule of a plan',
  downloadBillingSchedule: 'The billing schedule of a plan as a CSV or PDF file',
  retrieveRewards: 'Support Rewards balance per currency and the codes applied',
  validateReward: 'Check a rewards code against an invoice and show its effect, without applying it',
  applyReward: 'Apply a rewards code to a support invoice (requires an Idempotency-Key)',
  listOrders: 'Orders with their tracking status',
  retrieveOrder: 'An order and its tracking history',
  listContracts: 'Contracts with term, status and renewal date',
  retrieveContract: 'A contract with its term, status, renewal date and value',
  downloadContract: 'The contract document as a PDF file',
  listDocuments: 'Every downloadable document',
  downloadDocument: 'A document’s file',
  retrieveTeam: 'Team members and pending invitations',
  inviteTeamMember: 'Invite someone by e-mail with a contact role',
  resendInvitation: 'Send an invitation again and extend it',
  revokeInvitation: 'Revoke a pending invitation',
  updateTeamMember: 'Change a member’s contact role',
  removeTeamMember: 'Remove a member (not yourself, not the last billing contact)',
};
