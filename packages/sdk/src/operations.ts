import * as z from 'zod/mini';
import * as s from './schemas/index.js';

/** Groups of cached reads; a write names the groups it changes so every view of them refreshes. */
export type CacheTag =
  'account' | 'invoices' | 'payments' | 'profile' | 'rewards' | 'orders' | 'contracts' | 'documents' | 'team';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/**
 * One endpoint of the billing API. This table is the contract's single list of endpoints:
 * the SDK's resources call them, `npm run openapi` documents them, the mock API serves them.
 */
export interface Operation {
  readonly id: string;
  readonly method: HttpMethod;
  /** Path under the API's base URL, with `{param}` placeholders. */
  readonly path: string;
  readonly query?: z.ZodMiniType;
  readonly body?: z.ZodMiniType;
  /** The JSON response schema, `binary` for a file, or `empty` for 204. */
  readonly response: z.ZodMiniType | 'binary' | 'empty';
  readonly successStatus: 200 | 201 | 204;
  /** Content types a binary response may have. */
  readonly binaryTypes?: readonly string[];
  /** The permission the server checks (403 without it). */
  readonly permission: s.Permission | null;
  /** The request must carry an `Idempotency-Key`; the server replays the first response for it. */
  readonly requiresIdempotencyKey?: boolean;
  /** A POST with no side effects (e.g. validating a code), safe to retry. */
  readonly safe?: boolean;
  readonly reads: readonly CacheTag[];
  readonly invalidates?: readonly CacheTag[];
}

function op<const T extends Operation>(operation: T): T {
  return operation;
}

