import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, launchChromium } from './browser';

/*
 * The layout at a laptop's 1280×720, a full-HD 1920×1080 and a phone held upright (390×844, touch): the tour's
 * caption band stays in the lower part of the screen (its top edge at 62 % of the height or lower; 50 % on the
 * phone) with its step list or "about this step" open and folded to one line; each step's subject (the Earth,
 * the station, the Moon, an earlier craft) is drawn whole in the space above the band; the readouts keep out of
 * the middle third of the view during a tour; the phone's header controls do not overlap and are 44 px tall.
 * Screenshots of three steps in each language at each size: test-artifacts/layout/.
 */

interface WaypointJson {
  id: string;
  camera: { kind: string };
}
const WAYPOINTS: WaypointJson[] = JSON.parse(readFileSync('src/content/tours/common-orbit.json', 'utf8')).waypoints;
const DIR = `${ARTIFACTS}/layout`;

interface Size {
  name: string;
  width: number;
  height: number;
  /** The band's top edge is at least this share of the height down. */
  minBandTop: number;
  phone?: boolean;
}
const SIZES: Size[] = [
  { name: '1280x720', width: 1280, height: 720, minBandTop: 0.62 },
  { name: '1920x1080', width: 1920, height: 1080, minBandTop: 0.62 },
  { name: 'phone-390x844', width: 390, height: 844, minBandTop: 0.5, phone: true },
];
/** Steps by number: an Earth step, the ISS close-up, a Moon step, an earlier craft (Apollo–Soyuz). */
const STEP = { astp: 3, iss: 13, earth: 14, moon: 18 } as const;
const SCREENSHOT_STEPS = [STEP.astp, STEP.iss, STEP.moon];
const LANGS = ['en', 'ru', 'ja'] as const;
/** A language's own script in its caption: the dictionary has loaded. */
const SCRIPT: Record<(typeof LANGS)[number], RegExp> = { en: /[a-z]{4}/, ru: /[А-Яа-яЁё]{4}/, ja: /[\u3040-\u30ff\u4e00-\u9fff]{2}/ };

const POLL = { timeout: 60_000, interval: 150 };
type Hook = { __commonOrbit?: { frame: { frameCount: number } } };

let browser: Browser;
let errors: string[] = [];

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(size: Size, query: string): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: size.width, height: size.height },
    serviceWorkers: 'block',
    ...(size.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  errors = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  // Camera flights become cuts (the app reads this once, at start).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${inject('baseUrl')}${query}`);
  await page.waitForFunction(() => ((window as unknown as Hook).__commonOrbit?.frame.frameCount ?? 0) > 3, null, { timeout: 90_000 });
  return page;
}

/**
 * Waits until the canvas has stopped drawing (it renders on demand: a few frames after each change, then
 * none) for `quietMs`, so what is on screen is the settled picture.
 */
async function settle(p: Page, quietMs = 700): Promise<void> {
  const count = () => p.evaluate(() => (window as unknown as Hook).__commonOrbit!.frame.frameCount);
  let last = await count();
  let since = Date.now();
  const until = Date.now() + 60_000;
  while (Date.now() - since < quietMs && Date.now() < until) {
    await p.waitForTimeout(150);
    const now = await count();
    if (now !== last) [last, since] = [now, Date.now()];
  }
}

type Box = { left: number; top: number; right: number; bottom: number; width: number; height: number };

async function box(p: Page, selector: string): Promise<Box | null> {
  return p.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return r.width === 0 && r.height === 0 ? null : { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
  }, selector);
}

const bandTop = async (p: Page) => (await box(p, '[data-testid="tour-panel"]'))!.top;

