import { expect } from 'chai';
import { request } from 'node:http';
import { startDemoServer } from './test/harness.mjs';

// The real `npm start` server on a free port (from sources, so no build is needed for these).
describe('npm start server (examples/serve.mjs)', () => {
  let server;
  let base;

  before(async () => {
    server = await startDemoServer();
    base = server.base;
  });
  after(() => server.stop());

  it('prints its URL, redirects / to the intranet demo and serves it', async () => {
    const root = await fetch(`${base}/`, { redirect: 'manual' });
    expect(root.status).to.equal(302);
    expect(root.headers.get('location')).to.equal('/intranet/');
    const response = await fetch(`${base}/intranet/`);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.contain('text/html');
    const page = await response.text();
    expect(page).to.contain('<script type="module" src="/dist/customer-center.js"></script>');
    expect(page).to.contain('<cc-invoice-list');
    const folder = await fetch(`${base}/no-build`, { redirect: 'manual' });
    expect(folder.status).to.equal(301);
    expect(folder.headers.get('location')).to.equal('/no-build/');
  });

  it('sends the strict Content-Security-Policy with every page under /csp/', async () => {
    const policy = (await fetch(`${base}/csp/`)).headers.get('content-security-policy');
    expect(policy).to.contain("require-trusted-types-for 'script'");
    expect(policy).not.to.match(/unsafe-(inline|eval)/);
    expect((await fetch(`${base}/intranet/`)).headers.get('content-security-policy')).to.equal(null);
  });

  it('serves the mock API on the same origin, with problem+json for unknown endpoints', async () => {
    const health = await fetch(`${base}/api/health`);
    expect(health.status).to.equal(200);
    expect(await health.json()).to.include({ status: 'ok' });
    const missing = await fetch(`${base}/api/no-such-thing`);
    expect(missing.status).to.equal(404);
    expect(missing.headers.get('content-type')).to.equal('application/problem+json');
  });

  it('never serves files outside examples/ and dist/', async () => {
    // fetch() would normalise "..", so send the raw path.
    const status = await new Promise((resolve, reject) => {
      const url = new URL(base);
      request({ host: url.hostname, port: url.port, path: '/../package.json' }, (response) => {
        response.resume();
        resolve(response.statusCode);
      })
        .on('error', reject)
        .end();
    });
    expect(status).to.equal(404);
    expect((await fetch(`${base}/%2e%2e/package.json`)).status).to.equal(404);
    expect((await fetch(`${base}/serve.mjs`)).status).to.equal(404);
    // The examples' sources, tests and manifests are not pages.
    expect((await fetch(`${base}/test/harness.mjs`)).status).to.equal(404);
    expect((await fetch(`${base}/react/package.json`)).status).to.equal(404);
    expect((await fetch(`${base}/vue/src/App.vue`)).status).to.equal(404);
  });
});
