#!/usr/bin/env node
// `npm run bench:locale`: the time to switch locale with every widget of the demo page on it
// (npm start's page, against the mock API), once the locale's module is loaded, in headless
// Chromium; and each locale module's size (min+gzip) in the self-contained build.
// Needs `npm run build` first. Exits 1 if the median switch of any locale misses the goal.
//
//   --samples N   switches measured per locale (default 5)
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../../../.ci/chromium.mjs';

const GOAL_MS = 50;
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const { values: options } = parseArgs({ options: { samples: { type: 'string', default: '5' } } });
const SAMPLES = Number(options.samples);

const localesDir = join(ROOT, 'dist/customer-center/locales');
let moduleFiles;
try {
  moduleFiles = readdirSync(localesDir).filter((name) => name.endsWith('.js'));
} catch {
  console.error('No dist/customer-center/locales/: run `npm run build` first.');
  process.exit(1);
}
const sizes = new Map(
  moduleFiles.map((name) => {
    const code = readFileSync(join(localesDir, name));
    return [
      name.replace(/-[A-Za-z0-9_-]{8}\.js$/, ''),
      { min: code.length, gzip: gzipSync(code, { level: 9 }).length },
    ];
  }),
);

const server = spawn(process.execPath, ['examples/serve.mjs'], { cwd: ROOT, env: { ...process.env, PORT: '0' } });
const url = await new Promise((resolve, reject) => {
  let output = '';
  server.stdout.on('data', (chunk) => {
    output += chunk;
    const found = /(http:\/\/localhost:\d+\/)/.exec(output);
    if (found) resolve(found[1]);
  });
  server.on('exit', (code) => reject(new Error(`the demo server exited (${code}): ${output}`)));
});

const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Every element of the page, shadow roots included: for the checks run in the page below.
  await page.addInitScript(() => {
    const walk = (root) =>
      [...root.querySelectorAll('*')].flatMap((element) => [
        element,
        ...(element.shadowRoot ? walk(element.shadowRoot) : []),
      ]);
    window.allElements = () => walk(document);
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => {
      const all = window.allElements();
      const widgets = all.filter(
        (element) => element.localName.startsWith('cc-') && element.localName !== 'cc-billing-provider',
      );
      return (
        widgets.length > 5 &&
        widgets.every((element) => element.shadowRoot && element.shadowRoot.childElementCount > 0) &&
        !all.some((element) => element.getAttribute('part')?.split(' ').includes('loading'))
      );
    },
    null,
    { timeout: 30_000 },
  );
  const { widgetCount, locales } = await page.evaluate(async () => {
    const { LOCALES } = await import('/dist/customer-center.js');
    return {
      widgetCount: window.allElements().filter((element) => element.localName.startsWith('cc-')).length,
      locales: LOCALES.map((locale) => locale.code).filter((code) => code !== 'en'),
    };
  });

  /** Switches `<html lang>` and returns the ms until every element re-rendered, and until the next frame. */
  const switchTo = (lang) =>
    page.evaluate(async (lang) => {
      const { localeReady } = await import('/dist/customer-center.js');
      const elements = window.allElements().filter((element) => 'updateComplete' in element);
      const start = performance.now();
      document.documentElement.lang = lang;
      await localeReady();
      await Promise.all(elements.map((element) => element.updateComplete));
      const rendered = performance.now() - start;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      return { rendered, painted: performance.now() - start };
    }, lang);

  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const rows = [];
  for (const locale of locales) {
    await switchTo(locale); // loads the module: not measured
    await switchTo('en');
    const rendered = [];
    const painted = [];
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      const result = await switchTo(locale);
      rendered.push(result.rendered);
      painted.push(result.painted);
      await switchTo('en');
    }
    rows.push({ locale, rendered: median(rendered), painted: median(painted), size: sizes.get(locale) });
  }

  console.log(`Switching <html lang> on the demo page (${widgetCount} Customer Center elements), module loaded,`);
  console.log(`median of ${SAMPLES}; goal: every element re-rendered in under ${GOAL_MS} ms.\n`);
  console.log(
    `${'locale'.padEnd(8)} ${'re-rendered'.padStart(12)} ${'next frame'.padStart(11)} ${'module min'.padStart(11)} ${'min+gzip'.padStart(9)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.locale.padEnd(8)} ${`${row.rendered.toFixed(1)} ms`.padStart(12)} ${`${row.painted.toFixed(1)} ms`.padStart(11)} ${`${((row.size?.min ?? 0) / 1000).toFixed(1)} kB`.padStart(11)} ${`${((row.size?.gzip ?? 0) / 1000).toFixed(1)} kB`.padStart(9)}`,
    );
  }
  const slowest = rows.reduce((worst, row) => (row.rendered > worst.rendered ? row : worst));
  console.log(`\nSlowest: ${slowest.locale} at ${slowest.rendered.toFixed(1)} ms.`);
  if (slowest.rendered > GOAL_MS) {
    console.error(`Over the ${GOAL_MS} ms goal.`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  server.kill();
}
