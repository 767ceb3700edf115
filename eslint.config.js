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
  {
    // Pure layers: astronomy, tour logic, lunar terrain, docking manifest. No rendering or UI libraries.
    files: ['src/astro/**/*.ts', 'src/tour/**/*.ts', 'src/moon/**/*.ts', 'src/spacecraft/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['three', 'three/*'], message: 'pure modules (astro, tour, moon, spacecraft): no three.js.' },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'pure modules: no React.' },
            { group: ['@react-three/*', 'zustand', 'zustand/*'], message: 'pure modules: no scene or UI state.' },
          ],
        },
      ],
    },
  },
);
