import { useEffect, useState } from 'react';
import { nextVisiblePass, type ObserverSite, type SatellitePass } from '../astro/passes';
import { satrecFromLines } from '../astro/sgp4';
import type { Tle } from '../astro/tle';
import { elementsFor, useElements } from '../state/elements';
import type { PassRequest } from './passWorker';
import { kioskStats } from './stats';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const CHECK_MS = 60_000;
const HORIZON_DAYS = 10;

/** The forecast is redone for new elements, each hour, and once the pass it shows has set. */
function forecastKey(tle: Tle, nowMs: number, shown: SatellitePass | null | undefined): string {
  const over = shown && shown.setMs < nowMs ? `:after-${shown.setMs}` : '';
  return `${tle.line1}|${tle.line2}|${Math.floor(nowMs / HOUR_MS)}${over}`;
}

let worker: Worker | null | undefined;
function passWorker(): Worker | null {
  if (worker === undefined) {
    try {
      worker = new Worker(new URL('./passWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      worker = null;
    }
  }
  return worker;
}

let nextId = 0;
function forecast(req: Omit<PassRequest, 'id'>): Promise<SatellitePass | null> {
  kioskStats.passForecasts++;
  const w = passWorker();
  // Without workers (an old browser), once an hour on the main thread.
  if (!w) return Promise.resolve(nextVisiblePass(satrecFromLines(req.line1, req.line2), req.site, req.fromMs, req.horizonDays));
  const id = ++nextId;
  return new Promise((resolve) => {
    const onMessage = (e: MessageEvent<{ id: number; pass: SatellitePass | null }>) => {
      if (e.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      resolve(e.data.pass);
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id, ...req } satisfies PassRequest);
  });
}

/**
 * The next visible ISS pass over `site` from real time (visitors want tonight's pass, whatever the tour
 * shows), from the elements nearest today; undefined while the first forecast runs. Computed in a worker
 * once per element set and hour, not per render.
 */
export interface PassForecast {
  pass: SatellitePass | null | undefined;
  /** The elements it was computed from, where they came from, and their age then (days). */
  tle: Tle | null;
  online: boolean;
  ageDays: number;
}

export function usePassForecast(site: ObserverSite): PassForecast {
  const [state, setState] = useState<PassForecast>({ pass: undefined, tle: null, online: false, ageDays: 0 });
  const { latDeg, lonDeg, heightKm } = site;
  useEffect(() => {
    let shown: SatellitePass | null | undefined;
    let key = '';
    let cancelled = false;
    const update = () => {
      const now = Date.now();
      const chosen = elementsFor(now);
      if (!chosen) return;
      const next = forecastKey(chosen.tle, now, shown);
      if (next === key) return;
      key = next;
      const tle = chosen.tle;
      void forecast({ line1: tle.line1, line2: tle.line2, site: { latDeg, lonDeg, heightKm }, fromMs: now, horizonDays: HORIZON_DAYS }).then((pass) => {
        if (cancelled || key !== next) return;
        shown = pass;
        setState({ pass, tle, online: chosen.source === 'online', ageDays: Math.round((now - tle.epochMs) / DAY_MS) });
      });
    };
    update();
    const timer = window.setInterval(update, CHECK_MS);
    const unsubscribe = useElements.subscribe((s, prev) => s.all !== prev.all && update());
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      unsubscribe();
    };
  }, [latDeg, lonDeg, heightKm]);
  return state;
}
