import { operations } from '../operations.js';
import type { PaymentOptions, PaymentOptionsQuery } from '../schemas/payments.js';
import type { RequestOptions } from '../transport.js';
import { Resource } from './resource.js';

/** What a payer may use, by the account's country and the invoices' currency. */
export class PaymentOptionsResource extends Resource {
  /** Online methods (card with its limit, PayPal, direct debit) and offline instructions for these invoices. */
  retrieve(params: PaymentOptionsQuery, options?: RequestOptions): Promise<PaymentOptions> {
    return this.transport.call(operations.retrievePaymentOptions, { query: params, options });
  }
}
