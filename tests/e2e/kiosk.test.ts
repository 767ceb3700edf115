import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { nearestTle, parseTleFile } from '../../src/astro/tle';
import { ARTIFACTS, launchChromium, readValue } from './browser';

/*
 * The museum kiosk (?kiosk=1) in the built app: the attract loop, the welcome screen, the idle countdown
 * and the full reset, a bad kiosk.json, and the pass / QR panel. public/kiosk.json is replaced per test
 * through page.route, so the idle timeout can be short.
 */

const KIOSK_JSON = JSON.parse(readFileSync('public/kiosk.json', 'utf8')) as Record<string, unknown>;
/** The shipped configuration with the shortest idle timeout and countdown the schema allows. */
const SHORT = { ...KIOSK_JSON, idleTimeoutS: 10, countdownS: 3 };
const EN = JSON.parse(readFileSync('src/content/i18n/en.json', 'utf8')) as Record<string, string>;
const DAY_MS = 86_400_000;
const STEPS = (JSON.parse(readFileSync('src/content/tours/common-orbit.json', 'utf8')) as { waypoints: unknown[] }).waypoints.length;

/** The renderer's GPU objects when the loop wraps: its shader programs (three's cache keys), geometries, textures. */
type RendererCounts = { programs: string[]; geometries: number; textures: number };

type WebGLRendererLike = { info: { programs: Array<{ cacheKey: string }> | null; memory: { geometries: number; textures: number } } };

type Hook = {
  __commonOrbit?: { frame: { frameCount: number } };
  /** Set by the init script of openKiosk. */
  __e2e: { sceneMounts: number; wraps: number; lastStep: number; maxStep: number; atWraps: RendererCounts[] };
};

/** Software WebGL on two shared cores can take a second per frame: poll patiently. */
const POLL = { timeout: 30_000, interval: 100 };

let browser: Browser;
let page: Page | null = null;
let errors: string[] = [];

/**
 * Opens ?kiosk=1 with kiosk.json answered by `config` (a JSON value; served as given). Service workers are
 * blocked so that no worker can answer kiosk.json instead of the route. Resolves once the page has asked
 * for kiosk.json and the kiosk layer is there.
 */
