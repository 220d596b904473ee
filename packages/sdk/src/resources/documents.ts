import { operations } from '../operations.js';
import type { PagePromise } from '../pagination.js';
import type { BillingDocument, DocumentListQuery } from '../schemas/documents.js';
import type { DownloadedFile, RequestOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Every downloadable document: invoices, contracts, order documents, billing schedules. */
export class DocumentsResource extends Resource {
  /** A page of documents (filter by `type`); `for await` the result to walk every page. */
  list(params: DocumentListQuery = {}, options?: RequestOptions): PagePromise<BillingDocument> {
    return this.paginate<BillingDocument>(operations.listDocuments, params, options);
  }

  /** A document's file, with the file name the API gives it. */
  download(documentId: string, options?: RequestOptions): Promise<DownloadedFile> {
    return this.transport.download(operations.downloadDocument, { pathParams: { documentId }, options });
  }
}
