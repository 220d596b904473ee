/// <reference types="node" />
// Must stay the first import: msw/node needs built-ins that Node 20 lacks.
import './node20-polyfills.js';
import type { RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { createHandlers } from './handlers.js';
import type { RunningMockApi } from './testing.js';

export type { RunningMockApi } from './testing.js';

/** Starts the mock API in Node by intercepting `fetch` in this process. */
export async function startMockApi(handlers: RequestHandler[] = createHandlers()): Promise<RunningMockApi> {
  const server = setupServer(...handlers);
  server.listen({ onUnhandledFrame: 'bypass' });
  return {
    use: (...extra) => server.use(...extra),
    resetHandlers: () => server.resetHandlers(),
    stop: async () => {
      server.close();
    },
  };
}
