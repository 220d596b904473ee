import type { OperationId } from '@customer-center/sdk';
import * as catalog from './catalog.js';
import type { Route } from './context.js';
import * as invoices from './invoices.js';
import * as payments from './payments.js';
import * as profile from './profile.js';
import * as rewards from './rewards.js';
import * as team from './team.js';

/** The mock's implementation of every operation of the contract; the type makes a missing one a compile error. */
export const routes: Readonly<Record<OperationId, Route>> = {
  retrieveAccount: catalog.retrieveAccount,
  listInvoices: invoices.listInvoices,
  retrieveInvoiceSummary: invoices.retrieveInvoiceSummary,
  retrieveInvoice: invoices.retrieveInvoice,
  downloadInvoice: invoices.downloadInvoice,
  emailInvoices: invoices.emailInvoices,
  retrievePaymentOptions: payments.retrievePaymentOptions,
  createPayment: payments.createPayment,
  confirmPayment: payments.confirmPayment,
  retrievePayment: payments.retrievePayment,
  listPayments: payments.listPayments,
  retrieveProfile: profile.retrieveProfile,
  updateContact: profile.updateContact,
  addPaymentMethod: profile.addPaymentMethod,
  setDefaultPaymentMethod: profile.setDefaultPaymentMethod,
  removePaymentMethod: profile.removePaymentMethod,
  retrieveBillingSchedule: profile.retrieveBillingSchedule,
  downloadBillingSchedule: profile.downloadBillingSchedule,
  issuePaymentDueInvoice: profile.issuePaymentDueInvoice,
  retrieveRewards: rewards.retrieveRewards,
  validateReward: rewards.validateReward,
  applyReward: rewards.applyReward,
  listOrders: catalog.listOrders,
  retrieveOrder: catalog.retrieveOrder,
  listContracts: catalog.listContracts,
  retrieveContract: catalog.retrieveContract,
  downloadContract: catalog.downloadContract,
  listDocuments: catalog.listDocuments,
  downloadDocument: catalog.downloadDocument,
  retrieveTeam: team.retrieveTeam,
  inviteTeamMember: team.inviteTeamMember,
  resendInvitation: team.resendInvitation,
  revokeInvitation: team.revokeInvitation,
  updateTeamMember: team.updateTeamMember,
  removeTeamMember: team.removeTeamMember,
};
