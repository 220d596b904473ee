// Schema-valid sample responses of the billing API, one factory per response type.
// Every factory takes `Partial` overrides of its top-level fields and returns a fresh
// object each call. resources.test.ts parses each one with its schema, so they cannot
// drift from the contract (packages/sdk/src/schemas). Values are plain JSON (no
// `undefined`), so `JSON.parse(JSON.stringify(fixture))` is the fixture again.
import type {
  Account,
  BillingContact,
  BillingDocument,
  BillingProfile,
  BillingSchedule,
  Contract,
  EmailInvoicesResult,
  Invitation,
  Invoice,
  InvoiceDetail,
  InvoiceSummary,
  Money,
  Order,
  Payment,
  PaymentOptions,
  RemittanceInstructions,
  RewardApplication,
  RewardValidation,
  RewardsSummary,
  SavedPaymentMethod,
  Team,
  TeamMember,
} from '@customer-center/sdk';

/** `{ amountMinor, currency }`, USD by default. */
export function moneyOf(amountMinor: number, currency = 'USD'): Money {
  return { amountMinor, currency };
}

/** A page body as the API sends it. */
export interface PageBody<Item> {
  data: Item[];
  nextCursor: string | null;
  totalCount: number;
}

export function page<Item>(data: Item[], overrides: Partial<PageBody<Item>> = {}): PageBody<Item> {
  return { data, nextCursor: null, totalCount: data.length, ...overrides };
}

export function account(overrides: Partial<Account> = {}): Account {
  return {
    organization: {
      id: 'org_1',
      name: 'Acme S.p.A.',
      country: 'IT',
      defaultCurrency: 'EUR',
      currencies: ['EUR', 'USD'],
      onlinePaymentAvailable: true,
    },
    user: {
      id: 'usr_1',
      name: 'Giulia Rossi',
      email: 'giulia.rossi@acme.example',
      role: 'billing',
      permissions: ['invoices:view', 'invoices:pay', 'profile:view', 'profile:manage', 'rewards:redeem'],
      locale: 'it-IT',
    },
    ...overrides,
  };
}

export function invoice(overrides: Partial<Invoice> = {}): Invoice {
  return {
    id: 'inv_1',
    number: 'INV-1',
    type: 'support',
    status: 'open',
    issueDate: '2026-11-01',
    dueDate: '2026-12-01',
    currency: 'USD',
    total: moneyOf(122_000),
    amountPaid: moneyOf(20_000),
    creditsApplied: moneyOf(0),
    rewardsApplied: moneyOf(2_000),
    balanceDue: moneyOf(100_000),
    poNumber: 'PO-77',
    contractId: 'ctr_1',
    orderId: null,
    rewardsEligible: true,
    ...overrides,
  };
}

export function remittance(overrides: Partial<RemittanceInstructions> = {}): RemittanceInstructions {
  return {
    referenceToQuote: 'INV-1',
    wire: {
      beneficiary: 'Customer Center Inc.',
      bankName: 'First Example Bank',
      bankAddress: '1 Main St, Springfield',
      iban: null,
      bic: 'FEBKUS33',
      accountNumber: '000123456789',
      routingNumber: '021000021',
    },
    ach: { beneficiary: 'Customer Center Inc.', routingNumber: '021000021', accountNumber: '000123456789' },
    cheque: {
      payableTo: 'Customer Center Inc.',
      mailTo: {
        line1: 'PO Box 100',
        line2: null,
        city: 'Springfield',
        region: 'IL',
        postalCode: '62701',
        country: 'US',
      },
    },
    ...overrides,
  };
}

export function invoiceDetail(overrides: Partial<InvoiceDetail> = {}): InvoiceDetail {
  return {
    ...invoice(),
    billTo: {
      name: 'Acme S.p.A.',
      address: {
        line1: 'Via Roma 1',
        line2: 'Scala B',
        city: 'Milano',
        region: 'MI',
        postalCode: '20121',
        country: 'IT',
      },
    },
    lines: [
      {
        id: 'line_1',
        description: 'Premium support, November',
        quantity: '1',
        unitPrice: moneyOf(100_000),
        amount: moneyOf(100_000),
        taxRate: '22',
        periodStart: '2026-11-01',
        periodEnd: '2026-11-30',
      },
    ],
    taxes: [{ name: 'IVA', rate: '22', base: moneyOf(100_000), amount: moneyOf(22_000) }],
    subtotal: moneyOf(100_000),
    taxTotal: moneyOf(22_000),
    adjustments: [
      { kind: 'reward', reference: '****-****-****-8HZL', amount: moneyOf(2_000), appliedAt: '2026-11-10T09:00:00Z' },
    ],
    payments: [
      {
        paymentId: 'pay_0',
        paidAt: '2026-11-15T10:15:00Z',
        amount: moneyOf(20_000),
        method: 'wire',
        reference: 'WIRE-0001',
      },
    ],
    remittance: remittance(),
    notes: null,
    ...overrides,
  };
}

