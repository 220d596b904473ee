#!/usr/bin/env node
// `npm run bench:list`: how fast <cc-invoice-list> shows an account of 1,000 and 10,000
// invoices, next to a bare @lit-labs/virtualizer list and @vaadin/grid of the same rows, in
// headless Chromium. docs/benchmarks.md explains the method and the targets.
//
//   --samples N   measured samples per subject and size (default 15)
//   --warmup N    rounds run first and thrown away (default 2)
//   --json        machine-readable results on stdout
//   --profile ID  instead: where one subject's time goes at 10,000 rows (JS self time by
//                 module and function, from Chromium's sampling profiler); ID is one of
//                 list, list100, virtualizer, grid
//
// Exits 1 if cc-invoice-list at its default page size misses a target, or if the run fails.
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../../../.ci/chromium.mjs';

const { values: options } = parseArgs({
  options: {
    samples: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '2' },
    json: { type: 'boolean', default: false },
    profile: { type: 'string' },
  },
});

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
const SIZES = [1_000, 10_000];
const STAGE = { width: 1200, height: 800 };
const TOKEN = 'test_us_billing';
const DEFAULT_PAGE_SIZE = 25;
const TARGET_VS_VIRTUALIZER = 1.5;
const TARGET_VS_GRID = 1;
/** The issue's figures (measured elsewhere), at 1,000 and 10,000 rows: context only. */
const REFERENCE = { virtualizer: [155, 121], grid: [230, 331] };
const PROFILED_SAMPLES = 5;

const SUBJECTS = [
  { id: 'list', label: `cc-invoice-list(${DEFAULT_PAGE_SIZE})`, subject: 'invoice-list', pageSize: DEFAULT_PAGE_SIZE },
  { id: 'list100', label: 'cc-invoice-list(100)', subject: 'invoice-list', pageSize: 100 },
  { id: 'virtualizer', label: 'lit-virtualizer', subject: 'virtualizer' },
  { id: 'grid', label: 'vaadin-grid', subject: 'grid' },
];

const SAMPLES = Number(options.samples);
const WARMUP = Number(options.warmup);
const profiled = options.profile === undefined ? undefined : SUBJECTS.find(({ id }) => id === options.profile);
if (!Number.isInteger(SAMPLES) || SAMPLES < 1 || !Number.isInteger(WARMUP) || WARMUP < 0) {
  console.error('--samples must be a whole number >= 1, --warmup one >= 0.');
  process.exit(1);
}
if (options.profile !== undefined && !profiled) {
  console.error(`--profile takes one of: ${SUBJECTS.map(({ id }) => id).join(', ')}.`);
  process.exit(1);
}

const progress = (line) => {
  if (!options.json) process.stderr.write(`${line}\n`);
};

// ---------------------------------------------------------------------------------------------
// Code: the real mock API for Node, the page for the browser, both bundled from source.

/**
 * The @customer-center/mock-api handlers, bundled from source (this script runs without the
 * `@customer-center/source` condition) and imported from a data: URL, so no file is written.
 */
async function importMockApi() {
  const result = await esbuild.build({
    stdin: {
      contents: "export { createMockApi, createMockApiListener, MockStore } from '@customer-center/mock-api/server';",
      resolveDir: HERE,
      loader: 'js',
    },
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@customer-center/source'],
    tsconfig: `${ROOT}tsconfig.json`,
    // The package declares no side effects, but its Node 20 polyfills are one.
    ignoreAnnotations: true,
    // Bundled CommonJS code calls require(), which a data: URL module lacks.
    banner: {
      js: `import { createRequire } from 'node:module'; const require = createRequire(${JSON.stringify(import.meta.url)});`,
    },
    write: false,
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].contents).toString('base64')}`);
}

/** page.ts and a chunk per subject (each page loads only its subject's code), by URL path. */
async function bundlePage({ minify }) {
  const result = await esbuild.build({
    entryPoints: { page: `${HERE}page.ts` },
    absWorkingDir: ROOT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@customer-center/source', 'browser', 'production'],
    tsconfig: `${ROOT}tsconfig.json`,
    define: { 'process.env.NODE_ENV': '"production"' },
    minify,
    outdir: '/assets',
    write: false,
    logLevel: 'error',
  });
  return new Map(result.outputFiles.map((file) => [`/assets/${file.path.split('/').pop()}`, file.contents]));
}

/** What @lit-labs/virtualizer would add to our bundle, which already holds lit and tslib. */
async function virtualizerBytes(source) {
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: HERE, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['browser', 'production'],
    external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*', 'tslib'],
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

// ---------------------------------------------------------------------------------------------
// The server: the page, its chunks, a mock API per account size under /api/<rows>/, and every
// invoice of each account as /data/<rows>.json for the baselines.

const HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>bench:list</title>
    <link rel="icon" href="data:," />
    <style>
      body { margin: 0; font: 15px/1.4 system-ui, sans-serif; }
      #stage { inline-size: ${STAGE.width}px; block-size: ${STAGE.height}px; overflow: auto; }
    </style>
    <script type="module" src="/assets/page.js"></script>
  </head>
  <body><div id="stage"></div></body>
</html>`;

