// Kiosk against the plain tour, side by side in one browser: main-thread busy % and frame rate of
// `?kiosk=1` (the attract loop) and of `?tour=common-orbit&step=N` (the same tour, no kiosk) at the same
// steps, each in a fresh page, in alternation so the machine's drift cancels.
//
// Usage: node scripts/kiosk-load.mjs [steps=1,8]  (after vite build). Prints JSON on stdout.
// Environment: KIOSK_LOAD_WINDOW_MS (10000), KIOSK_LOAD_SETTLE_MS (8000), KIOSK_LOAD_ROUNDS (2).
/* global window */
import { launchChromium } from './chromium.mjs';
import { measurePageLoad } from './page-load.mjs';
import { startStaticServer } from './static-server.mjs';

const WINDOW_MS = Number(process.env.KIOSK_LOAD_WINDOW_MS ?? 10_000);
const SETTLE_MS = Number(process.env.KIOSK_LOAD_SETTLE_MS ?? 8_000);
const ROUNDS = Number(process.env.KIOSK_LOAD_ROUNDS ?? 2);
/** Reading times × 10: no step ends during a measurement. */
const HOLD_PACE = 10;

/** Opens `url`, jumps the running tour to `step` (1-based) where it is a kiosk, settles, measures. */
export async function measureAtStep(browser, url, step, { windowMs = WINDOW_MS, settleMs = SETTLE_MS } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => (window.__commonOrbit?.frame.frameCount ?? 0) > 3, null, { timeout: 120_000 });
    await page.waitForSelector('[data-testid="tour"]', { timeout: 60_000 });
    // A slow pace holds the step through the window: the kiosk's is set at run time, the tour's by address.
    if (url.includes('kiosk=1')) {
      await page.evaluate(([s, pace]) => (window.__kiosk.setPace(pace), window.__kiosk.jump(s - 1)), [step, HOLD_PACE]);
    }
    await page.waitForTimeout(settleMs);
    const cdp = await context.newCDPSession(page);
    const load = await measurePageLoad(page, cdp, windowMs);
    const shownStep = Number(await page.getAttribute('[data-testid="tour"]', 'data-step'));
    return { ...load, step: shownStep };
  } finally {
    await context.close();
  }
}

/** Kiosk and plain tour at each step, alternating, `rounds` times; medians per page and step. */
export async function compareKioskToTour(browser, baseUrl, steps, rounds = ROUNDS) {
  const rows = [];
  for (const step of steps) {
    const runs = { kiosk: [], tour: [] };
    for (let r = 0; r < rounds; r++) {
      runs.tour.push(await measureAtStep(browser, `${baseUrl}?tour=common-orbit&step=${step}&pace=${HOLD_PACE}`, step));
      runs.kiosk.push(await measureAtStep(browser, `${baseUrl}?kiosk=1`, step));
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const sum = (k) => ({ busyPct: median(runs[k].map((x) => x.busyPct)), fps: median(runs[k].map((x) => x.fps)), steps: runs[k].map((x) => x.step) });
    const kiosk = sum('kiosk');
    const tour = sum('tour');
    rows.push({ step, kiosk, tour, fpsRatio: +(kiosk.fps / tour.fps).toFixed(2) });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const steps = (process.argv[2] ?? '1,8').split(',').map(Number);
  const server = await startStaticServer('dist');
  const browser = await launchChromium();
  try {
    console.log(JSON.stringify(await compareKioskToTour(browser, server.url, steps), null, 2));
  } finally {
    await browser.close();
    await server.close();
  }
}
