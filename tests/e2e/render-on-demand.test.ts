import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasScreenshot, launchChromium, openApp, readValue } from './browser';

/*
 * A still view renders on demand: with the clock paused and no input, the scene draws almost no frames
 * (≤ 5 % of the animation-frame ticks over 5 s), and the picture still follows a clock change, a camera
 * move and a resize.
 */

type Hook = { __commonOrbit: { frame: { frameCount: number; tickCount: number } } };
const counts = (p: Page) => p.evaluate(() => ({ ...(window as unknown as Hook).__commonOrbit.frame }));

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the scene has drawn at least one frame more than `since`, then a moment for its burst. */
async function drawnAfter(p: Page, since: number): Promise<number> {
  await p.waitForFunction((n) => (window as unknown as Hook).__commonOrbit.frame.frameCount > n, since, { timeout: 30_000 });
  await p.waitForTimeout(1_500);
  return (await counts(p)).frameCount - since;
}

describe('render on demand', () => {
  it('draws ≤ 5 % of the ticks when still, and redraws on a clock change, a camera move and a resize', { timeout: 180_000 }, async () => {
    const { page: p, errors } = await openApp(browser, '?t=2026-09-17T12:00:00Z&rate=0');
    await p.waitForTimeout(4_000); // lazy parts and large textures in
    const a = await counts(p);
    await p.waitForTimeout(5_000);
    const b = await counts(p);
    const ticks = b.tickCount - a.tickCount;
    const drawn = b.frameCount - a.frameCount;
    console.info(`[render-on-demand] still: ${drawn} frames drawn over ${ticks} animation-frame ticks in 5 s`);
    expect(ticks, 'animation frames keep ticking').toBeGreaterThan(20);
    expect(drawn / ticks, 'frames drawn / ticks while still').toBeLessThanOrEqual(0.05);

    // A clock change: the picture and the readouts follow.
    const before = await canvasScreenshot(p);
    const t0 = (await counts(p)).frameCount;
    await p.getByTestId('time-jump-input').fill('2026-09-17T18:00:00');
    await p.getByTestId('time-jump').click();
    expect(await drawnAfter(p, t0), 'frames drawn for the clock change').toBeGreaterThan(0);
    await expect.poll(() => readValue(p, 'sim-time'), { timeout: 30_000 }).toMatch(/^2026-09-17T18:00/);
    const afterClock = await canvasScreenshot(p);
    expect(afterClock.equals(before), 'the picture changed with the clock').toBe(false);

    // A camera move (a drag on the globe): frames while the hand moves, then still again.
    const c0 = (await counts(p)).frameCount;
    await p.mouse.move(700, 360);
    await p.mouse.down();
    for (let i = 1; i <= 10; i++) await p.mouse.move(700 + 15 * i, 360 + 4 * i);
    await p.mouse.up();
    expect(await drawnAfter(p, c0), 'frames drawn for the drag').toBeGreaterThan(2);
    const afterDrag = await canvasScreenshot(p);
    expect(afterDrag.equals(afterClock), 'the picture changed with the camera').toBe(false);
    await p.waitForTimeout(3_000); // the damping settles
    const d0 = await counts(p);
    await p.waitForTimeout(3_000);
    const d1 = await counts(p);
    expect((d1.frameCount - d0.frameCount) / (d1.tickCount - d0.tickCount), 'still again after the drag').toBeLessThanOrEqual(0.05);

    // A resize: redrawn at the new size.
    const r0 = (await counts(p)).frameCount;
    await p.setViewportSize({ width: 900, height: 600 });
    expect(await drawnAfter(p, r0), 'frames drawn for the resize').toBeGreaterThan(0);
    const size = await p.evaluate(() => {
      const c = document.querySelector('canvas')!;
      return { w: c.clientWidth, h: c.clientHeight };
    });
    expect(size).toEqual({ w: 900, h: 600 });
    expect(errors).toEqual([]);
    await p.close();
  });
});
