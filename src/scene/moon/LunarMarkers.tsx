import { Html } from '@react-three/drei';
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useState } from 'react';
import { BufferGeometry, Float32BufferAttribute, LineBasicMaterial, Vector3 } from 'three';
import { selenographicToMoonFixedKm } from '../../astro/selenography';
import { SHACKLETON } from '../../astro/southPole';
import { vec3 } from '../../astro/vec';
import lunarSitesJson from '../../content/lunar-sites.json';
import { siteNameKey } from '../../content/lunarSites';
import { planeToSelenographic, selenographicToPlane } from '../../moon/polarGrid';
import { parseMarkerLayers } from '../../moon/markers';
import { frame } from '../../state/frame';
import { useLang, useT } from '../../state/lang';
import { noticeActions } from '../../state/notices';
import { astroToScene } from '../frameMapping';

/** The marker layers, checked against their schema once: entries that fail are left out, and a notice says so. */
const CHECKED = parseMarkerLayers(lunarSitesJson);
const layers = CHECKED.layers;

const LIFT_KM = 0.4;
const SEGMENTS = 48;

interface Marker {
  /** The site's id in lunar-sites.json: its label is the dictionaries' `site.<id>.name`. */
  id: string;
  kind: 'shackleton' | 'artemis' | 'ilrs' | 'context' | 'historic';
  position: Vector3;
  /** The i18n key of the label's hover note (placement approximate, position uncertain), or null. */
  noteKey: string | null;
  /** Shown from this instant (Unix ms: its site's date, a landing or an impact); −∞ for undated sites. */
  fromMs: number;
}

const fromMsOf = (date: string | undefined): number => (date ? Date.parse(date) : -Infinity);
/** The dates (Unix ms, ascending) at which a dated marker appears. */
const DATES_MS = [...new Set([...layers.ilrs, ...layers.context, ...layers.historic].map((r) => fromMsOf(r.date)))]
  .filter(Number.isFinite)
  .sort((a, b) => a - b);

function latestPassedMs(instantMs: number): number {
  let latest = -Infinity;
  for (const ms of DATES_MS) if (ms <= instantMs) latest = ms;
  return latest;
}

/**
 * The latest marker date at or before the simulated instant (−∞ before all of them): the scene shows a
 * landing site or an impact crater only from its date on (none of 2023 in a 1969 step). Checked each
 * frame without allocating; it changes, and re-renders, only when the clock crosses a date.
 */
function useLatestPassedDateMs(): number {
  const [passed, setPassed] = useState(() => latestPassedMs(frame.snapshot.instantMs));
  useFrame(() => {
    const latest = latestPassedMs(frame.snapshot.instantMs);
    if (latest !== passed) setPassed(latest);
  });
  return passed;
}

/** Labels shown in the whole-Moon view; the close-up shows every label. */
const MAIN_KINDS: ReadonlySet<Marker['kind']> = new Set(['shackleton', 'context', 'historic']);

function noteKeyOf(kind: Marker['kind'], site: { approximate: boolean; uncertain: boolean }): string | null {
  if (kind === 'artemis') return 'moon.approximate';
  if (site.approximate) return 'site.note.approximate';
  return site.uncertain ? 'site.note.uncertain' : null;
}

/** A marker's label in the current language: its site's name, with its layer's prefix (Shackleton: its size). */
function labelOf(m: Marker, t: (key: string, params?: Record<string, string>) => string, km: Intl.NumberFormat): string {
  const name = t(siteNameKey(m.id));
  if (m.kind === 'shackleton') return t('site.label.shackleton', { name, diameter: km.format(SHACKLETON.diameterKm) });
  if (m.kind === 'artemis' || m.kind === 'ilrs') return t(`site.label.${m.kind}`, { name });
  return name;
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
 * coordinates), the ILRS candidate sites (another style), context landing sites and historic ones
 * (Tranquility Base), labelled in the current language.
 */
export function LunarMarkers({ labels, visible, heightKmAt }: { labels: 'all' | 'main'; visible: boolean; heightKmAt: SurfaceHeightKmAt }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const km = useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }), [lang]);
  const passedDateMs = useLatestPassedDateMs();
  const { markers, shackleton, artemis, ilrs } = useMemo(() => {
    const at = (latDeg: number, lonDeg: number) => surfacePoint(heightKmAt, latDeg, lonDeg);
    const marker = (kind: Marker['kind'], r: { id: string; latDeg: number; lonDeg: number; approximate: boolean; uncertain: boolean; date?: string }): Marker => ({
      id: r.id,
      kind,
      position: at(r.latDeg, r.lonDeg),
      noteKey: noteKeyOf(kind, r),
      fromMs: fromMsOf(r.date),
    });
    const markers: Marker[] = [
      marker('shackleton', { ...SHACKLETON, approximate: false }),
      ...layers.artemis.map((r) => marker('artemis', r)),
      ...layers.ilrs.map((r) => marker('ilrs', r)),
      ...layers.context.map((r) => marker('context', r)),
      ...layers.historic.map((r) => marker('historic', r)),
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
    if (CHECKED.errors.length) noticeActions.show('lunar-markers', 'moon.markerError', { error: CHECKED.errors.join('; ') });
  }, []);

  return (
    // Not frustum-culled (a few hundred segments): their buffers upload the first time the markers are shown,
    // not at whichever later frame first has them in view (a kiosk's GPU objects stay one set).
    <group name="lunar-markers" dispose={null} visible={visible}>
      <lineSegments geometry={shackleton} material={LINE_MATERIALS.shackleton} frustumCulled={false} />
      <lineSegments geometry={artemis} material={LINE_MATERIALS.artemis} frustumCulled={false} />
      <lineSegments geometry={ilrs} material={LINE_MATERIALS.ilrs} frustumCulled={false} />
      {visible && markers.filter((m) => (labels === 'all' || MAIN_KINDS.has(m.kind)) && m.fromMs <= passedDateMs).map((m) => (
        <Html key={`${m.kind}-${m.id}`} position={m.position} className={`lunar-label ${m.kind}`} zIndexRange={[10, 0]}>
          <span data-site={m.id} title={m.noteKey ? t(m.noteKey) : undefined}>{labelOf(m, t, km)}</span>
        </Html>
      ))}
    </group>
  );
}
