import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { installCommitCounter, launchChromium, reactCommits } from './browser';

/*
 * A kiosk runs for days on a small PC: it must work only when its inputs change. Over 10 s windows in the
 * attract loop (a step held by a slow pace), the welcome screen and free exploration: React commits
 * ≤ 2 per second, and the take-home QR code encoded only when the address it encodes changes (never in
 * the attract or welcome windows, where nothing it encodes changes; at most once a minute in exploration,
 * where the live clock passes a minute).
 */

const KIOSK_JSON = JSON.parse(readFileSync('public/kiosk.json', 'utf8')) as Record<string, unknown>;
const WINDOW_MS = 10_000;
const MAX_COMMITS_PER_S = 2;
type KioskHook = { __kiosk: { stats: { qrEncodings: number; passForecasts: number }; setPace(p: number): void; jump(s: number): void } };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const stats = (p: Page) => p.evaluate(() => ({ ...(window as unknown as KioskHook).__kiosk.stats }));
const phase = (p: Page) => p.getAttribute('[data-testid="kiosk"]', 'data-phase');

/** Commits and QR encodings over one window. */
async function window10s(p: Page): Promise<{ commitsPerS: number; qrEncodings: number; passForecasts: number }> {
  const c0 = await reactCommits(p);
  const s0 = await stats(p);
  const t0 = Date.now();
  await p.waitForTimeout(WINDOW_MS);
  const c1 = await reactCommits(p);
  const s1 = await stats(p);
  return {
    commitsPerS: (c1 - c0) / ((Date.now() - t0) / 1000),
    qrEncodings: s1.qrEncodings - s0.qrEncodings,
    passForecasts: s1.passForecasts - s0.passForecasts,
  };
}

describe('kiosk load', () => {
  it('commits ≤ 2/s and encodes the QR code only on a change, in attract, welcome and explore', { timeout: 240_000 }, async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
    await installCommitCounter(p);
    await p.route('**/kiosk.json', (route) => route.fulfill({ json: { ...KIOSK_JSON, idleTimeoutS: 300 } }));
    await p.emulateMedia({ reducedMotion: 'reduce' });
    await p.goto(`${inject('baseUrl')}?kiosk=1`);
    await p.waitForFunction(() => ((window as unknown as { __commonOrbit?: { frame: { frameCount: number } } }).__commonOrbit?.frame.frameCount ?? 0) > 3, null, {
      timeout: 90_000,
    });
    await p.waitForFunction(() => (window as unknown as Partial<KioskHook>).__kiosk !== undefined, null, { timeout: 30_000 });
    // Step 2 (the Moon) held: reading times × 20.
    await p.evaluate(() => ((window as unknown as KioskHook).__kiosk.setPace(20), (window as unknown as KioskHook).__kiosk.jump(1)));
    await expect.poll(() => p.getAttribute('[data-testid="tour"]', 'data-status'), { timeout: 60_000 }).toBe('narrating');
    await expect.poll(async () => (await p.getByTestId('kiosk-pass').textContent())?.trim() !== '…', { timeout: 60_000 }).toBe(true);
    await p.waitForTimeout(2_000);

    const attract = await window10s(p);
    expect(await phase(p)).toBe('attract');

    await p.mouse.click(900, 500);
    await expect.poll(() => phase(p), { timeout: 30_000 }).toBe('welcome');
    await p.waitForTimeout(1_000);
    const welcome = await window10s(p);
    expect(await phase(p)).toBe('welcome');

    await p.getByTestId('kiosk-explore').click();
    await expect.poll(() => phase(p), { timeout: 30_000 }).toBe('active');
    // The clock has gone live: the address's time is rechecked every 5 s, so it has caught up after 6 s.
    await p.waitForTimeout(6_000);
    const explore = await window10s(p);
    expect(await phase(p)).toBe('active');

    const report = { attract, welcome, explore };
    console.info('[kiosk-load]', JSON.stringify(report));
    for (const [name, w] of Object.entries(report)) {
      expect(w.commitsPerS, `${name}: React commits per second`).toBeLessThanOrEqual(MAX_COMMITS_PER_S);
      expect(w.passForecasts, `${name}: pass forecasts (once per element set and hour)`).toBe(0);
    }
    expect(attract.qrEncodings, 'attract: QR encodings with nothing changed').toBe(0);
    expect(welcome.qrEncodings, 'welcome: QR encodings with nothing changed').toBe(0);
    expect(explore.qrEncodings, 'explore: QR encodings in 10 s of live time (one per minute at most)').toBeLessThanOrEqual(1);
    await p.close();
  });
});
