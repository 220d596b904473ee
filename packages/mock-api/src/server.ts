/// <reference types="node" />
// Must stay the first import: msw needs built-ins that Node 20 lacks.
import './node20-polyfills.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { getResponse, type RequestHandler } from 'msw';
import { createHandlers } from './handlers.js';

/**
 * A Node `http` request listener that answers from the mock API's msw handlers, so the
 * same handlers that serve tests and stories also serve a real HTTP port (`npm start`).
 * Resolves `false` when no handler matched, leaving the response to the caller.
 */
export function createMockApiListener(
  handlers: RequestHandler[] = createHandlers({ baseUrl: '/api' }),
): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  return async (request, response) => {
    const origin = `http://${request.headers.host ?? 'localhost'}`;
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
    const fetchRequest = new Request(new URL(request.url ?? '/', origin), {
      method: request.method ?? 'GET',
      headers: Object.entries(request.headers).flatMap(([name, value]) =>
        value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v): [string, string] => [name, v]),
      ),
      body: hasBody ? (Readable.toWeb(request) as ReadableStream<Uint8Array>) : null,
      // Node's fetch requires this for streamed request bodies.
      ...(hasBody ? { duplex: 'half' } : {}),
    } as RequestInit);
    const mocked = await getResponse(handlers, fetchRequest, { baseUrl: origin });
    if (!mocked) return false;
    response.writeHead(mocked.status, Object.fromEntries(mocked.headers));
    response.end(Buffer.from(await mocked.arrayBuffer()));
    return true;
  };
}
