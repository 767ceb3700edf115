import { create } from 'zustand';
import { createPlayer, reduce, type PlayerEvent, type PlayerState } from '../../tour/player';
import type { Tour } from '../../tour/schema';

const MUTE_KEY = 'common-orbit.muted';

function rememberedMute(): boolean {
  try {
    return localStorage.getItem(MUTE_KEY) === '1';
  } catch {
    return false;
  }
}

interface TourState {
  tour: Tour | null;
  player: PlayerState | null;
  muted: boolean;
  /** Multiplies reading times (tests and demos run tours faster: `?pace=0.05`). */
  pace: number;
}

/** `?pace=` in an address: the factor on reading times (tests and demos run tours faster), else 1. */
export function paceFromSearch(search: string): number {
  const pace = Number(new URLSearchParams(search).get('pace'));
  return Number.isFinite(pace) && pace > 0 ? pace : 1;
}

/** The running tour: the pure player state machine (src/tour/player.ts) plus what the UI needs. */
export const useTour = create<TourState>(() => ({ tour: null, player: null, muted: rememberedMute(), pace: 1 }));

export const tourActions = {
  start(tour: Tour, step = 0, options: { pace?: number; reducedMotion?: boolean } = {}) {
    const player = createPlayer({ tourId: tour.id, stepCount: tour.waypoints.length, reducedMotion: options.reducedMotion });
    useTour.setState({ tour, player: reduce(player, { type: 'start', step }), pace: options.pace ?? useTour.getState().pace });
  },
  dispatch(event: PlayerEvent) {
    const { player } = useTour.getState();
    if (player) useTour.setState({ player: reduce(player, event) });
  },
  /** Reading-time multiplier for the steps from now on (the soak runs the kiosk fast, then at pace 1). */
  setPace(pace: number) {
    if (Number.isFinite(pace) && pace > 0) useTour.setState({ pace });
  },
  exit() {
    useTour.setState({ tour: null, player: null });
  },
  setMuted(muted: boolean) {
    useTour.setState({ muted });
    try {
      localStorage.setItem(MUTE_KEY, muted ? '1' : '0');
    } catch {
      // not remembered
    }
  },
};
