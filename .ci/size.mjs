#!/usr/bin/env node
// `npm run size`: prints the minified and minified+gzip bytes of the self-contained file
// and of each widget imported alone, and exits 1 if any is above its budget in
// size-budget.json. Code fetched on demand (dynamic import()) is reported on a second row,
// "+ on demand": the entry plus every chunk it may fetch, each gzipped on its own as a
// browser downloads them (decision 0007). Options: --config <file> (another budget file, used by its tests).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import {
  ignoreDependencyNoise,
  isLocaleModule,
  PRESERVE_ENTRY_SIGNATURES,
  selfContainedPlugins,
  widgetEntries,
} from '../rollup.config.mjs';

const { values } = parseArgs({ options: { config: { type: 'string', default: 'size-budget.json' } } });
const budget = JSON.parse(readFileSync(values.config, 'utf8'));

const gzipBytes = (code) => gzipSync(code, { level: 9 }).length;

/**
 * Bundles one module source (e.g. `export * from '@customer-center/sdk';`) with everything it
 * needs, minified: the entry chunk's code, and the code of the chunks it fetches on demand.
 */
async function bundle(source) {
  const entryId = '\0size-entry';
  const bundle = await rollup({
    input: entryId,
    plugins: [
      {
        name: 'size-entry',
        resolveId: (id) => (id === entryId ? id : null),
        load: (id) => (id === entryId ? source : null),
      },
      ...selfContainedPlugins(),
    ],
    preserveEntrySignatures: PRESERVE_ENTRY_SIGNATURES,
    onwarn: (warning, warn) => (warning.code === 'EMPTY_BUNDLE' ? undefined : ignoreDependencyNoise(warning, warn)),
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  // Locale modules are counted on their own (one per page), not as on-demand code.
  const chunks = output.filter((item) => item.type === 'chunk' && !isLocaleModule(item.facadeModuleId));
  return { code: chunks[0].code, lazy: chunks.slice(1).map((chunk) => chunk.code) };
}

const rows = [];

/** A row for the entry, and one for the entry with its on-demand chunks when there are any. */
function addRows(name, { code, lazy }, max, maxTotal) {
  rows.push({ name, min: Buffer.byteLength(code), gzip: gzipBytes(code), max });
  if (lazy.length === 0) return;
  const all = [code, ...lazy];
  rows.push({
    name: `${name} + on demand (${lazy.length} chunk${lazy.length === 1 ? '' : 's'})`,
    min: all.reduce((sum, part) => sum + Buffer.byteLength(part), 0),
    gzip: all.reduce((sum, part) => sum + gzipBytes(part), 0),
    max: maxTotal ?? Infinity,
  });
}

for (const file of budget.files ?? []) {
  let code;
  try {
    code = readFileSync(resolve(file.path));
  } catch {
    console.error(`${file.path} does not exist: run \`npm run build\` first.`);
    process.exit(1);
  }
  const lazyDir = file.chunksDir ? resolve(file.chunksDir) : null;
  const lazy = lazyDir
    ? readdirSync(lazyDir)
        .filter((name) => name.endsWith('.js'))
        .map((name) => readFileSync(join(lazyDir, name)))
    : [];
  addRows(file.name ?? file.path, { code, lazy }, file.maxGzipBytes, file.maxTotalGzipBytes);
}
if (budget.locales) {
  const dir = resolve(budget.locales.dir);
  const files = readdirSync(dir).filter((name) => name.endsWith('.js'));
  if (files.length === 0) {
    console.error(`${budget.locales.dir} has no locale modules: run \`npm run build\` first.`);
    process.exit(1);
  }
  for (const name of files.sort()) {
    const code = readFileSync(join(dir, name));
    const locale = name.replace(/-[A-Za-z0-9_-]{8}\.js$/, '');
    rows.push({
      name: `locale module ${locale}`,
      min: code.length,
      gzip: gzipBytes(code),
      max: budget.locales.maxGzipBytes,
    });
  }
}
for (const entry of budget.modules ?? []) {
  addRows(entry.name, await bundle(entry.source), entry.maxGzipBytes, entry.maxTotalGzipBytes);
}
if (budget.widgets) {
  const { defaultMaxGzipBytes, defaultMaxTotalGzipBytes, overrides = {} } = budget.widgets;
  for (const name of widgetEntries()) {
    const override = overrides[`cc-${name}`] ?? {};
    addRows(
      `cc-${name} imported alone`,
      await bundle(`import '@customer-center/widgets/${name}';`),
      override.maxGzipBytes ?? defaultMaxGzipBytes,
      override.maxTotalGzipBytes ?? defaultMaxTotalGzipBytes,
    );
  }
}

const kB = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} kB` : 'none');
const width = Math.max(...rows.map((row) => row.name.length), 10);
console.log(`${'bundle'.padEnd(width)}  ${'min'.padStart(9)}  ${'min+gzip'.padStart(9)}  ${'budget'.padStart(9)}`);
let over = 0;
for (const row of rows) {
  const ok = row.gzip <= row.max;
  if (!ok) over += 1;
  console.log(
    `${row.name.padEnd(width)}  ${kB(row.min).padStart(9)}  ${kB(row.gzip).padStart(9)}  ${kB(row.max).padStart(9)}  ${ok ? 'ok' : `OVER BUDGET by ${row.gzip - row.max} bytes`}`,
  );
}
if (over > 0) {
  console.error(`\n${over} bundle(s) over budget (${values.config}).`);
  process.exit(1);
}
console.log(`\nAll ${rows.length} bundles within budget (${values.config}).`);
