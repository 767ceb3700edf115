import { inject } from 'vitest';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';

export const ARTIFACTS = 'test-artifacts';

export interface AppPage {
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

/** Opens the built app at `query` (e.g. "?t=...&rate=0") at 1280×720 and waits for rendered frames. */
export async function openApp(browser: Browser, query: string, waitForFrames = true): Promise<AppPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}${query}`);
  if (waitForFrames) {
    await page.waitForFunction(
      () => ((window as unknown as { __commonOrbit?: { frame: { frameCount: number } } }).__commonOrbit?.frame.frameCount ?? 0) > 3,
      null,
      { timeout: 60_000 },
    );
  }
  return { page, errors };
}

export async function readValue(page: Page, testId: string): Promise<string> {
  return (await page.getAttribute(`[data-testid="${testId}"]`, 'data-value')) ?? '';
}

export { launchChromium };
