import { createBillingClient, type BillingClient } from '@customer-center/sdk';
import { createMockApi, type MockApi, type OrganizationData } from '@customer-center/mock-api';
import { startMockApi, type RunningMockApi } from '@customer-center/mock-api/testing';
import './reset-language.js';

export { localeSettled, setPageLanguage } from './locale-support.js';

// What the elements' browser tests share: the mock API per describe block, clients per test
// token, and ways to find things the way a person does (by a button's words).

export const BASE = '/api';

/** A script-like string for checking that API text is rendered as text. */
export const XSS = '<img src=x onerror="window.__xss=1">';

/** A fresh client for a test token, without the SDK's retries so faults show at once. */
export function clientFor(token = 'test_us_billing'): BillingClient {
  return createBillingClient({ baseUrl: BASE, getToken: () => token, maxRetries: 0, timeout: 5000 });
}

/** A client like `clientFor` that records the path of every request, to check what was never asked. */
export function recordingClientFor(token = 'test_us_billing'): { client: BillingClient; asked: string[] } {
  const asked: string[] = [];
  const client = createBillingClient({
    baseUrl: BASE,
    getToken: () => token,
    maxRetries: 0,
    timeout: 5000,
    fetch: (input, init) => {
      asked.push(new URL(input instanceof Request ? input.url : String(input)).pathname);
      return fetch(input, init);
    },
  });
  return { client, asked };
}

/** The mock API of a describe block, and a way to put a handler in front of it for one test. */
export interface MockApiAccess {
  (): MockApi;
  use(...handlers: Parameters<RunningMockApi['use']>): void;
}

/**
 * Starts the mock API for a describe block. After each test the store, the faults and any
 * extra handlers are reset, open dialogs closed (one left open makes the page inert) and
 * the XSS marker cleared.
 */
export function useMockApi(): MockApiAccess {
  let mock: MockApi;
  let running: RunningMockApi;
  before(async () => {
    mock = createMockApi({ baseUrl: BASE });
    running = await startMockApi(mock.handlers);
  });
  afterEach(() => {
    running.resetHandlers();
    mock.faults.clear();
    mock.store.reset();
    for (const dialog of openDialogs(document)) dialog.close();
    delete (window as { __xss?: number }).__xss;
  });
  after(() => running.stop());
  const access = (() => mock) as MockApiAccess;
  access.use = (...handlers) => running.use(...handlers);
  return access;
}

/** Every open `<dialog>`, through open shadow roots. */
export function openDialogs(root: Document | ShadowRoot | Element): HTMLDialogElement[] {
  const found: HTMLDialogElement[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element instanceof HTMLDialogElement && element.open) found.push(element);
    if (element.shadowRoot) found.push(...openDialogs(element.shadowRoot));
  }
  return found;
}

/** An organisation of the mock's store (live objects: `structuredClone` to compare before and after). */
export function org(mock: MockApi, slug = 'us'): OrganizationData {
  return mock.store.organizations.find((candidate) => candidate.slug === slug)!;
}

/** A node's text as a person reads it: white space collapsed. */
export const text = (node: Node | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The button whose words are `label` (or match it). */
export function button(scope: ParentNode, label: string | RegExp): HTMLButtonElement | undefined {
  return [...scope.querySelectorAll<HTMLButtonElement>('button')].find((candidate) =>
    typeof label === 'string' ? text(candidate) === label : label.test(text(candidate)),
  );
}
