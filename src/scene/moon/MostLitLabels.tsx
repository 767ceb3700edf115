import { Html } from '@react-three/drei';
import { useMemo } from 'react';
import { Vector3 } from 'three';
import { selenographicToMoonFixedKm } from '../../astro/selenography';
import { vec3 } from '../../astro/vec';
import type { MostLitPoint } from '../../moon/illumination';
import { useT } from '../../state/lang';
import { astroToScene } from '../frameMapping';
import type { SurfaceHeightKmAt } from './LunarMarkers';

/** How many of the light layer's most-lit points are labelled (the header lists ten, most lit first). */
const SHOWN = 6;
const LIFT_KM = 0.4;

/** The light layer's most-lit points ("lit 92 %"), on the drawn surface, while the layer is on. */
export function MostLitLabels({ points, visible, heightKmAt }: { points: readonly MostLitPoint[]; visible: boolean; heightKmAt: SurfaceHeightKmAt }) {
  const t = useT();
  const placed = useMemo(() => {
    const scratch = vec3();
    return points.slice(0, SHOWN).map((p) => {
      const h = heightKmAt(p.latDeg, p.lonDeg);
      const position = astroToScene(selenographicToMoonFixedKm(p.latDeg, p.lonDeg, (Number.isNaN(h) ? 0 : h) + LIFT_KM, scratch), new Vector3());
      return { key: `${p.latDeg},${p.lonDeg}`, percent: p.litPercent, position };
    });
  }, [points, heightKmAt]);
  if (!visible) return null;
  return (
    <group name="most-lit-labels">
      {placed.map((p) => (
        <Html key={p.key} position={p.position} className="lunar-label most-lit" zIndexRange={[10, 0]}>
          <span>{t('moon.mostLitLabel', { percent: p.percent.toFixed(0) })}</span>
        </Html>
      ))}
    </group>
  );
}
