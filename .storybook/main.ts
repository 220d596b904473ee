import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

/**
 * msw's service worker must be served from the root of the preview (`iframe.html`'s scope):
 * served by the dev server, and written into the static build, from the msw package itself
 * so no generated copy is committed.
 */
function mockServiceWorker(): Plugin {
  const source = () => readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');
  return {
    name: 'customer-center-mock-service-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_request, response) => {
        response.setHeader('content-type', 'application/javascript');
        response.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: source() });
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', 'msw-storybook-addon'],
  // The network is closed on our machines: telemetry would make builds wait.
  core: { disableTelemetry: true },
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), mockServiceWorker()],
    resolve: {
      ...viteConfig.resolve,
      // Workspace packages resolve to their TypeScript sources, as in tests.
      conditions: ['@customer-center/source', 'module', 'browser', 'development|production'],
    },
  }),
};
export default config;