async function openKiosk(config: unknown, query = '?kiosk=1'): Promise<Page> {
  page = await browser.newPage({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  errors = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  let served!: () => void;
  const configServed = new Promise<void>((done) => (served = done));
  await page.route('**/kiosk.json', async (route) => {
    await route.fulfill({ json: config });
    served();
  });
  // Before any app script: count canvas (re)mounts (the scene sets window.__commonOrbit on each) and
  // tour wrap-arounds (data-step going from the last step back to 1), watched by a MutationObserver.
  await page.addInitScript((last: number) => {
    const e2e = { sceneMounts: 0, wraps: 0, lastStep: 0, maxStep: 0, atWraps: [] as RendererCounts[] };
    (window as unknown as { __e2e: typeof e2e }).__e2e = e2e;
    let hook: unknown;
    Object.defineProperty(window, '__commonOrbit', {
      configurable: true,
      get: () => hook,
      set: (v) => {
        hook = v;
        e2e.sceneMounts++;
      },
    });
    new MutationObserver(() => {
      const step = Number(document.querySelector('[data-testid="tour"]')?.getAttribute('data-step') ?? 0);
      if (!step || step === e2e.lastStep) return;
      if (step === 1 && e2e.lastStep === last) {
        e2e.wraps++;
        const r = (window as unknown as { __commonOrbit?: { renderer: WebGLRendererLike } }).__commonOrbit?.renderer;
        if (r) e2e.atWraps.push({ programs: (r.info.programs ?? []).map((p) => p.cacheKey).sort(), geometries: r.info.memory.geometries, textures: r.info.memory.textures });
      }
      e2e.lastStep = step;
      e2e.maxStep = Math.max(e2e.maxStep, step);
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-step'] });
  }, STEPS);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${inject('baseUrl')}${query}`);
  await configServed;
  await page.locator('[data-testid="kiosk"]').waitFor({ timeout: 60_000 });
  // The first frames (shader compilation in software) can take many seconds here; screenshots wait for them.
  await page.waitForFunction(() => ((window as unknown as Hook).__commonOrbit?.frame.frameCount ?? 0) > 3, null, {
    timeout: 90_000,
  });
  return page;
}

const phase = (p: Page) => p.getAttribute('[data-testid="kiosk"]', 'data-phase');
const tourCount = (p: Page) => p.locator('[data-testid="tour"]').count();
const lang = (p: Page) => p.getByTestId('language').inputValue();

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
});

afterEach(async () => {
  await page?.close();
  page = null;
});

afterAll(async () => {
  await browser?.close();
});

describe('kiosk cycle', () => {
  it('attract → tap → welcome (Русский) → tour → idle countdown → attract, reset to English', async () => {
    const p = await openKiosk(SHORT);

    // Attract: the tour plays, muted, in the default language.
    expect(await phase(p)).toBe('attract');
    await expect.poll(() => tourCount(p), POLL).toBe(1);
    await expect.poll(() => p.getByTestId('tour-mute').getAttribute('aria-pressed'), POLL).toBe('true');
    expect(await lang(p)).toBe('en');
    // Let the configuration take effect before the clock matters (it is applied after the fetch resolves).
    await p.waitForTimeout(500);
    await p.screenshot({ path: `${ARTIFACTS}/kiosk-cycle-attract.png`, timeout: 60_000 });

    // A tap in the middle of the screen (on whatever is there; any touch counts as presence) → welcome.
    const middle = await p.evaluate(() => document.elementFromPoint(640, 360)?.outerHTML.slice(0, 120) ?? '');
    expect(middle, 'the middle of the screen is not a control').not.toMatch(/^<(button|select|input|a|summary)\b/);
    await p.mouse.click(640, 360);
    await expect.poll(() => phase(p), POLL).toBe('welcome');
    const welcome = p.getByTestId('kiosk-welcome');
    expect(await welcome.isVisible()).toBe(true);
    expect(await p.getByTestId('kiosk-explore').isVisible()).toBe(true);

    // Russian on the welcome screen, then the tour. (Each touch restarts the 10 s idle clock; nothing slow,
    // such as a screenshot, goes between them.)
    await welcome.getByRole('button', { name: 'Русский' }).click();
    await expect.poll(() => lang(p), POLL).toBe('ru');
    await expect.poll(async () => /[А-Яа-яЁё]{3,}/.test((await welcome.locator('h2').textContent()) ?? ''), POLL).toBe(true);
    const lastTouchAt = Date.now();
    await p.getByTestId('kiosk-tour').click();
    await expect.poll(() => phase(p), POLL).toBe('active');
    await expect.poll(() => p.getAttribute('[data-testid="tour"]', 'data-step'), POLL).toBe('1');
    // A visitor's tour is not muted; its caption is in Russian.
    expect(await p.getByTestId('tour-mute').getAttribute('aria-pressed')).toBe('false');
    await expect.poll(async () => /[А-Яа-яЁё]{4,}/.test((await p.getByTestId('tour-caption').textContent()) ?? ''), POLL).toBe(true);

    // Nobody touches it: after idleTimeoutS (10 s) the countdown shows the seconds left (3, 2, 1).
    await expect.poll(() => phase(p), { timeout: 60_000, interval: 100 }).toBe('countdown');
    // The idle clock ticks once a second: 10 ticks take at least 9 s after the touch.
    const idleS = (Date.now() - lastTouchAt) / 1000;
    expect(idleS, 'seconds from the last touch to the countdown').toBeGreaterThanOrEqual(9);
    const countdown = p.getByTestId('kiosk-countdown');
    const text = (await countdown.textContent()) ?? '';
    expect(await countdown.isVisible()).toBe(true);
    const seconds = Number(text.match(/\d+/)?.[0]);
    expect(seconds, `countdown text: "${text}"`).toBeGreaterThanOrEqual(1);
    expect(seconds, `countdown text: "${text}"`).toBeLessThanOrEqual(3);
    await p.screenshot({ path: `${ARTIFACTS}/kiosk-cycle-countdown.png`, timeout: 60_000 });

    // Then the full reset: attract again, English, the tour from the start, muted.
    await expect.poll(() => phase(p), { timeout: 30_000, interval: 100 }).toBe('attract');
    expect(await countdown.count()).toBe(0);
    await expect.poll(() => lang(p), POLL).toBe('en');
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => tourCount(p), POLL).toBe(1);
    await expect.poll(() => p.getByTestId('tour-mute').getAttribute('aria-pressed'), POLL).toBe('true');
    await expect.poll(async () => /[А-Яа-яЁё]/.test((await p.getByTestId('tour-caption').textContent()) ?? ''), POLL).toBe(false);
    expect(Number(await p.getAttribute('[data-testid="tour"]', 'data-step'))).toBeLessThanOrEqual(2);
    await p.screenshot({ path: `${ARTIFACTS}/kiosk-cycle-reset.png`, timeout: 60_000 });
    expect(errors).toEqual([]);
  }, 180_000);
});


describe('kiosk configuration', () => {
  it('a bad kiosk.json shows a staff-readable notice and the kiosk still runs', async () => {
    const p = await openKiosk({ idleTimeoutS: 'soon' });
    const notices = p.getByTestId('notice').filter({ hasText: 'kiosk.json' });
    await expect.poll(() => notices.count(), POLL).toBeGreaterThan(0);
    expect(await notices.first().isVisible()).toBe(true);
    const text = (await notices.allTextContents()).join('\n');
    expect(text).toMatch(/idleTimeoutS/);
    // Running on defaults: the attract loop plays.
    expect(await phase(p)).toBe('attract');
    await expect.poll(() => tourCount(p), POLL).toBe(1);
    await p.screenshot({ path: `${ARTIFACTS}/kiosk-bad-config.png`, timeout: 60_000 });
    expect(errors).toEqual([]);
  });
});

describe('kiosk info panel', () => {
  it('shows the next visible pass (or that there is none) and a take-home QR code', async () => {
    const p = await openKiosk(SHORT);
    const info = p.getByTestId('kiosk-info');
    await info.waitFor({ timeout: 60_000 });
    const pass = p.getByTestId('kiosk-pass');
    // '…' until the elements are loaded and the pass is computed.
    await expect.poll(async () => ((await pass.textContent()) ?? '…').trim() !== '…', { timeout: 60_000, interval: 200 }).toBe(true);
    const value = (await pass.getAttribute('data-value')) ?? '';
    const text = ((await pass.textContent()) ?? '').trim();
    if (value === '') {
      expect(text).toBe(EN['kiosk.noPass']);
    } else {
      expect(value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      const maxMs = Date.parse(value);
      // The next pass, from now (real time) within the 10 days searched.
      expect(maxMs).toBeGreaterThan(Date.now() - 3_600_000);
      expect(maxMs).toBeLessThan(Date.now() + 10 * DAY_MS + 3_600_000);
      expect(text.length).toBeGreaterThan(10);
    }
    expect(((await p.getByTestId('kiosk-tle').textContent()) ?? '').trim().length).toBeGreaterThan(0);

    const qr = p.getByTestId('kiosk-qr');
    await qr.waitFor({ timeout: 30_000 });
    expect(await qr.isVisible()).toBe(true);
    const img = await qr.evaluate((el: HTMLImageElement) => ({
      src: el.src,
      complete: el.complete,
      naturalWidth: el.naturalWidth,
      alt: el.alt,
    }));
    expect(img.src.startsWith('data:image/svg+xml')).toBe(true);
    const svg = decodeURIComponent(img.src.slice(img.src.indexOf(',') + 1));
    expect(svg).toMatch(/<svg[\s>]/);
    await expect.poll(() => qr.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), POLL).toBe(true);
    expect(img.alt.length).toBeGreaterThan(0);
    await info.screenshot({ path: `${ARTIFACTS}/kiosk-info.png`, timeout: 60_000 });
    expect(errors).toEqual([]);
  });

  it("uses today's orbital elements for tonight's pass, whatever date the screen shows", async () => {
    // The bundled element set nearest to the real date (what a pass for tonight must be computed from).
    const bundled = parseTleFile(readFileSync('src/content/iss-tle.txt', 'utf8'));
    const todays = new Date(nearestTle(bundled, Date.now()).epochMs).toISOString().slice(0, 10);
    // Far from the bundled sets the app also loads the ISS's element history: the screen flies its nearest set.
    const history = parseTleFile(readFileSync('public/data/iss-tle-history.txt', 'utf8'));
    const inThePast = nearestTle([...bundled, ...history], Date.parse('2010-06-01T00:00:00Z'));
    const pastEpoch = new Date(inThePast.epochMs).toISOString().slice(0, 10);
    expect(pastEpoch, 'the fixture date picks other elements than today').not.toBe(todays);

    const p = await openKiosk({ ...SHORT, idleTimeoutS: 120 });
    const pass = p.getByTestId('kiosk-pass');
    const tle = p.getByTestId('kiosk-tle');
    await expect.poll(async () => ((await pass.textContent()) ?? '…').trim() !== '…', { timeout: 60_000, interval: 200 }).toBe(true);
    expect(await tle.textContent()).toContain(todays);
    const passBefore = (await pass.getAttribute('data-value')) ?? '';

    // A visitor explores 2010, then switches the language (the panel is written again).
    await p.mouse.click(640, 360);
    await expect.poll(() => phase(p), POLL).toBe('welcome');
    await p.getByTestId('kiosk-explore').click();
    await expect.poll(() => phase(p), POLL).toBe('active');
    await p.getByTestId('time-jump-input').fill('2010-06-01T00:00:00');
    await p.getByTestId('time-jump').click();
    await expect.poll(async () => (await readValue(p, 'sim-time')).slice(0, 10), POLL).toBe('2010-06-01');
    await expect.poll(async () => (await readValue(p, 'tle-epoch')).slice(0, 10), POLL).toBe(pastEpoch);
    await p.getByTestId('language').selectOption('ja');
    await expect.poll(async () => /[\u3040-\u30ff\u4e00-\u9fff]/.test((await tle.textContent()) ?? ''), POLL).toBe(true);

    const text = (await tle.textContent()) ?? '';
    expect(text, `kiosk-tle: "${text}"`).toContain(todays);
    expect(text, `kiosk-tle: "${text}"`).not.toContain(pastEpoch);
    if (passBefore !== '' && Date.parse(passBefore) > Date.now() + 600_000) {
      // The same pass as before the visitor changed the date (the search from a later "now" may land a few ms apart).
      const after = (await pass.getAttribute('data-value')) ?? '';
      expect(Math.abs(Date.parse(after) - Date.parse(passBefore)), `pass ${passBefore} → ${after}`).toBeLessThan(60_000);
    }
    expect(errors).toEqual([]);
  });
});

describe('kiosk robustness', () => {
  const e2e = (p: Page) => p.evaluate(() => (window as unknown as Hook).__e2e);

  it(
    'the attract loop plays the whole tour and starts again at step 1, on the same GPU objects, with no error and no scene rebuild',
    async () => {
      // pace 0.01: a step reads for about 0.2 s (TourRoot honours ?pace; the kiosk must too, for this test).
      const p = await openKiosk(SHORT, '?kiosk=1&pace=0.01');
      const warnings: string[] = [];
      p.on('console', (m) => {
        if (m.type() === 'warning' && m.text().startsWith('[kiosk]')) warnings.push(m.text());
      });
      expect(await phase(p)).toBe('attract');
      const mountsBefore = (await e2e(p)).sceneMounts;
      const startedAt = Date.now();
      // Steps 1–4 read for 73 s at pace 1 and 0.7 s at pace 0.01: not at step 5 after 40 s means ?pace is not applied.
      try {
        await expect.poll(async () => (await e2e(p)).maxStep, { timeout: 40_000, interval: 200 }).toBeGreaterThanOrEqual(5);
      } catch {
        throw new Error(
          `?kiosk=1&pace=0.01: the attract tour is only at step ${(await e2e(p)).maxStep} after ` +
            `${Math.round((Date.now() - startedAt) / 1000)} s (steps 1–4 read for 0.7 s in all at this pace): ` +
            'the kiosk does not apply the pace parameter',
        );
      }
      // Six loops. The first ones show some steps before their lazily loaded parts (textures, the station
      // model and its data, the historic craft, the Moon's large maps) arrive — at this pace, on a cold
      // machine, up to the fourth loop; from the fifth wrap to the sixth every step has been shown with
      // everything loaded, so the same shader programs, geometries and textures must serve it (steps switch
      // parts by visibility, not by mounting). A leak would keep the counts rising to the end.
      await expect
        .poll(async () => (await e2e(p)).wraps, { timeout: 300_000, interval: 200 })
        .toBeGreaterThanOrEqual(6);
      const [, , , , first, second] = (await e2e(p)).atWraps;
      console.info(`[kiosk loop] at each wrap: ${JSON.stringify((await e2e(p)).atWraps.map((w) => [w.programs.length, w.geometries, w.textures]))}`);
      expect(second.programs, 'shader programs at the sixth wrap vs the fifth').toEqual(first.programs);
      expect(second.geometries, 'geometries').toBe(first.geometries);
      expect(second.textures, 'textures').toBe(first.textures);
      console.info(`[kiosk loop] ${first.programs.length} programs, ${first.geometries} geometries, ${first.textures} textures at both wraps, in ${Math.round((Date.now() - startedAt) / 1000)} s`);
      // A moment after the wrap: still attract, still muted, same canvas, nothing reported.
      await p.waitForTimeout(3_000);
      expect(await phase(p)).toBe('attract');
      expect(await p.getByTestId('tour-mute').getAttribute('aria-pressed')).toBe('true');
      expect((await e2e(p)).sceneMounts - mountsBefore, 'canvas remounts during the loop').toBe(0);
      expect(warnings, 'kiosk watchdog resets').toEqual([]);
      expect(errors).toEqual([]);
    },
    360_000,
  );

  it(
    'a fault (an uncaught error) returns to attract and rebuilds the 3D view once, then it stays',
    async () => {
      const p = await openKiosk(SHORT);
      await p.mouse.click(640, 360);
      await expect.poll(() => phase(p), POLL).toBe('welcome');
      await p.getByTestId('kiosk-tour').click();
      await expect.poll(() => phase(p), POLL).toBe('active');
      const mountsBefore = (await e2e(p)).sceneMounts;

      // Something in the page throws, uncaught: the watchdog resets the kiosk and remounts the canvas.
      const fault = 'e2e: simulated uncaught error';
      await p.evaluate((message) => void setTimeout(() => {
        throw new Error(message);
      }), fault);
      await expect.poll(() => phase(p), POLL).toBe('attract');
      await expect.poll(async () => (await e2e(p)).sceneMounts, POLL).toBe(mountsBefore + 1);
      await expect.poll(() => tourCount(p), POLL).toBe(1);
      // The new canvas keeps drawing, and is not rebuilt again and again.
      const frames = await p.evaluate(() => (window as unknown as Hook).__commonOrbit!.frame.frameCount);
      await p.waitForTimeout(15_000);
      expect((await e2e(p)).sceneMounts - mountsBefore, 'canvas mounts in the 15 s after the reset').toBe(1);
      await p.waitForFunction((n) => (window as unknown as Hook).__commonOrbit!.frame.frameCount > n + 3, frames, {
        timeout: 30_000,
      });
      expect(await phase(p)).toBe('attract');
      expect(errors.filter((e) => !e.includes(fault))).toEqual([]);
    },
    180_000,
  );
});
