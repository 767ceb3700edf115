// Usage: npm run bench  (= vite build && node scripts/bench.mjs)
//
// Builds the baseline scene (bench/ → dist-bench/: one textured sphere, the app's canvas settings),
// serves dist/ and dist-bench/ on 127.0.0.1, and measures, one after the other (never concurrently), in
// headless Chromium with software WebGL at 1280×720: the baseline and the seven views a user sees (the
// Earth, the Earth turning fast, the ISS close-up, the Moon, Shackleton, a tour step, the kiosk). Prints
// one JSON object on stdout (build logs go to stderr).
//
// The target is the PAGE figure: the page's frame time (requestAnimationFrame: WebGL, the DOM overlays and
// the compositor) over the baseline's, both open side by side and drawing in turn in alternating blocks
// (pairedPageFrames), so the machine's drift cancels. Beside it, as diagnostics: the WebGL-only frame cost
// (frames advanced by hand, each ended by a 1-pixel readPixels; pairedFrameCost), and per scene, after the
// warm-up and once no frame has taken over 1 s for 3 s: the free-running frame rate, the time to the first
// frame, bytes, draw calls and triangles (measureScene).
// Environment: BENCH_WINDOW_MS (default 10000) — the frame-rate window; BENCH_WARMUP_MS (default 3000) —
// wait after the first frame before measuring (the app swaps in its large textures then);
// BENCH_COST_FRAMES (60) — frames timed for the cost;
// BENCH_SCENES (earth,earth-fast,iss,moon,shackleton,tour,kiosk) — the app views to measure; BENCH_UNCAPPED=1 — lift
// Chromium's 60 Hz frame cap for the frame-rate window.
/* global window, performance, requestAnimationFrame, setTimeout, clearTimeout */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';
import { pauseLoop, timeFrames } from './frame-timing.mjs';
import { countFrames } from './page-load.mjs';
import { startStaticServer } from './static-server.mjs';

const WINDOW_MS = Number(process.env.BENCH_WINDOW_MS ?? 10_000);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 3_000);
const UNCAPPED = process.env.BENCH_UNCAPPED === '1';
const COST_FRAMES = Number(process.env.BENCH_COST_FRAMES ?? 60);
const PAIRED_ROUNDS = 4;
const PAIRED_BLOCK = 12;
const PAIRED_SETTLE_MS = 10_000;
/** Page figure: rounds of alternating blocks, each a window of animation frames after a short ramp. */
const PAGE_ROUNDS = 4;
const PAGE_BLOCK_MS = 2_500;
const PAGE_RAMP_MS = 400;
const FIRST_FRAME_ROUNDS = 5;
/**
 * The views a user sees, each with what must be drawn: `draw: 'always'` keeps the cost of a drawn frame in
 * the figure (the view changes every frame, or it is the tour, whose still steps are measured drawing);
 * `'app'` leaves the app's own choice (a still view renders on demand).
 */
const VIEWS = {
  earth: { query: '?t=2026-09-17T12:00:00Z&rate=1', draw: 'app' },
  'earth-fast': { query: '?t=2026-09-17T12:00:00Z&rate=1000', draw: 'always' },
  iss: { query: '?t=2026-09-17T12:00:00Z&rate=1&view=iss', draw: 'always' },
  moon: { query: '?t=2026-09-17T12:00:00Z&rate=1&view=moon', draw: 'app' },
  shackleton: { query: '?t=2026-09-17T12:00:00Z&rate=1&view=shackleton', draw: 'app' },
  tour: { query: '?tour=common-orbit&step=3&pace=100', draw: 'always' },
  kiosk: { query: '?kiosk=1', draw: 'always' },
};
const SCENES = (process.env.BENCH_SCENES ?? Object.keys(VIEWS).join(',')).split(',');
const VIEWPORT = { width: 1280, height: 720 };
/** A frame drawing at least this many triangles shows a globe (the spheres have ~16 000). */
const GLOBE_TRIANGLES = 1000;

const TARGETS = {
  pageFrameRatio: 1.5,
  firstFrameRatio: 1.5,
  drawCalls: 40,
  initialJsGzipBytes: 400_000,
  firstViewBytes: 6_000_000,
};

