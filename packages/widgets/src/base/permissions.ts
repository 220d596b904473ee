import { msg } from '../i18n/msg.js';
import type { BillingClient, Permission } from '@customer-center/sdk';
import type { ReactiveControllerHost } from 'lit';
import { Loader } from './loader.js';

/**
 * Whether the signed-in role may pay invoices (the `invoices:pay` permission), so a role
 * that may not is not offered a Pay button that could only fail. True when the account
 * cannot be read: the API still refuses a payment it does not allow, and the dialog says so.
 */
export function mayPay(client: BillingClient, signal?: AbortSignal): Promise<boolean> {
  return hasPermission(client, 'invoices:pay', signal);
}

/**
 * Whether the signed-in role has `permission`, from the account (read once and shared by the
 * page's elements through the client's cache), so an element does not ask for what the API
 * would refuse with a 403 (which the browser logs as an error). True when the account cannot
 * be read: the API still decides, and the element handles its 403.
 */
export async function hasPermission(
  client: BillingClient,
  permission: Permission,
  signal?: AbortSignal,
): Promise<boolean> {
  try {
    const { user } = await client.account.retrieve({ signal });
    return user.permissions.includes(permission);
  } catch (error) {
    if (signal?.aborted) throw error;
    return true;
  }
}

/**
 * An element's `mayPay`, reloaded when its client changes: `value` is `false` once the role is
 * known not to pay, and undefined until then (the Pay button stays usable meanwhile).
 */
export function payAccessLoader(
  host: ReactiveControllerHost,
  client: () => BillingClient | undefined,
): Loader<readonly [BillingClient | undefined], boolean> {
  return new Loader(
    host,
    async ([current], { signal }) => (current ? mayPay(current, signal) : true),
    () => [client()] as const,
  );
}

/** Shown where a Pay button would be, to a role that may not pay. */
export function cannotPayMessage(): string {
  return msg('Your role cannot make payments. Ask a billing contact of your organisation to pay these.');
}
