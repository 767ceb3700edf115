// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LANGS } from '../../src/content/vocabulary';
import { loadSection } from '../../src/tour/i18n';
import { parseTle } from '../../src/astro/tle';
import { clockActions, simNowMs, useClock } from '../../src/state/clock';
import { elementsActions } from '../../src/state/elements';
import { useSkyView } from '../../src/state/skyView';
import { useView, viewActions } from '../../src/state/view';
import PassesPanel from '../../src/ui/passes/PassesPanel';
import { PASS_SITES, PASS_WINDOW_END_UTC, PASS_WINDOW_START_UTC } from '../astro/fixtures/iss-passes-reference';
import { ISS_TLE_2026_09_16 } from '../astro/fixtures/iss-tles';

/*
 * The passes panel mounted in jsdom (no worker there: the prediction runs on the main thread, once per change
 * of inputs), on the reference's element set and window: typed coordinates, a bad latitude, a city, and
 * "Show this pass". Checked against the pass reference (python-sgp4 + astropy) within 30 s and 0.5°.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const START_MS = Date.parse(PASS_WINDOW_START_UTC);
const END_MS = Date.parse(PASS_WINDOW_END_UTC);
const MOSCOW = PASS_SITES.find((s) => s.name.includes('Moscow'))!;
const CITIES = readFileSync('public/data/cities.json', 'utf8');

let root: Root;
let host: HTMLDivElement;

const $ = <E extends Element = HTMLElement>(selector: string) => host.querySelector<E>(selector);
const $$ = (selector: string) => [...host.querySelectorAll<HTMLElement>(selector)];

/** Types into a React-controlled input (through the native setter, so React sees the change). */
async function type(testId: string, value: string) {
  const input = $<HTMLInputElement>(`[data-testid="${testId}"]`)!;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function click(testId: string) {
  await act(async () => $(`[data-testid="${testId}"]`)!.click());
}

/** Waits (polling inside act) until `check` holds. */
async function until(check: () => boolean, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await act(async () => new Promise((r) => setTimeout(r, 20)));
  }
}

const list = () => $('[data-testid="passes-list"]');
const listed = () =>
  $$('[data-testid="pass"]').map((li) => ({
    rise: Date.parse(li.dataset.riseUtc!),
    max: Date.parse(li.dataset.maxUtc!),
    set: Date.parse(li.dataset.setUtc!),
    el: Number(li.dataset.maxElevationDeg),
    visible: li.dataset.visible === 'true',
  }));

beforeAll(async () => {
  // The panel renders once its dictionary sections are loaded: load them first, in every language.
  await Promise.all(LANGS.flatMap((lang) => (['passes'] as const).map((section) => loadSection(lang, section))));
  const tle = parseTle(`${ISS_TLE_2026_09_16.line1}\n${ISS_TLE_2026_09_16.line2}`);
  if (!tle.ok) throw new Error(tle.error);
  elementsActions.setBundled([tle.tle]);
  clockActions.setRate(0);
  clockActions.setTime(START_MS);
  localStorage.clear();
  window.history.replaceState(null, '', '/?t=2026-09-17T00:00:00Z&rate=0');
  vi.stubGlobal('fetch', async (url: string) =>
    String(url).endsWith('data/cities.json') ? new Response(CITIES, { status: 200 }) : new Response('', { status: 404 }),
  );
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(<PassesPanel />));
});

afterAll(() => {
  act(() => root.unmount());
  vi.unstubAllGlobals();
});

