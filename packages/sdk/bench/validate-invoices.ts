/**
 * How much the SDK's response validation costs on a large invoice list.
 *
 *   npm run bench:sdk
 *
 * Builds one page body of 10,000 invoices (deterministic, valid per `schemas.Invoice`), then
 * times (a) `JSON.parse` alone, (b) `JSON.parse` + `z.safeParse(schemas.InvoicePage, body)` as
 * `Transport#json` does it, and (c) the same with `z.compile`'s validator when zod/mini can
 * compile the SDK's schema. Prints figures; it is not a test and asserts nothing about speed.
 */
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import * as z from 'zod/mini';
import { INVOICE_TYPES, schemas, type Invoice, type InvoicePage } from '../src/index.js';

const INVOICE_COUNT = 10_000;
const WARMUP_ROUNDS = 5;
const ROUNDS = 20;
/** "Today" for the generated data, so that overdue invoices are due before it and open ones after. */
const TODAY = Date.UTC(2026, 10, 22);
const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Data: a seeded PRNG (mulberry32), so every run validates the same payload.

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const random = mulberry32(20261122);
const between = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
function pick<T>(weighted: readonly (readonly [T, number])[]): T {
  let roll = random() * weighted.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of weighted) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return weighted[weighted.length - 1]![0];
}
const isoDate = (epochMs: number): string => new Date(epochMs).toISOString().slice(0, 10);

/** Total range per currency, in minor units: USD/EUR cents, JPY yen, KWD fils. */
const CURRENCIES = [
  ['USD', 0.4, 5_000, 25_000_000],
  ['EUR', 0.3, 5_000, 25_000_000],
  ['JPY', 0.15, 5_000, 30_000_000],
  ['KWD', 0.15, 15_000, 80_000_000],
] as const;

function buildInvoice(index: number): Invoice {
  const [currency, , minTotal, maxTotal] = pick(CURRENCIES.map((entry) => [entry, entry[1]] as const));
  const money = (amountMinor: number) => ({ amountMinor, currency });
  const type = INVOICE_TYPES[between(0, INVOICE_TYPES.length - 1)]!;
  const status = pick([
    ['overdue', 15],
    ['open', 35],
    ['closed', 50],
  ] as const);
  const termDays = pick([
    [30, 5],
    [45, 2],
    [60, 3],
  ] as const);
  // Overdue: due 1-120 days ago; open: due today or within the term; closed: due any time in the last two years.
  const dueOffset =
    status === 'overdue' ? -between(1, 120) : status === 'open' ? between(0, termDays) : -between(0, 730);
  const due = TODAY + dueOffset * DAY_MS;

  const total = between(minTotal, maxTotal);
  const credits = random() < 0.1 ? Math.floor(total * 0.05) : 0;
  const rewards = type === 'support' && random() < 0.3 ? Math.floor(total * 0.1) : 0;
  const payable = total - credits - rewards;
  const paid = status === 'closed' ? payable : random() < 0.2 ? Math.floor(payable / 2) : 0;
  const year = new Date(due - termDays * DAY_MS).getUTCFullYear();

  return {
    id: `inv_${(index + 1).toString(36).padStart(6, '0')}`,
    number: `INV-${year}-${String(index + 1).padStart(6, '0')}`,
    type,
    status,
    issueDate: isoDate(due - termDays * DAY_MS),
    dueDate: isoDate(due),
    currency,
    total: money(total),
    amountPaid: money(paid),
    creditsApplied: money(credits),
    rewardsApplied: money(rewards),
    balanceDue: money(payable - paid),
    poNumber: random() < 0.6 ? `PO-${between(10_000, 99_999)}` : null,
    contractId: type === 'hardware' || type === 'consulting' ? null : `ctr_${between(1, 400).toString(36)}`,
    orderId: type === 'hardware' || type === 'license' ? `ord_${between(1, 5_000).toString(36)}` : null,
    rewardsEligible: type === 'support',
  };
}

const page: InvoicePage = {
  data: Array.from({ length: INVOICE_COUNT }, (_, index) => buildInvoice(index)),
  nextCursor: null,
  totalCount: INVOICE_COUNT,
};
const text = JSON.stringify(page);