export function invoiceSummary(overrides: Partial<InvoiceSummary> = {}): InvoiceSummary {
  return {
    counts: { overdue: 2, open: 3, closed: 10 },
    totals: [
      { currency: 'USD', overdue: moneyOf(50_000), open: moneyOf(100_000) },
      { currency: 'EUR', overdue: moneyOf(0, 'EUR'), open: moneyOf(12_345, 'EUR') },
    ],
    ...overrides,
  };
}

export function emailInvoicesResult(overrides: Partial<EmailInvoicesResult> = {}): EmailInvoicesResult {
  return {
    id: 'eml_1',
    recipients: ['ap@acme.example'],
    invoiceCount: 3,
    sentAt: '2026-11-22T10:15:00Z',
    ...overrides,
  };
}

export function paymentOptions(overrides: Partial<PaymentOptions> = {}): PaymentOptions {
  return {
    country: 'US',
    currency: 'USD',
    onlineAvailable: true,
    methods: [
      { type: 'card', brands: ['visa', 'mastercard', 'amex'], limit: moneyOf(100_000_00), limitInCurrency: null },
      { type: 'paypal' },
      { type: 'direct_debit', scheme: 'ach', mandateText: 'I authorise Customer Center to debit my account.' },
    ],
    minimumAmount: moneyOf(100),
    offline: {
      methods: ['wire', 'ach', 'cheque'],
      instructions: [{ invoiceId: 'inv_1', invoiceNumber: 'INV-1', remittance: remittance() }],
    },
    ...overrides,
  };
}

export function payment(overrides: Partial<Payment> = {}): Payment {
  return {
    id: 'pay_1',
    status: 'succeeded',
    reference: 'PAY-2026-0001',
    amount: moneyOf(100_000),
    method: { type: 'card', brand: 'visa', last4: '4242', label: 'Visa •••• 4242' },
    allocations: [{ invoiceId: 'inv_1', invoiceNumber: 'INV-1', amount: moneyOf(100_000) }],
    createdAt: '2026-11-22T10:15:00Z',
    failure: null,
    nextAction: null,
    ...overrides,
  };
}

export function billingContact(overrides: Partial<BillingContact> = {}): BillingContact {
  return {
    id: 'con_1',
    name: 'Giulia Rossi',
    email: 'giulia.rossi@acme.example',
    phone: '+39 02 1234 5678',
    address: { line1: 'Via Roma 1', line2: null, city: 'Milano', region: null, postalCode: '20121', country: 'IT' },
    isPrimary: true,
    ...overrides,
  };
}

export function savedPaymentMethod(overrides: Partial<SavedPaymentMethod> = {}): SavedPaymentMethod {
  return {
    id: 'pm_1',
    type: 'card',
    brand: 'visa',
    last4: '4242',
    expMonth: 12,
    expYear: 2030,
    holderName: 'Giulia Rossi',
    isDefault: true,
    isExpired: false,
    ...overrides,
  };
}

export function billingProfile(overrides: Partial<BillingProfile> = {}): BillingProfile {
  return {
    contacts: [billingContact()],
    paymentMethods: [
      savedPaymentMethod(),
      savedPaymentMethod({
        id: 'pm_2',
        type: 'direct_debit',
        brand: null,
        last4: '6789',
        expMonth: null,
        expYear: null,
        holderName: null,
        isDefault: false,
      }),
    ],
    plans: [
      {
        id: 'plan_1',
        name: 'Premium support',
        termMonths: 12,
        amount: moneyOf(100_000),
        billingFrequency: 'monthly',
        startDate: '2026-01-01',
        endDate: null,
        nextBillingDate: '2026-12-01',
        status: 'active',
      },
    ],
    paymentsDue: [
      {
        id: 'due_1',
        kind: 'failed_charge',
        description: 'November support charge',
        amount: moneyOf(100_000),
        dueDate: '2026-11-30',
        invoiceId: 'inv_1',
        orderId: null,
        failureReason: 'card_expired',
      },
    ],
    ...overrides,
  };
}

