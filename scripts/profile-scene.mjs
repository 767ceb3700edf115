// Dev aid: which parts of a view cost the most. Serves dist/, opens ?view=…, then times frames (as the
// benchmark does) with each top-level scene object hidden in turn. Usage: node scripts/profile-scene.mjs [query]
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
    const cost = (n = 15) => {
      const t = [];
      for (let i = 0; i < n + 2; i++) {
        const t0 = performance.now();
        state.advance(t0);
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
        if (i >= 2) t.push(performance.now() - t0);
      }
      t.sort((a, b) => a - b);
      return Math.round(t[t.length >> 1] * 10) / 10;
    };
    const out = { all: cost(), calls: state.gl.info.render.calls };
    const objects = [];
    state.scene.traverse((o) => {
      if ((o.isMesh || o.isPoints || o.isLine) && o.visible) objects.push(o);
    });
    for (const o of objects) {
      o.visible = false;
      const name = `${o.type}:${o.name || o.parent?.name || o.parent?.parent?.name || '?'}:${o.material?.type ?? ''}:${o.material?.visible}:${objects.indexOf(o)}`;
      out[name] = cost(15);
      o.visible = true;
    }
    state.scene.traverse((o) => o.isMesh && (o.visible = false));
    out.noMeshes = cost(8);
    return out;
  });
  console.log(JSON.stringify(report, null, 1));
} finally {
  await browser.close();
  await server.close();
}
