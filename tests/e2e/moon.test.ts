import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

/** Shares of the light layer's blue (never lit) and gold (lit most of the year) pixels in a PNG. */
async function layerColours(png: Buffer): Promise<{ blue: number; gold: number }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let blue = 0;
  let gold = 0;
  const n = info.width * info.height;
  for (let i = 0; i < n; i++) {
    const [r, g, b] = [data[3 * i], data[3 * i + 1], data[3 * i + 2]];
    if (b > 140 && b > r + 60) blue++;
    if (r > 150 && r > b + 80 && g > 60) gold++;
  }
  return { blue: blue / n, gold: gold / n };
}

const terrainSource = (page: import('playwright-core').Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __commonOrbit: { three: () => { scene: { getObjectByName(n: string): { userData: { source?: string } } | undefined } } } }).__commonOrbit
        .three()
        .scene.getObjectByName('south-pole-terrain')?.userData.source,
  );

/** The measured terrain, the light layer over it, and the previous terrain when a grid is missing. */
describe('south pole from measured data', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the close-up is the LOLA terrain; "Eternal night and light" tints the never-lit ground blue and the most-lit gold — screenshot shackleton-light.png', async () => {
    const { page, errors } = await openApp(browser, '?t=2026-09-17T03:30:00Z&rate=0&view=shackleton');
    await expect.poll(() => terrainSource(page), { timeout: 90_000 }).toBe('lola');
    await page.waitForTimeout(2000);
    const clip = { x: 480, y: 130, width: 780, height: 480 };
    const before = await layerColours(await page.screenshot({ clip }));
    expect(before.blue).toBeLessThan(0.005);
    await page.click('[data-testid="layer-light"]');
    await page.waitForSelector('[data-testid="light-legend"]');
    await page.waitForTimeout(2000);
    await page.screenshot({ path: `${ARTIFACTS}/shackleton-light.png` });
    const after = await layerColours(await page.screenshot({ clip }));
    expect(after.blue).toBeGreaterThan(0.05);
    expect(after.gold).toBeGreaterThan(0.005);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a missing LOLA grid brings back the catalogue terrain with a notice; a truncated light file disables the layer with one', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    await page.route('**/south-pole-ldem-480m.bin', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.route('**/south-pole-light.bin', (route) => route.fulfill({ status: 200, body: Buffer.alloc(1000) }));
    await page.goto(`${inject('baseUrl')}?t=2026-09-17T03:30:00Z&rate=0&view=shackleton`);
    await expect.poll(() => terrainSource(page), { timeout: 90_000 }).toBe('catalogue');
    await expect.poll(() => page.locator('[data-notice="south-pole-terrain"]').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.locator('[data-notice="south-pole-light"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.isDisabled('[data-testid="layer-light"]')).toBe(true);
    await page.close();
  });
});
