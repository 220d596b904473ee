#!/usr/bin/env node
// `npm start` serves this folder on http://localhost:8000/ (PORT overrides), the built
// self-contained bundle under /dist/, and the mock billing API under /api/ on the same
// origin. Run through `npm start`, which builds first.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMockApiListener } from '@customer-center/mock-api/server';

const examplesDir = fileURLToPath(new URL('.', import.meta.url));
const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
const port = Number(process.env.PORT ?? 8000);

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The file a URL path names inside `root`, or null when it would leave `root` or does not exist. */
function fileFor(root, urlPath) {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  let file = join(root, relative);
  if (file !== root.replace(/[/\\]$/, '') && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

const mockApi = createMockApiListener();

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  try {
    if (pathname.startsWith('/api/')) {
      if (await mockApi(request, response)) return;
      response.writeHead(404, { 'content-type': 'application/problem+json' });
      response.end(
        JSON.stringify({
          type: 'about:blank',
          title: 'Not Found',
          status: 404,
          detail: `No mock API endpoint at ${pathname}`,
        }),
      );
      return;
    }
    const file = pathname.startsWith('/dist/')
      ? fileFor(distDir, pathname.slice('/dist/'.length))
      : fileFor(examplesDir, pathname);
    if (!file || file.endsWith('.mjs')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(response);
  } catch (error) {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Internal error');
  }
});

server.listen(port, () => {
  const { port: actualPort } = server.address();
  console.log(`Customer Center demo: http://localhost:${actualPort}/`);
  console.log(`Mock billing API:     http://localhost:${actualPort}/api/health`);
});
