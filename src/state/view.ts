import { create } from 'zustand';
import type { CameraKind } from '../content/vocabulary';

interface ViewState {
  /** Where the camera is or is flying to (src/content/vocabulary.ts: VIEWS, and the tour-only STEP_VIEWS). */
  view: CameraKind;
  /** For the 'ground' view: the site, geodetic degrees; for the 'moon' view, a lunar site to face (selenographic degrees), or null. */
  site: { latDeg: number; lonDeg: number } | null;
  /** Cut instead of flying (prefers-reduced-motion). */
  reducedMotion: boolean;
  /** Each request to go somewhere gets a number; the camera rig reports the last one it reached. */
  flightSeq: number;
  arrivedSeq: number;
}

const prefersReducedMotion = () =>
  typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

export const useView = create<ViewState>(() => ({
  view: 'earth',
  site: null,
  reducedMotion: prefersReducedMotion(),
  flightSeq: 0,
  arrivedSeq: 0,
}));

export const viewActions = {
  setView(view: CameraKind, site: ViewState['site'] = null): number {
    const flightSeq = useView.getState().flightSeq + 1;
    useView.setState({ view, site, flightSeq });
    return flightSeq;
  },
  arrived(seq: number) {
    if (useView.getState().arrivedSeq !== seq) useView.setState({ arrivedSeq: seq });
  },
};
