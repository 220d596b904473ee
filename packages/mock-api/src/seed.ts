import type { SeedData, SeedOptions } from './model.js';
import { createRandom } from './random.js';
import { dayOf, isoOf } from './seed/calendar.js';
import { COUNTRIES } from './seed/countries.js';
import { buildOrganization } from './seed/organization.js';

export { maskRewardCode, TEST_REWARD_CODES } from './seed/rewards.js';
export type { TestRewardCodeName } from './seed/rewards.js';

/** The store's today unless `SeedOptions.today` says otherwise. */
export const DEFAULT_SEED_TODAY = '2026-11-22';
const DEFAULT_INVOICES_PER_ORGANIZATION = 60;

/** The slugs of the seeded organisations, in order: `us`, `it`, `es`, `sa`, `nl`, `fr`, `jp`, `de`, `kw`. */
export const SEED_ORGANIZATION_SLUGS: readonly string[] = COUNTRIES.map((spec) => spec.slug);

function checkCount(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number >= 0: ${value}`);
  return value;
}

/**
 * The mock API's data: nine organisations (`us` in USD and EUR, `it`, `es`, `nl`, `fr`, `de` in
 * EUR, `sa` in SAR, `jp` in JPY, `kw` in KWD and offline payment only), each with members whose
 * tokens are `test_<slug>_billing`, `test_<slug>_technical` and `test_<slug>_executive`,
 * invoices, payments, profile, Support Rewards, orders, contracts and documents consistent
 * with one another and with `today`.
 *
 * Deterministic: the same options give deep-equal data; nothing reads `Math.random` or the clock.
 * `largeAccount` gives one organisation 10,000 or 100,000 invoices for performance work.
 *
 * Records are fresh objects per call, except that the invoices of one organisation share
 * their `billTo` object and the `wire`/`ach`/`cheque` objects of their `remittance`.
 */
export function createSeed(options: SeedOptions = {}): SeedData {
  const seed = options.seed ?? 1;
  const today = dayOf(options.today ?? DEFAULT_SEED_TODAY);
  const perOrganization = checkCount(
    'invoicesPerOrganization',
    options.invoicesPerOrganization ?? DEFAULT_INVOICES_PER_ORGANIZATION,
  );
  const large = options.largeAccount;
  if (large) {
    checkCount('largeAccount.invoices', large.invoices);
    if (!SEED_ORGANIZATION_SLUGS.includes(large.organizationSlug)) {
      throw new RangeError(
        `Unknown organisation "${large.organizationSlug}"; one of ${SEED_ORGANIZATION_SLUGS.join(', ')}`,
      );
    }
  }
  const random = createRandom(seed);
  const organizations = COUNTRIES.map((spec) =>
    buildOrganization(
      spec,
      random.fork(spec.slug),
      today,
      large && large.organizationSlug === spec.slug ? large.invoices : perOrganization,
    ),
  );
  return { today: isoOf(today), organizations };
}
