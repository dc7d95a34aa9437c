// The web app (issue #5): built into dist/web, which `c981 serve` serves. `npx vite` runs a dev
// server that forwards /api to a C-981 server on 8981.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8981' } },
});
