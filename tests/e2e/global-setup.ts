import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server.mjs';

/** Serves the built app (dist/, made by `vite build` in `npm run test:e2e`) on loopback for the browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `vite build` first (npm run test:e2e does).');
  const server = await startStaticServer('dist');
  project.provide('baseUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
