import { create } from 'zustand';

/**
 * The one simulation clock. Simulated time runs linearly from an anchor:
 *   simMs = anchorSimMs + (realMs − anchorRealMs) · rate
 * `rate` is simulated seconds per real second (negative runs backwards, 0 pauses).
 * `live` means the clock follows the wall clock (rate 1, anchored to now).
 * Read it per frame with `simNowMs()`; change it only through the actions.
 */
export interface ClockState {
  anchorSimMs: number;
  anchorRealMs: number;
  rate: number;
  live: boolean;
  /** Rate to resume at after a pause. */
  resumeRate: number;
}

export const RATES = [-10000, -1000, -100, -10, -1, 1, 10, 100, 1000, 10000] as const;

const realNow = () => performance.now();

export const useClock = create<ClockState>(() => ({
  anchorSimMs: Date.now(),
  anchorRealMs: realNow(),
  rate: 1,
  live: true,
  resumeRate: 1,
}));

export function simNowMs(realMs = realNow()): number {
  const c = useClock.getState();
  return c.anchorSimMs + (realMs - c.anchorRealMs) * c.rate;
}

export const clockActions = {
  setTime(simMs: number) {
    useClock.setState({ anchorSimMs: simMs, anchorRealMs: realNow(), live: false });
  },
  setRate(rate: number) {
    const now = realNow();
    const c = useClock.getState();
    useClock.setState({
      anchorSimMs: simNowMs(now),
      anchorRealMs: now,
      rate,
      live: c.live && rate === 1,
      resumeRate: rate === 0 ? c.resumeRate : rate,
    });
  },
  pause() {
    clockActions.setRate(0);
  },
  play() {
    clockActions.setRate(useClock.getState().resumeRate || 1);
  },
  goLive() {
    useClock.setState({ anchorSimMs: Date.now(), anchorRealMs: realNow(), rate: 1, live: true, resumeRate: 1 });
  },
};
