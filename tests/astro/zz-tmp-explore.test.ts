import { it } from 'vitest';
import { predictPasses } from '../../src/astro/passPrediction';
import { satrecFromLines } from '../../src/astro/sgp4';
import { PASS_SITES, PASS_WINDOW_START_UTC } from './fixtures/iss-passes-reference';
import { ISS_TLE_2026_09_16 } from './fixtures/iss-tles';
it('explore', () => {
  const satrec = satrecFromLines(ISS_TLE_2026_09_16.line1, ISS_TLE_2026_09_16.line2);
  for (const site of PASS_SITES) {
    const obs = { latDeg: site.latDeg, lonDeg: site.lonDeg, heightKm: site.heightM / 1000 };
    const t0 = performance.now();
    const preds = predictPasses(satrec, obs, Date.parse(PASS_WINDOW_START_UTC));
    console.log(site.name, preds.length, site.passes.length, (performance.now() - t0).toFixed(1), 'ms');
    for (const p of preds) {
      const iso = (t: number | null) => (t === null ? '-' : new Date(t).toISOString().slice(11, 19));
      console.log(iso(p.riseMs), iso(p.maxMs), iso(p.setMs), p.maxElevationDeg.toFixed(2), p.visible, p.sunlitAtMax, 'n', p.track.timesMs.length,
        'entry', iso(p.shadowEntryMs), 'exit', iso(p.shadowExitMs), 'mag', p.brightest?.magnitude.toFixed(2), p.brightest?.phaseAngleDeg.toFixed(0), p.brightest?.rangeKm.toFixed(0));
    }
  }
});
