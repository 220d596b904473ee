/// <reference types="node" />
// Must stay the first import: msw needs built-ins that Node 20 lacks.
import './node20-polyfills.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { getResponse, type RequestHandler } from 'msw';
import { createMockApi, type MockApi, type MockApiOptions } from './handlers.js';

export * from './index.js';

const CORS_HEADERS = {
  'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, idempotency-key, accept-language',
  'access-control-expose-headers': 'x-request-id, content-disposition, retry-after, idempotent-replayed',
  'access-control-max-age': '600',
};

/**
 * A Node `http` request listener that answers from the mock API's msw handlers, so the
 * same handlers that serve tests and stories also serve a real HTTP port. Resolves
 * `false` when no handler matched, leaving the response to the caller.
 */
export function createMockApiListener(
  handlers: RequestHandler[] = createMockApi({ baseUrl: '/api' }).handlers,
  { cors = false }: { cors?: boolean } = {},
): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  return async (request, response) => {
    const origin = `http://${request.headers.host ?? 'localhost'}`;
    const corsHeaders: Record<string, string> = cors
      ? { ...CORS_HEADERS, 'access-control-allow-origin': request.headers.origin ?? '*', vary: 'Origin' }
      : {};
    if (cors && request.method === 'OPTIONS') {
      response.writeHead(204, corsHeaders);
      response.end();
      return true;
    }
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
    if (mocked.type === 'error') {
      // The "dropped response" fault: close the connection without an answer.
      request.socket.destroy();
      return true;
    }
    response.writeHead(mocked.status, { ...Object.fromEntries(mocked.headers), ...corsHeaders });
    response.end(Buffer.from(await mocked.arrayBuffer()));
    return true;
  };
}

/** Options of {@link startMockApiServer}. */
export interface MockApiServerOptions extends MockApiOptions {
  readonly port?: number;
  readonly host?: string;
}

/** Serves the mock API over HTTP with CORS on, under `/api`. Resolves once it listens. */
export async function startMockApiServer(
  options: MockApiServerOptions = {},
): Promise<{ server: Server; api: MockApi; url: string; close: () => Promise<void> }> {
  const api = createMockApi({ ...options, baseUrl: options.baseUrl ?? '/api' });
  const listener = createMockApiListener(api.handlers, { cors: true });
  const server = createServer(async (request, response) => {
    try {
      if (await listener(request, response)) return;
      response.writeHead(404, { 'content-type': 'application/problem+json', 'access-control-allow-origin': '*' });
      response.end(
        JSON.stringify({
          type: 'about:blank',
          title: 'Not Found',
          status: 404,
          detail: `No mock API endpoint at ${request.url}`,
        }),
      );
    } catch (error) {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('Mock API error');
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 4010, options.host ?? '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${options.host ?? 'localhost'}:${port}/api`;
  return {
    server,
    api,
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
