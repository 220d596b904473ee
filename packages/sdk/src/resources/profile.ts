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
import type { Invoice } from '../schemas/invoices.js';
import type { DownloadedFile, RequestOptions } from '../transport.js';
import { Resource } from './resource.js';

/** The billing profile: contacts, saved payment methods, plans and payments due. */
export class ProfileResource extends Resource {
  /** Contacts, saved payment methods (expired ones flagged), plans and payments due. */
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

  /** Makes a saved payment method the default for future charges. */
  setDefaultPaymentMethod(paymentMethodId: string, options?: RequestOptions): Promise<SavedPaymentMethod> {
    return this.transport.call(operations.setDefaultPaymentMethod, { pathParams: { paymentMethodId }, options });
  }

  /** Removes a saved payment method; the API refuses (409) to remove the only default one. */
  removePaymentMethod(paymentMethodId: string, options?: RequestOptions): Promise<void> {
    return this.transport.call(operations.removePaymentMethod, { pathParams: { paymentMethodId }, options });
  }

  /** A plan's billing schedule: dates, amounts and whether each was invoiced or paid. */
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

  /**
   * Issues the invoice for a payment due that has none yet (a pending order, a support
   * renewal), so it can be paid: payments are made against invoices only. Idempotent: once
   * issued, every call returns the same invoice.
   */
  issuePaymentDueInvoice(paymentDueId: string, options?: RequestOptions): Promise<Invoice> {
    return this.transport.call(operations.issuePaymentDueInvoice, { pathParams: { paymentDueId }, options });
  }
}
