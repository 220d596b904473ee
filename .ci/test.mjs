#!/usr/bin/env node
// `npm test`: lint, typecheck, the Node test suite and the browser test suite, run in
// that order (all of them, even after a failure, so one run shows every problem), then
// one summary whose last line is "Total: N passed, N failed".
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const scratch = mkdtempSync(join(tmpdir(), 'cc-test-'));
const results = [];

function run(command, args, { env = {}, capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'],
    });
    let output = '';
    if (capture) {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
        process.stderr.write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function heading(title) {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

async function check(name, command, args) {
  heading(name);
  const { code } = await run(command, args);
  results.push({ name, ok: code === 0, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 });
}

async function mochaTests(name, title, args) {
  heading(title);
  const { code, output } = await run('npx', args, { capture: true });
  const plain = stripVTControlCharacters(output);
  const number = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(plain)?.[1] ?? 0);
  const passed = number('passing');
  const failed = number('failing') + (code !== 0 && number('failing') === 0 ? 1 : 0);
  results.push({ name, ok: code === 0 && passed > 0, passed, failed, skipped: number('pending') });
}

async function browserTests() {
  heading('Browser tests (web-test-runner, headless Chromium)');
  const browser = await run('bash', ['.ci/ensure-chromium.sh'], { capture: true });
  if (browser.code !== 0) {
    results.push({ name: 'Browser tests', ok: false, passed: 0, failed: 1, skipped: 0, note: 'no Chromium' });
    return;
  }
  const chromePath = browser.output.trim().split('\n').at(-1);
  // The example pages' tests launch the same browser.
  process.env.CHROME_PATH ??= chromePath;
  const countsFile = join(scratch, 'wtr-counts.json');
  const { code } = await run('npx', ['web-test-runner'], {
    env: { CHROME_PATH: chromePath, WTR_COUNTS_FILE: countsFile },
  });
  let counts = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
  try {
    counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  } catch {
    // The runner died before reporting: counted as one failure below.
  }
  const failed = counts.failed + counts.fileErrors + (code !== 0 && counts.failed + counts.fileErrors === 0 ? 1 : 0);
  results.push({
    name: 'Browser tests',
    ok: code === 0 && counts.passed > 0,
    passed: counts.passed,
    failed,
    skipped: counts.skipped,
  });
}

// The locale modules are generated from the XLIFF files: built first, since the typecheck
// and both test suites import them.
await check('Locale modules (i18n:build)', 'npm', ['run', '--silent', 'i18n:build']);
await check('Translations (i18n:check: none missing, stale or with broken placeholders)', 'npm', [
  'run',
  '--silent',
  'i18n:check',
]);
await check('Lint (eslint, lit-analyzer, prettier)', 'npm', ['run', '--silent', 'lint']);
await check('Typecheck (tsc, every package, test and story)', 'npm', ['run', '--silent', 'typecheck']);
await check('Element docs (docs/elements/ matches custom-elements.json)', 'npm', [
  'run',
  '--silent',
  'docs:elements',
  '--',
  '--check',
]);
await check('Docs links (every relative link and #anchor in the Markdown resolves)', 'npm', [
  'run',
  '--silent',
  'docs:links',
]);
await mochaTests('Node tests', 'Node tests (mocha)', ['mocha', '--color']);
await browserTests();
// The examples load the built bundle and the React and Vue apps' Vite builds: built first.
await mochaTests('Example pages', 'Example pages (build, then the demo and every example in Chromium)', [
  'npm',
  'run',
  '--silent',
  'test:examples',
  '--',
  '--color',
]);
rmSync(scratch, { recursive: true, force: true });

heading('Summary');
for (const r of results) {
  const figures = ['Lint', 'Typecheck', 'Element docs', 'Docs links', 'Locale modules', 'Translations'].some((name) =>
    r.name.startsWith(name),
  )
    ? ''
    : `  ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`;
  console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}${figures}${r.note ? ` (${r.note})` : ''}`);
}
const total = (key) => results.reduce((sum, r) => sum + r[key], 0);
const allOk = results.every((r) => r.ok);
console.log(`\nTotal: ${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`);
process.exit(allOk ? 0 : 1);