/** Jumps to step `n` through the step list, and waits until the step is drawn with what it shows loaded. */
async function goToStep(p: Page, n: number): Promise<void> {
  const body = p.getByTestId('tour');
  const at = Number(await body.getAttribute('data-step'));
  if (at !== n && !(await p.getByTestId('tour-steps-toggle').isVisible())) {
    // Folded to one line: the keyboard moves on (→ next, ← previous).
    for (let i = 0; i < Math.abs(n - at); i++) await p.keyboard.press(n > at ? 'ArrowRight' : 'ArrowLeft');
  } else if (at !== n) {
    await p.getByTestId('tour-steps-toggle').click();
    await p.locator(`[data-testid="tour-steps"] li:nth-child(${n}) button`).click();
    await p.getByTestId('tour-steps-toggle').click();
  }
  await expect.poll(async () => [await body.getAttribute('data-step'), await body.getAttribute('data-status')], POLL).toEqual([String(n), 'narrating']);
  const kind = WAYPOINTS[n - 1].camera.kind;
  const object = { iss: 'iss-station', craft: 'historic-craft', moon: 'moon' }[kind];
  if (object) {
    await p.waitForFunction(
      (name) => {
        const o = (window as unknown as { __commonOrbit: { three: () => any } }).__commonOrbit; // eslint-disable-line @typescript-eslint/no-explicit-any
        let shown = false;
        o.three().scene.getObjectByName(name)?.traverseVisible((m: { isMesh?: boolean }) => (shown ||= !!m.isMesh));
        return shown;
      },
      object,
      { timeout: 90_000 },
    );
  }
  await p.waitForTimeout(500);
  await settle(p);
}

interface Subject {
  kind: string;
  /** The camera's target (the subject's centre) on the screen, CSS px. */
  centre: { x: number; y: number };
  /** The screen box of the subject's outline (a body's limb, the craft's parts), CSS px. */
  extent: Box;
}

/**
 * Projects the step's subject with the scene's own camera: for the Earth and the Moon, the limb of the sphere
 * (the circle of tangent points seen from the camera); for the station, the boxes of its parts (its hit boxes);
 * for an earlier craft, the bounding boxes of its meshes.
 */
async function subjectOnScreen(p: Page): Promise<Subject> {
  return p.evaluate(() => {
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const three = (window as unknown as { __commonOrbit: { three: () => any } }).__commonOrbit.three();
    const { camera, scene, size, controls } = three;
    const V = camera.position.constructor;
    camera.updateMatrixWorld();
    const toScreen = (v: any) => {
      const n = v.clone().project(camera);
      return { x: ((n.x + 1) / 2) * size.width, y: ((1 - n.y) / 2) * size.height, behind: n.z > 1 };
    };
    const ext = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity, width: 0, height: 0 };
    const add = (v: any) => {
      const s = toScreen(v);
      ext.left = Math.min(ext.left, s.x);
      ext.right = Math.max(ext.right, s.x);
      ext.top = Math.min(ext.top, s.y);
      ext.bottom = Math.max(ext.bottom, s.y);
    };
    const sphere = (centre: any, radius: number) => {
      const toCentre = centre.clone().sub(camera.position);
      const d = toCentre.length();
      const a = Math.asin(Math.min(1, radius / d));
      const view = toCentre.normalize();
      const right = new V().setFromMatrixColumn(camera.matrixWorld, 0);
      const up = new V().setFromMatrixColumn(camera.matrixWorld, 1);
      for (const u of [right, up, right.clone().negate(), up.clone().negate()]) {
        const side = u.clone().addScaledVector(view, -u.dot(view)).normalize();
        const dir = view.clone().multiplyScalar(Math.cos(a)).addScaledVector(side, Math.sin(a));
        add(camera.position.clone().addScaledVector(dir, d * Math.cos(a)));
      }
    };
    const boxes = (root: any, only?: (m: any) => boolean) => {
      root.updateMatrixWorld(true);
      root.traverse((m: any) => {
        if (!m.isMesh || (only && !only(m))) return;
        if (!m.geometry.boundingBox) m.geometry.computeBoundingBox();
        const b = m.geometry.boundingBox;
        for (const x of [b.min.x, b.max.x]) for (const y of [b.min.y, b.max.y]) for (const z of [b.min.z, b.max.z]) add(new V(x, y, z).applyMatrix4(m.matrixWorld));
      });
    };
    const view = (window as any).__layoutView as string;
    if (view === 'earth') sphere(new V(0, 0, 0), 6378.137);
    else if (view === 'moon') sphere(scene.getObjectByName('moon').getWorldPosition(new V()), 1737.4);
    else if (view === 'iss') boxes(scene.getObjectByName('iss-station'), (m) => m.name.startsWith('hit-'));
    else if (view === 'craft') boxes(scene.getObjectByName('historic-craft'), (m) => m.visible);
    ext.width = ext.right - ext.left;
    ext.height = ext.bottom - ext.top;
    const c = toScreen(controls.target);
    return { kind: view, centre: { x: c.x, y: c.y }, extent: ext };
    /* eslint-enable @typescript-eslint/no-explicit-any */
  });
}

