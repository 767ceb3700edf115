import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { ARTIFACTS, launchChromium, openApp } from './browser';

/** Fractions of dark (luma < 20) and sunlit (luma > 110) pixels in a PNG. */
async function lightAndShadow(png: Buffer): Promise<{ darkFraction: number; brightFraction: number }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let dark = 0;
  let bright = 0;
  const n = info.width * info.height;
  for (let i = 0; i < n; i++) {
    const y = 0.2126 * data[3 * i] + 0.7152 * data[3 * i + 1] + 0.0722 * data[3 * i + 2];
    if (y < 20) dark++;
    else if (y > 110) bright++;
  }
  return { darkFraction: dark / n, brightFraction: bright / n };
}

/** The south-pole close-up at two instants with the Sun up at Shackleton: lit rims, dark floors. */
describe('view=shackleton', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const t of ['2026-09-17T03:30:00Z', '2026-11-13T12:00:00Z']) {
    it(`at ${t}: the terrain is drawn with lit and dark ground, Sun elevation readout positive — screenshot shackleton-${t.slice(0, 10)}.png`, async () => {
      const { page, errors } = await openApp(browser, `?t=${t}&rate=0&view=shackleton`);
      await page.waitForFunction(
        () =>
          !!(window as unknown as { __commonOrbit: { three: () => { scene: { getObjectByName(n: string): unknown } } } }).__commonOrbit
            .three()
            .scene.getObjectByName('south-pole-terrain'),
        null,
        { timeout: 90_000 },
      );
      await page.waitForTimeout(3000);
      const elevation = Number(await page.getAttribute('[data-testid="shackleton-sun-elevation"]', 'data-value'));
      expect(elevation).toBeGreaterThan(0);
      const path = `${ARTIFACTS}/shackleton-${t.slice(0, 10)}.png`;
      await page.screenshot({ path });
      // Grazing light: deep shadow and sunlit ground both on screen (right of the HUD, above the controls).
      const stats = await lightAndShadow(await page.screenshot({ clip: { x: 480, y: 130, width: 780, height: 480 } }));
      expect(stats.darkFraction).toBeGreaterThan(0.05);
      expect(stats.brightFraction).toBeGreaterThan(0.01);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
