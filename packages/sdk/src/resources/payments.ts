import { operations } from '../operations.js';
import type { PagePromise } from '../pagination.js';
import type { Payment, PaymentConfirm, PaymentCreate, PaymentListQuery } from '../schemas/payments.js';
import type { RequestOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Payments. Every write carries an idempotency key, so a retried payment is charged once. */
export class PaymentsResource extends Resource {
  /**
   * Pays invoices. Pass `options.idempotencyKey` (from `createIdempotencyKey()`) created once
   * per attempt, and pass it again to retry that attempt after a timeout or network error:
   * the API then returns the first outcome instead of charging again. Without one, the SDK
   * makes a key for this call, reused by its own retries.
   * A declined card is not an exception: the payment comes back with `status: 'failed'` and `failure`.
   */
  create(params: PaymentCreate, options?: RequestOptions): Promise<Payment> {
    return this.transport.call(operations.createPayment, { body: params, options });
  }

  /** Completes a payment whose `nextAction` asked for PayPal approval. */
  confirm(paymentId: string, params: PaymentConfirm, options?: RequestOptions): Promise<Payment> {
    return this.transport.call(operations.confirmPayment, { pathParams: { paymentId }, body: params, options });
  }

  /** A payment and its confirmation reference. */
  retrieve(paymentId: string, options?: RequestOptions): Promise<Payment> {
    return this.transport.call(operations.retrievePayment, { pathParams: { paymentId }, options });
  }

  /** Payments made, newest first. */
  list(params: PaymentListQuery = {}, options?: RequestOptions): PagePromise<Payment> {
    return this.paginate<Payment>(operations.listPayments, params, options);
  }
}
