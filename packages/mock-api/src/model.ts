import type {
  BillingContact,
  BillingDocument,
  BillingSchedule,
  ContactRole,
  Contract,
  EmailInvoicesResult,
  InvoiceDetail,
  InvoiceType,
  Invitation,
  Money,
  Order,
  Organization,
  Payment,
  PaymentDue,
  Plan,
  RemittanceInstructions,
  RewardsSummary,
  SavedPaymentMethod,
} from '@customer-center/sdk';
import type { TestCardOutcome } from './test-cards.js';

/**
 * The mock API's data: plain, JSON-serialisable records shaped like the contract's types,
 * so a record can be returned (or validated) with the SDK's own schemas.
 */

/** A person of the organisation who can sign in: `Authorization: Bearer <token>`. */
export interface MockMember {
  readonly id: string;
  name: string;
  readonly email: string;
  role: ContactRole;
  readonly locale: string | null;
  /** The bearer token that signs in as this member, e.g. `test_us_billing`. */
  readonly token: string;
  readonly joinedAt: string;
}

/** A Support Rewards code and what it is worth. */
export interface RewardCodeRecord {
  readonly code: string;
  /** The credit, in the currency of the invoices it may be applied to. */
  readonly amount: Money;
  /** Last day it may be applied (`YYYY-MM-DD`). */
  readonly expiresOn: string;
  /** The invoice types it may be applied to (Support Rewards: `support`). */
  readonly eligibleTypes: readonly InvoiceType[];
  /** The invoice it was applied to, once used. */
  usedOnInvoiceId: string | null;
}

/** Everything the mock knows about one organisation. */
export interface OrganizationData {
  readonly organization: Organization;
  /** Short id used in tokens and URLs of the demo: `us`, `it`, `jp`... */
  readonly slug: string;
  members: MockMember[];
  invitations: Invitation[];
  /** Full invoices; the list endpoint returns them without the detail fields. */
  invoices: InvoiceDetail[];
  payments: Payment[];
  contacts: BillingContact[];
  paymentMethods: SavedPaymentMethod[];
  plans: Plan[];
  schedules: BillingSchedule[];
  paymentsDue: PaymentDue[];
  rewardCodes: RewardCodeRecord[];
  rewardHistory: RewardsSummary['history'];
  orders: Order[];
  contracts: Contract[];
  documents: BillingDocument[];
  /** Where to send offline payments; each invoice's `remittance` quotes its own number. */
  readonly remittance: Omit<RemittanceInstructions, 'referenceToQuote'>;
  /** The invoice lists e-mailed so far. */
  emails: EmailInvoicesResult[];
  /**
   * How a method saved from a failing test card or account fails when charged (by `pm_…` id),
   * as the real card or account would; absent means it succeeds. Not part of the API's answers.
   */
  savedMethodOutcomes: Record<string, TestCardOutcome>;
}

/** The whole data set, as seeded. */
export interface SeedData {
  /** The store's "today" (`YYYY-MM-DD`): invoice statuses and due dates are relative to it. */
  readonly today: string;
  readonly organizations: OrganizationData[];
}

export interface SeedOptions {
  /** Same seed, same data. Default 1. */
  readonly seed?: number;
  /** Invoices per organisation. Default 60. */
  readonly invoicesPerOrganization?: number;
  /** Gives one organisation many more invoices, for performance work (10,000 or 100,000). */
  readonly largeAccount?: { readonly organizationSlug: string; readonly invoices: number };
  /** The store's today. Default `2026-11-22`. */
  readonly today?: string;
}