const started = Date.now();
const loadAtStart = loadavg();
const log = (...args) => console.error(`[bench +${((Date.now() - started) / 1000).toFixed(1)}s]`, ...args);

if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `vite build` first (npm run bench does).');
log('building the baseline scene (bench/ → dist-bench/)');
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'bench/vite.config.ts', '--logLevel', 'warn'], {
  stdio: ['ignore', 2, 2],
});

/** Runs in the page before any of its scripts: notes when the first frame showing a globe is drawn. */
function installProbe(globeTriangles) {
  const bench = { globeAtMs: null };
  window.__bench = bench;
  const poll = () => {
    const info = window.__commonOrbit?.renderer?.info?.render;
    if (info && info.triangles >= globeTriangles) bench.globeAtMs = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** Runs in the page: counts animation frames for `windowMs`, sampling the renderer's per-frame statistics. */
function measureFrames(windowMs) {
  return new Promise((done) => {
    const { renderer, frame } = window.__commonOrbit;
    const intervals = [];
    const calls = [];
    const triangles = [];
    const frameCount0 = frame.frameCount;
    let frames = 0;
    let last = null;
    let t0 = null;
    let finished = false;
    const finish = (now, stalled) => {
      if (finished) return;
      finished = true;
      done({ frames, elapsedMs: now - t0, intervals, calls, triangles, rendered: frame.frameCount - frameCount0, stalled });
    };
    // If animation frames stop coming (a starved machine), report what was seen rather than hang.
    setTimeout(() => t0 !== null && finish(performance.now(), true), 2 * windowMs + 5_000);
    const tick = (now) => {
      if (finished) return;
      if (t0 === null) {
        t0 = now;
        last = now;
      } else {
        frames++;
        intervals.push(now - last);
        last = now;
        calls.push(renderer.info.render.calls);
        triangles.push(renderer.info.render.triangles);
      }
      if (t0 === null || now - t0 < windowMs) requestAnimationFrame(tick);
      else finish(now, false);
    };
    requestAnimationFrame(tick);
  });
}

/** Runs in the page: resource timing entries (same clock as frame.firstFrameAtMs). */
function resourceEntries() {
  return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => ({
    url: e.name,
    responseEnd: e.responseEnd,
    transferSize: e.transferSize,
  }));
}

const quantile = (values, q) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const round = (x, digits = 2) => (x === null || x === undefined ? null : Number(x.toFixed(digits)));


/** Process ids of this browser's own browser and GPU processes (to end them if shutdown hangs). */
async function chromiumPids(browser) {
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = await session.send('SystemInfo.getProcessInfo');
  await session.detach();
  return processInfo.filter((p) => p.type === 'browser' || p.type === 'GPU').map((p) => p.id);
}

/**
 * Closes the browser. Chromium sometimes takes ~30 s to shut down after drawing flat out with software
 * WebGL; after a grace period this browser's own processes (by id) are ended instead.
 */
async function closeBrowser(browser, pids, graceMs = 5_000) {
  let timer;
  const closed = browser.close().then(() => true);
  const timedOut = new Promise((done) => (timer = setTimeout(() => done(false), graceMs)));
  if (await Promise.race([closed, timedOut])) return clearTimeout(timer);
  log(`browser did not close in ${graceMs} ms; ending processes ${pids.join(', ')}`);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await closed.catch(() => undefined);
}


/** The baseline and the app view open in one context of `browser`, each drawn and its network quiet. */
async function openSideBySide(browser, urls) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const pages = [];
  for (const url of urls) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => (window.__commonOrbit?.frame.frameCount ?? 0) > 3, null, { timeout: 120_000 });
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    pages.push(page);
  }
  return { context, pages };
}

/**
 * The baseline and an app view open side by side in one browser, both loops paused, timed in alternating
 * blocks of frames: machine-wide drift (other load, clocks) hits both alike, so their ratio holds where
 * two separate runs minutes apart can differ by 20 %.
 */
