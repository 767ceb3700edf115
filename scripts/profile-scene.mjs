// Dev aid: which parts of a view cost the most. Serves dist/, opens ?view=…, then times frames (as the
// benchmark does) with each drawn scene object shown and hidden in alternating blocks, so machine drift
// cancels; prints each object's share of the frame cost in ms. Usage: node scripts/profile-scene.mjs [query]
/* global window, performance */
import { launchChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const query = process.argv[2] ?? '?t=2026-09-17T12:00:00Z&rate=60';
const server = await startStaticServer('dist');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  await page.goto(`${server.url}${query}`);
  await page.waitForFunction(() => (window.__commonOrbit?.frame.frameCount ?? 0) > 3, null, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(8000);
  const report = await page.evaluate(() => {
    const state = window.__commonOrbit.three();
    const gl = state.gl.getContext();
    const pixel = new Uint8Array(4);
    state.setFrameloop('never');
    const block = (n) => {
      const t = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        state.advance(t0);
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
        t.push(performance.now() - t0);
      }
      return t;
    };
    const median = (t) => [...t].sort((a, b) => a - b)[t.length >> 1];
    const round = (x) => Math.round(x * 10) / 10;
    /** Frame cost with the objects shown minus with them hidden, timed in alternating blocks. */
    const share = (objects, rounds = 4, n = 5) => {
      const shown = [];
      const hidden = [];
      block(2);
      for (let r = 0; r < rounds; r++) {
        shown.push(...block(n));
        objects.forEach((o) => (o.visible = false));
        hidden.push(...block(n));
        objects.forEach((o) => (o.visible = true));
      }
      return { shownMs: round(median(shown)), shareMs: round(median(shown) - median(hidden)) };
    };
    const objects = [];
    state.scene.traverse((o) => {
      if ((o.isMesh || o.isPoints || o.isLine) && o.visible && o.material?.visible !== false) objects.push(o);
    });
    const out = { calls: state.gl.info.render.calls, all: share(objects) };
    objects.forEach((o, i) => {
      const name = `${i}:${o.type}:${o.name || o.parent?.name || o.parent?.parent?.name || '?'}:${o.material?.type ?? ''}`;
      out[name] = { ...share([o]), triangles: (o.geometry.index?.count ?? o.geometry.attributes.position.count) / 3 };
    });
    return out;
  });
  console.log(JSON.stringify(report, null, 1));
} finally {
  await browser.close();
  await server.close();
}