/** The step's subject is whole on the screen and above the band (1 px of rounding allowed). */
async function expectSubjectAboveBand(p: Page, size: Size, n: number, label: string): Promise<void> {
  const kind = WAYPOINTS[n - 1].camera.kind;
  await p.evaluate((k) => ((window as unknown as { __layoutView: string }).__layoutView = k), kind);
  const s = await subjectOnScreen(p);
  const top = await bandTop(p);
  const header = size.phone ? (await box(p, 'header.title'))!.bottom : 0;
  const where = `${label}: ${JSON.stringify({ centre: s.centre, extent: s.extent, bandTop: top })}`;
  console.log(`subject ${where}`);
  // The centre in the free area, about midway between what lies above it and the band.
  expect.soft(s.centre.y, where).toBeLessThan(top);
  expect.soft(s.centre.y, where).toBeGreaterThan(header);
  expect.soft(Math.abs(s.centre.x - size.width / 2), where).toBeLessThan(size.width * 0.05);
  expect.soft(Math.abs(s.centre.y - (header + top) / 2), where).toBeLessThan((top - header) * 0.1);
  // The whole of it on the screen and above the band.
  expect.soft(s.extent.left, where).toBeGreaterThanOrEqual(-1);
  expect.soft(s.extent.right, where).toBeLessThanOrEqual(size.width + 1);
  expect.soft(s.extent.top, where).toBeGreaterThanOrEqual(-1);
  expect.soft(s.extent.bottom, where).toBeLessThanOrEqual(top + 1);
}

/** No shown readout lies over the middle third of the view (horizontally and vertically). */
async function expectReadoutsClearOfMiddle(p: Page, size: Size, label: string): Promise<void> {
  const hud = await box(p, '.hud');
  const overlaps = (b: Box) =>
    b.left < (2 * size.width) / 3 && b.right > size.width / 3 && b.top < (2 * size.height) / 3 && b.bottom > size.height / 3;
  expect.soft(hud && overlaps(hud), `${label}: readouts ${JSON.stringify(hud)}`).toBeFalsy();
}

async function expectBandLow(p: Page, size: Size, label: string): Promise<void> {
  const top = await bandTop(p);
  expect.soft(top / size.height, `${label}: band top at ${top} px of ${size.height}`).toBeGreaterThanOrEqual(size.minBandTop);
}

