import { create } from 'zustand';

/**
 * The part of the viewport the panels leave free for the view's subject: the overlays that lie across the
 * middle of the screen (the tour's caption band; on a phone the header and the bottom bar) say how far they
 * reach in from the top and from the bottom, in CSS px. The camera rig frames the subject in what is left
 * (scene/viewFraming.ts). Changes only when a panel is laid out anew (a step's caption, a folded band, a
 * resize), never per frame.
 */
interface FramingState {
  /** From the top of the viewport to the lowest bottom edge of the panels along the top, CSS px. */
  topPx: number;
  /** From the bottom of the viewport to the highest top edge of the panels along the bottom, CSS px. */
  bottomPx: number;
}

export const useFraming = create<FramingState>(() => ({ topPx: 0, bottomPx: 0 }));

export const framingActions = {
  set(topPx: number, bottomPx: number) {
    const s = useFraming.getState();
    if (s.topPx !== topPx || s.bottomPx !== bottomPx) useFraming.setState({ topPx, bottomPx });
  },
};
