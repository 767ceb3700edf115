import { createServer, request, type Server } from 'node:http';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, inject } from 'vitest';
import { ARTIFACTS, canvasScreenshot, imageStats, launchChromium, readValues, type ImageStats } from './browser';

/*
 * Offline start, as on a museum kiosk whose network is gone: the built app is loaded once online, its
 * service worker installs and precaches everything, then the server disappears (and the browser is set
 * offline, with every request that reaches the network aborted). Reloaded, the app must still draw the
 * scene and fill the HUD from the service worker's cache alone, with no console error.
 */

const POLL = { timeout: 30_000, interval: 250 };
type Hook = { __commonOrbit?: { frame: { frameCount: number } } };

interface Origin {
  url: string;
  close: () => Promise<void>;
}

/**
 * A pass-through HTTP proxy for the suite's static server, on its own port (so its own origin, with a
 * fresh service worker registration). Closing it cuts every connection: the app's origin is then gone.
 */
function startOrigin(target: string): Promise<Origin> {
  const upstream = new URL(target);
  const server: Server = createServer((req, res) => {
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

/** Polls a canvas-only screenshot until it is plainly not blank; returns its statistics. */
async function expectCanvasNotBlank(page: Page, path: string): Promise<ImageStats> {
  const looksDrawn = (s: ImageStats | null) =>
    s !== null && s.stdLuminance > 10 && s.nonBlackFraction > 0.1 && s.distinctLevels > 64;
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
  it('precaches the app when online, then starts and draws with the network gone', async () => {
    origin = await startOrigin(inject('baseUrl'));
    const base = origin.url;
    const swResponse = await fetch(`${base}sw.js`);
    expect(swResponse.ok, 'dist/sw.js is served').toBe(true);
    const expected = precacheUrls(await swResponse.text());
    for (const url of [
      'index.html',
      'textures/earth-day-1k.jpg',
      'textures/earth-day-4k.jpg',
      'textures/earth-mask-2k.webp',
      'textures/moon-256.jpg',
      'data/iss-tle.txt',
      'data/stars.json',
      'audio/index.json',
      'favicon.svg',
    ]) {
      expect(expected, `sw.js precaches ${url}`).toContain(url);
    }
    expect(expected.some((u) => /^assets\/iss-.*\.glb$/.test(u)), 'sw.js precaches the ISS model').toBe(true);

    context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'allow' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => errors.push(e.message));

    // Online: load, let the worker install (precaching everything) and take control of the page.
    await page.goto(base);
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

    // Offline start: the same address, then a view that loads the station chunk and its models.
    for (const [query, shot] of [
      ['', 'offline-earth'],
      ['?view=iss', 'offline-iss'],
    ] as const) {
      errors.length = 0;
      if (query === '') await page.reload();
      else await page.goto(`${base}${query}`);
      await waitForFrames(page);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'served by the worker').toBe(true);
      await expectCanvasNotBlank(page, `${ARTIFACTS}/${shot}.png`);
      await expect
        .poll(async () => Object.values(await readValues(page, ['sim-time', 'iss-lat'])).every((v) => v !== ''), POLL)
        .toBe(true);
      const v = await readValues(page, ['sim-time', 'iss-lat']);
      expect(Number.isFinite(Date.parse(v['sim-time'])), `sim-time="${v['sim-time']}"`).toBe(true);
      expect(Number.isFinite(Number(v['iss-lat'])), `iss-lat="${v['iss-lat']}"`).toBe(true);
      expect(await page.locator('[data-testid="scene-error"]').count()).toBe(0);
      // The optional CelesTrak refresh is off by default; were it on, its failure would be the only error allowed.
      expect(errors.filter((e) => !e.includes('celestrak.org'))).toEqual([]);
    }
  });
});
