import { defineConfig } from 'vitest/config';
import { dictionarySections } from './vite.config';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [dictionarySections()],
        test: {
          name: 'unit',
          include: ['tests/astro/**/*.test.ts', 'tests/tour/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
