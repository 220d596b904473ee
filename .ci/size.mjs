#!/usr/bin/env node
// `npm run size`: prints the minified and minified+gzip bytes of the self-contained file
// and of each widget imported alone, and exits 1 if any is above its budget in
// size-budget.json. Options: --config <file> (another budget file, used by its tests).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { ignoreDependencyNoise, selfContainedPlugins, widgetEntries } from '../rollup.config.mjs';

const { values } = parseArgs({ options: { config: { type: 'string', default: 'size-budget.json' } } });
const budget = JSON.parse(readFileSync(values.config, 'utf8'));

const gzipBytes = (code) => gzipSync(code, { level: 9 }).length;

/** Bundles one module source (e.g. `export * from '@customer-center/sdk';`) with everything it needs, minified. */
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
    onwarn: (warning, warn) => (warning.code === 'EMPTY_BUNDLE' ? undefined : ignoreDependencyNoise(warning, warn)),
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output[0].code;
}

const rows = [];
for (const file of budget.files ?? []) {
  let code;
  try {
    code = readFileSync(resolve(file.path));
  } catch {
    console.error(`${file.path} does not exist: run \`npm run build\` first.`);
    process.exit(1);
  }
  rows.push({ name: file.name ?? file.path, min: code.length, gzip: gzipBytes(code), max: file.maxGzipBytes });
}
for (const entry of budget.modules ?? []) {
  const code = await bundle(entry.source);
  rows.push({ name: entry.name, min: Buffer.byteLength(code), gzip: gzipBytes(code), max: entry.maxGzipBytes });
}
if (budget.widgets) {
  for (const name of widgetEntries()) {
    const code = await bundle(`import '@customer-center/widgets/${name}';`);
    const max = budget.widgets.overrides?.[`cc-${name}`] ?? budget.widgets.defaultMaxGzipBytes;
    rows.push({ name: `cc-${name} imported alone`, min: Buffer.byteLength(code), gzip: gzipBytes(code), max });
  }
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
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
