import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { PerspectiveCamera, Vector3 } from 'three';
import { vec3 } from '../astro/vec';
import { simNowMs, useClock } from '../state/clock';
import { useElements } from '../state/elements';
import { frame } from '../state/frame';
import { useLang } from '../state/lang';
import { useLayers } from '../state/layers';
import { useParts } from '../state/parts';
import { useView } from '../state/view';
import { astroToScene } from './frameMapping';
import { historicCraftStateAt } from './historic/craftState';
import { renderDemand } from './renderDemand';

/** Frames drawn after the canvas starts: uploads, shader compiles and the parts that load after the first frames. */
const WARM_UP_FRAMES = 12;
/** Frames drawn after each change of state: a few, so what a change sets going (a texture, a label) settles. */
const CHANGE_FRAMES = 4;
/** A running clock redraws at least this often, however little moves (readouts and scene keep step). */
const MAX_STILL_MS = 1_000;
/** A running clock redraws once the fastest thing in view (the ISS) has moved this far on screen. */
const MAX_SHIFT_PX = 0.5;

const issScene = new Vector3();
const craftPositionKm = vec3();
const craftVelocityKmPerS = vec3();

/**
 * Renders on demand (the canvas runs with frameloop="demand"): every animation frame while something
 * moves on screen — a flight, the user's hand on the controls and their damping, a clock fast enough that
 * the ISS moves half a pixel between frames (the ISS close-up, a fast clock) — and otherwise only when the
 * state changes (time, view, layers, elements, the picked part, the language, the canvas size), or once a
 * second while the clock runs slowly. A still view then costs the machine almost nothing: a kiosk's power,
 * and the page's frame rate for the overlays. Also counts animation-frame ticks for the kiosk watchdog.
 */
export function RenderOnDemand() {
  const invalidate = useThree((s) => s.invalidate);
  const get = useThree((s) => s.get);
  const size = useThree((s) => s.size);

  useEffect(() => invalidate(CHANGE_FRAMES), [size, invalidate]);

  useFrame(() => {
    renderDemand.lastRenderAtMs = performance.now();
    renderDemand.lastRenderSimMs = frame.snapshot.instantMs;
  });

  useEffect(() => {
    // Counted in frames drawn from here (the root may not be active yet: an invalidation then is dropped).
    const warmUpUntil = frame.frameCount + WARM_UP_FRAMES;
    const onChange = () => invalidate(CHANGE_FRAMES);
    const unsubscribers = [useClock, useView, useLayers, useElements, useParts, useLang].map((store) =>
      (store as { subscribe: (listener: () => void) => () => void }).subscribe(onChange),
    );
    let raf = 0;
    const tick = (nowMs: number) => {
      raf = requestAnimationFrame(tick);
      frame.tickCount++;
      if (frame.frameCount < warmUpUntil) return invalidate();
      const view = useView.getState();
      if (view.flightSeq !== view.arrivedSeq || nowMs < renderDemand.inputUntilMs) return invalidate();
      if (useClock.getState().rate === 0) return;
      if (nowMs - renderDemand.lastRenderAtMs >= MAX_STILL_MS || issShiftPx() >= MAX_SHIFT_PX) invalidate();
    };
    // How far the ISS (or the earlier craft shown instead) has moved on screen since the last frame drawn, px
    // (its speed × elapsed simulated time, over the size of a pixel at its distance from the camera).
    const issShiftPx = () => {
      const { camera, size } = get();
      if (!(camera instanceof PerspectiveCamera)) return Infinity;
      const s = frame.snapshot;
      const craft = historicCraftStateAt(s.instantMs, craftPositionKm, craftVelocityKmPerS);
      const distanceKm = camera.position.distanceTo(astroToScene(craft ? craftPositionKm : s.issPositionTemeKm, issScene));
      const kmPerPx = (2 * distanceKm * Math.tan((camera.fov * Math.PI) / 360)) / size.height;
      const elapsedS = Math.abs(simNowMs() - renderDemand.lastRenderSimMs) / 1000;
      const v = craft ? craftVelocityKmPerS : s.issVelocityTemeKmPerS;
      return (Math.hypot(v[0], v[1], v[2]) * elapsedS) / kmPerPx;
    };
    raf = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(raf);
      unsubscribers.forEach((u) => u());
    };
  }, [invalidate, get]);

  return null;
}