async function pairedFrameCost(name, baselineUrl, appUrl) {
  log(`${name}: paired with the baseline`);
  const browser = await launchChromium();
  const pids = await chromiumPids(browser);
  try {
    const { context, pages } = await openSideBySide(browser, [baselineUrl, appUrl]);
    // Let lazy parts (station, terrain, large textures) arrive, upload and compile, then pause both.
    await pages[1].waitForTimeout(PAIRED_SETTLE_MS);
    for (const page of pages) await page.evaluate(pauseLoop);
    for (const page of pages) await page.evaluate(timeFrames, 3);
    const costs = [[], []];
    for (let round = 0; round < PAIRED_ROUNDS; round++) {
      for (const k of [0, 1]) costs[k].push(...(await pages[k].evaluate(timeFrames, PAIRED_BLOCK)));
    }
    const [baselineMs, appMs] = costs.map((c) => quantile(c, 0.5));
    log(`${name}: paired baseline ${round(baselineMs)} ms, app ${round(appMs)} ms`);
    await context.close();
    return { baselineMs: round(baselineMs, 3), appMs: round(appMs, 3), ratio: round(appMs / baselineMs, 3), framesEach: costs[0].length };
  } finally {
    await closeBrowser(browser, pids);
  }
}

/** Runs in the page: stops its render loop, or sets it going ('always', 'demand', or 'app' = as it was). */
function setRenderLoop(mode) {
  const state = window.__commonOrbit.three();
  window.__benchLoop ??= state.frameloop;
  state.setFrameloop(mode === 'app' ? window.__benchLoop : mode);
}

/**
 * The page figure: the baseline and an app view open side by side in one browser, each in turn drawing
 * while the other's loop is stopped, frames counted by requestAnimationFrame over alternating blocks —
 * what a user sees (WebGL, the DOM overlays, the compositor), with the machine's drift cancelled.
 */
async function pairedPageFrames(name, baselineUrl, appUrl, draw) {
  log(`${name}: page frame rate, paired with the baseline (draw: ${draw})`);
  const browser = await launchChromium();
  const pids = await chromiumPids(browser);
  try {
    const { context, pages } = await openSideBySide(browser, [baselineUrl, appUrl]);
    await pages[1].waitForTimeout(PAIRED_SETTLE_MS);
    const modes = ['always', draw];
    for (const page of pages) await page.evaluate(setRenderLoop, 'never');
    const counts = [[], []];
    for (let r = 0; r < PAGE_ROUNDS; r++) {
      for (const k of [0, 1]) {
        // Only the page in front gets full-rate animation frames: the other one is throttled.
        await pages[k].bringToFront();
        await pages[k].evaluate(setRenderLoop, modes[k]);
        await pages[k].waitForTimeout(PAGE_RAMP_MS);
        counts[k].push(await pages[k].evaluate(countFrames, PAGE_BLOCK_MS));
        await pages[k].evaluate(setRenderLoop, 'never');
      }
    }
    const frameMs = (c) => c.reduce((sum, x) => sum + x.ms, 0) / c.reduce((sum, x) => sum + x.frames, 0);
    const [baselineMs, appMs] = counts.map(frameMs);
    log(`${name}: page frame ${round(appMs)} ms vs baseline ${round(baselineMs)} ms`);
    await context.close();
    return { baselineFrameMs: round(baselineMs, 3), appFrameMs: round(appMs, 3), ratio: round(appMs / baselineMs, 3), draw, blocks: PAGE_ROUNDS };
  } finally {
    await closeBrowser(browser, pids);
  }
}

/**
 * Time to the first frame, baseline and app loaded in turn in fresh contexts of one browser, FIRST_FRAME_ROUNDS
 * times each: the medians' ratio. One load each would mostly measure the machine's mood at that moment.
 */
