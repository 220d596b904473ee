#!/usr/bin/env node
// `npm start` serves the examples on http://localhost:8000/ (PORT overrides): the intranet
// demo at /intranet/ (where / redirects), the other embedding examples beside it, the built
// self-contained bundle under /dist/, the React and Vue examples' Vite builds under /react/
// and /vue/, and the mock billing API under /api/ on the same origin. Its data persists
// while the server runs; POST /api/__mock/reset restores the seed. Run through `npm start`,
// which builds first.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMockApiListener } from '@customer-center/mock-api/server';
import { STRICT_CSP_HEADERS } from './csp/headers.mjs';

const examplesDir = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.PORT ?? 8000);

/** URL prefixes served from build output rather than from examples/ itself. */
const BUILT_ROOTS = [
  ['/dist/', fileURLToPath(new URL('../dist/', import.meta.url))],
  ['/react/', fileURLToPath(new URL('./react/dist/', import.meta.url))],
  ['/vue/', fileURLToPath(new URL('./vue/dist/', import.meta.url))],
];

/** Extra response headers by URL prefix. */
const HEADERS_BY_PREFIX = [['/csp/', STRICT_CSP_HEADERS]];

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
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

/** Sources, tests and dependencies in examples/ are not part of any page. */
function isServable(file) {
  const relative = file.slice(examplesDir.length);
  return (
    !file.endsWith('.mjs') &&
    !/(^|[/\\])(node_modules|test|src)([/\\]|$)/.test(relative) &&
    !/package(-lock)?\.json$/.test(relative)
  );
}

function resolveFile(pathname) {
  for (const [prefix, root] of BUILT_ROOTS) {
    if (pathname.startsWith(prefix)) return fileFor(root, pathname.slice(prefix.length));
  }
  const file = fileFor(examplesDir, pathname);
  return file && isServable(file) ? file : null;
}

function sendProblem(response, status, title, detail) {
  response.writeHead(status, { 'content-type': 'application/problem+json' });
  response.end(JSON.stringify({ type: 'about:blank', title, status, detail }));
}

const mockApi = createMockApiListener();

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  try {
    if (pathname.startsWith('/api/')) {
      if (await mockApi(request, response)) return;
      sendProblem(response, 404, 'Not Found', `No mock API endpoint at ${pathname}`);
      return;
    }
    if (pathname === '/') {
      response.writeHead(302, { location: '/intranet/' });
      response.end();
      return;
    }
    // A folder without its trailing slash: redirect, so the page's relative URLs resolve.
    if (!extname(pathname) && !pathname.endsWith('/') && resolveFile(`${pathname}/`)) {
      response.writeHead(301, { location: `${pathname}/` });
      response.end();
      return;
    }
    const file = resolveFile(pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    const extraHeaders = HEADERS_BY_PREFIX.find(([prefix]) => pathname.startsWith(prefix))?.[1] ?? {};
    response.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      ...extraHeaders,
    });
    createReadStream(file).pipe(response);
  } catch (error) {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Internal error');
  }
});

/** The demo users, one line per organisation, from the mock API itself. */
async function describeDemoUsers(base) {
  try {
    const organizations = await (await fetch(`${base}/api/__mock/users`)).json();
    return organizations.map(({ organization, members }) => {
      // The first member of each role; the seed's other members sign in the same way.
      const tokens = ['billing', 'technical', 'executive']
        .map((role) => members.find((member) => member.role === role))
        .filter(Boolean)
        .map((member) => `${member.role} ${member.token}`);
      return `  ${organization.name} (${organization.country}, ${organization.defaultCurrency}): ${tokens.join(', ')}`;
    });
  } catch (error) {
    return [`  (could not list them: ${error instanceof Error ? error.message : String(error)})`];
  }
}

server.listen(port, async () => {
  const { port: actualPort } = server.address();
  const base = `http://localhost:${actualPort}`;
  console.log(`Customer Center demo: ${base}/`);
  console.log(`Mock billing API:     ${base}/api/health (reset: POST ${base}/api/__mock/reset)`);
  console.log(`Other examples:       ${base}/no-build/  ${base}/csp/  ${base}/react/  ${base}/vue/`);
  console.log('Demo users (pick one in the page, or send "Authorization: Bearer <token>" to the API):');
  for (const line of await describeDemoUsers(base)) console.log(line);
});
