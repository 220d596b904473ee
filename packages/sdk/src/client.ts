import type { CacheTag } from './operations.js';
import { AccountResource } from './resources/account.js';
import { ContractsResource } from './resources/contracts.js';
import { DocumentsResource } from './resources/documents.js';
import { InvoicesResource } from './resources/invoices.js';
import { OrdersResource } from './resources/orders.js';
import { PaymentOptionsResource } from './resources/payment-options.js';
import { PaymentsResource } from './resources/payments.js';
import { ProfileResource } from './resources/profile.js';
import { RewardsResource } from './resources/rewards.js';
import { TeamResource } from './resources/team.js';
import { Transport, type BillingClientOptions, type SessionEndedListener } from './transport.js';

/** A typed client of the billing API, one object per resource. */
export interface BillingClient {
  readonly account: AccountResource;
  readonly invoices: InvoicesResource;
  readonly paymentOptions: PaymentOptionsResource;
  readonly payments: PaymentsResource;
  readonly profile: ProfileResource;
  readonly rewards: RewardsResource;
  readonly orders: OrdersResource;
  readonly contracts: ContractsResource;
  readonly documents: DocumentsResource;
  readonly team: TeamResource;
  /**
   * Calls `listener` when data under `tags` (any, if omitted) changed through this client,
   * e.g. `invoices` after a payment. Returns the unsubscribe function.
   */
  subscribe(listener: (tags: ReadonlySet<CacheTag>) => void, tags?: Iterable<CacheTag>): () => void;
  /** Drops cached reads under `tags` and notifies subscribers, e.g. after a change made elsewhere. */
  invalidate(tags: Iterable<CacheTag>): void;
  /**
   * Calls `listener` when the person's session ends: a call was refused with 401 even after
   * `getToken` was asked for a new token. Called once per ended session (again only after a
   * call has succeeded since), so a page with many widgets signs the person in once. Returns
   * the unsubscribe function.
   */
  onSessionEnded(listener: SessionEndedListener): () => void;
}

/**
 * Creates a billing client.
 *
 * ```ts
 * const client = createBillingClient({ baseUrl: '/api/', getToken: () => session.token });
 * for await (const invoice of client.invoices.list({ status: 'overdue' })) console.log(invoice.number);
 * ```
 */
export function createBillingClient(options: BillingClientOptions): BillingClient {
  const transport = new Transport(options);
  return {
    account: new AccountResource(transport),
    invoices: new InvoicesResource(transport),
    paymentOptions: new PaymentOptionsResource(transport),
    payments: new PaymentsResource(transport),
    profile: new ProfileResource(transport),
    rewards: new RewardsResource(transport),
    orders: new OrdersResource(transport),
    contracts: new ContractsResource(transport),
    documents: new DocumentsResource(transport),
    team: new TeamResource(transport),
    subscribe: (listener, tags) => transport.cache.subscribe(listener, tags),
    invalidate: (tags) => transport.cache.invalidate(tags),
    onSessionEnded: (listener) => transport.onSessionEnded(listener),
  };
}