async function pairedFirstFrame(name, baselineUrl, appUrl) {
  log(`${name}: first frame, paired with the baseline`);
  const browser = await launchChromium();
  const pids = await chromiumPids(browser);
  try {
    const times = [[], []];
    for (let r = 0; r < FIRST_FRAME_ROUNDS; r++) {
      for (const [k, url] of [baselineUrl, appUrl].entries()) {
        const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
        const page = await context.newPage();
        await page.goto(url);
        await page.waitForFunction(() => window.__commonOrbit?.frame.firstFrameAtMs != null, null, { timeout: 120_000 });
        times[k].push(await page.evaluate(() => window.__commonOrbit.frame.firstFrameAtMs));
        await page.evaluate(() => window.__commonOrbit.three().setFrameloop('never'));
        await context.close();
      }
    }
    const [baselineMs, appMs] = times.map((t) => quantile(t, 0.5));
    log(`${name}: first frame ${round(appMs)} ms vs baseline ${round(baselineMs)} ms`);
    return { baselineMs: round(baselineMs, 1), appMs: round(appMs, 1), ratio: round(appMs / baselineMs, 3), rounds: FIRST_FRAME_ROUNDS };
  } finally {
    await closeBrowser(browser, pids);
  }
}

async function measureScene(name, url) {
  log(`${name}: ${url}`);
  const browser = await launchChromium(UNCAPPED ? ['--disable-gpu-vsync', '--disable-frame-rate-limit'] : []);
  const pids = await chromiumPids(browser);
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let totalEncodedBytes = 0;
    cdp.on('Network.loadingFinished', (e) => (totalEncodedBytes += e.encodedDataLength));
    // gzip size of every JS file as served (zlib.gzipSync of the response body).
    const jsGzipBytes = new Map();
    const bodies = [];
    page.on('response', (r) => {
      if (!new URL(r.url()).pathname.endsWith('.js')) return;
      bodies.push(
        r
          .body()
          .then((b) => jsGzipBytes.set(r.url(), gzipSync(b).length))
          .catch(() => undefined),
      );
    });
    await page.addInitScript(installProbe, GLOBE_TRIANGLES);

    await page.goto(url);
    await page.waitForFunction(() => window.__commonOrbit?.frame.firstFrameAtMs != null && window.__commonOrbit.frame.frameCount > 1, null, {
      timeout: 120_000,
    });
    await page.waitForFunction(() => window.__bench.globeAtMs !== null, null, { timeout: 120_000 });
    // Warm-up: every request done (the app fetches its large textures after the first frames), then a pause.
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    log(`${name}: first frame drawn, network idle; warming up ${WARMUP_MS} ms`);
    await page.waitForTimeout(WARMUP_MS);
    // Steady state: lazy parts (large textures, the station model, the lunar terrain) upload and compile
    // once, in a few long frames; wait until no frame has taken over 1 s for 3 s (at most 90 s).
    await page.evaluate(
      () =>
        new Promise((done) => {
          const start = performance.now();
          let last = start;
          let calm = start;
          const step = (now) => {
            if (now - last > 1000) calm = now;
            last = now;
            if (now - calm > 3000 || now - start > 90_000) done(undefined);
            else requestAnimationFrame(step);
          };
          requestAnimationFrame(step);
        }),
    );

    const firstFrameAtMs = await page.evaluate(() => window.__commonOrbit.frame.firstFrameAtMs);
    const globeAtMs = await page.evaluate(() => window.__bench.globeAtMs);
    log(`${name}: counting frames for ${WINDOW_MS} ms`);
    const f = await page.evaluate(measureFrames, WINDOW_MS);
    log(`${name}: ${f.frames} frames in ${Math.round(f.elapsedMs)} ms${f.stalled ? ' (animation frames stalled)' : ''}`);
    await page.evaluate(pauseLoop);
    await page.evaluate(timeFrames, 3); // unmeasured: the first frames after a pause
    const costs = await page.evaluate(timeFrames, COST_FRAMES);
    await page.evaluate(pauseLoop, false);
    log(`${name}: frame cost p50 ${round(quantile(costs, 0.5))} ms over ${costs.length} frames`);
    const heap = await cdp.send('Runtime.getHeapUsage');
    const entries = await page.evaluate(resourceEntries);
    await Promise.all(bodies);
    log(`${name}: measured`);
    // Stop the render loop before closing: a page drawing flat out makes Chromium slow to shut down.
    await page.evaluate(() => {
      window.requestAnimationFrame = () => 0;
    });
    await context.close();
    log(`${name}: closed`);

    const js = entries.filter((e) => new URL(e.url).pathname.endsWith('.js'));
    const jsGzip = (list) => list.reduce((sum, e) => sum + (jsGzipBytes.get(e.url) ?? NaN), 0);
    const bytesUntil = (ms) => entries.filter((e) => e.responseEnd <= ms).reduce((sum, e) => sum + e.transferSize, 0);
    const frameMs = f.elapsedMs / f.frames;
    const costMs = quantile(costs, 0.5);
    return {
      url,
      timeToFirstFrameMs: round(firstFrameAtMs, 1),
      timeToGlobeMs: round(globeAtMs, 1),
      fps: round((f.frames * 1000) / f.elapsedMs),
      frameCostMs: round(costMs, 3),
      frameCostMsP95: round(quantile(costs, 0.95), 3),
      frameCostFrames: costs.length,
      frameMs: round(frameMs, 3),
      frameMsP50: round(quantile(f.intervals, 0.5), 3),
      frameMsP95: round(quantile(f.intervals, 0.95), 3),
      framesCounted: f.frames,
      framesRendered: f.rendered,
      windowMs: round(f.elapsedMs, 1),
      framesStalled: f.stalled,
      drawCalls: quantile(f.calls, 0.5),
      drawCallsMax: Math.max(...f.calls),
      triangles: quantile(f.triangles, 0.5),
      jsFiles: js.map((e) => new URL(e.url).pathname),
      jsBytesGzip: jsGzip(js),
      initialJsBytesGzip: jsGzip(js.filter((e) => e.responseEnd <= firstFrameAtMs)),
      firstViewBytes: bytesUntil(firstFrameAtMs),
      globeViewBytes: bytesUntil(globeAtMs),
      totalBytes: totalEncodedBytes,
      requests: entries.length,
      jsHeapUsedBytes: heap.usedSize,
      jsHeapTotalBytes: heap.totalSize,
      consoleErrors: errors,
    };
  } finally {
    await closeBrowser(browser, pids);
  }
}

