import { operations } from '../operations.js';
import type { PagePromise } from '../pagination.js';
import type {
  EmailInvoicesRequest,
  EmailInvoicesResult,
  Invoice,
  InvoiceDetail,
  InvoiceFilter,
  InvoiceListQuery,
  InvoiceSummary,
} from '../schemas/invoices.js';
import type { DownloadedFile, RequestOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Invoices: list, summary, detail, PDF, and e-mailing the list. */
export class InvoicesResource extends Resource {
  /**
   * A page of invoices; `for await` the result to walk every page.
   * Without `sort`, overdue come first (most overdue first), then open, then closed.
   */
  list(params: InvoiceListQuery = {}, options?: RequestOptions): PagePromise<Invoice> {
    return this.paginate<Invoice>(operations.listInvoices, params, options);
  }

  /** Counts per status and totals per currency for a filter. */
  summary(filter: InvoiceFilter = {}, options?: RequestOptions): Promise<InvoiceSummary> {
    return this.transport.call(operations.retrieveInvoiceSummary, { query: filter, options });
  }

  /** One invoice with its lines, taxes, adjustments, payments and remittance instructions. */
  retrieve(invoiceId: string, options?: RequestOptions): Promise<InvoiceDetail> {
    return this.transport.call(operations.retrieveInvoice, { pathParams: { invoiceId }, options });
  }

  /** The invoice's PDF, with the file name the API gives it. */
  download(invoiceId: string, options?: RequestOptions): Promise<DownloadedFile> {
    return this.transport.download(operations.downloadInvoice, { pathParams: { invoiceId }, options });
  }

  /** E-mails the list of invoices matching `filter` to `recipients`. */
  email(params: EmailInvoicesRequest, options?: RequestOptions): Promise<EmailInvoicesResult> {
    return this.transport.call(operations.emailInvoices, { body: params, options });
  }
}
