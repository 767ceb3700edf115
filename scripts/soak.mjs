// Soak test of the museum kiosk: does the attract loop leak over many tours?
//
// Usage:  npm run soak -- [loops]  (= vite build && node scripts/soak.mjs; default 50 loops; not in npm test)
//
// Serves dist/ on 127.0.0.1 (scripts/static-server.mjs), opens ?kiosk=1&pace=0.002 in headless Chromium
// (software WebGL, prefers-reduced-motion: camera cuts, --js-flags=--expose-gc) and lets the attract loop
// play the tour round and round. A loop is counted when the tour's data-step goes from the last step back
// to 1 (watched in the page by a MutationObserver, read from here every 200 ms).
//
// First each step is held until what it shows has been drawn (at the soak's pace a step is shorter than a
// model's load). Samples are taken after loop 2 and after the last loop, in the same state each time: a key press (welcome),
// "explore" (free exploration, live time), each view in turn (ISS, Moon, Shackleton: everything mounted is
// drawn, so the renderer counts all that is alive), back to the Earth, a few frames; then garbage collection
// (window.gc() and CDP HeapProfiler.collectGarbage) and the JS heap in use (CDP Runtime.getHeapUsage), and
// the renderer's geometries, textures and shader programs (window.__commonOrbit.renderer.info). The kiosk
// then goes idle and resets to the attract loop by itself (kiosk.json is served with idleTimeoutS 60 and
// countdownS 3 for that; everything else as shipped).
//
// The machine's cost is measured too: before the loops and after the last one, the kiosk is held at step 1
// at pace 1 (a step's real reading time, × 10 so it does not end in the window) and its main thread's busy
// share (CDP TaskDuration / wall time) and frame rate (requestAnimationFrame) are taken over 10 s. Before
// the soak, the kiosk and the plain tour (?tour=common-orbit&step=N) are measured side by side at steps 1
// and 8, in alternating fresh pages (scripts/kiosk-load.mjs).
//
// Prints one JSON object on stdout (progress goes to stderr):
//   {loops, minutes, heapStartMB, heapEndMB, heapGrowthMB, geometries:{start,end}, textures:{start,end},
//    programs:{start,end}, load:{start:{busyPct,fps}, end:{busyPct,fps}}, kioskVsTour:[...], pass, ...details}
// pass = heapGrowthMB ≤ 2, equal geometry, texture and program counts, the kiosk's main thread ≤ 25 % busy
// at start and end, its frame rate at the end ≥ 90 % of the start's, and ≥ 0.8× the plain tour's beside it.
// Exit code 1 when not pass.
//
// Environment: SOAK_PACE (default 0.002) — the tour's pace (reading-time multiplier);
// SOAK_DIST (default dist) — the folder to serve.
/* global window, document, performance, MutationObserver */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { compareKioskToTour } from './kiosk-load.mjs';
import { measurePageLoad } from './page-load.mjs';
import { startStaticServer } from './static-server.mjs';

const LOOPS = Math.max(1, Number(process.argv[2] ?? 50) | 0);
const PACE = Number(process.env.SOAK_PACE ?? 0.002);
const DIST = process.env.SOAK_DIST ?? 'dist';
const HEAP_GROWTH_LIMIT_MB = 2;
/** What a museum's PC pays: the kiosk's main thread busy at most this share, its frame rate kept. */
const BUSY_LIMIT_PCT = 25;
const FPS_DROP_LIMIT = 0.1;
/** Beside the plain tour at the same step: at least this share of its frame rate. */
const FPS_RATIO_TO_TOUR = 0.8;
const LOAD_WINDOW_MS = 10_000;
const VIEWPORT = { width: 1280, height: 720 };

const started = Date.now();
/** Distinct messages with how often each occurred. */
const tally = (messages) => Object.fromEntries([...new Set(messages)].map((m) => [m, messages.filter((x) => x === m).length]));
const log = (...args) => console.error(`[soak +${((Date.now() - started) / 1000).toFixed(1)}s]`, ...args);

