import { Canvas } from '@react-three/fiber';
import { lazy, Suspense, useState } from 'react';
import { EARLIER_VEHICLES, isLunarView } from '../content/vocabulary';
import { useLayers } from '../state/layers';
import { sceneHealthActions, useSceneHealth } from '../state/sceneHealth';
import { useSkyView } from '../state/skyView';
import { useT } from '../state/lang';
import { useView } from '../state/view';
import { CameraRig } from './CameraRig';
import { Earth, PlainEarth } from './Earth';
import { HistoricOrbit } from './HistoricOrbit';
import { IssMarker } from './IssMarker';
import { Moon } from './moon/Moon';
import { RenderOnDemand } from './RenderOnDemand';
import { SceneBoundary } from './SceneBoundary';
import { createRenderer } from './createRenderer';
import { SimulationDriver } from './SimulationDriver';
import { Stars, type StarCatalog } from './Stars';
import { useAfterFirstFrames } from './useAfterFirstFrames';
import { useOrbitLines } from './useOrbitLines';

/** Heavier parts come in their own chunks: the station model after the first frames, the lunar
 * terrain when a lunar view is first used, the earlier spacecraft when a tour step first shows one. */
const Station = lazy(() => import('./station/Station'));
const MoonDetail = lazy(() => import('./moon/MoonDetail'));
const HistoricCraft = lazy(() => import('./historic/HistoricCraft'));
/** The view from the ground of a pass, at the first "Show this pass" (a chunk that cannot load leaves the rest drawn). */
const SkyView = lazy(() => import('./sky/SkyView').catch(() => ({ default: () => <></> })));

/** True from the first render where `value` is true: a part, once needed, stays mounted. */
function useOnceTrue(value: boolean): boolean {
  const [seen, setSeen] = useState(value);
  if (value && !seen) setSeen(true);
  return seen || value;
}

function World({ stars }: { stars: StarCatalog | null }) {
  const { orbit, groundTrack } = useOrbitLines();
  const afterFirstFrames = useAfterFirstFrames();
  const layers = useLayers((s) => s.layers);
  const vehicle = useLayers((s) => s.vehicle);
  const view = useView((s) => s.view);
  const lunarDetail = useOnceTrue(isLunarView(view));
  const moon = useOnceTrue(layers.moon);
  const iss = vehicle === 'iss';
  const historicCraft = useOnceTrue(!iss);
  const skyShown = useSkyView((s) => s.sky !== null);
  const sky = useOnceTrue(skyShown);
  // Tour steps switch parts by visibility, not by mounting: the same shader programs and buffers serve
  // every step of every loop (see "Scene parts that come and go" below).
  return (
    <>
      <SimulationDriver />
      <RenderOnDemand />
      {stars && (
        <group visible={layers.stars}>
          <Stars catalog={stars} />
        </group>
      )}
      <SceneBoundary what="earth" fallback={<PlainEarth />}>
        <Suspense fallback={null}>
          <Earth>
            <group visible={iss && layers.groundTrack && !skyShown}>
              <primitive object={groundTrack} name="iss-ground-track" />
            </group>
          </Earth>
        </Suspense>
      </SceneBoundary>
      {/* From the ground the pass's own track is drawn: the inertial orbit ring would cross the sky beside it, and
          the ground track (on a sphere above the ellipsoid at mid-latitudes) would show above the horizon. */}
      <group visible={iss && layers.orbit && !skyShown}>
        <primitive object={orbit} name="iss-orbit" />
      </group>
      {EARLIER_VEHICLES.map((v) => (
        <HistoricOrbit key={v} vehicle={v} visible={vehicle === v} />
      ))}
      {historicCraft && (
        <SceneBoundary what="historic" fallback={null}>
          <Suspense fallback={null}>
            <HistoricCraft visible={!iss} />
          </Suspense>
        </SceneBoundary>
      )}
      {moon && (
        <SceneBoundary what="moon" fallback={null}>
          <Suspense fallback={null}>
            <group visible={layers.moon}>
              <Moon showPolarTerrain={lunarDetail}>
                {lunarDetail && (
                  <Suspense fallback={null}>
                    <MoonDetail visible={layers.moon} />
                  </Suspense>
                )}
              </Moon>
            </group>
          </Suspense>
        </SceneBoundary>
      )}
      <group visible={iss}>
        <IssMarker />
        {afterFirstFrames && (
          <SceneBoundary what="station" fallback={null}>
            <Suspense fallback={null}>
              <Station />
            </Suspense>
          </SceneBoundary>
        )}
      </group>
      {sky && (
        <Suspense fallback={null}>
          <SkyView />
        </Suspense>
      )}
      <CameraRig />
    </>
  );
}

/*
 * Scene parts that come and go (the Moon and its detail, the station, the ISS marker, historic orbits and
 * craft, the stars) carry dispose={null} and free what they create themselves, or share module-level
 * geometries and materials. R3F would otherwise dispose an unmounted object in an idle-priority task;
 * a page that draws without pause (a kiosk) never runs those tasks, and every queued task keeps its
 * object, and all that hangs from it, alive.
 */

/** How long to wait for the browser to restore a lost WebGL context before rebuilding the view. */
const CONTEXT_RESTORE_WAIT_MS = 1500;

/**
 * A lost WebGL context (driver reset, GPU pressure, WEBGL_lose_context) rebuilds the whole view: the
 * canvas is remounted with a new context, and the simulation state lives outside it.
 */
function watchContext(canvas: HTMLCanvasElement): void {
  let timer = 0;
  // A canvas being unmounted (a restart, a test) loses its context too: only a live canvas restarts.
  const restartIfLive = () => {
    if (canvas.isConnected) sceneHealthActions.restart();
  };
  canvas.addEventListener('webglcontextlost', (e) => {
    if (!canvas.isConnected) return;
    e.preventDefault();
    sceneHealthActions.setContextLost(true);
    timer = window.setTimeout(restartIfLive, CONTEXT_RESTORE_WAIT_MS);
  });
  canvas.addEventListener('webglcontextrestored', () => {
    window.clearTimeout(timer);
    restartIfLive();
  });
}

/**
 * The canvas fills the fixed, unscrolled page: its size is read as soon as the browser reports it. R3F's
 * default waits 50 ms after each report (a debounce meant for scrolling pages), before the first frame too.
 */
const CANVAS_RESIZE = { scroll: false, debounce: 0 } as const;

/** The WebGL scene. Units: km; world frame: TEME turned to three.js's Y-up (see frameMapping.ts). */
export function Scene({ stars }: { stars: StarCatalog | null }) {
  const key = useSceneHealth((s) => s.key);
  const t = useT();
  return (
    <Canvas
      key={key}
      onCreated={({ gl }) => watchContext(gl.domElement)}
      className="scene"
      frameloop="demand"
      dpr={[1, 2]}
      resize={CANVAS_RESIZE}
      gl={createRenderer}
      flat
      camera={{ fov: 45, near: 1, far: 1.2e6, position: [0, 0, 22_000] }}
      role="img"
      aria-label={t('scene.label')}
    >
      <World stars={stars} />
    </Canvas>
  );
}
