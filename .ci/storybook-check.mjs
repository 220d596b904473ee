#!/usr/bin/env node
// `npm run test:storybook`: opens every story of the static Storybook build (storybook-static/,
// from `npm run build-storybook`) in headless Chromium, and fails on any console error,
// uncaught exception, failed request, failed `play` function or axe violation. Each story is
// checked once Storybook says it rendered and its `play` function finished. Stories tagged
// `api-errors` may get error answers from the mock API (that is what they show); stories
// tagged `stays-loading` are checked without waiting for their data.
// `STORYBOOK_CHECK_ONLY=pay-button npm run test:storybook` checks only the stories whose id
// contains that text (while writing stories; CI checks them all).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const SETTLE_TIMEOUT_MS = 10_000;
/** A play function's own waits are 8 s each: a few of them in a row, and the failure is reported. */
const PLAY_TIMEOUT_MS = 45_000;
/**
 * What Storybook's preview emits on its channel (storybook/internal/core-events): a story
 * rendered and its play function finished (`storyRendered`, then `storyFinished` after the
 * `afterEach` hooks, where the accessibility addon runs), or it failed.
 */
const STORY_FINISHED = 'storyFinished';
const STORY_FAILURES = [
  'playFunctionThrewException',
  'unhandledErrorsWhilePlaying',
  'storyThrewException',
  'storyErrored',
  'storyMissing',
];
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

if (!existsSync(join(root, 'index.json'))) {
  console.error('No storybook-static/index.json: run `npm run build-storybook` first.');
  process.exit(1);
}

const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (path === '/favicon.ico' && !existsSync(file)) {
    // The browser asks for it on its own; Storybook's iframe has none.
    response.writeHead(204).end();
    return;
  }
  if (!file.startsWith(root) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const only = process.env.STORYBOOK_CHECK_ONLY;
const stories = Object.values(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries).filter(
  (entry) => entry.type === 'story' && (!only || entry.id.includes(only)),
);
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const started = Date.now();
const failures = [];
const retried = [];

// msw's worker unregisters itself when its last client page closes, and passes requests through
// to the network while it knows no active client. One page kept open for the whole run keeps
// the worker registered between stories, which are each opened in a page of their own.
const keeper = await context.newPage();
await keeper.goto(`${origin}/iframe.html?id=${stories[0].id}&viewMode=story`, { waitUntil: 'load' });

/**
 * Waits until Storybook's preview finished the story (rendered, `play` done, `afterEach` done)
 * or reported it failed, and returns its failures. The preview's channel
 * (`window.__STORYBOOK_ADDONS_CHANNEL__`) keeps the last arguments of each event it emitted
 * (`channel.last(event)`), so nothing is missed between the page's load and the first look.
 */
async function storybookOutcome(page) {
  const seen = (events) => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return false;
    return events.some((event) => channel.last(event) !== undefined);
  };
  await page.waitForFunction(seen, [STORY_FINISHED, ...STORY_FAILURES], { timeout: PLAY_TIMEOUT_MS });
  // A failure is followed by `storyFinished` (with the exception's report): give it a moment.
  await page.waitForFunction(seen, [STORY_FINISHED], { timeout: 3000 }).catch(() => undefined);
  return page.evaluate((events) => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    if (channel.last('storyRendered') === undefined && events.every((event) => channel.last(event) === undefined))
      return ['storybook: finished without storyRendered (the story or its play function never completed)'];
    const describe = (value) =>
      value && typeof value === 'object'
        ? `${value.name ?? value.title ?? 'Error'}: ${String(value.message ?? value.description ?? '').split('\n')[0]}`
        : String(value);
    return events.flatMap((event) => {
      const args = channel.last(event);
      if (args === undefined) return [];
      const values = event === 'unhandledErrorsWhilePlaying' ? (args[0] ?? []) : args.slice(0, 1);
      return values.map((value) => `storybook ${event}: ${describe(value)}`);
    });
  }, STORY_FAILURES);
}

async function checkStory(story) {
  const page = await context.newPage();
  const problems = [];
  let missedWorker = false;
  const apiErrorsExpected = story.tags?.includes('api-errors');
  const isApi = (url) => new URL(url).pathname.startsWith('/api/');
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const url = message.location()?.url ?? '';
    if (apiErrorsExpected && url && isApi(url)) return;
    if (apiErrorsExpected && /Failed to load resource/.test(message.text())) return;
    // The first line: a failed wait prints the whole DOM after it.
    problems.push(`console: ${message.text().split('\n')[0]}${url ? ` (${url})` : ''}`);
  });
  page.on('requestfailed', (request) => {
    if (apiErrorsExpected && isApi(request.url())) return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (isApi(response.url()) && !response.fromServiceWorker()) missedWorker = true;
    if (response.status() < 400) return;
    if (apiErrorsExpected && isApi(response.url())) return;
    problems.push(`answered ${response.status()}: ${response.url()}`);
  });
  try {
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    const failed = await storybookOutcome(page);
    if (failed.length > 0) {
      // The story did not reach the state it shows: checking that state would only add noise.
      problems.push(...failed);
      await page.close();
      return { problems, missedWorker };
    }
    if (!story.tags?.includes('stays-loading')) {
      // Settled: no loading skeleton shown in any shadow root (one in a closed dialog is not shown).
      await page.waitForFunction(
        () => {
          const loading = (root) =>
            [...root.querySelectorAll('*')].some(
              (element) =>
                (element.getAttribute('part')?.split(' ').includes('loading') && element.checkVisibility()) ||
                (element.shadowRoot && loading(element.shadowRoot)),
            );
          return !loading(document);
        },
        null,
        { timeout: SETTLE_TIMEOUT_MS },
      );
    }
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      // The accessibility addon runs axe after each render too (done by `storyFinished`; a
      // re-render after it runs it again): wait for its run to end.
      for (let tries = 0; ; tries += 1) {
        try {
          const result = await window.axe.run(document.querySelector('#storybook-root'), {
            resultTypes: ['violations'],
          });
          return result.violations.map(
            (violation) =>
              `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
        } catch (error) {
          if (tries > 50 || !String(error).includes('already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    });
    problems.push(...violations.map((violation) => `axe: ${violation}`));
  } catch (error) {
    problems.push(`did not finish: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  await page.close();
  return { problems, missedWorker };
}

for (const story of stories) {
  let { problems, missedWorker } = await checkStory(story);
  if (missedWorker) {
    // The mock API never answered (the request reached the static server): a harness race,
    // not the story. Checked once more, and counted in the summary.
    retried.push(story.id);
    ({ problems } = await checkStory(story));
  }
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${story.title} › ${story.name}`);
  if (missedWorker) console.log('       (checked twice: the mock service worker was not in control the first time)');
  for (const problem of problems) console.log(`       ${problem}`);
  if (problems.length > 0) failures.push(story.id);
}

await keeper.close();
await browser.close();
server.close();
console.log(
  `\n${stories.length} stories in ${((Date.now() - started) / 1000).toFixed(1)} s: ${stories.length - failures.length} ok, ${failures.length} failed, ${retried.length} checked twice.`,
);
process.exit(failures.length === 0 && stories.length > 0 ? 0 : 1);
