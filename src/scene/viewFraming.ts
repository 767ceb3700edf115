import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { PerspectiveCamera } from 'three';
import { useFraming } from '../state/framing';
import type { CameraKind } from '../content/vocabulary';

/**
 * How wide each view's subject is at the view's default distance, in units of the screen's height (the views
 * were framed on a landscape screen): a screen narrower than this (a phone held upright) shows more around the
 * subject, so that the whole of it fits across. The Earth and the Moon fill about three quarters of the height
 * (the Earth at 22,000 km: 2 asin(6,378 / 22,000) = 34° of the 45° field). The station close-up is framed on
 * a 16:9 screen's width: its modules and truss, seen obliquely from ahead and to port with the near end larger,
 * span that width about the station's centre (its near arrays reach past it, as on the landscape screen).
 */
const SUBJECT_ASPECT: Partial<Record<CameraKind, number>> = { earth: 0.85, moon: 0.75, iss: 1.8, craft: 1.1, shackleton: 1.4 };
const DEFAULT_SUBJECT_ASPECT = 1;
/** The free area never counts as less than this share of the height (panels that fill a tiny screen). */
const MIN_FREE_FRACTION = 0.25;
/** Time constant of the glide to a new framing when a panel changes size, s. */
const GLIDE_S = 0.25;
const EPSILON = 1e-4;

/**
 * Frames the view's subject in the part of the screen the panels leave free (state/framing.ts): the camera's
 * projection is shifted so that the point it looks at sits in the middle of the free area, and widened so that
 * the view's framing, made for a whole landscape screen, fits that area. Done with the camera's view offset
 * (a window onto a larger virtual screen, three.js PerspectiveCamera.setViewOffset): the virtual screen is the
 * canvas scaled by `scale` and centred on the free area, and the canvas a window onto it.
 */
export function useViewFraming(view: CameraKind, reducedMotion: boolean): void {
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const state = useMemo(() => ({ scale: 1, centreY: 0.5, wantScale: 1, wantCentreY: 0.5, first: true, dirty: true }), []);

  useEffect(() => {
    const aim = () => {
      const { topPx, bottomPx } = useFraming.getState();
      const h = Math.max(1, size.height);
      const free = Math.max(MIN_FREE_FRACTION, (h - topPx - bottomPx) / h);
      const fit = size.width / h / (SUBJECT_ASPECT[view] ?? DEFAULT_SUBJECT_ASPECT);
      state.wantScale = Math.min(1, free, fit);
      state.wantCentreY = Math.min(1, Math.max(0, (topPx + h - bottomPx) / 2 / h));
      state.dirty = true;
      invalidate();
    };
    aim();
    return useFraming.subscribe(aim);
  }, [view, size, state, invalidate]);

  useFrame((_, dt) => {
    if (!(camera instanceof PerspectiveCamera)) return;
    if (!state.dirty && close(state.scale, state.wantScale) && close(state.centreY, state.wantCentreY)) return;
    // A frame on demand can come long after the last one: the glide is timed on at most a 20 Hz step.
    const k = reducedMotion || state.first ? 1 : 1 - Math.exp(-Math.min(dt, 0.05) / GLIDE_S);
    state.scale = glide(state.scale, state.wantScale, k);
    state.centreY = glide(state.centreY, state.wantCentreY, k);
    state.first = false;
    state.dirty = false;
    const s = state.scale;
    const { width: w, height: h } = size;
    // In CSS px: setViewOffset also sets the camera's aspect, from the virtual screen's (= the canvas's).
    if (close(s, 1) && close(state.centreY, 0.5)) camera.clearViewOffset();
    else camera.setViewOffset(s * w, s * h, ((s - 1) / 2) * w, (s / 2 - state.centreY) * h, w, h);
    invalidate();
  });
}

const close = (a: number, b: number) => Math.abs(a - b) < EPSILON;
const glide = (from: number, to: number, k: number) => (close(from, to) ? to : from + (to - from) * k);