for (const size of SIZES) describe(`at ${size.name}`, () => {
  it(
    'the band stays low (steps, about, folded), the subjects are framed above it, the readouts keep clear; screenshots',
    async () => {
      const p = await open(size, `?tour=common-orbit&step=${STEP.earth}&pace=100&lang=en`);
      await goToStep(p, STEP.earth);
      for (const n of [STEP.earth, STEP.iss, STEP.moon, STEP.astp]) {
        await goToStep(p, n);
        const label = `${size.name} step ${n} (${WAYPOINTS[n - 1].camera.kind})`;
        await expectBandLow(p, size, label);
        await expectSubjectAboveBand(p, size, n, label);
        await expectReadoutsClearOfMiddle(p, size, label);
      }

      // The step list and "about this step" open inside the band: it does not grow over the view.
      for (const sheet of ['steps', 'about']) {
        await p.getByTestId(`tour-${sheet}-toggle`).click();
        await expect.poll(() => box(p, `[data-testid="tour-${sheet}"]`), POLL).not.toBeNull();
        await expectBandLow(p, size, `${size.name} with ${sheet} open`);
        if (sheet === 'steps') await p.screenshot({ path: `${DIR}/${size.name}-steps-open.png` });
        await p.getByTestId(`tour-${sheet}-toggle`).click();
        expect(await box(p, `[data-testid="tour-${sheet}"]`)).toBeNull();
      }

      // Folded to one line, and still folded at the next step; the subject moves to the middle of the larger free area.
      const unfolded = await bandTop(p);
      await p.getByTestId('tour-collapse').click();
      await expect.poll(() => bandTop(p), POLL).toBeGreaterThan(unfolded);
      const folded = (await box(p, '[data-testid="tour-panel"]'))!;
      expect(folded.height, `folded band ${JSON.stringify(folded)}`).toBeLessThan(size.phone ? 80 : 64);
      await expectBandLow(p, size, `${size.name} folded`);
      await goToStep(p, STEP.astp + 1);
      expect(await p.getByTestId('tour-collapse').getAttribute('aria-expanded')).toBe('false');
      await expectSubjectAboveBand(p, size, STEP.astp + 1, `${size.name} folded, step ${STEP.astp + 1}`);
      await p.screenshot({ path: `${DIR}/${size.name}-folded.png` });
      await p.getByTestId('tour-collapse').click();
      await expect.poll(() => bandTop(p), POLL).toBeLessThan(folded.top);

      for (const lang of LANGS) {
        if (lang !== 'en') await p.getByTestId('language').selectOption(lang);
        for (const n of SCREENSHOT_STEPS) {
          await goToStep(p, n);
          await expect.poll(async () => SCRIPT[lang].test((await p.getByTestId('tour-caption').textContent()) ?? ''), POLL).toBe(true);
          await settle(p);
          await expectBandLow(p, size, `${size.name} ${lang} step ${n}`);
          await p.screenshot({ path: `${DIR}/${size.name}-${lang}-step${String(n).padStart(2, '0')}-${WAYPOINTS[n - 1].id}.png` });
        }
      }
      expect(errors).toEqual([]);
    },
    600_000,
  );
});

