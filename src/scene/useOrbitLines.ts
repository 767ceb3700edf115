import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, Line, LineBasicMaterial } from 'three';
import { WGS84_A_KM } from '../astro/frames';
import { sampleOrbit } from '../astro/orbitPath';
import { periodMinutes } from '../astro/sgp4';
import type { Tle } from '../astro/tle';
import { satrecFor } from '../state/elements';
import { frame } from '../state/frame';
import { astroArrayToScene } from './frameMapping';

const SAMPLES = 361;
/** Recompute when the clock has moved this fraction of a revolution from the last centre. */
const RECOMPUTE_FRACTION = 0.05;
const GROUND_TRACK_RADIUS_KM = WGS84_A_KM + 15;

function makeLine(color: string, opacity: number): Line {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(new Float32Array(3 * SAMPLES), 3));
  geometry.setDrawRange(0, 0);
  return new Line(geometry, new LineBasicMaterial({ color, transparent: true, opacity, depthWrite: false }));
}

/**
 * The ISS orbit one revolution back and one ahead (in the inertial scene), and its ground track
 * (in the Earth's turning group, via a portal prop). Recomputed only when the clock moves on or the
 * elements change, never every frame.
 */
export function useOrbitLines(): { orbit: Line; groundTrack: Line } {
  const lines = useMemo(() => ({ orbit: makeLine('#7fc8ff', 0.55), groundTrack: makeLine('#ffd27a', 0.5) }), []);
  useEffect(
    () => () => {
      for (const l of [lines.orbit, lines.groundTrack]) {
        l.geometry.dispose();
        (l.material as LineBasicMaterial).dispose();
      }
    },
    [lines],
  );
  const last = useMemo(() => ({ centerMs: NaN, tle: null as Tle | null }), []);

  useFrame(() => {
    const tle = frame.tle;
    lines.orbit.visible = lines.groundTrack.visible = frame.issExists;
    if (!tle) return;
    const satrec = satrecFor(tle);
    const periodMs = periodMinutes(satrec) * 60_000;
    const t = frame.snapshot.instantMs;
    if (tle === last.tle && Math.abs(t - last.centerMs) < RECOMPUTE_FRACTION * periodMs) return;
    last.tle = tle;
    last.centerMs = t;
    const orbitAttr = lines.orbit.geometry.getAttribute('position') as BufferAttribute;
    const groundAttr = lines.groundTrack.geometry.getAttribute('position') as BufferAttribute;
    const n = sampleOrbit(satrec, t, periodMs, SAMPLES, GROUND_TRACK_RADIUS_KM, orbitAttr.array as Float32Array, groundAttr.array as Float32Array);
    for (const [line, attr] of [[lines.orbit, orbitAttr], [lines.groundTrack, groundAttr]] as const) {
      astroArrayToScene(attr.array as Float32Array, n);
      attr.needsUpdate = true;
      line.geometry.setDrawRange(0, n);
      line.geometry.computeBoundingSphere();
    }
  });
  return lines;
}
