import { readdirSync, readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { Browser, BrowserContext, ConsoleMessage, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, inject } from 'vitest';
import { ARTIFACTS, canvasScreenshot, imageStats, launchChromium, readValues, type ImageStats } from './browser';

/*
 * Offline start, as on a museum kiosk whose network is gone: the built app is loaded once online, its
 * service worker installs and precaches everything, then the server disappears (and the browser is set
 * offline, with every request that reaches the network aborted). Reloaded, the app must still draw the
 * scene and fill the HUD from the service worker's cache alone, with no console error.
 */

const POLL = { timeout: 30_000, interval: 250 };
/** A fixed instant (also app.test.ts's) at which the Earth view is centred on the sunlit side. */
const PINNED = '?t=2026-09-17T12:00:00Z&rate=0';
type Hook = { __commonOrbit?: { frame: { frameCount: number } } };

interface Origin {
  url: string;
  close: () => Promise<void>;
}

/**
 * A pass-through HTTP proxy for the suite's static server, on its own port (so its own origin, with a
 * fresh service worker registration), answering the paths in `overrides` itself (edited between requests
 * by the test). Closing it cuts every connection: the app's origin is then gone.
 */
function startOrigin(target: string, overrides: Map<string, string> = new Map()): Promise<Origin> {
  const upstream = new URL(target);
  const server: Server = createServer((req, res) => {
    // A file the test serves itself (the museum's own kiosk.json), by path.
    const own = overrides.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (own !== undefined) return void res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' }).end(own);
    const forward = request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise((closed) => {
            server.close(() => closed());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** The URLs (relative to the app) that dist/sw.js precaches, read from the worker itself. */
function precacheUrls(sw: string): string[] {
  return [...new Set([...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]))];
}

async function waitForFrames(page: Page, n = 3): Promise<void> {
  await page.waitForFunction((min) => ((window as unknown as Hook).__commonOrbit?.frame.frameCount ?? 0) > min, n, {
    timeout: 60_000,
  });
}

/** A frame with the sunlit Earth or the station in it (as app.test.ts asks of the pinned instant). */
const LIT = (s: ImageStats) => s.stdLuminance > 10 && s.nonBlackFraction > 0.1 && s.distinctLevels > 64;
/** Any drawn scene, night side included (the kiosk's tour steps show what they show): not a blank canvas. */
const DRAWN = (s: ImageStats) => s.stdLuminance > 3 && s.nonBlackFraction > 0.01 && s.distinctLevels > 32;

/** Polls a canvas-only screenshot until it passes `test`; returns its statistics. */
async function expectCanvasNotBlank(page: Page, path: string, test: (s: ImageStats) => boolean): Promise<ImageStats> {
  const looksDrawn = (s: ImageStats | null) => s !== null && test(s);
  let stats: ImageStats | null = null;
  await expect
    .poll(async () => looksDrawn((stats = await imageStats(await canvasScreenshot(page, path)))), POLL)
    .toBe(true)
    .catch(() => undefined); // reported below, with the statistics
  expect(looksDrawn(stats), `canvas looks blank (${path}): ${JSON.stringify(stats)}`).toBe(true);
  return stats!;
}

let browser: Browser;
let context: BrowserContext | null = null;
let origin: Origin | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});

afterEach(async () => {
  await context?.close();
  context = null;
  await origin?.close();
  origin = null;
});

afterAll(async () => {
  await browser?.close();
});

describe('offline start from the service worker cache', () => {
  it('precaches the app when online, then starts and draws with the network gone', { timeout: 240_000 }, async () => {
    origin = await startOrigin(inject('baseUrl'));
    const base = origin.url;
    const swResponse = await fetch(`${base}sw.js`);
    expect(swResponse.ok, 'dist/sw.js is served').toBe(true);
    const expected = precacheUrls(await swResponse.text());
    // The app and its chunks and models, every texture and data file, the audio index and the icon
    // (dist/ is what the suite serves).
    const files = [
      'index.html',
      'favicon.svg',
      'audio/index.json',
      ...readdirSync('dist/assets').map((f) => `assets/${f}`),
      ...readdirSync('dist/textures').map((f) => `textures/${f}`),
      ...readdirSync('dist/data').map((f) => `data/${f}`),
    ];
    expect(files).toContain('textures/earth-day-1k.jpg');
    expect(files.filter((f) => !expected.includes(f)), 'files sw.js does not precache').toEqual([]);
    expect(expected.some((u) => /^assets\/iss-.*\.glb$/.test(u)), 'sw.js precaches the ISS model').toBe(true);

    context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'allow' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => errors.push(e.message));

    // Online: load, let the worker install (precaching everything) and take control of the page.
    await page.goto(`${base}${PINNED}`);
    await waitForFrames(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(base);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    const cached = async () =>
      page.evaluate(async (root) => {
        const urls: string[] = [];
        for (const name of await caches.keys()) {
          for (const req of await (await caches.open(name)).keys()) {
            const u = new URL(req.url);
            if (u.href.startsWith(root)) urls.push(u.pathname.slice(new URL(root).pathname.length));
          }
        }
        return urls;
      }, base);
    // Every precache entry is in the cache (the worker is active only once all are, but check anyway).
    await expect
      .poll(async () => {
        const urls = await cached();
        return expected.filter((u) => !urls.includes(u));
      }, POLL)
      .toEqual([]);
    // A museum kiosk (?kiosk=1) has read its kiosk.json online once: the worker keeps the last copy
    // (network first, not precached, so that the museum can edit it on the host without a rebuild).
    const kiosk = await context.newPage();
    kiosk.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error') errors.push(`kiosk: ${m.text()} (${m.location().url})`);
    });
    kiosk.on('pageerror', (e) => errors.push(`kiosk: ${e.message}`));
    await kiosk.goto(`${base}?kiosk=1`);
    await waitForFrames(kiosk);
    await expect.poll(async () => (await cached()).includes('kiosk.json'), POLL).toBe(true);
    await kiosk.close();
    expect(errors, 'console errors while online').toEqual([]);

    // The network goes: the origin's server closes, the browser is offline, and any request that is not
    // answered by the service worker is aborted.
    await origin.close();
    origin = null;
    await context.setOffline(true);
    await context.route('**/*', (route) => route.abort('internetdisconnected'));
    const reachable = await page.evaluate(async (url) => {
      try {
        await fetch(url, { cache: 'no-store' });
        return true;
      } catch {
        return false;
      }
    }, `${base}CREDITS.md`); // not precached, so it goes to the network
    expect(reachable, 'the network is gone').toBe(false);

    // Offline start: the same address, a view that loads the station chunk and its models, the kiosk.
    for (const [query, shot, drawn] of [
      [PINNED, 'offline-earth', LIT],
      [`${PINNED}&view=iss`, 'offline-iss', LIT],
      ['?kiosk=1', 'offline-kiosk', DRAWN],
    ] as const) {
      errors.length = 0;
      if (query === PINNED) await page.reload();
      else await page.goto(`${base}${query}`);
      await waitForFrames(page);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'served by the worker').toBe(true);
      await expectCanvasNotBlank(page, `${ARTIFACTS}/${shot}.png`, drawn);
      await expect
        .poll(async () => Object.values(await readValues(page, ['sim-time', 'iss-lat'])).every((v) => v !== ''), POLL)
        .toBe(true);
      const v = await readValues(page, ['sim-time', 'iss-lat']);
      expect(Number.isFinite(Date.parse(v['sim-time'])), `sim-time="${v['sim-time']}"`).toBe(true);
      expect(Number.isFinite(Number(v['iss-lat'])), `iss-lat="${v['iss-lat']}"`).toBe(true);
      expect(await page.locator('[data-testid="scene-error"]').count()).toBe(0);
      const notices = await page.locator('[data-testid="notice"]').allTextContents();
      expect(notices.filter((n) => /kiosk\.json|HTTP|fetch/i.test(n)), 'no file failed to load').toEqual([]);
      // The optional CelesTrak refresh is off by default; were it on, its failure would be the only error allowed.
      expect(errors.filter((e) => !e.includes('celestrak.org'))).toEqual([]);
    }
  });
});

