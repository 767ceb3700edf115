import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { satrecFromLines } from '../../src/astro/sgp4';
import { newSnapshot, updateEarthAndSun, updateIss } from '../../src/astro/snapshot';
import { nearestTle, parseTle, parseTleFile, type Tle } from '../../src/astro/tle';
import {
  ARTIFACTS,
  canvasScreenshot,
  imageStats,
  launchChromium,
  openApp,
  readValue,
  readValues,
  type AppPage,
  type ImageStats,
} from './browser';

/*
 * Browser tests of the built app (dist/, served by global-setup.ts) in Chromium with software WebGL.
 * Expected readouts come from the pure astro layer run here in Node on the same elements and instant.
 */

const DAY_MS = 86_400_000;
/** expect.poll's default (1 s) is too short for software WebGL on two cores, where a frame can take 0.5 s. */
const POLL = { timeout: 20_000, interval: 100 };
const PINNED = '2026-09-17T12:00:00Z';
const PINNED_MS = Date.parse(PINNED);

const BUNDLED: Tle[] = parseTleFile(readFileSync('src/content/iss-tle.txt', 'utf8'));
/** Far from every bundled set, the app also loads the ISS's own element history (src/app/useTleHistory.ts). */
const HISTORY: Tle[] = parseTleFile(readFileSync('public/data/iss-tle-history.txt', 'utf8'));
const ALL_SETS: Tle[] = [...BUNDLED, ...HISTORY];

/** TLE checksum, written out again here (not imported) so fixtures do not lean on the code under test. */
function withChecksum(line: string): string {
  let sum = 0;
  for (const c of line.slice(0, 68)) {
    if (c >= '0' && c <= '9') sum += Number(c);
    else if (c === '-') sum += 1;
  }
  return line.slice(0, 68) + String(sum % 10);
}

// The real 2026-09-16 ISS element set (also bundled).
const ISS_LINE1 = '1 25544U 98067A   26259.85263506  .00007068  00000+0  13566-3 0  9993';
const ISS_LINE2 = '2 25544  51.6307 206.4210 0004838 147.2470 212.8820 15.49143506585961';
/** Same elements with line 1's checksum digit changed (3 → 4). */
const BAD_CHECKSUM_TLE = `ISS (ZARYA)\n${ISS_LINE1.slice(0, 68)}4\n${ISS_LINE2}`;
/**
 * Parses cleanly, but its epoch is 2024-01-01 and its drag is huge (B* 5e-4 with ṅ/2 1e-4): by 2026-09 SGP4
 * reports the orbit decayed (satellite.js error 6). Checked in Node in the test below.
 */
const DECAYED_TLE = [
  withChecksum('1 25544U 98067A   24001.00000000  .00010000  00000-0  50000-3 0  9990'),
  withChecksum('2 25544  51.6439 211.2001 0007417  17.6667  85.6398 15.50103472202480'),
].join('\n');
/** A good custom set not in the bundle: the 2026-09-16 elements with the epoch moved to 2026-09-17T12:00Z. */
const CUSTOM_LINE1 = withChecksum('1 25544U 98067A   26260.50000000  .00007068  00000+0  13566-3 0  9990');
const CUSTOM_TLE = `${CUSTOM_LINE1}\n${ISS_LINE2}`;
const CUSTOM_EPOCH_ISO = '2026-09-17T12:00:00.000Z';

const READOUT_IDS = [
  'sim-time',
  'iss-lat',
  'iss-lon',
  'iss-alt',
  'iss-speed',
  'iss-sunlit',
  'subsolar-lat',
  'subsolar-lon',
  'tle-epoch',
  'tle-age',
] as const;

interface Expected {
  simTime: string;
  tleEpoch: string;
  issLat: number;
  issLon: number;
  issAltKm: number;
  issSpeed: number;
  issSunlit: string;
  subsolarLat: number;
  subsolarLon: number;
  tleAgeDays: number;
}

