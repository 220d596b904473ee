import { operations } from '../operations.js';
import type {
  BillingContact,
  BillingContactUpdate,
  BillingProfile,
  BillingSchedule,
  BillingScheduleFormat,
  PaymentMethodCreate,
  SavedPaymentMethod,
} from '../schemas/profile.js';
import type { DownloadedFile, RequestOptions } from '../transport.js';
import { Resource } from './resource.js';

/** The billing profile: contacts, saved payment methods, plans and payments due. */
export class ProfileResource extends Resource {
  retrieve(options?: RequestOptions): Promise<BillingProfile> {
    return this.transport.call(operations.retrieveProfile, { options });
  }

  /** Updates a billing contact; invoices go to the primary contact's e-mail. */
  updateContact(contactId: string, update: BillingContactUpdate, options?: RequestOptions): Promise<BillingContact> {
    return this.transport.call(operations.updateContact, { pathParams: { contactId }, body: update, options });
  }

  /** Saves a payment method from a tokenizer token (never a card number). */
  addPaymentMethod(params: PaymentMethodCreate, options?: RequestOptions): Promise<SavedPaymentMethod> {
    return this.transport.call(operations.addPaymentMethod, { body: params, options });
  }

  setDefaultPaymentMethod(paymentMethodId: string, options?: RequestOptions): Promise<SavedPaymentMethod> {
    return this.transport.call(operations.setDefaultPaymentMethod, { pathParams: { paymentMethodId }, options });
  }

  removePaymentMethod(paymentMethodId: string, options?: RequestOptions): Promise<void> {
    return this.transport.call(operations.removePaymentMethod, { pathParams: { paymentMethodId }, options });
  }

  retrieveBillingSchedule(planId: string, options?: RequestOptions): Promise<BillingSchedule> {
    return this.transport.call(operations.retrieveBillingSchedule, { pathParams: { planId }, options });
  }

  /** The plan's billing schedule as a CSV or PDF file. */
  downloadBillingSchedule(
    planId: string,
    { format }: { format: BillingScheduleFormat },
    options?: RequestOptions,
  ): Promise<DownloadedFile> {
    return this.transport.download(operations.downloadBillingSchedule, {
      pathParams: { planId },
      query: { format },
      options,
    });
  }
}