describe('a museum kiosk offline from its first visit', () => {
  it('keeps the museum\'s kiosk.json after one online visit to ?kiosk=1, and uses an edited one at the next online start', { timeout: 240_000 }, async () => {
    const shipped = JSON.parse(readFileSync('public/kiosk.json', 'utf8')) as { museum: Record<string, unknown> };
    const museum = (name: string) => JSON.stringify({ ...shipped, museum: { ...shipped.museum, name } });
    const overrides = new Map([['/kiosk.json', museum('Museum of the first visit')]]);
    origin = await startOrigin(inject('baseUrl'), overrides);
    const base = origin.url;
    context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'allow' });
    const page = await context.newPage();
    const heading = () => page.getByTestId('kiosk-info').locator('h2').textContent();
    const staffNotices = async () =>
      (await page.locator('[data-testid="notice"]').allTextContents()).filter((n) => /kiosk\.json|configuration/i.test(n));

    // The first visit ever is the kiosk itself: kiosk.json is fetched before any worker controls the page.
    await page.goto(`${base}?kiosk=1`);
    await waitForFrames(page);
    await expect.poll(heading, POLL).toContain('Museum of the first visit');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });

    const offline = async (on: boolean) => {
      await context!.setOffline(on);
      if (on) await context!.route('**/*', abort);
      else await context!.unroute('**/*', abort);
    };
    const abort = (route: Route) => route.abort('internetdisconnected');
    const restartOn = async (name: string) => {
      await page.reload();
      await waitForFrames(page);
      await expect.poll(heading, POLL).toContain(name);
      await page.waitForTimeout(2_000);
      expect(await staffNotices(), 'no kiosk configuration notice').toEqual([]);
    };

    // The network goes before any other visit: the kiosk restarts on the museum's configuration.
    await offline(true);
    await restartOn('Museum of the first visit');

    // Back online, staff edit kiosk.json on the host: the next online start uses it, and so does the next
    // offline one.
    await offline(false);
    overrides.set('/kiosk.json', museum('Museum after the edit'));
    await restartOn('Museum after the edit');
    await offline(true);
    await restartOn('Museum after the edit');
  });
});
