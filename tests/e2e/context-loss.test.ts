import { mkdirSync } from 'node:fs';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, canvasScreenshot, imageStats, launchChromium, type ImageStats } from './browser';

/*
 * A lost WebGL context (driver reset, GPU pressure; here WEBGL_lose_context) rebuilds the view: Scene.tsx
 * waits briefly for a restore, then remounts the canvas with a new context (src/state/sceneHealth.ts).
 * window.__commonOrbit is set again by the new canvas; the frame counter lives outside it and keeps counting.
 */

interface Hook {
  __commonOrbit?: { renderer: unknown; frame: { frameCount: number } };
  __lostRenderer?: unknown;
}

let browser: Browser;
let page: Page | null = null;

const looksDrawn = (s: ImageStats | null) => s !== null && s.stdLuminance > 10 && s.nonBlackFraction > 0.1 && s.distinctLevels > 64;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await page?.close();
  await browser?.close();
});

describe('WebGL context loss', () => {
  it('a lost context remounts a new canvas that renders, with no uncaught errors', async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    const p = page;
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    const consoleAll: string[] = [];
    p.on('pageerror', (e) => pageErrors.push(e.message));
    p.on('console', (m: ConsoleMessage) => {
      consoleAll.push(`${m.type()}: ${m.text()}`);
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await p.goto(`${inject('baseUrl')}?t=2026-09-17T12:00:00Z&rate=0`);
    await p.waitForFunction(() => ((window as unknown as Hook).__commonOrbit?.frame.frameCount ?? 0) > 3, null, {
      timeout: 90_000,
    });
    let before: ImageStats | null = null;
    await expect
      .poll(async () => looksDrawn((before = await imageStats(await canvasScreenshot(p)))), { timeout: 60_000, interval: 500 })
      .toBe(true);
    expect(await p.locator('canvas').count()).toBe(1);

    // Mark the canvas and the renderer in use, then lose the context.
    const lostAt = await p.evaluate(() => {
      const w = window as unknown as Hook;
      const canvas = document.querySelector('canvas')!;
      canvas.dataset.e2eLost = '1';
      w.__lostRenderer = w.__commonOrbit!.renderer;
      const gl = canvas.getContext('webgl2');
      const ext = gl?.getExtension('WEBGL_lose_context');
      if (!gl || !ext) throw new Error(`no WebGL2 context or no WEBGL_lose_context on the app's canvas`);
      const frameCount = w.__commonOrbit!.frame.frameCount;
      ext.loseContext();
      return { frameCount, lost: gl.isContextLost() };
    });
    expect(lostAt.lost).toBe(true);

    // A new canvas, with a new renderer, draws new frames.
    await p.waitForFunction(
      (n) => {
        const w = window as unknown as Hook;
        const canvas = document.querySelector('canvas');
        return (
          canvas !== null &&
          canvas.dataset.e2eLost === undefined &&
          w.__commonOrbit !== undefined &&
          w.__commonOrbit.renderer !== w.__lostRenderer &&
          w.__commonOrbit.frame.frameCount > n + 3
        );
      },
      lostAt.frameCount,
      { timeout: 90_000, polling: 200 },
    );
    expect(await p.locator('canvas').count()).toBe(1);
    expect(await p.locator('canvas[data-e2e-lost]').count()).toBe(0);
    const fresh = await p.evaluate(() => {
      const canvas = document.querySelector('canvas')!;
      const gl = canvas.getContext('webgl2');
      return { contextLost: gl?.isContextLost() ?? null };
    });
    expect(fresh.contextLost).toBe(false);

    let after: ImageStats | null = null;
    try {
      await expect
        .poll(
          async () => looksDrawn((after = await imageStats(await canvasScreenshot(p, `${ARTIFACTS}/context-restored-canvas.png`)))),
          { timeout: 60_000, interval: 500 },
        )
        .toBe(true);
    } catch {
      // reported below with the statistics
    }
    expect(looksDrawn(after), `new canvas looks blank: ${JSON.stringify(after)} (before the loss: ${JSON.stringify(before)})`).toBe(true);
    // Same instant, same view: the picture comes back much as it was.
    expect(Math.abs(after!.meanLuminance - before!.meanLuminance), `${JSON.stringify(before)} → ${JSON.stringify(after)}`).toBeLessThan(15);
    await p.screenshot({ path: `${ARTIFACTS}/context-restored.png`, timeout: 60_000 });
    expect(await p.getByTestId('scene-error').count()).toBe(0);

    // And it stays: the new canvas is not rebuilt again (a rebuild disposes the old context, which must not
    // count as another loss).
    await p.evaluate(() => {
      const w = window as unknown as Hook;
      document.querySelector('canvas')!.dataset.e2eNew = '1';
      w.__lostRenderer = w.__commonOrbit!.renderer;
    });
    await p.waitForTimeout(10_000);
    expect(await p.locator('canvas[data-e2e-new]').count(), 'the restored canvas is still the one in the page').toBe(1);
    expect(await p.evaluate(() => (window as unknown as Hook).__commonOrbit!.renderer === (window as unknown as Hook).__lostRenderer)).toBe(true);

    expect(pageErrors, `uncaught page errors; console:\n${consoleAll.join('\n')}`).toEqual([]);
    expect(consoleErrors, `console errors; console:\n${consoleAll.join('\n')}`).toEqual([]);
  });
});