/** What the astro layer computes at `instantMs` with `tle` (default: the bundled set nearest the instant). */
function expectedAt(instantMs: number, tle: Tle = nearestTle(BUNDLED, instantMs)): Expected {
  const s = newSnapshot();
  updateEarthAndSun(s, instantMs);
  const error = updateIss(s, satrecFromLines(tle.line1, tle.line2));
  if (error) throw new Error(`fixture does not propagate: ${error}`);
  return {
    simTime: new Date(instantMs).toISOString(),
    tleEpoch: new Date(tle.epochMs).toISOString(),
    issLat: s.issGeodetic.latDeg,
    issLon: s.issGeodetic.lonDeg,
    issAltKm: s.issGeodetic.altKm,
    issSpeed: s.issSpeedKmPerS,
    issSunlit: String(s.issSunlit),
    subsolarLat: s.subsolar.latDeg,
    subsolarLon: s.subsolar.lonDeg,
    tleAgeDays: (instantMs - tle.epochMs) / DAY_MS,
  };
}

function tleOf(text: string): Tle {
  const parsed = parseTle(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.tle;
}

/** Waits until sim-time and tle-epoch show the expected values, then compares every readout tightly. */
async function expectReadouts(page: Page, exp: Expected): Promise<void> {
  await expect.poll(() => readValue(page, 'sim-time'), POLL).toBe(exp.simTime);
  await expect.poll(() => readValue(page, 'tle-epoch'), POLL).toBe(exp.tleEpoch);
  // sim-time has millisecond resolution; the instant itself must be exact too (the readouts depend on it).
  const instantMs = await page.evaluate(
    () => (window as unknown as { __commonOrbit: { frame: { snapshot: { instantMs: number } } } }).__commonOrbit.frame.snapshot.instantMs,
  );
  expect.soft(instantMs - Date.parse(exp.simTime), 'app simulated instant minus the expected instant (ms)').toBe(0);
  const v = await readValues(page, READOUT_IDS);
  const num = (id: string) => {
    const x = Number(v[id]);
    expect(Number.isFinite(x), `${id}="${v[id]}" is a number`).toBe(true);
    return x;
  };
  const close = (id: string, want: number, tol: number) =>
    expect(Math.abs(num(id) - want), `${id}: app ${v[id]} vs astro ${want}`).toBeLessThanOrEqual(tol);
  close('iss-lat', exp.issLat, 1e-6);
  close('iss-lon', exp.issLon, 1e-6);
  close('iss-alt', exp.issAltKm, 1e-6);
  close('iss-speed', exp.issSpeed, 1e-9);
  close('subsolar-lat', exp.subsolarLat, 1e-6);
  close('subsolar-lon', exp.subsolarLon, 1e-6);
  close('tle-age', exp.tleAgeDays, 1e-9);
  expect(v['iss-sunlit']).toBe(exp.issSunlit);
}

const isVisible = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`).isVisible();

/** Polls a canvas-only screenshot until it is plainly not blank; returns its statistics. */
async function expectCanvasNotBlank(page: Page, path: string): Promise<ImageStats> {
  const looksDrawn = (s: ImageStats | null) =>
    s !== null && s.stdLuminance > 10 && s.nonBlackFraction > 0.1 && s.distinctLevels > 64;
  let stats: ImageStats | null = null;
  try {
    await expect
      .poll(async () => looksDrawn((stats = await imageStats(await canvasScreenshot(page, path)))), {
        timeout: 30_000,
        interval: 500,
      })
      .toBe(true);
  } catch {
    // reported below, with the statistics
  }
  expect(looksDrawn(stats), `canvas looks blank (${path}): ${JSON.stringify(stats)}`).toBe(true);
  return stats!;
}

/** Waits until the app has drawn `n` more frames. */
async function waitFrames(page: Page, n: number): Promise<void> {
  type Hook = { __commonOrbit: { frame: { frameCount: number } } };
  const start = await page.evaluate(() => (window as unknown as Hook).__commonOrbit.frame.frameCount);
  await page.waitForFunction((target) => (window as unknown as Hook).__commonOrbit.frame.frameCount >= target, start + n, {
    timeout: 20_000,
  });
}

/** Triangles in the last rendered frame (the Earth alone has thousands). */
const drawnTriangles = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __commonOrbit: { renderer: { info: { render: { triangles: number } } } } }).__commonOrbit
        .renderer.info.render.triangles,
  );

const simMs = async (page: Page) => Date.parse(await readValue(page, 'sim-time'));
const urlParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

let browser: Browser;
let app: AppPage | null = null;

/** Opens the app; the page is closed after the test. */
async function open(query: string, waitForFrames = true): Promise<AppPage> {
  app = await openApp(browser, query, waitForFrames);
  return app;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
});

afterEach(async () => {
  await app?.page.close();
  app = null;
});

afterAll(async () => {
  await browser?.close();
});

describe('loading', () => {
  it('loads with no console errors and draws a non-blank Earth', async () => {
    const { page, errors } = await open(`?t=${PINNED}&rate=0`);
    const canvas = await expectCanvasNotBlank(page, `${ARTIFACTS}/earth-canvas.png`);
    // The Earth view centres the globe: at this instant its centre is the sunlit side (over Africa).
    const centre = await imageStats(await canvasScreenshot(page), 0.2);
    expect(centre.meanLuminance, JSON.stringify(centre)).toBeGreaterThan(40);
    expect(centre.nonBlackFraction, JSON.stringify(centre)).toBeGreaterThan(0.9);
    expect(canvas.width).toBeGreaterThanOrEqual(1280);
    await page.screenshot({ path: `${ARTIFACTS}/earth.png` });
    expect(await isVisible(page, 'loading')).toBe(false);
    expect(await isVisible(page, 'scene-error')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('the first frame needs three script files and no data request (the bundled elements are in the JS)', async () => {
    const { page } = await open(`?t=${PINNED}&rate=0`);
    const before = await page.evaluate(() => {
      const at = (window as unknown as { __commonOrbit: { frame: { firstFrameAtMs: number } } }).__commonOrbit.frame.firstFrameAtMs;
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime < at)
        .map((e) => new URL(e.name).pathname.split('/').pop()!);
    });
    // An HTTP/1.1 server answers six requests at a time: each further batch before the first frame costs a round trip.
    expect(before.filter((f) => f.endsWith('.js')).length, before.join(' ')).toBeLessThanOrEqual(4);
    expect(before.filter((f) => f.endsWith('.txt') || f.endsWith('.json')), before.join(' ')).toEqual([]);
  });
});

describe('readouts equal the astro layer', () => {
  const cases: Array<[string, string]> = [
    ['2026-09-17T12:00:00Z', '2026-09-16'],
    ['2025-08-10T03:15:30Z', '2025-08-02'],
    ['2026-07-01T18:45:00Z', '2026-06-26'],
  ];
  it.each(cases)('at %s (flies the %s elements)', async (instant, epochDay) => {
    const exp = expectedAt(Date.parse(instant));
    expect(exp.tleEpoch.slice(0, 10)).toBe(epochDay);
    const { page, errors } = await open(`?t=${instant}&rate=0`);
    await expectReadouts(page, exp);
    expect(await isVisible(page, 'tle-approximate')).toBe(false);
    expect(await isVisible(page, 'tle-error')).toBe(false);
    expect(errors).toEqual([]);
  });
});

describe('orbital elements from the URL and the panel', () => {
  const bundledAtPinned = expectedAt(PINNED_MS);

  it('a TLE with a bad checksum is rejected and the bundled elements keep flying', async () => {
    const { page, errors } = await open(`?t=${PINNED}&rate=0&tle=${encodeURIComponent(BAD_CHECKSUM_TLE)}`);
    const error = page.getByTestId('tle-error');
    await expect.poll(() => error.isVisible(), POLL).toBe(true);
    expect(await error.textContent()).toMatch(/checksum/i);
    await expectReadouts(page, bundledAtPinned);
    await page.screenshot({ path: `${ARTIFACTS}/bad-tle.png` });
    expect(errors).toEqual([]);
  });

  it('a TLE that SGP4 cannot propagate at the instant (decayed) is rejected', async () => {
    // The fixture really is decayed at the pinned instant, by the astro layer's own account.
    const s = newSnapshot();
    updateEarthAndSun(s, PINNED_MS);
    const decayed = tleOf(DECAYED_TLE);
    expect(updateIss(s, satrecFromLines(decayed.line1, decayed.line2))).toMatch(/decay/i);

    const { page, errors } = await open(`?t=${PINNED}&rate=0&tle=${encodeURIComponent(DECAYED_TLE)}`);
    const error = page.getByTestId('tle-error');
    await expect.poll(() => error.isVisible(), POLL).toBe(true);
    const text = await error.textContent();
    expect(text).toMatch(/SGP4/);
    expect(text).toMatch(/decay/i);
    await expectReadouts(page, bundledAtPinned);
    expect(errors).toEqual([]);
  });

  it('a good custom TLE in the URL is flown and stays in the URL', async () => {
    const custom = tleOf(CUSTOM_TLE);
    const exp = expectedAt(PINNED_MS, custom);
    expect(exp.tleEpoch).toBe(CUSTOM_EPOCH_ISO);
    // The fixture is distinguishable from the bundled elements at this instant.
    expect(Math.abs(exp.issLat - bundledAtPinned.issLat) + Math.abs(exp.issLon - bundledAtPinned.issLon)).toBeGreaterThan(1);

    const { page, errors } = await open(`?t=${PINNED}&rate=0&tle=${encodeURIComponent(CUSTOM_TLE)}`);
    await expectReadouts(page, exp);
    expect(await isVisible(page, 'tle-error')).toBe(false);
    expect(await isVisible(page, 'tle-approximate')).toBe(false);
    expect(urlParam(page, 'tle')).toBe(CUSTOM_TLE);
    expect(errors).toEqual([]);
  });

  it('a bad TLE pasted in the panel is rejected; a good one is then flown', async () => {
    const { page, errors } = await open(`?t=${PINNED}&rate=0`);
    await expectReadouts(page, bundledAtPinned);
    await page.locator('details:has([data-testid="tle-input"]) > summary').click();
    await page.getByTestId('tle-input').fill(BAD_CHECKSUM_TLE);
    await page.getByTestId('tle-apply').click();
    const error = page.getByTestId('tle-error');
    await expect.poll(() => error.isVisible(), POLL).toBe(true);
    expect(await error.textContent()).toMatch(/checksum/i);
    await expectReadouts(page, bundledAtPinned);

    await page.getByTestId('tle-input').fill(CUSTOM_TLE);
    await page.getByTestId('tle-apply').click();
    await expectReadouts(page, expectedAt(PINNED_MS, tleOf(CUSTOM_TLE)));
    expect(await error.isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });
});

describe('invalid URL values', () => {
  const cases: Array<[string, RegExp[]]> = [
    ['?t=yesterday&rate=fast&view=pluto', [/t=yesterday/, /rate=fast/, /view=pluto/]],
    ['?t=2026-09-17T12:00:00&rate=99999', [/t=2026-09-17T12:00:00"/, /rate=99999/]],
  ];
  it.each(cases)('%s shows notices and still renders', async (query, patterns) => {
    const { page, errors } = await open(query);
    const notices = page.getByTestId('notice');
    await expect.poll(() => notices.count(), POLL).toBe(patterns.length);
    const texts = (await notices.allTextContents()).join('\n');
    for (const p of patterns) expect(texts).toMatch(p);
    // Bad t → now, bad rate → 1: a live clock.
    expect(Math.abs((await simMs(page)) - Date.now())).toBeLessThan(60_000);
    // Still renders: frames keep coming and the globe is drawn. The pixels depend on the live instant
    // (the view may face the night side), so they only need to be not uniform.
    await waitFrames(page, 3);
    await expect.poll(() => drawnTriangles(page), POLL).toBeGreaterThan(1000);
    const stats = await imageStats(await canvasScreenshot(page, `${ARTIFACTS}/invalid-params.png`));
    expect(stats.stdLuminance, JSON.stringify(stats)).toBeGreaterThan(3);
    expect(stats.distinctLevels, JSON.stringify(stats)).toBeGreaterThan(32);
    expect(errors).toEqual([]);
  });
});

describe('time controls', () => {
  it('play advances a paused clock', async () => {
    const { page, errors } = await open(`?t=${PINNED}&rate=0`);
    // Paused: the clock stands still for a second (exactness of t is checked by the readout tests). Not a
    // frame count: a paused, untouched view stops drawing.
    const paused = await simMs(page);
    expect(Math.abs(paused - PINNED_MS)).toBeLessThan(50);
    await page.waitForTimeout(1_000);
    expect(await simMs(page)).toBe(paused);
    await page.getByTestId('time-play-pause').click();
    await expect.poll(() => simMs(page), POLL).toBeGreaterThan(paused + 1000);
    expect(await simMs(page)).toBeLessThan(paused + 60_000);
    expect(errors).toEqual([]);
  });

  it('rate 1000 runs the clock about 1000× the wall clock', async () => {
    const { page, errors } = await open(`?t=${PINNED}&rate=0`);
    await page.getByTestId('time-rate').selectOption('1000');
    const sample = () =>
      page.evaluate(() => ({
        sim: Date.parse(document.querySelector('[data-testid="sim-time"]')!.getAttribute('data-value')!),
        real: performance.now(),
      }));
    const a = await sample();
    await page.waitForFunction(
      (target) => Date.parse(document.querySelector('[data-testid="sim-time"]')!.getAttribute('data-value')!) >= target,
      a.sim + 2_000_000,
      { timeout: 20_000 },
    );
    const b = await sample();
    const ratio = (b.sim - a.sim) / (b.real - a.real);
    expect(ratio).toBeGreaterThan(500);
    expect(ratio).toBeLessThan(2000);
    expect(urlParam(page, 'rate')).toBe('1000');
    expect(errors).toEqual([]);
  });

  it('jumping to a date sets sim-time, the readouts and the URL', async () => {
    const { page, errors } = await open(`?t=${PINNED}&rate=0`);
    await page.getByTestId('time-jump-input').fill('2024-02-29T06:30:15');
    await page.getByTestId('time-jump').click();
    const target = Date.parse('2024-02-29T06:30:15Z');
    // Far from the bundled sets, so the element history is loaded: its nearest set is 2024-05-06, 67 days
    // away, so the position is flagged approximate.
    const exp = expectedAt(target, nearestTle(ALL_SETS, target));
    expect(exp.tleEpoch.slice(0, 10)).toBe('2024-05-06');
    await expectReadouts(page, exp);
    expect(await isVisible(page, 'tle-approximate')).toBe(true);
    await expect.poll(() => urlParam(page, 't'), POLL).toBe(new Date(target).toISOString());
    expect(urlParam(page, 'rate')).toBe('0');
    expect(errors).toEqual([]);
  });

  it('"now" returns to the wall clock and drops t from the URL', async () => {
    const { page, errors } = await open(`?t=2020-01-01T00:00:00Z&rate=0`);
    await expect.poll(() => readValue(page, 'sim-time'), POLL).toBe('2020-01-01T00:00:00.000Z');
    await page.getByTestId('time-now').click();
    await expect.poll(async () => Math.abs((await simMs(page)) - Date.now()), POLL).toBeLessThan(5000);
    expect(await page.getByTestId('time-now').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => urlParam(page, 't'), POLL).toBeNull();
    expect(urlParam(page, 'rate')).toBeNull();
    expect(errors).toEqual([]);
  });
});

describe('views', () => {
  it('view=iss follows the station; the view buttons switch and keep the URL in step', async () => {
    const { page, errors } = await open(`?t=${PINNED}&rate=0&view=iss`);
    expect(await page.getByTestId('view-iss').getAttribute('aria-pressed')).toBe('true');
    await expectCanvasNotBlank(page, `${ARTIFACTS}/iss-view-canvas.png`);
    await page.screenshot({ path: `${ARTIFACTS}/iss-view.png` });
    await page.getByTestId('view-earth').click();
    await expect.poll(() => urlParam(page, 'view'), POLL).toBeNull();
    await page.getByTestId('view-iss').click();
    await expect.poll(() => urlParam(page, 'view'), POLL).toBe('iss');
    expect(errors).toEqual([]);
  });
});
