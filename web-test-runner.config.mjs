// Browser tests: every package's tests in headless Chromium (Debian's /usr/bin/chromium,
// or CHROME_PATH). See .ci/ensure-chromium.sh for how the browser gets installed.
import { fileURLToPath } from 'node:url';
import { createReadStream } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countingReporter } from './.ci/counting-reporter.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './.ci/chromium.mjs';

const mockServiceWorker = fileURLToPath(import.meta.resolve('msw/mockServiceWorker.js'));

export default {
  files: ['packages/*/test/**/*.test.ts', 'packages/*/src/**/*.test.ts', '!**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['@customer-center/source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('tsconfig.json', import.meta.url)) }),
  ],
  middleware: [
    // msw's worker must be served from the root of the test page's scope.
    function serveMockServiceWorker(context, next) {
      if (context.path !== '/mockServiceWorker.js') return next();
      context.type = 'application/javascript';
      context.body = createReadStream(mockServiceWorker);
      return undefined;
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  // Every page starts in English (tests that switch language are reset after each test).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
      <script type="module" src="${testFramework}"></script>
    </body></html>`,
  testFramework: { config: { timeout: 5000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
