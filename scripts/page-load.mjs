// What a page costs the machine it runs on, as the soak and the kiosk benchmark measure it: the main
// thread's busy share (CDP Performance metrics: TaskDuration over wall time) and the page's frame rate
// (requestAnimationFrame ticks) over the same window.
/* global requestAnimationFrame */

/** Runs in the page: counts animation frames for `windowMs` (the page's own frame rate, overlays included). */
export function countFrames(windowMs) {
  return new Promise((done) => {
    let frames = 0;
    let t0 = null;
    const tick = (t) => {
      if (t0 === null) t0 = t;
      else frames++;
      if (t - t0 < windowMs) requestAnimationFrame(tick);
      else done({ frames, ms: t - t0 });
    };
    requestAnimationFrame(tick);
  });
}

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { task: get('TaskDuration'), at: get('Timestamp') };
}

/**
 * Main-thread busy % and frames per second of `page` over `windowMs`. `cdp` is a CDP session on the page
 * (context.newCDPSession(page)); Performance.enable is sent here once per session.
 */
export async function measurePageLoad(page, cdp, windowMs) {
  if (!cdp.__performanceEnabled) {
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    cdp.__performanceEnabled = true;
  }
  const before = await taskSeconds(cdp);
  const { frames, ms } = await page.evaluate(countFrames, windowMs);
  const after = await taskSeconds(cdp);
  const wallS = after.at - before.at;
  return {
    busyPct: +((100 * (after.task - before.task)) / wallS).toFixed(1),
    fps: +((1000 * frames) / ms).toFixed(2),
  };
}
