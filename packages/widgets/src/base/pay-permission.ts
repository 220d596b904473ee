import { msg } from '../i18n/msg.js';
import type { BillingClient } from '@customer-center/sdk';

/**
 * Whether the signed-in role may pay invoices (the `invoices:pay` permission), so a role
 * that may not is not offered a Pay button that could only fail. True when the account
 * cannot be read: the API still refuses a payment it does not allow, and the dialog says so.
 */
export async function mayPay(client: BillingClient, signal?: AbortSignal): Promise<boolean> {
  try {
    const { user } = await client.account.retrieve({ signal });
    return user.permissions.includes('invoices:pay');
  } catch (error) {
    if (signal?.aborted) throw error;
    return true;
  }
}

/** Shown where a Pay button would be, to a role that may not pay. */
export function cannotPayMessage(): string {
  return msg('Your role cannot make payments. Ask a billing contact of your organisation to pay these.');
}