// Serve a snapshot of dist/, so that a rebuild during the run cannot change what is measured.
const appDir = mkdtempSync(join(tmpdir(), 'bench-dist-'));
cpSync('dist', appDir, { recursive: true });
const appServer = await startStaticServer(appDir);
const benchServer = await startStaticServer('dist-bench');
const results = {};
const paired = {};
const page = {};
const firstFrame = {};
try {
  // Sequential on purpose: the machine may have only two cores.
  results.trivial = await measureScene('trivial', `${benchServer.url}trivial.html`);
  results['trivial-fill'] = await measureScene('trivial-fill', `${benchServer.url}trivial.html?fill=1`);
  for (const view of SCENES) {
    results[`app-${view}`] = await measureScene(`app-${view}`, `${appServer.url}${VIEWS[view].query}`);
  }
  for (const view of SCENES) {
    const url = `${appServer.url}${VIEWS[view].query}`;
    page[`app-${view}`] = await pairedPageFrames(`app-${view}`, `${benchServer.url}trivial.html`, url, VIEWS[view].draw);
    paired[`app-${view}`] = await pairedFrameCost(`app-${view}`, `${benchServer.url}trivial.html`, url);
    firstFrame[`app-${view}`] = await pairedFirstFrame(`app-${view}`, `${benchServer.url}trivial.html`, url);
  }
} finally {
  await appServer.close();
  await benchServer.close();
  rmSync(appDir, { recursive: true, force: true });
}

