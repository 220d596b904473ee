import { operations } from '../operations.js';
import type { PagePromise } from '../pagination.js';
import type { Contract, ContractListQuery } from '../schemas/contracts.js';
import type { DownloadedFile, RequestOptions } from '../transport.js';
import { Resource } from './resource.js';

/** Contracts and their documents. */
export class ContractsResource extends Resource {
  /** A page of contracts (filter by `status`); `for await` the result to walk every page. */
  list(params: ContractListQuery = {}, options?: RequestOptions): PagePromise<Contract> {
    return this.paginate<Contract>(operations.listContracts, params, options);
  }

  /** One contract with its term, renewal date, value, documents and invoices. */
  retrieve(contractId: string, options?: RequestOptions): Promise<Contract> {
    return this.transport.call(operations.retrieveContract, { pathParams: { contractId }, options });
  }

  /** The contract document as a PDF. */
  download(contractId: string, options?: RequestOptions): Promise<DownloadedFile> {
    return this.transport.download(operations.downloadContract, { pathParams: { contractId }, options });
  }
}
