#!/usr/bin/env node
// The mock billing API as a real HTTP server, the way stripe-mock runs:
//   npx customer-center-mock --port 4010 [--host 127.0.0.1] [--seed 1] [--large us:100000]
import { parseArgs } from 'node:util';
import { MockStore, startMockApiServer, TEST_CARDS, TEST_REWARD_CODES } from '@customer-center/mock-api/server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'string', default: '1' },
    large: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('Usage: customer-center-mock [--port 4010] [--host 127.0.0.1] [--seed 1] [--large <org>:<invoices>]');
  process.exit(0);
}
const [largeSlug, largeCount] = values.large?.split(':') ?? [];
const store = new MockStore({
  seed: Number(values.seed),
  ...(largeSlug && largeCount ? { largeAccount: { organizationSlug: largeSlug, invoices: Number(largeCount) } } : {}),
});
const { url, api } = await startMockApiServer({ port: Number(values.port), host: values.host, store });
console.log(`Customer Center mock billing API: ${url}`);
console.log('Sign in with `Authorization: Bearer <token>`. Test tokens:');
for (const { slug, organization, members } of api.store.organizations) {
  const byRole = ['billing', 'technical', 'executive']
    .map((role) => members.find((m) => m.role === role)?.token)
    .join('  ');
  console.log(`  ${slug.padEnd(3)} ${organization.name.padEnd(48)} ${organization.defaultCurrency}  ${byRole}`);
}
console.log(`Test cards: ${TEST_CARDS.map((card) => `${card.number} (${card.outcome})`).join(', ')}`);
console.log(
  `Reward codes: ${Object.entries(TEST_REWARD_CODES)
    .map(([name, code]) => `${code} (${name})`)
    .join(', ')}`,
);
console.log('Reset: POST /api/__mock/reset   Faults: PUT /api/__mock/faults   Users: GET /api/__mock/users');
