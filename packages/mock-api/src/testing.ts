import type { RequestHandler } from 'msw';

/** A running mock API in a test: the browser's service worker or Node's interceptor. */
export interface RunningMockApi {
  /** Adds handlers in front of the mock API's own, e.g. to inject a fault in one test. */
  use(...handlers: RequestHandler[]): void;
  /** Drops handlers added with `use`. */
  resetHandlers(): void;
  stop(): Promise<void>;
}
