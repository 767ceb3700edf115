import { Html } from '@react-three/drei';
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { AlwaysDepth, DoubleSide, LineBasicMaterial, MeshBasicMaterial, type Group } from 'three';
import { compassPoint } from '../../astro/passes';
import { azElToEnu } from '../../astro/topocentric';
import { vec3 } from '../../astro/vec';
import { useLang, useDictionarySection, useT } from '../../state/lang';
import { useSkyView, type SkyPass } from '../../state/skyView';
import { eyeFrameInScene } from './skyCamera';
import { groundGeometry, horizonGeometry, SKY_DOME_KM, skyGridGeometry, trackGeometry } from './skyGeometry';
import './sky.css';

/**
 * The view from the ground of a pass (state/skyView.ts): at the place's eye, the ground, the horizon, faint
 * altitude rings, the compass points, and the pass's track across the sky with its rise, highest point and set.
 * A group in the eye's East-North-Up frame, turning with the Earth; the ISS itself is the scene's marker at its
 * SGP4 position, which runs along the track as the clock runs. Three draw calls and eleven DOM labels.
 */

/** The compass points, written on the ground under the horizon: the four cardinal points larger. */
const POINTS = [0, 45, 90, 135, 180, 225, 270, 315].map((azimuthDeg) => ({ azimuthDeg, key: compassPoint(azimuthDeg), cardinal: azimuthDeg % 90 === 0 }));

/** Shared for the life of the page: see "Scene parts that come and go" in Scene.tsx. */
const HORIZON = horizonGeometry();
const GRID = skyGridGeometry();
const GROUND = groundGeometry();
const HORIZON_MATERIAL = new LineBasicMaterial({ color: '#9ec3e6' });
const GRID_MATERIAL = new LineBasicMaterial({ vertexColors: true, transparent: true, opacity: 0.8 });
/** See-through, so the ISS itself (the scene's opaque marker) stands out on it. */
const TRACK_MATERIAL = new MeshBasicMaterial({ vertexColors: true, side: DoubleSide, transparent: true, opacity: 0.5 });
/**
 * The ground covers everything below the horizon, the Earth's own surface included (which lies within a few
 * hundred metres of it near the eye, too close to order by depth): drawn after the opaque scene whatever the
 * depth, writing its own, so what lies beyond it (stars, the Moon, the ISS below the horizon) stays hidden.
 */
const GROUND_MATERIAL = new MeshBasicMaterial({ vertexColors: true, depthFunc: AlwaysDepth });

function domePoint(azimuthDeg: number, elevationDeg: number): [number, number, number] {
  const v = azElToEnu(azimuthDeg, elevationDeg, vec3());
  return [v[0] * SKY_DOME_KM, v[1] * SKY_DOME_KM, v[2] * SKY_DOME_KM];
}

function SkyViewShown() {
  const sky = useSkyView((s) => s.sky);
  const group = useRef<Group>(null);

  useFrame(() => {
    const g = group.current;
    const shown = useSkyView.getState().sky;
    if (!g || !shown) return;
    // After the simulation's step (priority −1), before the labels and the camera read the group.
    eyeFrameInScene(shown.site, g.position, g.quaternion);
    g.updateMatrixWorld();
  }, -0.5);

  return (
    <group ref={group} name="sky-view" visible={sky !== null} dispose={null}>
      <mesh name="sky-ground" geometry={GROUND} material={GROUND_MATERIAL} renderOrder={1} frustumCulled={false} />
      <lineLoop name="sky-horizon" geometry={HORIZON} material={HORIZON_MATERIAL} renderOrder={2} frustumCulled={false} />
      <lineSegments name="sky-grid" geometry={GRID} material={GRID_MATERIAL} renderOrder={2} frustumCulled={false} />
      {sky && <SkyPassMarks sky={sky} />}
    </group>
  );
}

/** The pass's track and marks, and the compass points, for one shown pass. */
function SkyPassMarks({ sky }: { sky: SkyPass }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const track = useMemo(() => (sky.track ? trackGeometry(sky.track) : null), [sky.track]);
  useEffect(() => () => track?.dispose(), [track]);
  const time = useMemo(
    () => new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: sky.timeZone }),
    [lang, sky.timeZone],
  );
  const { pass } = sky;
  const marks = [
    { kind: 'rise', position: domePoint(pass.azimuthAtRiseDeg, 10), text: `${t('passes.rise')} ${time.format(pass.riseMs)}` },
    { kind: 'max', position: domePoint(pass.azimuthAtMaxDeg, pass.maxElevationDeg), text: `${t('passes.highest')} ${time.format(pass.maxMs)} · ${Math.round(pass.maxElevationDeg)}°` },
    { kind: 'set', position: domePoint(pass.azimuthAtSetDeg, 10), text: `${t('passes.set')} ${time.format(pass.setMs)}` },
  ];
  return (
    <>
      {track && <mesh name="sky-track" geometry={track} material={TRACK_MATERIAL} renderOrder={2} frustumCulled={false} />}
      {POINTS.map((p) => (
        <Html key={p.key} position={domePoint(p.azimuthDeg, 0)} className={p.cardinal ? 'sky-label compass cardinal' : 'sky-label compass'} zIndexRange={[10, 0]} pointerEvents="none">
          <span data-testid="sky-compass" data-point={p.key} data-azimuth-deg={p.azimuthDeg}>
            {t(`compass.${p.key}`)}
          </span>
        </Html>
      ))}
      {marks.map((m) => (
        <Html key={m.kind} position={m.position} className={`sky-label mark ${m.kind}`} zIndexRange={[10, 0]} pointerEvents="none">
          <span data-testid="sky-mark" data-kind={m.kind}>
            <i aria-hidden="true" />
            {m.text}
          </span>
        </Html>
      ))}
    </>
  );
}

/** Shown once its texts (dictionary sections) are loaded. */
export default function SkyView() {
  return useDictionarySection('passes') ? <SkyViewShown /> : null;
}
