import { useEffect, useRef, useState } from 'react';
import type { PassPrediction } from '../../astro/passPrediction';
import type { ObserverSite } from '../../astro/passes';
import type { Tle } from '../../astro/tle';
import { simNowMs, useClock } from '../../state/clock';
import { elementsFor, useElements, type TleSource } from '../../state/elements';
import { computePasses, passRequestKey, windowStartMs, type PassRequest } from './passRequest';
import type { PassWorkerReply, PassWorkerRequest } from './passWorker';

/** A finished prediction and what it was made from. */
export interface PassResult {
  key: string;
  request: PassRequest;
  tle: Tle;
  source: TleSource;
  passes: PassPrediction[];
}

export interface PassPredictionState {
  /** The last finished prediction; kept while the next one runs and when one fails. */
  result: PassResult | null;
  /** A prediction for other inputs is running. */
  pending: boolean;
  /** The last prediction failed (an SGP4 or worker error, in English: it is a bug report, not user input). */
  error: string | null;
}

/** How often the simulated clock is looked at (a new 10-minute window, a jump in time). */
const CHECK_MS = 1000;

type Run = (request: PassRequest) => Promise<PassPrediction[]>;

/** On the main thread, after the current task: once per change of inputs, where no worker is to be had. */
const runHere: Run = (request) =>
  new Promise((resolve, reject) =>
    setTimeout(() => {
      try {
        resolve(computePasses(request));
      } catch (e) {
        reject(e as Error);
      }
    }),
  );

/**
 * A worker for the panel's lifetime (made when it opens, so that its script is fetched then, not when the
 * network may be gone), or the main thread where workers are unavailable or the worker fails.
 */
function passRunner(): { run: Run; dispose: () => void } {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./passWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return { run: runHere, dispose: () => undefined };
  }
  const w = worker;
  let broken = false;
  let nextId = 0;
  const waiting = new Map<number, { request: PassRequest; resolve: (p: PassPrediction[]) => void; reject: (e: Error) => void }>();
  w.onmessage = (e: MessageEvent<PassWorkerReply>) => {
    const entry = waiting.get(e.data.id);
    if (!entry) return;
    waiting.delete(e.data.id);
    if ('error' in e.data) entry.reject(new Error(e.data.error));
    else entry.resolve(e.data.passes);
  };
  // The worker's script did not load or it crashed: what it was asked is done here, and all that follows.
  w.onerror = () => {
    broken = true;
    waiting.forEach((entry) => runHere(entry.request).then(entry.resolve, entry.reject));
    waiting.clear();
  };
  return {
    run: (request) => {
      if (broken) return runHere(request);
      return new Promise((resolve, reject) => {
        const id = ++nextId;
        waiting.set(id, { request, resolve, reject });
        w.postMessage({ id, request } satisfies PassWorkerRequest);
      });
    },
    dispose: () => {
      w.terminate();
      waiting.clear();
    },
  };
}

/**
 * The passes over `site` for `days` from the simulated instant (its 10-minute window, passRequest.ts), with the
 * element set the scene flies then (elementsFor). Predicted in a worker when the place, the length, the
 * window or the elements change, never per render; the previous result stays on screen meanwhile.
 */
export function usePassPredictions(site: ObserverSite | null, days: number): PassPredictionState {
  const [state, setState] = useState<PassPredictionState>({ result: null, pending: false, error: null });
  const runner = useRef<ReturnType<typeof passRunner> | null>(null);
  useEffect(() => {
    const made = passRunner();
    runner.current = made;
    return () => {
      made.dispose();
      runner.current = null;
    };
  }, []);
  const latDeg = site?.latDeg;
  const lonDeg = site?.lonDeg;
  const heightKm = site?.heightKm;

  useEffect(() => {
    if (latDeg === undefined || lonDeg === undefined || heightKm === undefined) return;
    let asked = '';
    let cancelled = false;
    const update = () => {
      const startMs = windowStartMs(simNowMs());
      const chosen = elementsFor(startMs);
      if (!chosen) return;
      const request: PassRequest = { line1: chosen.tle.line1, line2: chosen.tle.line2, site: { latDeg, lonDeg, heightKm }, startMs, days };
      const key = passRequestKey(request);
      if (key === asked) return;
      asked = key;
      setState((s) => ({ ...s, pending: true }));
      // The runner's effect is declared first, so it has run (and StrictMode remounts it first too).
      (runner.current?.run ?? runHere)(request).then(
        (passes) => {
          if (cancelled || asked !== key) return;
          setState({ result: { key, request, tle: chosen.tle, source: chosen.source, passes }, pending: false, error: null });
        },
        (e: Error) => {
          if (cancelled || asked !== key) return;
          setState((s) => ({ ...s, pending: false, error: e.message }));
        },
      );
    };
    update();
    const timer = window.setInterval(update, CHECK_MS);
    const unsubscribers = [useClock.subscribe(update), useElements.subscribe((s, prev) => s.all !== prev.all || s.override !== prev.override ? update() : undefined)];
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      unsubscribers.forEach((u) => u());
    };
  }, [latDeg, lonDeg, heightKm, days]);

  return state;
}
