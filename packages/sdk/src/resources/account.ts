import { operations } from '../operations.js';
import type { Account } from '../schemas/account.js';
import type { RequestOptions } from '../transport.js';
import { Resource } from './resource.js';

/** The organisation and the signed-in user. */
export class AccountResource extends Resource {
  /** The organisation (country, currencies, online payment) and the user with role and permissions. */
  retrieve(options?: RequestOptions): Promise<Account> {
    return this.transport.call(operations.retrieveAccount, { options });
  }
}