const ratios = {};
const targets = {};
for (const app of SCENES.map((view) => `app-${view}`)) {
  const a = results[app];
  const t = results.trivial;
  ratios[app] = {
    pageFrameRatio: page[app].ratio,
    frameCostRatio: paired[app].ratio,
    frameCostRatioSeparateRuns: round(a.frameCostMs / t.frameCostMs, 3),
    frameCostRatioToFilledScreen: round(a.frameCostMs / results['trivial-fill'].frameCostMs, 3),
    frameIntervalRatio: round(a.frameMs / t.frameMs, 3),
    timeToFirstFrameRatio: firstFrame[app].ratio,
    timeToFirstFrameRatioSingleLoads: round(a.timeToFirstFrameMs / t.timeToFirstFrameMs, 3),
    timeToGlobeRatio: round(a.timeToGlobeMs / t.timeToGlobeMs, 3),
    drawCallsRatio: round(a.drawCalls / t.drawCalls, 3),
    trianglesRatio: round(a.triangles / t.triangles, 3),
    jsBytesGzipRatio: round(a.jsBytesGzip / t.jsBytesGzip, 3),
    firstViewBytesRatio: round(a.firstViewBytes / t.firstViewBytes, 3),
    jsHeapRatio: round(a.jsHeapUsedBytes / t.jsHeapUsedBytes, 3),
  };
  const check = (value, limit) => ({ value, limit, pass: value <= limit });
  targets[app] = {
    pageFrameRatio: check(ratios[app].pageFrameRatio, TARGETS.pageFrameRatio),
    firstFrameRatio: check(ratios[app].timeToFirstFrameRatio, TARGETS.firstFrameRatio),
    drawCalls: check(a.drawCallsMax, TARGETS.drawCalls),
    initialJsGzipBytes: check(a.initialJsBytesGzip, TARGETS.initialJsGzipBytes),
    firstViewBytes: check(a.firstViewBytes, TARGETS.firstViewBytes),
  };
  targets[app].allPass = Object.values(targets[app]).every((c) => c.pass);
}

const out = {
  date: new Date().toISOString(),
  environment: {
    browser: 'headless Chromium, software WebGL (SwiftShader)',
    viewport: VIEWPORT,
    cpus: cpus().length,
    // 1/5/15-minute load averages: frame rates mean little when other work shares the CPUs.
    loadAverageAtStart: loadAtStart.map((x) => round(x)),
    loadAverageAtEnd: loadavg().map((x) => round(x)),
    frameRateCap: UNCAPPED ? 'lifted (--disable-gpu-vsync --disable-frame-rate-limit)' : '60 Hz (vsync)',
    windowMs: WINDOW_MS,
    warmupMs: WARMUP_MS,
    units: 'times in ms (from navigation start), sizes in bytes (1 KB = 1000 B, 1 MB = 10^6 B)',
    notes: [
      'timeToFirstFrameMs: frame.firstFrameAtMs (first rendered frame, performance.now from navigation start); timeToFirstFrameRatio (a target): medians of FIRST_FRAME_ROUNDS fresh loads each of the baseline and the app, in turn (pairedFirstFrame); timeToFirstFrameRatioSingleLoads: from the one load of measureScene.',
      'timeToGlobeMs: first frame whose renderer.info.render.triangles >= 1000 (the globe is drawn).',
      'fps/frameMs: requestAnimationFrame callbacks over the window; drawCalls/triangles: median of renderer.info.render per frame.',
      'frameCostMs: median of frames advanced by hand with the loop paused, each ended by a 1-pixel readPixels (waits for the GPU).',
      'pageFrameRatio (the target): the page frame time (requestAnimationFrame, overlays and compositor included) of the app view over the baseline frame time, both open in one browser, drawing in turn in alternating blocks (PAGE_ROUNDS × PAGE_BLOCK_MS each); draw always keeps a drawn frame in the figure (moving views, the tour, the kiosk), draw app lets a still view render on demand.',
      'frameCostRatio (WebGL-only diagnostic): app / baseline from pairedFrameCost — both open in one browser, loops paused, timed in alternating blocks (PAIRED_ROUNDS × PAIRED_BLOCK frames each), so drift cancels; frameCostRatioSeparateRuns: the same from the two separate runs.',
      'trivial-fill: the baseline sphere seen from 1.5 radii, covering every pixel; frameCostRatioToFilledScreen = app / that (software rasterizing costs per pixel covered: close-ups that fill the screen are compared with a filled screen too).',
      'firstViewBytes: resource-timing transferSize of every response finished before the first frame (globeViewBytes: before the globe frame); totalBytes: CDP Network.loadingFinished encodedDataLength, whole run.',
      'jsBytesGzip: zlib.gzipSync of the bodies of the JS files the page loaded; initialJsBytesGzip: those loaded before the first frame.',
      'jsHeap: CDP Runtime.getHeapUsage after the window.',
      'The static server does not compress, so transferred bytes are the raw file sizes.',
    ],
  },
  scenes: results,
  page,
  paired,
  firstFrame,
  ratios,
  targets,
};
console.log(JSON.stringify(out, null, 2));
