import { Html } from '@react-three/drei';
import { useEffect, useMemo } from 'react';
import { BufferGeometry, Float32BufferAttribute, LineBasicMaterial, Vector3 } from 'three';
import { WGS84_A_KM } from '../astro/frames';
import { vec3 } from '../astro/vec';
import type { EarlierVehicle } from '../content/vocabulary';
import { HISTORIC_ORBITS, historicOrbitPointTeme } from '../spacecraft/history';
import { useLang, useT } from '../state/lang';

const SEGMENTS = 256;
/** Shared for the life of the page: see "Scene parts that come and go" in Scene.tsx. */
const ORBIT_MATERIAL = new LineBasicMaterial({ color: '#ffd27a', transparent: true, opacity: 0.8 });

/**
 * The circular orbit of an earlier spacecraft (Apollo–Soyuz, Mir) at the altitude and inclination
 * facts.md gives; its node is not sourced, so the ring's orientation is illustrative. Its label is in the
 * current language, the numbers formatted for it.
 */
export function HistoricOrbit({ vehicle, visible }: { vehicle: EarlierVehicle; visible: boolean }) {
  const o = HISTORIC_ORBITS[vehicle];
  const t = useT();
  const lang = useLang((s) => s.lang);
  const label = useMemo(() => {
    const n = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    return t(o.labelKey, { altitude: n.format(o.altitudeKm), inclination: n.format(o.inclinationDeg) });
  }, [o, t, lang]);
  const geometry = useMemo(() => {
    const p = vec3();
    const points: number[] = [];
    for (let k = 0; k <= SEGMENTS; k++) {
      // TEME (x, y, z) with node on +x, mapped to the scene as (x, z, −y).
      historicOrbitPointTeme(o, (k / SEGMENTS) * 2 * Math.PI, p);
      points.push(p[0], p[2], -p[1]);
    }
    return new BufferGeometry().setAttribute('position', new Float32BufferAttribute(points, 3));
  }, [o]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const labelAt = useMemo(() => new Vector3(0, 0, -(WGS84_A_KM + o.altitudeKm)), [o]);
  return (
    <group name={`historic-orbit-${vehicle}`} dispose={null} visible={visible}>
      <line>
        <primitive object={geometry} attach="geometry" />
        <primitive object={ORBIT_MATERIAL} attach="material" />
      </line>
      {visible && (
        <Html position={labelAt} className="lunar-label artemis">
          <span>{label}</span>
        </Html>
      )}
    </group>
  );
}