export const operations = {
  retrieveAccount: op({
    id: 'retrieveAccount',
    method: 'GET',
    path: '/account',
    response: s.Account,
    successStatus: 200,
    permission: null,
    reads: ['account'],
  }),
  listInvoices: op({
    id: 'listInvoices',
    method: 'GET',
    path: '/invoices',
    query: s.InvoiceListQuery,
    response: s.InvoicePage,
    successStatus: 200,
    permission: 'invoices:view',
    reads: ['invoices'],
  }),
  retrieveInvoiceSummary: op({
    id: 'retrieveInvoiceSummary',
    method: 'GET',
    path: '/invoices/summary',
    query: s.InvoiceFilter,
    response: s.InvoiceSummary,
    successStatus: 200,
    permission: 'invoices:view',
    reads: ['invoices'],
  }),
  retrieveInvoice: op({
    id: 'retrieveInvoice',
    method: 'GET',
    path: '/invoices/{invoiceId}',
    response: s.InvoiceDetail,
    successStatus: 200,
    permission: 'invoices:view',
    reads: ['invoices'],
  }),
  downloadInvoice: op({
    id: 'downloadInvoice',
    method: 'GET',
    path: '/invoices/{invoiceId}/pdf',
    response: 'binary',
    binaryTypes: ['application/pdf'],
    successStatus: 200,
    permission: 'invoices:view',
    reads: [],
  }),
  emailInvoices: op({
    id: 'emailInvoices',
    method: 'POST',
    path: '/invoices/email',
    body: s.EmailInvoicesRequest,
    response: s.EmailInvoicesResult,
    successStatus: 201,
    permission: 'invoices:view',
    requiresIdempotencyKey: true,
    reads: [],
  }),
  retrievePaymentOptions: op({
    id: 'retrievePaymentOptions',
    method: 'GET',
    path: '/payment-options',
    query: s.PaymentOptionsQuery,
    response: s.PaymentOptions,
    successStatus: 200,
    permission: 'invoices:view',
    reads: ['invoices', 'profile'],
  }),
  createPayment: op({
    id: 'createPayment',
    method: 'POST',
    path: '/payments',
    body: s.PaymentCreate,
    response: s.Payment,
    successStatus: 201,
    permission: 'invoices:pay',
    requiresIdempotencyKey: true,
    reads: [],
    invalidates: ['invoices', 'payments', 'profile', 'documents'],
  }),
  confirmPayment: op({
    id: 'confirmPayment',
    method: 'POST',
    path: '/payments/{paymentId}/confirm',
    body: s.PaymentConfirm,
    response: s.Payment,
    successStatus: 200,
    permission: 'invoices:pay',
    requiresIdempotencyKey: true,
    reads: [],
    invalidates: ['invoices', 'payments', 'profile', 'documents'],
  }),
  retrievePayment: op({
    id: 'retrievePayment',
    method: 'GET',
    path: '/payments/{paymentId}',
    response: s.Payment,
    successStatus: 200,
    permission: 'invoices:view',
    reads: ['payments'],
  }),
  listPayments: op({
    id: 'listPayments',
    method: 'GET',
    path: '/payments',
    query: s.PaymentListQuery,
    response: s.PaymentPage,
    successStatus: 200,
    permission: 'invoices:view',
    reads: ['payments'],
  }),
  retrieveProfile: op({
    id: 'retrieveProfile',
    method: 'GET',
    path: '/profile',
    response: s.BillingProfile,
    successStatus: 200,
    permission: 'profile:view',
    reads: ['profile'],
  }),
  updateContact: op({
    id: 'updateContact',
    method: 'PATCH',
    path: '/profile/contacts/{contactId}',
    body: s.BillingContactUpdate,
    response: s.BillingContact,
    successStatus: 200,
    permission: 'profile:manage',
    reads: [],
    invalidates: ['profile'],
  }),
  addPaymentMethod: op({
    id: 'addPaymentMethod',
    method: 'POST',
    path: '/profile/payment-methods',
    body: s.PaymentMethodCreate,
    response: s.SavedPaymentMethod,
    successStatus: 201,
    permission: 'profile:manage',
    requiresIdempotencyKey: true,
    reads: [],
    invalidates: ['profile'],
  }),
  setDefaultPaymentMethod: op({
    id: 'setDefaultPaymentMethod',
    method: 'POST',
    path: '/profile/payment-methods/{paymentMethodId}/default',
    response: s.SavedPaymentMethod,
    successStatus: 200,
    permission: 'profile:manage',
    // Setting the same default twice has the same effect: safe to retry.
    safe: true,
    reads: [],
    invalidates: ['profile'],
  }),
  removePaymentMethod: op({
    id: 'removePaymentMethod',
    method: 'DELETE',
    path: '/profile/payment-methods/{paymentMethodId}',
    response: 'empty',
    successStatus: 204,
    permission: 'profile:manage',
    reads: [],
    invalidates: ['profile'],
  }),
  retrieveBillingSchedule: op({
    id: 'retrieveBillingSchedule',
    method: 'GET',
    path: '/profile/plans/{planId}/schedule',
    response: s.BillingSchedule,
    successStatus: 200,
    permission: 'profile:view',
    reads: ['profile'],
  }),
  downloadBillingSchedule: op({
    id: 'downloadBillingSchedule',
    method: 'GET',
    path: '/profile/plans/{planId}/schedule/download',
    query: z.object({ format: z.enum(s.BILLING_SCHEDULE_FORMATS) }),
    response: 'binary',
    binaryTypes: ['text/csv', 'application/pdf'],
    successStatus: 200,
    permission: 'profile:view',
    reads: [],
  }),
  issuePaymentDueInvoice: op({
    id: 'issuePaymentDueInvoice',
    method: 'POST',
    path: '/profile/payments-due/{paymentDueId}/invoice',
    response: s.Invoice,
    successStatus: 200,
    permission: 'invoices:pay',
    // Idempotent by nature: a second call returns the invoice the first one issued.
    safe: true,
    reads: [],
    invalidates: ['profile', 'invoices', 'documents'],
  }),
  retrieveRewards: op({
    id: 'retrieveRewards',
    method: 'GET',
    path: '/rewards',
    response: s.RewardsSummary,
    successStatus: 200,
    permission: 'invoices:view',
    reads: ['rewards'],
  }),
  validateReward: op({
    id: 'validateReward',
    method: 'POST',
    path: '/rewards/validate',
    body: s.RewardRequest,
    response: s.RewardValidation,
    successStatus: 200,
    permission: 'rewards:redeem',
    safe: true,
    reads: [],
  }),
  applyReward: op({
    id: 'applyReward',
    method: 'POST',
    path: '/rewards/apply',
    body: s.RewardRequest,
    response: s.RewardApplication,
    successStatus: 200,
    permission: 'rewards:redeem',
    requiresIdempotencyKey: true,
    reads: [],
    invalidates: ['invoices', 'rewards'],
  }),
  listOrders: op({
    id: 'listOrders',
    method: 'GET',
    path: '/orders',
    query: s.OrderListQuery,
    response: s.OrderPage,
    successStatus: 200,
    permission: 'orders:view',
    reads: ['orders'],
  }),
  retrieveOrder: op({
    id: 'retrieveOrder',
    method: 'GET',
    path: '/orders/{orderId}',
    response: s.Order,
    successStatus: 200,
    permission: 'orders:view',
    reads: ['orders'],
  }),
  listContracts: op({
    id: 'listContracts',
    method: 'GET',
    path: '/contracts',
    query: s.ContractListQuery,
    response: s.ContractPage,
    successStatus: 200,
    permission: 'contracts:view',
    reads: ['contracts'],
  }),
  retrieveContract: op({
    id: 'retrieveContract',
    method: 'GET',
    path: '/contracts/{contractId}',
    response: s.Contract,
    successStatus: 200,
    permission: 'contracts:view',
    reads: ['contracts'],
  }),
  downloadContract: op({
    id: 'downloadContract',
    method: 'GET',
    path: '/contracts/{contractId}/document',
    response: 'binary',
    binaryTypes: ['application/pdf'],
    successStatus: 200,
    permission: 'contracts:view',
    reads: [],
  }),
  listDocuments: op({
    id: 'listDocuments',
    method: 'GET',
    path: '/documents',
    query: s.DocumentListQuery,
    response: s.DocumentPage,
    successStatus: 200,
    permission: 'documents:view',
    reads: ['documents'],
  }),
  downloadDocument: op({
    id: 'downloadDocument',
    method: 'GET',
    path: '/documents/{documentId}/file',
    response: 'binary',
    binaryTypes: ['application/pdf', 'text/csv'],
    successStatus: 200,
    permission: 'documents:view',
    reads: [],
  }),
  retrieveTeam: op({
    id: 'retrieveTeam',
    method: 'GET',
    path: '/team',
    response: s.Team,
    successStatus: 200,
    permission: 'team:view',
    reads: ['team'],
  }),
  inviteTeamMember: op({
    id: 'inviteTeamMember',
    method: 'POST',
    path: '/team/invitations',
    body: s.TeamInvite,
    response: s.Invitation,
    successStatus: 201,
    permission: 'team:manage',
    requiresIdempotencyKey: true,
    reads: [],
    invalidates: ['team'],
  }),
  resendInvitation: op({
    id: 'resendInvitation',
    method: 'POST',
    path: '/team/invitations/{invitationId}/resend',
    response: s.Invitation,
    successStatus: 200,
    permission: 'team:manage',
    requiresIdempotencyKey: true,
    reads: [],
    invalidates: ['team'],
  }),
  revokeInvitation: op({
    id: 'revokeInvitation',
    method: 'DELETE',
    path: '/team/invitations/{invitationId}',
    response: 'empty',
    successStatus: 204,
    permission: 'team:manage',
    reads: [],
    invalidates: ['team'],
  }),
  updateTeamMember: op({
    id: 'updateTeamMember',
    method: 'PATCH',
    path: '/team/members/{memberId}',
    body: s.TeamMemberUpdate,
    response: s.TeamMember,
    successStatus: 200,
    permission: 'team:manage',
    reads: [],
    invalidates: ['team', 'account'],
  }),
  removeTeamMember: op({
    id: 'removeTeamMember',
    method: 'DELETE',
    path: '/team/members/{memberId}',
    response: 'empty',
    successStatus: 204,
    permission: 'team:manage',
    reads: [],
    invalidates: ['team'],
  }),
} as const satisfies Record<string, Operation>;

export type OperationId = keyof typeof operations;
