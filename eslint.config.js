import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'node_modules', 'test-artifacts', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/immutability': 'off',
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'models/**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  ...layerRules(),
);

/**
 * Layers import one way only: app → kiosk → ui/scene → state → tour/moon/spacecraft → astro/content.
 * Each folder may not import the folders above it (a relative import that climbs into one of them), and the
 * pure layers import neither rendering nor UI libraries.
 */
function layerRules() {
  const above = {
    kiosk: ['app'],
    ui: ['app', 'kiosk'],
    scene: ['app', 'kiosk'],
    state: ['app', 'kiosk', 'ui', 'scene'],
    tour: ['app', 'kiosk', 'ui', 'scene', 'state'],
    moon: ['app', 'kiosk', 'ui', 'scene', 'state'],
    spacecraft: ['app', 'kiosk', 'ui', 'scene', 'state'],
    astro: ['app', 'kiosk', 'ui', 'scene', 'state', 'tour', 'moon', 'spacecraft'],
    content: ['app', 'kiosk', 'ui', 'scene', 'state', 'tour', 'moon', 'spacecraft'],
  };
  const pure = new Set(['tour', 'moon', 'spacecraft', 'astro', 'content']);
  return Object.entries(above).map(([folder, banned]) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./)+(${banned.join('|')})(/|$)`,
              message: `src/${folder} may not import ${banned.join(', ')}: layers import one way (app → kiosk → ui/scene → state → tour/moon/spacecraft → astro/content).`,
            },
            ...(pure.has(folder)
              ? [
                  { group: ['three', 'three/*'], message: 'pure modules (astro, content, tour, moon, spacecraft): no three.js.' },
                  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'pure modules: no React.' },
                  { group: ['@react-three/*', 'zustand', 'zustand/*'], message: 'pure modules: no scene or UI state.' },
                ]
              : []),
          ],
        },
      ],
    },
  }));
}
