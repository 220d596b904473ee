import { createContext } from '@lit/context';
import { createBillingClient, type BillingClient } from '@customer-center/sdk';

/**
 * The context `<cc-billing-provider>` provides its client under. The key is a registered
 * symbol, so a provider and an element from two copies of our bundle still find each other.
 */
export const billingClientContext = createContext<BillingClient | undefined>(
  Symbol.for('customer-center/billing-client'),
);

/** How long widgets' shared clients keep answers, so a second widget renders from the cache. */
export const WIDGET_CACHE_TTL_MS = 30_000;

export interface SharedClientOptions {
  /** A bearer token for the billing API (demos and the mock API; production hosts pass `getToken`). */
  readonly token?: string | null;
  readonly getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  readonly credentials?: RequestCredentials;
}

const REGISTRY = Symbol.for('customer-center/billing-clients');

function registry(): Map<string, BillingClient> {
  const global = globalThis as { [REGISTRY]?: Map<string, BillingClient> };
  return (global[REGISTRY] ??= new Map());
}

/**
 * The one client for an API base on this page. Widgets configured by attributes alone share
 * it, and with it its cache and change notifications: a payment made in one widget refreshes
 * the others. The registry lives on `globalThis`, so two copies of the bundle share it too.
 */
export function sharedClient(apiBase: string, options: SharedClientOptions = {}): BillingClient {
  const baseUrl = new URL(apiBase, document.baseURI).href;
  // A getToken function has no stable identity to key on: such clients are not shared.
  if (options.getToken) return create(baseUrl, options);
  const key = JSON.stringify([baseUrl, options.token ?? null, options.credentials ?? null]);
  let client = registry().get(key);
  if (!client) {
    client = create(baseUrl, options);
    registry().set(key, client);
  }
  return client;
}

function create(baseUrl: string, { token, getToken, credentials }: SharedClientOptions): BillingClient {
  return createBillingClient({
    baseUrl,
    cacheTtl: WIDGET_CACHE_TTL_MS,
    ...(getToken ? { getToken } : token ? { getToken: () => token } : {}),
    ...(credentials ? { credentials } : {}),
    // The API answers in the page's language, and follows it when the host changes <html lang>.
    locale: () => document.documentElement.lang || undefined,
  });
}
