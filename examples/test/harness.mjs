// What the examples' browser tests share: the real `npm start` server (examples/serve.mjs) on a
// free port, and headless Chromium (Debian's, or CHROME_PATH) driven by playwright-core, with
// every console error, uncaught exception, failed request and CSP violation of a page recorded.
// The pages load the built bundle: run `npm run build` (and `npm run build:examples` for the
// React and Vue pages) first, as `npm run test:examples` does.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../.ci/chromium.mjs';

/** Starts examples/serve.mjs on a free port with a fresh mock store; resolves its origin. */
export async function startDemoServer() {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@customer-center/source', 'examples/serve.mjs'],
    { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  const base = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /demo: (http:\/\/localhost:\d+)\//.exec(output);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return {
    base,
    /** Everything the server printed so far. */
    output: () => output,
    /** Restores the mock API's seed data. */
    reset: () => fetch(`${base}/api/__mock/reset`, { method: 'POST' }),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill();
      }),
  };
}

export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
}

/**
 * A new page whose problems are collected in `problems` (console errors, page errors,
 * failed requests, CSP and Trusted Types violations), so a test can assert there were none.
 */
export async function openPage(browser, { viewport = { width: 1280, height: 900 }, locale = 'en-US' } = {}) {
  const context = await browser.newContext({ viewport, locale });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A page navigating away aborts its own pending requests; that is not a failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
    }
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return { page, problems, close: () => context.close() };
}

let axeSource;

/** Runs axe-core in the page (every shadow root included) and resolves its violations. */
export async function axeViolations(page) {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
}