// The payload must be valid, or (b) would time the error path.
const check = z.safeParse(schemas.InvoicePage, JSON.parse(text));
if (!check.success) {
  process.stderr.write(`The generated payload is invalid: ${JSON.stringify(check.error.issues.slice(0, 3))}\n`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Compiled validators, only where zod really compiles the schema.

type PageSchema = typeof schemas.InvoicePage;

/** zod/mini's `compile`, if this zod has one. */
const compile = (z as { compile?: typeof z.compile }).compile;

/** Compiles `schema`, or says why it cannot be (`strict`, else zod silently hands back the runtime parser). */
function tryCompile(schema: PageSchema): { schema: PageSchema } | { reason: string } {
  if (typeof compile !== 'function') return { reason: 'z.compile is not in the installed zod/mini' };
  let compiled: PageSchema;
  try {
    compiled = compile(schema, { strict: true });
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
  if (compiled === schema) return { reason: 'z.compile returned the schema uncompiled' };
  // Same data as the runtime parser on the payload, and the same issues on broken ones.
  if (!isDeepStrictEqual(z.safeParse(compiled, JSON.parse(text)).data, check.data)) {
    return { reason: 'the compiled validator returned different data' };
  }
  const breakages: Record<string, unknown>[] = [
    { status: 'paid' },
    { dueDate: '2026-02-30' },
    { currency: 'usd' },
    { total: { amountMinor: 12.5, currency: 'USD' } },
    { poNumber: undefined },
  ];
  for (const breakage of breakages) {
    const broken = JSON.parse(text) as { data: Record<string, unknown>[] };
    Object.assign(broken.data[1234]!, breakage);
    const expected = z.safeParse(schemas.InvoicePage, broken);
    const actual = z.safeParse(compiled, broken);
    if (expected.success || actual.success || !isDeepStrictEqual(actual.error.issues, expected.error.issues)) {
      return { reason: `the compiled validator did not reject ${JSON.stringify(breakage)} like the runtime parser` };
    }
  }
  return { schema: compiled };
}

/**
 * For reference only, NOT the SDK's schema: a clone without the `.check(z.meta(...))` checks the
 * SDK attaches for OpenAPI (no-op checks that `z.compile` refuses). Same validation otherwise.
 */
function withoutMetaChecks<T extends z.core.$ZodType>(schema: T): T {
  const def = schema._zod.def as z.core.$ZodTypeDef & {
    shape?: Record<string, z.core.$ZodType>;
    element?: z.core.$ZodType;
    innerType?: z.core.$ZodType;
  };
  const copy: typeof def = { ...def };
  if (def.checks) copy.checks = def.checks.filter((item) => item._zod.def.check !== 'meta');
  if (def.shape) copy.shape = Object.fromEntries(Object.entries(def.shape).map(([k, v]) => [k, withoutMetaChecks(v)]));
  if (def.element) copy.element = withoutMetaChecks(def.element);
  if (def.innerType) copy.innerType = withoutMetaChecks(def.innerType);
  return z.core.clone(schema, copy as T['_zod']['def']);
}

const compiled = tryCompile(schemas.InvoicePage);
const compiledWithoutMeta = tryCompile(withoutMetaChecks(schemas.InvoicePage));

// ---------------------------------------------------------------------------------------------
// Measurement: rounds interleave the cases, so drift (GC, CPU frequency) hits them alike.

interface Case {
  readonly label: string;
  /** Returns the ms spent validating, or undefined when the case only parses. */
  readonly run: () => number | undefined;
  readonly totals: number[];
  readonly validations: number[];
}

function validating(label: string, schema: PageSchema): Case {
  return {
    label,
    totals: [],
    validations: [],
    run: () => {
      const body: unknown = JSON.parse(text);
      const start = performance.now();
      const result = z.safeParse(schema, body);
      const elapsed = performance.now() - start;
      if (!result.success || result.data.data.length !== INVOICE_COUNT) throw new Error(`${label}: validation failed`);
      return elapsed;
    },
  };
}

const cases: Case[] = [
  {
    label: '(a) JSON.parse',
    totals: [],
    validations: [],
    run: () => {
      if ((JSON.parse(text) as InvoicePage).data.length !== INVOICE_COUNT) throw new Error('parse failed');
      return undefined;
    },
  },
  validating('(b) JSON.parse + z.safeParse(InvoicePage)', schemas.InvoicePage),
];
if ('schema' in compiled) cases.push(validating('(c) JSON.parse + compiled InvoicePage', compiled.schema));
if ('schema' in compiledWithoutMeta) {
  cases.push(validating('(ref) JSON.parse + compiled, z.meta checks removed*', compiledWithoutMeta.schema));
}

for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round += 1) {
  for (const item of cases) {
    const start = performance.now();
    const validation = item.run();
    const total = performance.now() - start;
    if (round < WARMUP_ROUNDS) continue;
    item.totals.push(total);
    if (validation !== undefined) item.validations.push(validation);
  }
}

// ---------------------------------------------------------------------------------------------
// Report.

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const ms = (value: number): string => value.toFixed(1);
const parseMedian = median(cases[0]!.totals);
const zodVersion = (createRequire(import.meta.url)('zod/package.json') as { version: string }).version;

const rows = cases.map((item) => {
  const validation = item.validations.length > 0 ? median(item.validations) : undefined;
  return [
    item.label,
    ms(median(item.totals)),
    ms(Math.min(...item.totals)),
    validation === undefined ? '-' : ms(validation),
    validation === undefined ? '-' : `${(validation / parseMedian).toFixed(2)}x`,
    (((validation ?? median(item.totals)) * 1000) / INVOICE_COUNT).toFixed(2),
  ];
});
const header = ['case', 'median ms', 'min ms', 'validation ms', 'validation/parse', 'µs/invoice'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: readonly string[]): string =>
  cells
    .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
    .join('  ');

const out: string[] = [
  `SDK response validation: one InvoicePage of ${INVOICE_COUNT.toLocaleString('en-US')} invoices, ` +
    `${(new TextEncoder().encode(text).length / 1_048_576).toFixed(2)} MiB of JSON`,
  `Node ${process.version} (${process.platform} ${process.arch}, ${cpus()[0]?.model ?? 'unknown CPU'}), zod ${zodVersion}`,
  `${WARMUP_ROUNDS} warm-up rounds, ${ROUNDS} measured rounds per case (interleaved)`,
  '',
  line(header),
  line(widths.map((width) => '-'.repeat(width))),
  ...rows.map(line),
  '',
  'validation ms: median time of z.safeParse alone within the case; validation/parse: that over (a)’s median;',
  'µs/invoice: validation per invoice ((a): parse per invoice).',
  '',
  'z.compile on the SDK’s InvoicePage: ' +
    ('schema' in compiled
      ? 'compiled (same data, same issues as the runtime parser)'
      : `unsupported: ${compiled.reason}`),
];
if ('schema' in compiledWithoutMeta) {
  out.push(
    '* Reference only, not what the SDK runs: InvoicePage cloned without its no-op z.meta checks (OpenAPI metadata),',
    '  which z.compile accepts; checked to return the same data and issues as the runtime parser.',
  );
} else {
  out.push(`z.compile without the z.meta checks: unsupported too: ${compiledWithoutMeta.reason}`);
}
process.stdout.write(`${out.join('\n')}\n`);
