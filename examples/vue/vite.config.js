import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Served by examples/serve.mjs under /vue/ (npm start).
export default defineConfig({
  base: '/vue/',
  plugins: [
    vue({
      template: {
        // <cc-…> tags are the widgets' custom elements, not Vue components.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('cc-') },
      },
    }),
  ],
});
