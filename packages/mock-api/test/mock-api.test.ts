import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { createMockApi, MOCK_API_VERSION, type MockApi } from '@customer-center/mock-api';
import { startMockApi, type RunningMockApi } from '@customer-center/mock-api/testing';
import { mockApiScenarios } from './scenarios.js';

// In-process: msw's service worker in Chromium, its fetch interceptor in Node.
const base = 'http://billing.test/api';

describe('mock API (in process)', () => {
  let mock: MockApi;
  let running: RunningMockApi;

  before(async () => {
    mock = createMockApi({ baseUrl: base });
    running = await startMockApi(mock.handlers);
  });
  afterEach(() => running.resetHandlers());
  after(() => running.stop());

  it('answers the health endpoint without credentials', async () => {
    const response = await fetch(`${base}/health`);
    expect(await response.json()).to.deep.equal({
      status: 'ok',
      service: 'customer-center-mock-api',
      version: MOCK_API_VERSION,
    });
  });

  it('lets a test put a fault in front of the handlers, then drop it', async () => {
    running.use(http.get(`${base}/health`, () => HttpResponse.json({ title: 'Down' }, { status: 503 })));
    expect((await fetch(`${base}/health`)).status).to.equal(503);
    running.resetHandlers();
    expect((await fetch(`${base}/health`)).status).to.equal(200);
  });

  mockApiScenarios(() => ({ base, mock }));
});
