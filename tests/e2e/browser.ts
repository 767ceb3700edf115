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
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
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

/** Every HUD readout's data-value, read in one round trip. */
export async function readValues(page: Page, testIds: readonly string[]): Promise<Record<string, string>> {
  return page.evaluate(
    (ids) =>
      Object.fromEntries(
        ids.map((id) => [id, document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-value') ?? '']),
      ),
    [...testIds],
  );
}

export interface ImageStats {
  width: number;
  height: number;
  /** Mean and standard deviation of Rec. 709 luminance, 0–255. */
  meanLuminance: number;
  stdLuminance: number;
  /** Share of pixels with luminance above 8 (not black: a lit pixel, the night side or city lights). */
  nonBlackFraction: number;
  /** Number of distinct luminance levels (0–255) that occur. */
  distinctLevels: number;
}

/** Luminance statistics of a PNG, optionally of a centred box covering `centreFraction` of each side. */
export async function imageStats(png: Buffer, centreFraction = 1): Promise<ImageStats> {
  const { default: sharp } = await import('sharp');
  let img = sharp(png);
  if (centreFraction < 1) {
    const meta = await img.metadata();
    const w = Math.round(meta.width! * centreFraction);
    const h = Math.round(meta.height! * centreFraction);
    img = sharp(png).extract({
      left: Math.round((meta.width! - w) / 2),
      top: Math.round((meta.height! - h) / 2),
      width: w,
      height: h,
    });
  }
  const { data, info } = await img.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const n = info.width * info.height;
  const levels = new Set<number>();
  let sum = 0;
  let sumSq = 0;
  let nonBlack = 0;
  for (let i = 0; i < n; i++) {
    const o = i * info.channels;
    const y = 0.2126 * data[o] + 0.7152 * data[o + 1] + 0.0722 * data[o + 2];
    sum += y;
    sumSq += y * y;
    if (y > 8) nonBlack++;
    levels.add(Math.round(y));
  }
  const mean = sum / n;
  return {
    width: info.width,
    height: info.height,
    meanLuminance: mean,
    stdLuminance: Math.sqrt(Math.max(0, sumSq / n - mean * mean)),
    nonBlackFraction: nonBlack / n,
    distinctLevels: levels.size,
  };
}

/**
 * Screenshot of the canvas alone, as PNG bytes: every element that neither is nor contains the canvas is
 * hidden meanwhile. Done through the CSSOM, not an injected stylesheet (Playwright's `style` option), which
 * the app's Content-Security-Policy (style-src 'self') would block and report as a console error.
 */
export async function canvasScreenshot(page: Page, path?: string): Promise<Buffer> {
  await page.evaluate(() => {
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el.tagName === 'CANVAS' || el.querySelector('canvas')) continue;
      el.dataset.e2eVisibility = el.style.visibility;
      el.style.visibility = 'hidden';
    }
  });
  try {
    return await page.locator('canvas').screenshot({ path, timeout: 60_000 });
  } finally {
    await page.evaluate(() => {
      for (const el of document.body.querySelectorAll<HTMLElement>('[data-e2e-visibility]')) {
        el.style.visibility = el.dataset.e2eVisibility ?? '';
        delete el.dataset.e2eVisibility;
      }
    });
  }
}

/**
 * Counts React DOM commits in the page (read as window.__reactCommits): a stand-in for React DevTools'
 * global hook, installed before any app script, which React calls on every commit, production builds
 * included. The scene's own reconciler (@react-three/fiber) is not counted.
 */
export async function installCommitCounter(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counter = { commits: 0 };
    const renderers = new Map<number, { rendererPackageName?: string }>();
    Object.assign(window, {
      __reactCommits: counter,
      __REACT_DEVTOOLS_GLOBAL_HOOK__: {
        renderers,
        supportsFiber: true,
        isDisabled: false,
        inject(renderer: { rendererPackageName?: string }) {
          const id = renderers.size + 1;
          renderers.set(id, renderer);
          return id;
        },
        onCommitFiberRoot(id: number) {
          if (renderers.get(id)?.rendererPackageName === 'react-dom') counter.commits++;
        },
        onCommitFiberUnmount() {},
        onPostCommitFiberRoot() {},
        checkDCE() {},
      },
    });
  });
}

/** React DOM commits so far (see installCommitCounter). */
export function reactCommits(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __reactCommits: { commits: number } }).__reactCommits.commits);
}

/**
 * Waits until the canvas has drawn no frame for `quietMs` (or, given `enoughFrames`, until it has drawn that
 * many more). It renders on demand: a few frames after each change, then none, so waiting for more frames
 * on a still view would wait for ever.
 */
export async function drawingStopped(p: Page, quietMs = 700, enoughFrames = Infinity): Promise<void> {
  const count = () => p.evaluate(() => (window as unknown as { __commonOrbit: { frame: { frameCount: number } } }).__commonOrbit.frame.frameCount);
  const start = await count();
  let last = start;
  let since = Date.now();
  const until = since + 60_000;
  while (Date.now() - since < quietMs && Date.now() < until && last - start < enoughFrames) {
    await p.waitForTimeout(150);
    const now = await count();
    if (now !== last) [last, since] = [now, Date.now()];
  }
}