// Chunks and data do not change during a run: later pages load them from the cache (all outside the timing).
const CACHED = { 'cache-control': 'max-age=3600' };

async function startServer(assets, apis, data) {
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      const api = apis.get(Number(/^\/api\/(\d+)\//.exec(pathname)?.[1]));
      if (api && (await api(request, response))) return;
      const json = data.get(Number(/^\/data\/(\d+)\.json$/.exec(pathname)?.[1]));
      if (pathname === '/') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HTML);
      } else if (assets.has(pathname)) {
        response.writeHead(200, { ...CACHED, 'content-type': 'text/javascript' }).end(assets.get(pathname));
      } else if (json) {
        response.writeHead(200, { ...CACHED, 'content-type': 'application/json' }).end(json);
      } else {
        response.writeHead(404).end();
      }
    } catch (error) {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Every invoice of the account in the list's order (overdue, open, closed), page by page from the mock API. */
async function listAll(origin, rows) {
  const invoices = [];
  let cursor = null;
  do {
    const url = new URL(`/api/${rows}/invoices`, origin);
    url.searchParams.set('sort', 'status');
    url.searchParams.set('limit', '100');
    if (cursor) url.searchParams.set('cursor', cursor);
    const response = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}`, accept: 'application/json' } });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const page = await response.json();
    invoices.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  if (invoices.length !== rows) throw new Error(`The mock account has ${invoices.length} invoices, not ${rows}`);
  return invoices;
}

// ---------------------------------------------------------------------------------------------
// Statistics and output.

const ascending = (values) => [...values].sort((a, b) => a - b);
function median(values) {
  const sorted = ascending(values);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
/** Nearest-rank percentile. */
const percentile = (values, p) => ascending(values)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)];
const ms = (value) => value.toFixed(1);
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const count = (rows) => rows.toLocaleString('en-US');

/** A plain-text table; numbers right-aligned, and the last column left-aligned if `textLast`. */
function table(header, rows, textLast = false) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const pad = (cell, column) =>
    textLast && column === header.length - 1 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]);
  const line = (cells) => cells.map(pad).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** Sums a CPU profile's self time by function and by source module (read from esbuild's `// path` comments). */
function addProfile(totals, profile, assets) {
  const modulesByLine = new Map();
  const moduleAt = (path, line) => {
    if (!modulesByLine.has(path)) {
      let current = path;
      const lines = Buffer.from(assets.get(path) ?? '')
        .toString()
        .split('\n');
      modulesByLine.set(
        path,
        lines.map(
          (text) => (current = /^\/\/ (\S+\.[cm]?[jt]s)$/.exec(text)?.[1].replace(/^node_modules\//, '') ?? current),
        ),
      );
    }
    return modulesByLine.get(path)[line] ?? path;
  };
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  profile.samples.forEach((id, index) => {
    const frame = nodes.get(id);
    const micros = profile.timeDeltas[index + 1] ?? 0;
    if (frame.functionName === '(idle)') return;
    const native = frame.url === '' || frame.functionName.startsWith('(');
    const module = native ? frame.functionName || '(native)' : moduleAt(new URL(frame.url).pathname, frame.lineNumber);
    const name = native ? module : `${frame.functionName || '(anonymous)'}  ${module}`;
    totals.modules.set(module, (totals.modules.get(module) ?? 0) + micros);
    totals.functions.set(name, (totals.functions.get(name) ?? 0) + micros);
    totals.all += micros;
  });
}

// ---------------------------------------------------------------------------------------------
// The run.

async function main() {
  const started = performance.now();
  progress('Building the page and the mock API…');
  // Profiles need function names and the module comments of an unminified bundle.
  const [mockApi, assets, element, directive] = await Promise.all([
    importMockApi(),
    bundlePage({ minify: !profiled }),
    virtualizerBytes("import '@lit-labs/virtualizer';"),
    virtualizerBytes("export { virtualize } from '@lit-labs/virtualizer/virtualize.js';"),
  ]);

  const apis = new Map();
  for (const rows of SIZES) {
    const store = new mockApi.MockStore({ largeAccount: { organizationSlug: 'us', invoices: rows } });
    const { handlers } = mockApi.createMockApi({ baseUrl: `/api/${rows}`, store });
    apis.set(rows, mockApi.createMockApiListener(handlers));
  }
  const data = new Map();
  const server = await startServer(assets, apis, data);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const firstNumbers = new Map();
  for (const rows of SIZES) {
    const invoices = await listAll(origin, rows);
    data.set(rows, JSON.stringify(invoices));
    firstNumbers.set(rows, invoices[0].number);
  }

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      // So that the page collects the garbage of its setup before the timed part, not during it.
      '--js-flags=--expose-gc',
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });

    /** One sample: a fresh page, its subject prepared, then the timed render (profiled if asked). */
    async function measure({ subject, pageSize = DEFAULT_PAGE_SIZE }, rows, profile = false) {
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => {
        if (['error', 'warning'].includes(message.type())) problems.push(message.text());
      });
      try {
        const search = new URLSearchParams({ subject, rows, pageSize, first: firstNumbers.get(rows), token: TOKEN });
        await page.goto(`${origin}/?${search}`);
        await page.evaluate(() => window.bench.ready);
        const cdp = profile ? await context.newCDPSession(page) : undefined;
        if (cdp) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
          await cdp.send('Profiler.start');
        }
        const sample = await page.evaluate(() => window.bench.run());
        if (cdp) sample.profile = (await cdp.send('Profiler.stop')).profile;
        if (sample.requests !== 0) problems.push(`${sample.requests} request(s) sent while timed: the cache missed`);
        if (problems.length > 0) throw new Error(problems.join('\n'));
        return sample;
      } catch (error) {
        throw new Error(`${subject} (${count(rows)} rows, page size ${pageSize}): ${error.message}`, { cause: error });
      } finally {
        await page.close();
      }
    }

    if (profiled) {
      const rows = SIZES.at(-1);
      const totals = { modules: new Map(), functions: new Map(), all: 0 };
      const times = [];
      for (let round = 0; round < WARMUP + PROFILED_SAMPLES; round += 1) {
        progress(`Sample ${round + 1}/${WARMUP + PROFILED_SAMPLES}${round < WARMUP ? ' (warm-up)' : ''}`);
        const sample = await measure(profiled, rows, round >= WARMUP);
        if (round < WARMUP) continue;
        times.push(sample.ms);
        addProfile(totals, sample.profile, assets);
      }
      const top = (map, limit) =>
        [...map]
          .sort((a, b) => b[1] - a[1])
          .slice(0, limit)
          .map(([name, micros]) => [
            ms(micros / 1000 / PROFILED_SAMPLES),
            `${((micros / totals.all) * 100).toFixed(0)}%`,
            name,
          ]);
      process.stdout.write(
        [
          `${profiled.label} at ${count(rows)} rows, ${PROFILED_SAMPLES} profiled samples: median ${ms(median(times))} ms ` +
            `(the profiler slows it down); CPU time while timed (two quiet frames before the insertion included), ` +
            `ms per sample. (program) is the browser's own work: style, layout, paint.`,
          '',
          table(['ms', 'share', 'module'], top(totals.modules, 15), true),
          '',
          table(['ms', 'share', 'function'], top(totals.functions, 25), true),
          '',
        ].join('\n'),
      );
      return;
    }

    // Round-robin, each round in another order, so drift (heat, GC, other load) hits every subject alike.
    const samples = new Map(SUBJECTS.flatMap(({ id }) => SIZES.map((rows) => [`${id}/${rows}`, []])));
    const rounds = WARMUP + SAMPLES;
    for (let round = 0; round < rounds; round += 1) {
      progress(`Round ${round + 1}/${rounds}${round < WARMUP ? ' (warm-up)' : ''}`);
      for (const rows of round % 2 ? [...SIZES].reverse() : SIZES) {
        for (let index = 0; index < SUBJECTS.length; index += 1) {
          const subject = SUBJECTS[(index + round) % SUBJECTS.length];
          const sample = await measure(subject, rows);
          if (round >= WARMUP) samples.get(`${subject.id}/${rows}`).push(sample);
        }
      }
    }

    const results = SIZES.map((rows, sizeIndex) => {
      const subjects = Object.fromEntries(
        SUBJECTS.map(({ id }) => {
          const times = samples.get(`${id}/${rows}`).map((sample) => sample.ms);
          const frames = samples.get(`${id}/${rows}`).map((sample) => sample.frames);
          return [id, { median: median(times), p90: percentile(times, 90), frames: median(frames), samples: times }];
        }),
      );
      const ratio = (id, baseline) => subjects[id].median / subjects[baseline].median;
      return {
        rows,
        subjects,
        ratios: {
          listVsVirtualizer: ratio('list', 'virtualizer'),
          listVsGrid: ratio('list', 'grid'),
          list100VsVirtualizer: ratio('list100', 'virtualizer'),
          list100VsGrid: ratio('list100', 'grid'),
        },
        reference: { virtualizer: REFERENCE.virtualizer[sizeIndex], grid: REFERENCE.grid[sizeIndex] },
      };
    });
    const misses = results.flatMap(({ rows, ratios }) => [
      ...(ratios.listVsVirtualizer > TARGET_VS_VIRTUALIZER
        ? [
            `${count(rows)} rows: ${ratios.listVsVirtualizer.toFixed(2)}x lit-virtualizer (target <= ${TARGET_VS_VIRTUALIZER}x)`,
          ]
        : []),
      ...(ratios.listVsGrid >= TARGET_VS_GRID
        ? [`${count(rows)} rows: ${ratios.listVsGrid.toFixed(2)}x vaadin-grid (target < ${TARGET_VS_GRID}x)`]
        : []),
    ]);
    const environment = {
      browser: `Chromium ${browser.version()} (headless)`,
      node: process.version,
      cpu: `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`,
    };
    const settings = { samples: SAMPLES, warmup: WARMUP, stage: STAGE, defaultPageSize: DEFAULT_PAGE_SIZE };
    const bundle = { litVirtualizerElement: element, virtualizeDirective: directive };

    if (options.json) {
      const targets = { vsVirtualizerAtMost: TARGET_VS_VIRTUALIZER, vsGridBelow: TARGET_VS_GRID };
      const report = { environment, settings, targets, results, bundle, misses, met: misses.length === 0 };
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      const cell = ({ median: middle, p90 }) => `${ms(middle)} (${ms(p90)})`;
      const lines = [
        '',
        'Milliseconds from inserting the element, its data already in the client cache (or in memory for the',
        `baselines), to the first painted frame showing its rows: median (p90) of ${SAMPLES} samples, a fresh page`,
        `each, ${WARMUP} warm-up rounds, ${STAGE.width}×${STAGE.height} container.`,
        `${environment.browser}, ${environment.cpu}, Node ${environment.node}.`,
        '',
        table(
          ['rows', ...SUBJECTS.map(({ label }) => label), 'ratio-vs-virtualizer', 'ratio-vs-grid'],
          results.map(({ rows, subjects, ratios }) => [
            count(rows),
            ...SUBJECTS.map(({ id }) => cell(subjects[id])),
            `${ratios.listVsVirtualizer.toFixed(2)}x`,
            `${ratios.listVsGrid.toFixed(2)}x`,
          ]),
        ),
        '',
        `Ratios: medians of cc-invoice-list(${DEFAULT_PAGE_SIZE}) over the baseline's; targets <= ` +
          `${TARGET_VS_VIRTUALIZER}x lit-virtualizer and < ${TARGET_VS_GRID}x vaadin-grid.`,
        `cc-invoice-list(100): ${results
          .map(
            ({ rows, ratios }) =>
              `${ratios.list100VsVirtualizer.toFixed(2)}x lit-virtualizer and ` +
              `${ratios.list100VsGrid.toFixed(2)}x vaadin-grid at ${count(rows)} rows`,
          )
          .join('; ')} (no target).`,
        `Frames painted until the rows showed (median): ${results
          .map(
            ({ rows, subjects }) =>
              `${count(rows)} rows: ${SUBJECTS.map(({ id, label }) => `${label} ${subjects[id].frames}`).join(', ')}`,
          )
          .join('; ')}.`,
        `Measured elsewhere (the issue): lit-virtualizer ${REFERENCE.virtualizer.join('/')} ms, vaadin-grid ` +
          `${REFERENCE.grid.join('/')} ms at ${SIZES.map(count).join('/')} rows.`,
        `@lit-labs/virtualizer's own code (without lit and tslib), minified + gzip -9: <lit-virtualizer> ` +
          `${kB(element.gzip)} (${kB(element.min)} minified), the virtualize() directive alone ${kB(directive.gzip)}.`,
        '',
        misses.length === 0
          ? 'Targets met.'
          : `TARGET MISSED by cc-invoice-list(${DEFAULT_PAGE_SIZE}):\n${misses.map((miss) => `  - ${miss}`).join('\n')}`,
        `(${((performance.now() - started) / 1000).toFixed(0)} s)`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    if (misses.length > 0) process.exitCode = 1;
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
