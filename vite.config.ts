import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  base: './',
  // satellite.js 7 also ships an optional WASM build with a worker; it is never imported at run time,
  // but Vite still bundles its worker, which needs ES format (top-level await).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
