import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { createBillingClient, operations, type OperationId } from '@customer-center/sdk';
import {
  createMockApi,
  MockStore,
  type FaultSettings,
  type MockApi,
  type SeedOptions,
} from '@customer-center/mock-api';
import '@customer-center/widgets/billing-provider';
import manifest from '../packages/widgets/custom-elements.json';
import { LOCALES, THEMES, themeStyle } from '../stories/support/toolbars.js';

// Every story runs against its own mock billing API (the same one the tests and the demo
// use), served by msw through msw-storybook-addon. A story describes its data and faults in
// `parameters.mockApi`; the decorator wraps it in a <cc-billing-provider> with a fresh client,
// so no story sees another's cached answers.

/** What a story asks of the mock API. */
export interface MockApiParameters {
  /** Who is signed in: `test_<organisation>_<role>`. Default `test_us_billing`. */
  readonly token?: string;
  /** Injected latency, errors, timeouts… (the mock's `FaultSettings`). */
  readonly faults?: FaultSettings;
  /** The seed's options: `{ largeAccount: { organizationSlug: 'us', invoices: 10_000 } }`, say. */
  readonly store?: SeedOptions;
  /** Changes the seeded store before the story renders (an empty account, an expired card…). */
  readonly setup?: (mock: MockApi) => void;
  /**
   * Operations the API refuses with 403 `forbidden`, as it does for a role without the
   * permission. Every seeded role may view the team, contracts and documents; an API's own
   * roles may not, and the elements show their no-access state then.
   */
  readonly forbidden?: readonly OperationId[];
  /** Render without the provider (the story brings its own client). Default true. */
  readonly provider?: boolean;
}

declare module '@storybook/web-components-vite' {
  interface Parameters {
    mockApi?: MockApiParameters;
  }
}

setCustomElementsManifest(manifest);

const withBillingProvider: Decorator = (story, { parameters, globals }) => {
  const options = (parameters.mockApi ?? {}) as MockApiParameters;
  if (options.provider === false) return story();
  const token = options.token ?? 'test_us_billing';
  // No retries: a story of a fault shows the fault at once.
  const client = createBillingClient({ baseUrl: '/api', getToken: () => token, maxRetries: 0, timeout: 8000 });
  // The Direction toolbar, when not "auto", overrides the locale's direction as a host can: on the provider.
  const direction = globals['direction'] as string | undefined;
  return html`<cc-billing-provider .client=${client} dir=${ifDefined(direction === 'auto' ? undefined : direction)}
    >${story()}</cc-billing-provider
  >`;
};

/** Locale, direction and theme from the toolbars, on the story's root as a host page would set them. */
const withPageSettings: Decorator = (story, { globals }) => {
  const locale = (globals['locale'] as string | undefined) ?? 'en';
  const direction = (globals['direction'] as string | undefined) ?? 'auto';
  const root = document.documentElement;
  root.lang = locale;
  root.dir = direction === 'auto' ? (LOCALES.find((entry) => entry.value === locale)?.dir ?? 'ltr') : direction;
  const theme = THEMES.find((entry) => entry.value === globals['theme']) ?? THEMES[0]!;
  root.setAttribute('style', themeStyle(theme));
  return story();
};

/** Answers `id` with the 403 problem the API sends a role without its permission. */
function forbiddenHandler(id: OperationId) {
  const operation = operations[id];
  const method = operation.method.toLowerCase() as Lowercase<typeof operation.method>;
  return http[method](`/api${operation.path.replace(/\{(\w+)\}/g, ':$1')}`, () =>
    HttpResponse.json(
      {
        type: 'about:blank',
        title: 'Forbidden',
        status: 403,
        code: 'forbidden',
        detail: `This contact may not do this (needs ${operation.permission ?? 'a permission'})`,
        requestId: `req_story_${id}`,
      },
      { status: 403, headers: { 'content-type': 'application/problem+json', 'x-request-id': `req_story_${id}` } },
    ),
  );
}

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker();
      await worker.start({
        quiet: true,
        onUnhandledRequest: 'bypass',
        serviceWorker: { url: './mockServiceWorker.js' },
      });
      return worker;
    }),
  ],
  async beforeEach({ msw, parameters }) {
    const options = (parameters.mockApi ?? {}) as MockApiParameters;
    const mock = createMockApi({ baseUrl: '/api', store: new MockStore(options.store), faults: options.faults ?? {} });
    options.setup?.(mock);
    msw.use(...(options.forbidden ?? []).map(forbiddenHandler), ...mock.handlers);
  },
  decorators: [withBillingProvider, withPageSettings],
  globalTypes: {
    locale: {
      description: 'The page language (<html lang>)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: LOCALES.map(({ value, title }) => ({ value, title })),
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction (auto follows the locale)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction of the locale' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light, dark, or a brand theme made only of public custom properties',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: THEMES.map(({ value, title }) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', direction: 'auto', theme: 'light' },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
