import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { MOCK_API_VERSION } from '@customer-center/mock-api';
import { startMockApi, type RunningMockApi } from '@customer-center/mock-api/testing';

// The same file runs in Chromium (service worker) and in Node (fetch interceptor).
describe('mock API wiring', () => {
  let api: RunningMockApi;
  // A full URL works in both environments (Node's fetch has no page origin).
  const base = 'http://billing.test/api';

  before(async () => {
    api = await startMockApi();
  });
  afterEach(() => api.resetHandlers());
  after(() => api.stop());

  it('answers the health endpoint', async () => {
    const response = await fetch(`${base}/health`);
    expect(response.status).to.equal(200);
    expect(await response.json()).to.deep.equal({
      status: 'ok',
      service: 'customer-center-mock-api',
      version: MOCK_API_VERSION,
    });
  });

  it('lets a test put a fault in front of the handlers, then drop it', async () => {
    api.use(http.get(`${base}/health`, () => HttpResponse.json({ title: 'Down' }, { status: 503 })));
    expect((await fetch(`${base}/health`)).status).to.equal(503);
    api.resetHandlers();
    expect((await fetch(`${base}/health`)).status).to.equal(200);
  });
});
