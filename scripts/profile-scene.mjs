// Dev aid: which parts of a view cost the most. Serves dist/, opens ?view=…, then times frames (as the
// benchmark does) with each drawn scene object shown and hidden in alternating blocks, so machine drift
// cancels; prints each object's share of the frame cost in ms. Usage: node scripts/profile-scene.mjs [query]
/* global window */
import { launchChromium } from './chromium.mjs';
import { pauseLoop, timeFrames } from './frame-timing.mjs';
import { startStaticServer } from './static-server.mjs';

const ROUNDS = 4;
const BLOCK = 5;
const query = process.argv[2] ?? '?t=2026-09-17T12:00:00Z&rate=60';
const median = (t) => [...t].sort((a, b) => a - b)[t.length >> 1];
const round = (x) => Math.round(x * 10) / 10;

const server = await startStaticServer('dist');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  await page.goto(`${server.url}${query}`);
  await page.waitForFunction(() => (window.__commonOrbit?.frame.frameCount ?? 0) > 3, null, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(8000);
  await page.evaluate(pauseLoop);
  // The drawn objects, kept in the page; described here by index, type, name and material.
  const names = await page.evaluate(() => {
    const objects = [];
    window.__commonOrbit.three().scene.traverse((o) => {
      if ((o.isMesh || o.isPoints || o.isLine) && o.visible && o.material?.visible !== false) objects.push(o);
    });
    window.__profiled = objects;
    return objects.map((o, i) => `${i}:${o.type}:${o.name || o.parent?.name || o.parent?.parent?.name || '?'}:${o.material?.type ?? ''}`);
  });
  const setVisible = (indices, visible) =>
    page.evaluate(([indices, visible]) => indices.forEach((i) => (window.__profiled[i].visible = visible)), [indices, visible]);
  /** Frame cost with the objects shown minus with them hidden, timed in alternating blocks. */
  const share = async (indices) => {
    const shown = [];
    const hidden = [];
    await page.evaluate(timeFrames, 2);
    for (let r = 0; r < ROUNDS; r++) {
      shown.push(...(await page.evaluate(timeFrames, BLOCK)));
      await setVisible(indices, false);
      hidden.push(...(await page.evaluate(timeFrames, BLOCK)));
      await setVisible(indices, true);
    }
    return { shownMs: round(median(shown)), shareMs: round(median(shown) - median(hidden)) };
  };
  const report = { all: await share(names.map((_, i) => i)) };
  for (const [i, name] of names.entries()) report[name] = await share([i]);
  console.log(JSON.stringify(report, null, 1));
} finally {
  await browser.close();
  await server.close();
}
