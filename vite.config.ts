import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { sectionOfKey } from './src/content/vocabulary';

/**
 * index.html's Content-Security-Policy is for the built app. The dev server needs inline scripts (React
 * Fast Refresh's preamble) and inline styles (CSS modules, HMR), so it serves the page without it.
 */
function cspForBuildOnly(): Plugin {
  return {
    name: 'common-orbit:csp-for-build-only',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i, ''),
  };
}

/**
 * `src/content/i18n/<lang>.json?section=<name>` is the part of that dictionary whose keys are in the section
 * (src/content/vocabulary.ts DICTIONARY_SECTIONS; `core` is the rest): one file per language to edit and
 * test, several chunks to load (src/tour/i18n.ts).
 */
export function dictionarySections(): Plugin {
  const PREFIX = '\0common-orbit:dictionary-section:';
  return {
    name: 'common-orbit:dictionary-sections',
    enforce: 'pre',
    async resolveId(source, importer) {
      const match = /^(.*[\\/]i18n[\\/][^\\/]+\.json)\?section=(\w+)$/.exec(source);
      if (!match) return null;
      const file = await this.resolve(match[1], importer, { skipSelf: true });
      // Not a .json id, so that the JSON plugin leaves the module this plugin writes alone.
      return file ? `${PREFIX}${file.id}:${match[2]}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const rest = id.slice(PREFIX.length);
      const file = rest.slice(0, rest.lastIndexOf(':'));
      const section = rest.slice(file.length + 1);
      this.addWatchFile(file);
      const dict: Record<string, string> = JSON.parse(readFileSync(file, 'utf8'));
      const keys = Object.fromEntries(Object.entries(dict).filter(([key]) => sectionOfKey(key) === section));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(keys))});`;
    },
  };
}

/**
 * The modules the first view runs (those the entry imports statically, transitively), found once the module
 * graph is known and given to the chunker below: three chunks for the first view (libraries, the app, the
 * entry) instead of two dozen small shared ones. An HTTP/1.1 server answers six requests at a time, so each
 * extra batch of small files cost a round trip before the first frame; nothing lazy joins them.
 */
function firstViewModules(): { plugin: Plugin; has: (id: string) => boolean } {
  const modules = new Set<string>();
  const plugin: Plugin = {
    name: 'common-orbit:first-view-modules',
    apply: 'build',
    buildEnd() {
      const pending = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      while (pending.length > 0) {
        const id = pending.pop()!;
        if (modules.has(id)) continue;
        modules.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, has: (id) => modules.has(id) };
}

const firstView = firstViewModules();

export default defineConfig({
  plugins: [
    react(),
    cspForBuildOnly(),
    dictionarySections(),
    firstView.plugin,
    // Offline support for kiosks: a generated Workbox service worker (dist/sw.js) precaches the whole
    // built app, the textures, models, data and the audio index, and answers navigations with index.html.
    // It is registered by src/app/serviceWorker.ts (production builds only), not by an injected script:
    // index.html's CSP allows no inline scripts.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      injectRegister: null,
      // With base './' the worker is dist/sw.js and its scope is the folder index.html is served from.
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      manifest: {
        name: 'Common Orbit',
        short_name: 'Common Orbit',
        description: 'The International Space Station and the Earth, live and true to physics.',
        display: 'fullscreen',
        background_color: '#000000',
        theme_color: '#000000',
        start_url: './',
        scope: './',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      // favicon.svg is precached by globPatterns; the plugin adds manifest.webmanifest itself.
      includeManifestIcons: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,jpg,webp,png,glb,txt,json,svg,bin}'],
        // kiosk.json is the museum's own configuration, edited on the kiosk host without a rebuild: it is
        // fetched from the network first and only falls back to the last copy seen when offline. The worker
        // also fetches it at install (public/sw-kiosk-config.js), so that copy exists from the first visit.
        globIgnores: ['kiosk.json', 'sw-kiosk-config.js'],
        importScripts: ['sw-kiosk-config.js'],
        runtimeCaching: [
          {
            urlPattern: /\/kiosk\.json$/,
            handler: 'NetworkFirst',
            options: { cacheName: 'common-orbit-config', networkTimeoutSeconds: 5 },
          },
          {
            // The optional NASA Moon Kit maps (public/moon/, see src/moon/moonKit.ts) can be far larger than
            // the precache limit: those are kept once loaded, so a kiosk that has shown them keeps them.
            urlPattern: /\/moon\/[^/?]+\.(?:jpe?g|png|webp)$/i,
            handler: 'CacheFirst',
            options: { cacheName: 'common-orbit-moon-kit' },
          },
        ],
        // Workbox's default limit is 2 MiB; the largest precached files are textures/earth-mask-2k.webp
        // (1.9 MB), the three.js chunk (0.9 MB) and models/iss.glb (0.6 MB). 4 MiB leaves room for larger
        // textures (a 4k day map is about 1.3 MB).
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        // Navigations to a file other than an HTML page (e.g. CREDITS.md) are not answered with the app.
        navigateFallbackDenylist: [/\/[^/?]*\.(?!html?(?:\?|$))[^/?]*(?:\?.*)?$/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  base: './',
  // satellite.js 7 also ships an optional WASM build with a worker; it is never imported at run time,
  // but Vite still bundles its worker, which needs ES format (top-level await).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'first-view-libraries', test: (id) => firstView.has(id) && id.includes('node_modules'), priority: 2 },
            { name: 'first-view', test: (id) => firstView.has(id), priority: 1 },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
