import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The network is closed on our machines: telemetry would make builds wait.
  core: { disableTelemetry: true },
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    resolve: {
      ...viteConfig.resolve,
      // Workspace packages resolve to their TypeScript sources, as in tests.
      conditions: ['@customer-center/source', 'module', 'browser', 'development|production'],
    },
  }),
};
export default config;
