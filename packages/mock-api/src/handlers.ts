import { http, HttpResponse, type RequestHandler } from 'msw';
import { MOCK_API_VERSION } from './version.js';

/** Options for {@link createHandlers}. */
export interface MockApiOptions {
  /**
   * Where the mock API lives. The default `*\/api` matches `/api` on any origin, so the
   * same handlers serve a browser page, a Node test and the demo server alike.
   */
  readonly baseUrl?: string;
}

/** The msw request handlers of the mock billing API. */
export function createHandlers({ baseUrl = '*/api' }: MockApiOptions = {}): RequestHandler[] {
  return [
    http.get(`${baseUrl}/health`, () =>
      HttpResponse.json({ status: 'ok', service: 'customer-center-mock-api', version: MOCK_API_VERSION }),
    ),
  ];
}
