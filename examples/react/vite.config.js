import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by examples/serve.mjs under /react/ (npm start).
export default defineConfig({
  base: '/react/',
  plugins: [react()],
});
