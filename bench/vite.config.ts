import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the benchmark's baseline scene (bench/trivial.html) into dist-bench/. Run by scripts/bench.mjs. */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react()],
  // The texture is imported from public/ as a plain asset; nothing else from public/ is copied.
  publicDir: false,
  build: {
    outDir: here('../dist-bench'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // Keep the texture a file (as the app serves it), never an inlined data URL.
    assetsInlineLimit: 0,
    rollupOptions: { input: here('trivial.html') },
  },
});
