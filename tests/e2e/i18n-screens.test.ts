import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';

/*
 * Everything on a Russian or Japanese screen is in that language: the explorer's views (with their panels
 * opened) and every step of the tour show no run of two English words, except proper names on the allowlist
 * (tests/unit/english-allowlist.json: vehicle names and the like, written in Latin letters in Russian and
 * Japanese press too). Text is what the page renders (innerText: hidden elements excluded; closed panels are
 * opened first), plus placeholders. Text marked as another language (`lang="en"`: a source's title, quoted as
 * published) is left out.
 */

const ALLOW: string[] = JSON.parse(readFileSync('tests/unit/english-allowlist.json', 'utf8')).names;
const STEPS: number = JSON.parse(readFileSync('src/content/tours/common-orbit.json', 'utf8')).waypoints.length;
/** Two Latin words in a row (letters, digits and hyphens inside a word). */
const ENGLISH_RUN = /[A-Za-z][A-Za-z'’-]*[A-Za-z](?:[ \u00a0]+[A-Za-z][A-Za-z'’-]*[A-Za-z])+/g;
const OBSERVER = '55.7558,37.6173';
type Hook = { __commonOrbit?: { frame: { frameCount: number } } };

/** The English runs left in `text` once the allowlisted names are taken out. */
function englishRuns(text: string): string[] {
  let rest = text;
  for (const name of [...ALLOW].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  return [...rest.matchAll(ENGLISH_RUN)].map((m) => m[0]);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(query: string, viewport = { width: 1280, height: 720 }): Promise<Page> {
  const page = await browser.newPage({ viewport, serviceWorkers: 'block' });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${inject('baseUrl')}${query}`);
  await page.waitForFunction(() => ((window as unknown as Hook).__commonOrbit?.frame.frameCount ?? 0) > 1, null, {
    timeout: 60_000,
  });
  return page;
}

/** Opens every closed <details> (About, orbital elements, parts, sources) so their text is on screen too. */
async function screenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    const page = document.documentElement.lang;
    const quoted = [...document.body.querySelectorAll<HTMLElement>('[lang]')].filter((e) => e.lang !== page && e.style.display !== 'none');
    quoted.forEach((e) => (e.style.display = 'none'));
    const placeholders = [...document.querySelectorAll<HTMLInputElement>('input[placeholder]')].map((i) => i.placeholder);
    const text = [document.body.innerText, ...placeholders].join('\n');
    quoted.forEach((e) => (e.style.display = ''));
    return text;
  });
}

describe.each(['ru', 'ja'] as const)('no English on %s screens', (lang) => {
  let found = new Map<string, string[]>();
  beforeEach(() => {
    found = new Map();
  });
  const record = (where: string, text: string) => {
    const runs = englishRuns(text);
    if (runs.length) found.set(where, [...new Set(runs)]);
  };

  it('the explorer views and their panels', async () => {
    const t = 't=2026-09-17T12:00:00Z&rate=0';
    for (const [where, query] of [
      ['earth', `?${t}&lang=${lang}`],
      ['iss', `?${t}&view=iss&lang=${lang}`],
      ['moon', `?${t}&view=moon&lang=${lang}`],
      ['shackleton', `?${t}&view=shackleton&lang=${lang}`],
      ['passes', `?${t}&passes=1&observer=${OBSERVER}&lang=${lang}`],
      ['bad-input', `?t=yesterday&rate=fast&view=mars&lang=${lang}`],
      ['questions', `?${t}&faq=1&lang=${lang}`],
    ]) {
      const page = await open(query);
      await page.waitForTimeout(1500);
      if (where === 'passes') await page.waitForSelector('[data-testid="pass"]', { timeout: 60_000 });
      record(where, await screenText(page));
      await page.close();
    }
    expect(Object.fromEntries(found)).toEqual({});
  });

  it('every tour step', async () => {
    const page = await open(`?tour=common-orbit&step=1&lang=${lang}&pace=100`);
    await page.click('[data-testid="tour-play-pause"]');
    for (let step = 1; step <= STEPS; step++) {
      await page.waitForFunction((n) => document.querySelector('[data-testid="tour"]')?.getAttribute('data-step') === String(n), step, {
        timeout: 30_000,
      });
      await page.waitForTimeout(300);
      record(`step ${step}`, await screenText(page));
      await page.click('[data-testid="tour-about-toggle"]');
      record(`step ${step}, about`, await screenText(page));
      await page.click('[data-testid="tour-about-toggle"]');
      if (step < STEPS) await page.click('[data-testid="tour-next"]');
    }
    await page.close();
    expect(Object.fromEntries(found)).toEqual({});
  });
});
