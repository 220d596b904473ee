import type { RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers.js';
import type { RunningMockApi } from './testing.js';

export type { RunningMockApi } from './testing.js';

/**
 * Starts the mock API in a browser page through msw's service worker. The page's server
 * must serve msw's `mockServiceWorker.js` at `/mockServiceWorker.js`.
 */
export async function startMockApi(handlers: RequestHandler[] = createHandlers()): Promise<RunningMockApi> {
  const worker = setupWorker(...handlers);
  await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
  return {
    use: (...extra) => worker.use(...extra),
    resetHandlers: () => worker.resetHandlers(),
    stop: async () => {
      await worker.stop();
    },
  };
}
