export { createHandlers, createMockApi } from './handlers.js';
export type { MockApi, MockApiOptions } from './handlers.js';
export { MockStore } from './store.js';
export { Faults } from './faults.js';
export type { FaultSettings } from './faults.js';
export { IDEMPOTENCY_TTL_MS } from './idempotency.js';
export {
  cardBrand,
  decodeToken,
  luhnValid,
  TEST_BANK_ACCOUNTS,
  TEST_CARDS,
  tokenizeTestBankAccount,
  tokenizeTestCard,
} from './test-cards.js';
export type { CardDetails, TestCardOutcome } from './test-cards.js';
export { billingScheduleCsv, billingSchedulePdf, contractPdf, invoicePdf } from './documents.js';
export type { MockMember, OrganizationData, RewardCodeRecord, SeedData, SeedOptions } from './model.js';
export { MOCK_API_VERSION } from './version.js';
export { createSeed, DEFAULT_SEED_TODAY, maskRewardCode, SEED_ORGANIZATION_SLUGS, TEST_REWARD_CODES } from './seed.js';
export type { TestRewardCodeName } from './seed.js';
export { DEMO_USD_RATES, divideRounded, fromUsdMinor, toUsdMinor } from './rates.js';
export type { UsdRate } from './rates.js';
export { createRandom, Random } from './random.js';