export function billingSchedule(overrides: Partial<BillingSchedule> = {}): BillingSchedule {
  return {
    planId: 'plan_1',
    entries: [
      { date: '2026-11-01', amount: moneyOf(100_000), status: 'paid', invoiceId: 'inv_0' },
      { date: '2026-12-01', amount: moneyOf(100_000), status: 'invoiced', invoiceId: 'inv_1' },
      { date: '2027-01-01', amount: moneyOf(100_000), status: 'scheduled', invoiceId: null },
    ],
    ...overrides,
  };
}

export function rewardsSummary(overrides: Partial<RewardsSummary> = {}): RewardsSummary {
  return {
    balances: [moneyOf(50_000), moneyOf(10_000, 'EUR')],
    history: [
      {
        code: '****-****-****-8HZL',
        invoiceId: 'inv_0',
        invoiceNumber: 'INV-0',
        amount: moneyOf(2_000),
        appliedAt: '2026-11-10T09:00:00Z',
      },
    ],
    ...overrides,
  };
}

export function rewardValidation(overrides: Partial<RewardValidation> = {}): RewardValidation {
  return {
    code: 'SR7K-2M9Q-X4TP-8HZL',
    invoiceId: 'inv_1',
    valid: true,
    reason: null,
    reduction: moneyOf(5_000),
    codeValue: moneyOf(5_000),
    balanceBefore: moneyOf(100_000),
    balanceAfter: moneyOf(95_000),
    ...overrides,
  };
}

export function rewardApplication(overrides: Partial<RewardApplication> = {}): RewardApplication {
  return {
    code: 'SR7K-2M9Q-X4TP-8HZL',
    reduction: moneyOf(5_000),
    invoice: invoice({ rewardsApplied: moneyOf(7_000), balanceDue: moneyOf(95_000) }),
    ...overrides,
  };
}

export function order(overrides: Partial<Order> = {}): Order {
  return {
    id: 'ord_1',
    number: 'ORD-1',
    description: '2 × rack servers',
    placedAt: '2026-10-01T08:00:00Z',
    status: 'shipped',
    total: moneyOf(2_500_000),
    contractId: 'ctr_1',
    invoiceIds: ['inv_2'],
    trackingNumber: '1Z999AA10123456784',
    history: [
      { status: 'booked', at: '2026-10-01T08:00:00Z', note: null },
      { status: 'shipped', at: '2026-10-05T16:30:00+02:00', note: 'Left the warehouse' },
    ],
    ...overrides,
  };
}

export function contract(overrides: Partial<Contract> = {}): Contract {
  return {
    id: 'ctr_1',
    number: 'CTR-1',
    name: 'Enterprise agreement',
    status: 'active',
    startDate: '2026-01-01',
    endDate: '2028-12-31',
    renewalDate: '2028-10-01',
    value: moneyOf(12_000_000, 'EUR'),
    documentIds: ['doc_2'],
    invoiceIds: ['inv_1', 'inv_2'],
    ...overrides,
  };
}

export function billingDocument(overrides: Partial<BillingDocument> = {}): BillingDocument {
  return {
    id: 'doc_1',
    name: 'Invoice INV-1',
    type: 'invoice',
    createdAt: '2026-11-01T00:00:00Z',
    fileName: 'INV-1.pdf',
    contentType: 'application/pdf',
    sizeBytes: 48_213,
    relatedId: 'inv_1',
    ...overrides,
  };
}

export function teamMember(overrides: Partial<TeamMember> = {}): TeamMember {
  return {
    id: 'mem_1',
    name: 'Giulia Rossi',
    email: 'giulia.rossi@acme.example',
    role: 'billing',
    isCurrentUser: true,
    joinedAt: '2025-03-01T12:00:00Z',
    ...overrides,
  };
}

export function invitation(overrides: Partial<Invitation> = {}): Invitation {
  return {
    id: 'inv-tm_1',
    email: 'marco.bianchi@acme.example',
    role: 'technical',
    invitedAt: '2026-11-20T09:00:00Z',
    expiresAt: '2026-12-04T09:00:00Z',
    status: 'pending',
    ...overrides,
  };
}

export function team(overrides: Partial<Team> = {}): Team {
  return {
    members: [
      teamMember(),
      teamMember({
        id: 'mem_2',
        name: 'Luca Verdi',
        email: 'luca.verdi@acme.example',
        role: 'executive',
        isCurrentUser: false,
      }),
    ],
    invitations: [invitation()],
    ...overrides,
  };
}
