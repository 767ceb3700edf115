import { create } from 'zustand';

/** Camera views a URL can name: the globe, the station close-up, the whole Moon, the south-pole close-up. */
export const VIEWS = ['earth', 'iss', 'moon', 'shackleton'] as const;
export type View = (typeof VIEWS)[number];
/** Views a tour step can also ask for: above a site on the ground; close to the earlier craft it shows. */
export type AnyView = View | 'ground' | 'craft';

export function isView(v: string): v is View {
  return (VIEWS as readonly string[]).includes(v);
}

interface ViewState {
  view: AnyView;
  /** For the 'ground' view: the site, geodetic degrees. */
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
  setView(view: AnyView, site: ViewState['site'] = null): number {
    const flightSeq = useView.getState().flightSeq + 1;
    useView.setState({ view, site, flightSeq });
    return flightSeq;
  },
  arrived(seq: number) {
    if (useView.getState().arrivedSeq !== seq) useView.setState({ arrivedSeq: seq });
  },
};
