import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, openApp } from './browser';

/* A browser without WebGL gets an explanation instead of a blank page or a crash. */

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
});

afterAll(async () => {
  await browser?.close();
});

it('shows the no-WebGL message when WebGL is unavailable', async () => {
  const { page, errors } = await openApp(browser, '?t=2026-09-17T12:00:00Z&rate=0', false);
  // The browser really has no WebGL 2.
  expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2') === null)).toBe(true);
  const message = page.getByTestId('no-webgl');
  await expect.poll(() => message.isVisible(), { timeout: 20_000 }).toBe(true);
  expect(await message.textContent()).toMatch(/WebGL/);
  expect(await page.locator('canvas').count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});
