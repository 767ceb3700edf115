import { Html } from '@react-three/drei';
import { useEffect, useMemo } from 'react';
import { BufferGeometry, Float32BufferAttribute, LineBasicMaterial, Vector3 } from 'three';
import { selenographicToMoonFixedKm } from '../../astro/selenography';
import { ARTEMIS_REGIONS, CONTEXT_SITES, ILRS_SITES, SHACKLETON } from '../../astro/southPole';
import { vec3 } from '../../astro/vec';
import { planeToSelenographic, selenographicToPlane } from '../../moon/polarGrid';
import { parseMarkerLayers } from '../../moon/markers';
import { useT } from '../../state/lang';
import { noticeActions } from '../../state/notices';
import { astroToScene } from '../frameMapping';

/** The marker layers, checked against their schema once: entries that fail are left out, and a notice says so. */
const CHECKED = parseMarkerLayers({ artemis: ARTEMIS_REGIONS, ilrs: ILRS_SITES, context: CONTEXT_SITES });
const layers = CHECKED.layers;

const LIFT_KM = 0.4;
const SEGMENTS = 48;

interface Marker {
  key: string;
  label: string;
  kind: 'shackleton' | 'artemis' | 'ilrs' | 'context';
  position: Vector3;
}

const scratch = vec3();
/** Shared for the life of the page: see "Scene parts that come and go" in Scene.tsx. */
const LINE_MATERIALS = {
  shackleton: new LineBasicMaterial({ color: '#ffffff' }),
  artemis: new LineBasicMaterial({ color: '#ffd27a', transparent: true, opacity: 0.8 }),
  ilrs: new LineBasicMaterial({ color: '#ff7a7a', transparent: true, opacity: 0.8 }),
};

/** Heights (km above the 1737.4 km sphere) of the surface drawn: the south-pole terrain's (NaN beyond it). */
export type SurfaceHeightKmAt = (latDeg: number, lonDeg: number) => number;

/** A point on the drawn surface, in the Moon group's local frame (km): the terrain in the polar cap, else the sphere. */
function surfacePoint(heightKmAt: SurfaceHeightKmAt, latDeg: number, lonDeg: number, out = new Vector3()): Vector3 {
  const terrain = latDeg < -81.5 ? heightKmAt(latDeg, lonDeg) : NaN;
  const h = Number.isNaN(terrain) ? 0 : terrain;
  return astroToScene(selenographicToMoonFixedKm(latDeg, lonDeg, h + LIFT_KM, scratch), out);
}

/**
 * A circle of `radiusKm` about a site, as line segments on the surface: drawn in the polar
 * stereographic plane (scale ≈ 1 near the pole, so true to size there) and mapped back.
 */
function circle(heightKmAt: SurfaceHeightKmAt, latDeg: number, lonDeg: number, radiusKm: number, out: number[]): void {
  const centre = selenographicToPlane(latDeg, lonDeg, { xKm: 0, yKm: 0 });
  const ll = { latDeg: 0, lonDeg: 0 };
  const p = new Vector3();
  const q = new Vector3();
  for (let i = 0; i < SEGMENTS; i++) {
    for (const [j, v] of [
      [i, p],
      [i + 1, q],
    ] as const) {
      const a = (j / SEGMENTS) * 2 * Math.PI;
      planeToSelenographic(centre.xKm + radiusKm * Math.cos(a), centre.yKm + radiusKm * Math.sin(a), ll);
      surfacePoint(heightKmAt, ll.latDeg, ll.lonDeg, v);
    }
    out.push(p.x, p.y, p.z, q.x, q.y, q.z);
  }
}

function lines(build: (out: number[]) => void): BufferGeometry {
  const out: number[] = [];
  build(out);
  return new BufferGeometry().setAttribute('position', new Float32BufferAttribute(out, 3));
}

/**
 * Shackleton, the Artemis candidate regions of October 2024 (approximate: NASA published regions, not
 * coordinates), the ILRS candidate sites (another style) and context landing sites.
 */
export function LunarMarkers({ labels, visible, heightKmAt }: { labels: 'all' | 'main'; visible: boolean; heightKmAt: SurfaceHeightKmAt }) {
  const t = useT();
  const { markers, shackleton, artemis, ilrs } = useMemo(() => {
    const at = (latDeg: number, lonDeg: number) => surfacePoint(heightKmAt, latDeg, lonDeg);
    const markers: Marker[] = [
      { key: 'shackleton', label: `Shackleton · ${SHACKLETON.diameterKm} km`, kind: 'shackleton', position: at(SHACKLETON.latDeg, SHACKLETON.lonDeg) },
      ...layers.artemis.map((r) => ({ key: `artemis-${r.name}`, label: `Artemis: ${r.name} (≈)`, kind: 'artemis' as const, position: at(r.latDeg, r.lonDeg) })),
      ...layers.ilrs.map((r) => ({ key: `ilrs-${r.name}`, label: `ILRS: ${r.name}`, kind: 'ilrs' as const, position: at(r.latDeg, r.lonDeg) })),
      ...layers.context.map((r) => ({ key: `ctx-${r.name}`, label: r.name, kind: 'context' as const, position: at(r.latDeg, r.lonDeg) })),
    ];
    return {
      markers,
      shackleton: lines((o) => circle(heightKmAt, SHACKLETON.latDeg, SHACKLETON.lonDeg, SHACKLETON.diameterKm / 2, o)),
      artemis: lines((o) => layers.artemis.forEach((r) => circle(heightKmAt, r.latDeg, r.lonDeg, r.sizeKm / 2, o))),
      ilrs: lines((o) => layers.ilrs.forEach((r) => circle(heightKmAt, r.latDeg, r.lonDeg, 4, o))),
    };
  }, [heightKmAt]);
  useEffect(() => () => [shackleton, artemis, ilrs].forEach((g) => g.dispose()), [shackleton, artemis, ilrs]);
  useEffect(() => {
    if (CHECKED.errors.length) noticeActions.show('lunar-markers', t('moon.markerError', { error: CHECKED.errors.join('; ') }));
  }, [t]);

  return (
    // Not frustum-culled (a few hundred segments): their buffers upload the first time the markers are shown,
    // not at whichever later frame first has them in view (a kiosk's GPU objects stay one set).
    <group name="lunar-markers" dispose={null} visible={visible}>
      <lineSegments geometry={shackleton} material={LINE_MATERIALS.shackleton} frustumCulled={false} />
      <lineSegments geometry={artemis} material={LINE_MATERIALS.artemis} frustumCulled={false} />
      <lineSegments geometry={ilrs} material={LINE_MATERIALS.ilrs} frustumCulled={false} />
      {visible && markers.filter((m) => labels === 'all' || m.kind === 'shackleton' || m.kind === 'context').map((m) => (
        <Html key={m.key} position={m.position} className={`lunar-label ${m.kind}`} zIndexRange={[10, 0]}>
          <span title={m.kind === 'artemis' ? t('moon.approximate') : undefined}>{m.label}</span>
        </Html>
      ))}
    </group>
  );
}