describe('passes panel (jsdom)', () => {
  it('asks for a place first', () => {
    expect($('[data-testid="passes-place"]')!.dataset.value).toBe('');
    expect(list()).toBeNull();
    expect(window.location.search).toContain('passes=1');
  });

  it('typed coordinates of the Moscow museum: every reference pass, the same visible flags', async () => {
    await type('lat-input', String(MOSCOW.latDeg));
    await type('lon-input', String(MOSCOW.lonDeg));
    await type('height-input', String(MOSCOW.heightM));
    await click('coordinates-use');
    await until(() => list()?.dataset.state === 'ready' && list()?.dataset.observer === '55.8228,37.6398,150');
    const inWindow = listed().filter((p) => p.max >= START_MS && p.max < END_MS);
    expect(inWindow).toHaveLength(MOSCOW.passes.length);
    const byMax = [...inWindow].sort((a, b) => a.max - b.max);
    MOSCOW.passes.forEach((ref, i) => {
      const p = byMax[i];
      expect(Math.abs(p.rise - Date.parse(ref.above10Utc)) / 1000).toBeLessThan(30);
      expect(Math.abs(p.max - Date.parse(ref.maxUtc)) / 1000).toBeLessThan(30);
      expect(Math.abs(p.set - Date.parse(ref.below10Utc)) / 1000).toBeLessThan(30);
      expect(Math.abs(p.el - ref.maxElevationDeg)).toBeLessThan(0.5);
      expect(p.visible).toBe(ref.visible);
    });
    // Visible passes first; the first one's sky chart is open, with its text.
    const flags = listed().map((p) => p.visible);
    expect(flags.indexOf(false)).toBe(flags.lastIndexOf(true) + 1);
    const chart = $('[data-testid="sky-chart"]')!;
    expect(chart.closest('[data-testid="pass"]')!.getAttribute('data-visible')).toBe('true');
    expect(chart.querySelectorAll('path.sky-track').length).toBeGreaterThan(0);
    expect(chart.querySelector('svg')!.getAttribute('aria-describedby')).toBeTruthy();
    expect(window.location.search).toContain('observer=55.8228,37.6398,150');
    expect(JSON.parse(localStorage.getItem('common-orbit.observer')!).observer).toBe('55.8228,37.6398,150');
  });

  it('a bad latitude: a message naming it, and the previous place and list kept', async () => {
    const before = listed();
    await type('lat-input', '95');
    await click('coordinates-use');
    const error = $('[data-testid="passes-error"]')!;
    expect(error.dataset.errorKey).toBe('passes.errorLatitudeRange');
    expect(error.getAttribute('role')).toBe('alert');
    expect($('[data-testid="passes-place"]')!.dataset.value).toBe('55.8228,37.6398,150');
    expect(listed()).toEqual(before);
  });

  it('an unknown city: a message; a known one replaces the place and the passes', async () => {
    await act(async () => $('[data-testid="city-input"]')!.focus());
    await type('city-input', 'Qwxyzzy');
    await click('city-find');
    await until(() => $('[data-testid="passes-error"]')?.dataset.errorKey === 'passes.errorCityNotFound');
    await type('city-input', 'Moscow');
    await until(() => $$('[data-testid="city-option"]').length > 0);
    expect($('[data-testid="city-option"]')!.dataset.value).toBe('Moscow, RU');
    await act(async () => $('[data-testid="city-option"]')!.click());
    await until(() => list()?.dataset.state === 'ready' && list()?.dataset.observer === '55.752,37.616');
    expect($('[data-testid="passes-error"]')).toBeNull();
    // 8 km from the museum: the same visible passes, within a minute.
    const visible = listed().filter((p) => p.visible);
    const refVisible = MOSCOW.passes.filter((p) => p.visible);
    expect(visible).toHaveLength(refVisible.length);
    visible.forEach((p, i) => expect(Math.abs(p.max - Date.parse(refVisible[i].maxUtc)) / 1000).toBeLessThan(60));
  });

  it('the place\'s own time zone: Moscow\'s times in Europe/Moscow, whatever this machine\'s zone', async () => {
    await until(() => $('[data-testid="passes-zone"]')?.dataset.placeZone === 'true');
    expect($('[data-testid="passes-zone"]')!.dataset.value).toBe('Europe/Moscow');
    expect($('[data-testid="passes-zone"]')!.textContent).toContain('Europe/Moscow');
    const first = $('[data-testid="pass"]')!;
    // Local (GMT+3) and UTC columns: the rise three hours apart.
    expect(first.querySelector('thead th')!.textContent).toBe('Local (GMT+3)');
    const [local, utc] = [...first.querySelectorAll('tbody tr:first-child td')].map((td) => td.textContent!);
    expect((Number(local.slice(0, 2)) - Number(utc.slice(0, 2)) + 24) % 24).toBe(3);
  });

  it('"Show this pass": the view from the ground at the place, the clock a minute before the rise at 1×; back restores it', async () => {
    const first = listed()[0];
    const clockBefore = useClock.getState();
    await act(async () => $('[data-testid="pass-show"]')!.click());
    expect(useView.getState().view).toBe('ground');
    expect(useView.getState().site).toEqual({ latDeg: 55.752, lonDeg: 37.616 });
    const sky = useSkyView.getState().sky!;
    expect(sky.site).toEqual({ latDeg: 55.752, lonDeg: 37.616, heightKm: 0 });
    expect(sky.timeZone).toBe('Europe/Moscow');
    // The horizon-to-horizon track, from 0° before the 10° rise to 0° after the set.
    expect(sky.track!.timesMs[0]).toBeLessThan(first.rise);
    expect(Math.abs(sky.track!.elevationDeg[0])).toBeLessThan(0.05);
    const { anchorSimMs, rate } = useClock.getState();
    expect(rate).toBe(1);
    expect(Math.abs(anchorSimMs - (first.rise - 60_000))).toBeLessThan(1000);
    // The panel is a card with the way back; the address names the pass.
    expect($('[data-testid="sky-card"]')).not.toBeNull();
    expect($<HTMLElement>('.passes-body')!.hidden).toBe(true);
    expect(new URLSearchParams(window.location.search).get('pass')).toBe(new Date(first.rise).toISOString().replace('.000Z', 'Z'));
    // Escape goes back: the Earth view, the clock as it was, the list again.
    await act(async () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })));
    expect(useSkyView.getState().sky).toBeNull();
    expect(useView.getState().view).toBe('earth');
    expect(useClock.getState().rate).toBe(clockBefore.rate);
    expect(Math.abs(simNowMs() - clockBefore.anchorSimMs)).toBeLessThan(1000);
    expect($('[data-testid="sky-card"]')).toBeNull();
    expect(new URLSearchParams(window.location.search).has('pass')).toBe(false);
    // Another view chosen while the pass is shown ends it too (the clock is then left as it is).
    await act(async () => $('[data-testid="pass-show"]')!.click());
    expect(useSkyView.getState().sky).not.toBeNull();
    await act(async () => void viewActions.setView('iss'));
    expect(useSkyView.getState().sky).toBeNull();
    expect(useClock.getState().rate).toBe(1);
  });
});
