import { create } from 'zustand';

/** Camera views: the globe, the station close-up, the whole Moon, and the south-pole close-up. */
export const VIEWS = ['earth', 'iss', 'moon', 'shackleton'] as const;
export type View = (typeof VIEWS)[number];

export function isView(v: string): v is View {
  return (VIEWS as readonly string[]).includes(v);
}

interface ViewState {
  view: View;
  /** Cut instead of flying (prefers-reduced-motion, tests). */
  reducedMotion: boolean;
}

const prefersReducedMotion = () =>
  typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

export const useView = create<ViewState>(() => ({ view: 'earth', reducedMotion: prefersReducedMotion() }));

export const viewActions = {
  setView(view: View) {
    useView.setState({ view });
  },
};