/** The controls along the phone's top and bottom: the header's, the view buttons, the clock's. */
async function headerControls(p: Page): Promise<Array<{ what: string } & Box>> {
  return p.evaluate(() => {
    const sel = [
      'header.title h1',
      'header.title > p',
      'header.title .header-tools button',
      'header.title .header-tools select',
      'header.title .header-tools summary',
      '.view-switch button',
      '.time-controls button',
      '.time-controls select',
      '.time-controls input',
    ];
    return [...document.querySelectorAll<HTMLElement>(sel.join(','))]
      .map((el) => {
        const r = el.getBoundingClientRect();
        const what = el.dataset.testid ?? `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 20)}`;
        return { what, left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
      })
      .filter((b) => b.width > 0 && b.height > 0);
  });
}

const overlap = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

describe('the explorer on a desktop screen (1280×720)', () => {
  for (const lang of LANGS) {
    it(`no two panels or controls overlap, however the language wraps them (${lang})`, async () => {
      const p = await open(SIZES[0], `?t=2026-09-17T12:00:00Z&rate=0&lang=${lang}`);
      await expect.poll(async () => SCRIPT[lang].test((await p.locator('header.title').textContent()) ?? '') || lang === 'en', POLL).toBe(true);
      const panels = await p.evaluate(() =>
        ['header.title', '.hud', '.view-switch', '.time-controls', '.tle-panel', '.lunar-layers', '.parts-panel']
          .map((sel) => [sel, document.querySelector(sel)?.getBoundingClientRect()] as const)
          .filter((e): e is readonly [string, DOMRect] => !!e[1] && e[1].width > 0 && e[1].height > 0)
          .map(([what, r]) => ({ what, left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height })),
      );
      expect(panels.length).toBeGreaterThanOrEqual(5);
      const pairs: string[] = [];
      panels.forEach((a, i) => panels.slice(i + 1).forEach((b) => overlap(a, b) && pairs.push(`${a.what} × ${b.what}`)));
      expect(pairs).toEqual([]);
      await p.screenshot({ path: `${DIR}/1280x720-explorer-${lang}.png` });
    });
  }
});

describe('on a phone (390×844, touch)', () => {
  const phone = SIZES[2];
  for (const lang of LANGS) {
    it(`the header controls do not overlap and are 44 px tall; the readouts fold to one line (${lang})`, async () => {
      const p = await open(phone, `?t=2026-09-17T12:00:00Z&rate=0&lang=${lang}`);
      await expect.poll(async () => SCRIPT[lang].test((await p.locator('header.title').textContent()) ?? '') || lang === 'en', POLL).toBe(true);
      const controls = await headerControls(p);
      expect(controls.length).toBeGreaterThan(10);
      for (const c of controls) {
        if (c.what.startsWith('h1') || c.what.startsWith('p ')) continue;
        expect.soft(c.height, `${c.what} ${JSON.stringify(c)}`).toBeGreaterThanOrEqual(44);
        expect.soft(c.left, c.what).toBeGreaterThanOrEqual(0);
        expect.soft(c.right, c.what).toBeLessThanOrEqual(phone.width);
      }
      const pairs: string[] = [];
      controls.forEach((a, i) => controls.slice(i + 1).forEach((b) => overlap(a, b) && pairs.push(`${a.what} × ${b.what}`)));
      expect(pairs).toEqual([]);

      // The readouts: one line, opened on demand over the view, folded again.
      const fold = p.getByTestId('hud-fold');
      expect(await fold.getAttribute('aria-expanded')).toBe('false');
      const line = (await box(p, '.hud'))!;
      expect(line.height, JSON.stringify(line)).toBeLessThanOrEqual(60);
      expect(await p.getByTestId('iss-lat').isVisible()).toBe(false);
      await fold.click();
      await expect.poll(() => p.getByTestId('iss-lat').isVisible(), POLL).toBe(true);
      expect(await fold.getAttribute('aria-expanded')).toBe('true');
      await p.screenshot({ path: `${DIR}/phone-explorer-readouts-${lang}.png` });
      await fold.click();
      await expect.poll(() => p.getByTestId('iss-lat').isVisible(), POLL).toBe(false);
      await p.screenshot({ path: `${DIR}/phone-explorer-${lang}.png` });
      expect(errors).toEqual([]);
    });
  }

  it('the ISS close-up outside the tour fits the station across the screen', async () => {
    const p = await open(phone, `?t=2025-09-01T12:00:00Z&rate=0&view=iss`);
    await p.waitForFunction(() => {
      const o = (window as unknown as { __commonOrbit?: { three: () => any } }).__commonOrbit; // eslint-disable-line @typescript-eslint/no-explicit-any
      return !!o?.three().scene.getObjectByName('iss-station')?.visible;
    }, null, { timeout: 90_000 });
    await p.waitForTimeout(500);
    await settle(p);
    await p.evaluate(() => ((window as unknown as { __layoutView: string }).__layoutView = 'iss'));
    const s = await subjectOnScreen(p);
    const top = (await box(p, '.view-switch'))!.bottom;
    const bottom = (await box(p, '.hud'))!.top;
    const where = JSON.stringify({ s, top, bottom });
    console.log(`phone ISS view: ${where}`);
    expect.soft(s.extent.left, where).toBeGreaterThanOrEqual(-1);
    expect.soft(s.extent.right, where).toBeLessThanOrEqual(phone.width + 1);
    expect.soft(s.centre.y, where).toBeGreaterThan(top);
    expect.soft(s.centre.y, where).toBeLessThan(bottom);
    await p.screenshot({ path: `${DIR}/phone-explorer-iss.png` });
    expect(errors).toEqual([]);
  });
});