if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/ is missing: run \`npx vite build\` first.`);
const tour = JSON.parse(readFileSync('src/content/tours/common-orbit.json', 'utf8'));
const LAST = tour.waypoints.length;
/** Long enough for a sample to settle in "explore" before the idle reset (which then takes 60 + 3 s). */
const kioskConfig = { ...JSON.parse(readFileSync(join(DIST, 'kiosk.json'), 'utf8')), idleTimeoutS: 60, countdownS: 3 };

const server = await startStaticServer(DIST);
const browser = await launchChromium(['--js-flags=--expose-gc', '--enable-precise-memory-info']);
let exitCode = 1;
try {
  // Side by side first, alone in the browser (nothing else competes for the two cores).
  const kioskVsTour = await compareKioskToTour(browser, server.url, [1, 8], 1);
  log(`kiosk vs plain tour: ${JSON.stringify(kioskVsTour)}`);
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const page = await context.newPage();
  const pageErrors = [];
  const consoleErrors = [];
  /** The kiosk watchdog's "back to the attract loop" resets (src/kiosk/useWatchdog.ts), by reason. */
  const faults = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
    if (m.type() === 'warning' && m.text().startsWith('[kiosk]')) {
      faults.push(m.text());
      if (faults.length <= 3) log('page:', m.text());
    }
  });
  await page.route('**/kiosk.json', (route) => route.fulfill({ json: kioskConfig }));

  // In the page, before any app script: the loop counter.
  await page.addInitScript(
    ({ last }) => {
      const soak = { loops: 0, lastStep: 0, loopEndsAtMs: [], steps: 0, sceneMounts: 0 };
      window.__soak = soak;
      // The scene sets window.__commonOrbit on each (re)mount of the canvas: count them.
      let hook;
      Object.defineProperty(window, '__commonOrbit', {
        configurable: true,
        get: () => hook,
        set: (v) => {
          hook = v;
          soak.sceneMounts++;
        },
      });
      const watch = () => {
        const el = document.querySelector('[data-testid="tour"]');
        if (!el) return;
        const step = Number(el.getAttribute('data-step'));
        if (step === soak.lastStep) return;
        soak.steps++;
        if (step === 1 && soak.lastStep === last) {
          soak.loops++;
          soak.loopEndsAtMs.push(performance.now());
        }
        soak.lastStep = step;
      };
      new MutationObserver(watch).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-step'],
      });
    },
    { last: LAST },
  );

  const cdp = await context.newCDPSession(page);
  const url = `${server.url}?kiosk=1&pace=${PACE}`;
  log(`opening ${url}; ${LOOPS} loops of ${LAST} steps`);
  await page.goto(url);
  await page.waitForFunction(() => (window.__commonOrbit?.frame.frameCount ?? 0) > 3, null, { timeout: 180_000 });
  log('first frames drawn');

  const soakState = () => page.evaluate(() => ({ ...window.__soak, loopEndsAtMs: window.__soak.loopEndsAtMs.length }));
  const phase = () => page.getAttribute('[data-testid="kiosk"]', 'data-phase');

  /** Waits (polling every 200 ms) until `n` loops have been counted. */
  async function waitLoops(n) {
    let lastLog = 0;
    for (;;) {
      const s = await soakState();
      if (s.loops >= n) return s;
      if (Date.now() - lastLog > 30_000) {
        lastLog = Date.now();
        log(`loops ${s.loops}/${n}, step ${s.lastStep}, steps seen ${s.steps}`);
      }
      await page.waitForTimeout(200);
    }
  }

  async function waitFrames(n) {
    const start = await page.evaluate(() => window.__commonOrbit.frame.frameCount);
    await page.waitForFunction((target) => window.__commonOrbit.frame.frameCount >= target, start + n, { timeout: 120_000 });
  }

  /** Welcome → explore → each view, back to the Earth, settle, collect garbage, measure; then let the kiosk reset itself. */
  async function sample(label) {
    // A key press wakes the kiosk (any input counts), not a tap: a tap on the scene could pick a station
    // part, whose outline would be one more shader program the first time.
    await page.keyboard.press('Shift');
    await page.waitForFunction(() => document.querySelector('[data-testid="kiosk"]')?.getAttribute('data-phase') === 'welcome', null, {
      timeout: 60_000,
    });
    await page.getByTestId('kiosk-explore').click({ timeout: 60_000 });
    // The pointer leaves the scene: a part hovered by chance would draw its outline (one more program).
    await page.mouse.move(VIEWPORT.width - 1, VIEWPORT.height - 1);
    await page.waitForFunction(() => document.querySelector('[data-testid="tour"]') === null, null, { timeout: 60_000 });
    // Every view in turn (reduced motion: cuts), so that everything mounted has been drawn and counted
    // by the renderer, whichever view the tour last showed; then back to the Earth.
    for (const view of ['iss', 'moon', 'shackleton', 'earth']) {
      await page.getByTestId(`view-${view}`).click({ timeout: 60_000 });
      await waitFrames(5);
    }
    // Settle: lazy parts (the station model after the first frames, textures) come in over several frames.
    // Wait until the renderer's counts have stayed the same for 5 readings a second apart, over ≥ 10 frames.
    await waitFrames(5);
    await settleCounts(5, 1_000, 40_000);
    await waitFrames(10);
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => window.gc?.());
      await cdp.send('HeapProfiler.collectGarbage');
    }
    const heap = await cdp.send('Runtime.getHeapUsage');
    const m = await page.evaluate(() => {
      const r = window.__commonOrbit.renderer;
      return {
        geometries: r.info.memory.geometries,
        textures: r.info.memory.textures,
        programs: r.info.programs?.length ?? null,
        programKeys: (r.info.programs ?? []).map((p) => `${p.name}: ${p.cacheKey}`),
        performanceMemory: performance.memory?.usedJSHeapSize ?? null,
        hasGc: typeof window.gc === 'function',
        phase: document.querySelector('[data-testid="kiosk"]')?.getAttribute('data-phase'),
      };
    });
    const s = {
      label,
      heapMB: heap.usedSize / 2 ** 20,
      ...m,
      sceneMounts: (await soakState()).sceneMounts,
      atMinutes: (Date.now() - started) / 60_000,
    };
    if (m.phase !== 'active') log(`warning: sample ${label} was taken in phase ${m.phase}, not in free exploration`);
    const { programKeys: _keys, ...shown } = s; // eslint-disable-line @typescript-eslint/no-unused-vars
    log(`sample ${label}: ${JSON.stringify(shown)}`);
    // Idle → countdown → attract (the full reset), then the tour plays again from step 1.
    await page.waitForFunction(() => document.querySelector('[data-testid="kiosk"]')?.getAttribute('data-phase') === 'attract', null, {
      timeout: 120_000,
    });
    return s;
  }

  /** The kiosk held at step 1 at pace 1: main-thread busy % and frame rate over 10 s; then back to `pace`. */
  async function measureLoad(label, pace) {
    await page.evaluate(() => (window.__kiosk.setPace(10), window.__kiosk.jump(0)));
    await page.waitForTimeout(8_000);
    const load = await measurePageLoad(page, cdp, LOAD_WINDOW_MS);
    log(`load ${label}: ${JSON.stringify(load)}`);
    await page.evaluate((p) => window.__kiosk.setPace(p), pace);
    return load;
  }

  /** The renderer's geometries/textures/programs, as one string. */
  const counts = () =>
    page.evaluate(() => {
      const r = window.__commonOrbit.renderer;
      return `${r.info.memory.geometries}/${r.info.memory.textures}/${r.info.programs?.length}`;
    });

  /** Until the renderer's counts have stayed the same for `readings` readings `everyMs` apart (at most `maxMs`). */
  async function settleCounts(readings, everyMs, maxMs) {
    const settleStart = Date.now();
    let prev = await counts();
    for (let same = 0; same < readings && Date.now() - settleStart < maxMs; ) {
      await page.waitForTimeout(everyMs);
      const now = await counts();
      same = now === prev ? same + 1 : 0;
      prev = now;
    }
  }

  /**
   * Every step once, held until what it shows has loaded and been drawn. At the soak's pace a step lasts
   * about 0.1 s, less than a model's or texture's load: a part would otherwise be drawn for the first time in
   * whichever later loop a frame happens to fall on its step (seen: counts rising in loops 2, 3 and 11, then
   * level for 200 loops), and a cached model drawn late would read as a leak.
   */
  async function warmUp() {
    await page.evaluate(() => window.__kiosk.setPace(10));
    for (let step = 0; step < LAST; step++) {
      await page.evaluate((i) => window.__kiosk.jump(i), step);
      // Not a frame count: a still step renders on demand, only when something changes.
      await settleCounts(4, 500, 20_000);
    }
    log(`warmed up: every step drawn, counts ${await counts()}`);
  }

  await page.waitForFunction(() => window.__kiosk !== undefined, null, { timeout: 60_000 });
  await warmUp();
  const loadStart = await measureLoad('start', PACE);
  // The loop counter restarts here: the measurement jumped within the tour.
  await page.evaluate(() => Object.assign(window.__soak, { loops: 0, loopEndsAtMs: [] }));

  // Every step has been drawn (warmUp); the first loop at pace settles the rest. The reference sample
  // comes after the second loop.
  let s = await waitLoops(2);
  const first = await sample('after loop 2');
  const loopsBefore = (await soakState()).loops;
  s = await waitLoops(LOOPS);
  const last = await sample(`after loop ${s.loops}`);
  const final = await soakState();
  await page.waitForFunction(() => document.querySelector('[data-testid="tour"]') !== null, null, { timeout: 60_000 });
  const loadEnd = await measureLoad('end', PACE);
  const heapGrowthMB = last.heapMB - first.heapMB;
  const countsEqual = first.geometries === last.geometries && first.textures === last.textures && first.programs === last.programs;
  const loopTimes = await page.evaluate(() => window.__soak.loopEndsAtMs);
  const result = {
    loops: final.loops,
    minutes: +((Date.now() - started) / 60_000).toFixed(2),
    heapStartMB: +first.heapMB.toFixed(3),
    heapEndMB: +last.heapMB.toFixed(3),
    heapGrowthMB: +heapGrowthMB.toFixed(3),
    geometries: { start: first.geometries, end: last.geometries },
    textures: { start: first.textures, end: last.textures },
    programs: { start: first.programs, end: last.programs },
    // What a program count that changed is made of (material type and three's cache key).
    programsAdded: last.programKeys.filter((k) => !first.programKeys.includes(k)),
    programsGone: first.programKeys.filter((k) => !last.programKeys.includes(k)),
    load: { start: loadStart, end: loadEnd, fpsChange: +(loadEnd.fps / loadStart.fps - 1).toFixed(3) },
    kioskVsTour,
    pass:
      heapGrowthMB <= HEAP_GROWTH_LIMIT_MB &&
      countsEqual &&
      Math.max(loadStart.busyPct, loadEnd.busyPct) <= BUSY_LIMIT_PCT &&
      loadEnd.fps >= (1 - FPS_DROP_LIMIT) * loadStart.fps &&
      kioskVsTour.every((r) => r.kiosk.busyPct <= BUSY_LIMIT_PCT && r.fpsRatio >= FPS_RATIO_TO_TOUR),
    pace: PACE,
    loopsBetweenSamples: final.loops - loopsBefore,
    samplePhases: [first.phase, last.phase],
    meanLoopSeconds: loopTimes.length > 1 ? +((loopTimes.at(-1) - loopTimes[0]) / (loopTimes.length - 1) / 1000).toFixed(2) : null,
    sceneMounts: final.sceneMounts,
    watchdogResets: faults.length,
    watchdogReasons: tally(faults),
    phase: await phase(),
    pageErrors: tally(pageErrors),
    consoleErrors: tally(consoleErrors),
  };
  console.log(JSON.stringify(result, null, 2));
  exitCode = result.pass ? 0 : 1;
} catch (e) {
  log('failed:', e);
  exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
process.exit(exitCode);
