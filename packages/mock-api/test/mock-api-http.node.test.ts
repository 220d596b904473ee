import { expect } from 'chai';
import { createBillingClient } from '@customer-center/sdk';
import { startMockApiServer, type MockApi } from '@customer-center/mock-api/server';
import { mockApiScenarios } from './scenarios.js';

// The same scenarios over real HTTP: the server `npx customer-center-mock` runs, on a free port.
describe('mock API (HTTP server)', () => {
  let server: Awaited<ReturnType<typeof startMockApiServer>>;
  let mock: MockApi;

  before(async () => {
    server = await startMockApiServer({ port: 0 });
    mock = server.api;
  });
  after(() => server.close());

  it('answers CORS preflights and exposes the headers the SDK reads', async () => {
    const preflight = await fetch(`${server.url}/payments`, {
      method: 'OPTIONS',
      headers: { origin: 'https://intranet.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).to.equal(204);
    expect(preflight.headers.get('access-control-allow-origin')).to.equal('https://intranet.example');
    expect(preflight.headers.get('access-control-allow-headers')).to.contain('idempotency-key');
    const account = await fetch(`${server.url}/account`, {
      headers: { origin: 'https://intranet.example', authorization: 'Bearer test_us_billing' },
    });
    expect(account.headers.get('access-control-expose-headers')).to.contain('x-request-id');
  });

  it('signs in with the portal’s session cookie as well as a bearer token', async () => {
    const response = await fetch(`${server.url}/account`, {
      headers: { cookie: 'theme=dark; cc_session=test_de_executive' },
    });
    expect(response.status).to.equal(200);
    expect(((await response.json()) as { user: { role: string } }).user.role).to.equal('executive');
  });

  it('serves the SDK over the network', async () => {
    const client = createBillingClient({ baseUrl: server.url, getToken: () => 'test_jp_billing' });
    expect((await client.account.retrieve()).organization.defaultCurrency).to.equal('JPY');
  });

  mockApiScenarios(() => ({ base: server.url, mock }));
});
