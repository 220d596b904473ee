// Subject: <cc-invoice-list> itself, given a client whose cache already holds its first reads.
import { createBillingClient } from '@customer-center/sdk';
import '@customer-center/widgets/invoice-list';
import type { Prepare } from '../shared.js';

const HOUR_MS = 3_600_000;

export const prepare: Prepare = async ({ apiBase, token, pageSize }) => {
  let requests = 0;
  const client = createBillingClient({
    baseUrl: apiBase,
    getToken: () => token,
    cacheTtl: HOUR_MS,
    fetch: (input, init) => {
      requests += 1;
      return fetch(input, init);
    },
  });
  // The exact reads the list makes first (see its #invoices task): same parameters, so the
  // same cache keys, and the timed render answers from the cache without a request.
  const [page] = await Promise.all([
    client.invoices.list({ sort: 'status', limit: pageSize }),
    client.invoices.summary({}),
  ]);
  return {
    requests: () => requests,
    mount(stage) {
      const list = document.createElement('cc-invoice-list');
      list.pageSize = pageSize;
      list.client = client;
      stage.append(list);
      return {
        total: page.data.length,
        viewport: () => stage.getBoundingClientRect(),
        rows: () =>
          [...(list.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((row) => ({
            box: row.getBoundingClientRect(),
            text: row.textContent ?? '',
          })),
        describe: () => (list.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300),
      };
    },
  };
};
