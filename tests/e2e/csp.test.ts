import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, inject } from 'vitest';
import { drawingStopped, launchChromium } from './browser';

/*
 * The built app runs under the Content-Security-Policy of its own index.html (a <meta http-equiv>, so it
 * holds on any static host): no inline or eval'd script, no connection but to itself and CelesTrak.
 * Every view that loads a lazy chunk (the Moon, the south pole, the tour and its zod schemas, the kiosk)
 * is opened and must draw with no CSP violation and no console error. zod 4 would probe `new Function`
 * for its JIT: src/tour/schema.ts and src/spacecraft/manifest.ts set it jitless.
 *
 * The app sets styles only through the CSSOM (React, drei's <Html>), so the policy allows no inline
 * style: style-src 'self'.
 */

interface Violation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  sample: string;
}

type Hook = { __commonOrbit?: { frame: { frameCount: number } }; __cspViolations?: Violation[] };

/** dist/index.html, as the test server serves it. */
let DIST_HTML = '';

/** The content of the CSP meta element of dist/index.html, or null. */
function metaCsp(html: string): string | null {
  const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i);
  return meta ? meta[1] : null;
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name, ...sources]) => [name, sources]),
  );
}

let browser: Browser;
let context: BrowserContext | null = null;

beforeAll(async () => {
  const response = await fetch(`${inject('baseUrl')}index.html`);
  expect(response.ok).toBe(true);
  DIST_HTML = await response.text();
  browser = await launchChromium();
});

afterEach(async () => {
  await context?.close();
  context = null;
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the built app at `query` with CSP violations and console errors recorded from the first script on. */
async function openRecorded(query: string): Promise<{ page: Page; errors: string[] }> {
  // Service workers allowed, as in production: registering sw.js is subject to the policy too (worker-src).
  context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'allow' });
  await context.addInitScript(() => {
    const violations: Violation[] = [];
    (window as unknown as Hook).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (e) => {
      violations.push({
        directive: e.effectiveDirective,
        blockedURI: e.blockedURI,
        sourceFile: e.sourceFile,
        line: e.lineNumber,
        sample: e.sample,
      });
    });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseUrl')}${query}`);
  await page.waitForFunction(() => ((window as unknown as Hook).__commonOrbit?.frame.frameCount ?? 0) > 3, null, {
    timeout: 60_000,
  });
  return { page, errors };
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as Hook).__cspViolations ?? []);

describe('the CSP in dist/index.html', () => {
  it('is a meta element with the intended policy', () => {
    const csp = metaCsp(DIST_HTML) ?? '';
    expect(csp, 'dist/index.html has a Content-Security-Policy meta element').not.toBe('');
    const d = directives(csp);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('style-src')).toEqual(["'self'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(d.get('connect-src')).toEqual(["'self'", 'https://celestrak.org']);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    expect(d.get('worker-src')).toEqual(["'self'"]);
    expect(d.get('manifest-src')).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-|\*/);
    // It must come before any script or stylesheet, or those would load before the policy applies.
    const at = DIST_HTML.search(/<meta\s+http-equiv="Content-Security-Policy"/i);
    const firstResource = DIST_HTML.search(/<script|<link\s+rel="(?:stylesheet|modulepreload)"/i);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(firstResource);
  });

  it('has no inline script: every script is an external module', () => {
    const scripts = [...DIST_HTML.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [tag, attrs, body] of scripts) {
      expect(attrs, tag).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/);
      expect(body.trim(), tag).toBe('');
    }
    expect(DIST_HTML).not.toMatch(/\son[a-z]+="/i); // no inline event handlers
  });
});

describe('the built app runs under its CSP', () => {
  const cases: Array<[string, string]> = [
    ['the default (Earth) view', ''],
    ['the Moon', '?view=moon'],
    ['the lunar south pole', '?view=shackleton'],
    ['the tour at step 2 (zod schemas)', '?tour=common-orbit&step=2'],
    ['the museum kiosk (attract loop)', '?kiosk=1'],
  ];

  it.each(cases)('%s: no CSP violation, no console error', async (_name, query) => {
    const { page, errors } = await openRecorded(query);
    if (query.includes('tour=')) {
      await page.locator('[data-testid="tour"]').waitFor({ state: 'visible', timeout: 30_000 });
    }
    // Lazy chunks, textures and models arrive over the first frames: wait until nothing more is loading
    // (or 30 s), then for frames drawn with all of it. Software WebGL on two busy cores can be slow.
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
    await drawingStopped(page, 1_000, 5);
    if (query === '') {
      // The offline service worker registers (after the load event) and activates under the policy.
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(inject('baseUrl'));
    }
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
