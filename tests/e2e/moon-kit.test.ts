import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchChromium, openApp } from './browser';

const KIT = 'dist/moon/moon-kit.json';

/**
 * A NASA CGI Moon Kit installed in the built app (tiny generated files of the kit's format: an
 * equirectangular colour map and an 8-bit elevation map) replaces the bundled Moon data.
 */
describe('NASA CGI Moon Kit files in public/moon/', () => {
  let browser: Browser;
  let original: string;
  beforeAll(async () => {
    original = readFileSync(KIT, 'utf8');
    copyFileSync(KIT, `${KIT}.orig`);
    // 64 × 32 colour map (reddish, unmistakable) and elevation map (a ramp from west to east).
    await sharp({ create: { width: 64, height: 32, channels: 3, background: { r: 200, g: 120, b: 90 } } }).jpeg().toFile('dist/moon/test_color.jpg');
    const ramp = Buffer.alloc(64 * 32);
    for (let y = 0; y < 32; y++) for (let x = 0; x < 64; x++) ramp[y * 64 + x] = Math.round((x / 63) * 255);
    await sharp(ramp, { raw: { width: 64, height: 32, channels: 1 } }).png().toFile('dist/moon/test_ldem_8bit.png');
    writeFileSync(KIT, JSON.stringify({ color: 'test_color.jpg', elevation: 'test_ldem_8bit.png', elevationRangeKm: [-9.15, 10.76] }));
    browser = await launchChromium();
  });
  afterAll(async () => {
    writeFileSync(KIT, original);
    await browser?.close();
  });

  it('the Moon uses the kit and the close-up keeps the finer LOLA grid (no errors), screenshot moon-kit.png', async () => {
    const { page, errors } = await openApp(browser, '?t=2026-09-17T03:30:00Z&rate=0&view=moon');
    await page.waitForFunction(
      () =>
        (window as unknown as { __commonOrbit: { three: () => { scene: { getObjectByName(n: string): { userData: { source?: string } } | undefined } } } }).__commonOrbit
          .three()
          .scene.getObjectByName('moon')?.userData.source === 'cgi-moon-kit',
      null,
      { timeout: 60_000 },
    );
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (window as unknown as { __commonOrbit: { three: () => { scene: { getObjectByName(n: string): { userData: { source?: string } } | undefined } } } }).__commonOrbit
              .three()
              .scene.getObjectByName('south-pole-terrain')?.userData.source,
        ),
      )
      .toBe('lola');
    await page.waitForTimeout(2000);
    await page.screenshot({ path: `${ARTIFACTS}/moon-kit.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a kit file that fails validation shows a notice and keeps the bundled Moon', async () => {
    writeFileSync(KIT, JSON.stringify({ color: 'lroc_color_poles_2k.tif', elevation: null, elevationRangeKm: [-9, 10] }));
    const { page, errors } = await openApp(browser, '?t=2026-09-17T03:30:00Z&rate=0&view=moon');
    await expect.poll(() => page.locator('[data-testid="notice"]', { hasText: 'moon-kit.json' }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
