import { useFrame, useLoader, useThree, type ThreeEvent } from '@react-three/fiber';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  BoxGeometry,
  DirectionalLight,
  EdgesGeometry,
  Group,
  LineBasicMaterial,
  Matrix4,
  MeshBasicMaterial,
  Vector3,
  type Material,
  type Mesh,
  type Object3D,
} from 'three';
import type { VehicleKind } from '../../spacecraft/manifest';
import issUrl from '../../../models/iss.glb?url';
import soyuzUrl from '../../../models/soyuz-ms.glb?url';
import dragonUrl from '../../../models/crew-dragon.glb?url';
import progressUrl from '../../../models/progress-ms.glb?url';
import cargoDragonUrl from '../../../models/cargo-dragon.glb?url';
import cygnusUrl from '../../../models/cygnus.glb?url';
import htvXUrl from '../../../models/htv-x.glb?url';
import starlinerUrl from '../../../models/starliner.glb?url';
import { rotationBodyToTemeXvv, solarArrayAngles } from '../../astro/attitude';
import type { Mat3 } from '../../astro/units';
import { rotationZ, vec3 } from '../../astro/vec';
import { frame } from '../../state/frame';
import { noticeActions } from '../../state/notices';
import { partActions, useParts } from '../../state/parts';
import { loadStationData, stationOfDate } from '../../state/station';
import { astroToScene, localToTemeToScene, modelToTemeFromBody } from '../frameMapping';
import { STATION_LOD_KM } from '../lod';
import { partFacts, partInfo } from './partInfo';
import { makeSolarCellTexture } from './solarCellTexture';
import { applyLook, stationLook, type StationLook } from './stationAssembly';
import { stationFrame } from './stationFrame';
import { buildDockedVehicles, buildStation, isSolarCell, markersOf, portsOf, poseArrays, stationExtent, type Part } from './stationModel';

const M_TO_KM = 0.001;

const bodyToTeme: Mat3 = rotationZ(0);
const modelToTeme: Mat3 = rotationZ(0);
const sunBody = vec3();
const sunModel = new Vector3();
const angles = { alphaRad: 0, betaRad: 0 };
const sceneRotation = new Matrix4();


/**
 * The ISS in +XVV attitude at its SGP4 position, with its arrays turned to the Sun and the vehicles the
 * docking manifest lists at the simulated instant. Drawn in metres under a km-scaled group; three.js
 * composes model-view matrices in double precision, so a close-up does not jitter.
 */
type DockedSet = ReturnType<typeof buildDockedVehicles>;
/** Docked-vehicle sets kept built (a few kilobytes of vertices each). */
const DOCKED_SETS_KEPT = 16;

/** A port's place to the centimetre, for telling sets of docked vehicles apart ('' for no port). */
function placeKey(m: Matrix4 | undefined): string {
  return m ? m.elements.map((v) => Math.round(v * 100)).join(' ') : '';
}

export default function Station() {
  // three's own loader: the models use no Draco or meshopt compression (and no WASM under the CSP).
  const [iss, soyuz, dragon, progress, cargoDragon, cygnus, htvX, starliner] = useLoader(GLTFLoader, [
    issUrl,
    soyuzUrl,
    dragonUrl,
    progressUrl,
    cargoDragonUrl,
    cygnusUrl,
    htvXUrl,
    starlinerUrl,
  ]);
  // Soyuz TM-31 (Expedition 1) is drawn with the Soyuz MS model: facts.md §3.1 gives one set of outside
  // figures for the Soyuz TM/TMA/MS family (russianspaceweb soyuztm). Progress M-UM has no model: it is drawn
  // as what it carried, Prichal, at the same port.
  const vehicleModels = useMemo<Partial<Record<VehicleKind, Object3D>>>(
    () => ({
      'soyuz-ms': soyuz.scene,
      'soyuz-tm': soyuz.scene,
      'crew-dragon': dragon.scene,
      'progress-ms': progress.scene,
      'cargo-dragon': cargoDragon.scene,
      cygnus: cygnus.scene,
      'htv-x': htvX.scene,
      starliner: starliner.scene,
    }),
    [soyuz, dragon, progress, cargoDragon, cygnus, htvX, starliner],
  );
  const group = useRef<Group>(null);
  const sunLight = useRef<DirectionalLight>(null);
  const vehiclesGroup = useRef<Group>(null);
  const solarTexture = useMemo(() => makeSolarCellTexture(), []);
  const parts = useMemo(
    () =>
      buildStation(iss.scene, (m: Material) => {
        if (isSolarCell(m)) m.map = solarTexture;
      }),
    [iss, solarTexture],
  );
  const docked = useRef({
    /** The docked set shown (null before the first), and its key. */
    key: null as string | null,
    vehicleParts: [] as Part[],
    /** The station's make-up holds still over [stillFromMs, stillToMs): nothing to check inside it. */
    stillFromMs: NaN,
    stillToMs: NaN,
    look: null as StationLook | null,
    meshes: [] as Mesh[],
    built: new Map<string, DockedSet>(),
  });
  const [shownParts, setShownParts] = useState<Part[]>([]);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    void loadStationData().then((d) => {
      invalidate(); // the docked vehicles can be placed now, even on a still view
      d.errors.forEach((e, i) => noticeActions.show(`manifest-${i}`, 'app.stationDataError', { error: e }));
      partFacts.errors.forEach((e, i) => noticeActions.show(`part-facts-${i}`, 'app.stationDataError', { error: e }));
    });
  }, [invalidate]);

  useEffect(() => {
    const d = docked.current;
    return () => {
      d.built.forEach((b) => b.meshes.forEach((m) => m.geometry.dispose()));
      d.built.clear();
      parts.dispose();
      solarTexture.dispose();
    };
  }, [parts, solarTexture]);

  useFrame(({ camera }) => {
    const g = group.current;
    if (!g || !frame.tle) return;
    const s = frame.snapshot;
    astroToScene(s.issPositionTemeKm, g.position);
    updateStation(s.instantMs);
    const look = docked.current.look;
    // Until the station's data have loaded (its own chunk, after the first frames) nothing is shown rather than the wrong year.
    g.visible = look !== null && frame.issExists && g.position.distanceTo(camera.position) < STATION_LOD_KM;
    if (!g.visible || !look) return;
    rotationBodyToTemeXvv(s.issPositionTemeKm, s.issVelocityTemeKmPerS, bodyToTeme);
    g.quaternion.setFromRotationMatrix(localToTemeToScene(modelToTemeFromBody(bodyToTeme, modelToTeme), sceneRotation));
    // Sun in body axes = bodyToTemeᵀ · sun.
    const t = s.sunDirectionTeme;
    for (let i = 0; i < 3; i++) sunBody[i] = bodyToTeme[0][i] * t[0] + bodyToTeme[1][i] * t[1] + bodyToTeme[2][i] * t[2];
    solarArrayAngles(sunBody, angles);
    sunModel.set(sunBody[0], -sunBody[2], sunBody[1]); // model = (X, −Z, Y) of the body
    // The Sun lights the station (in shadow: only the faint ambient earthshine remains).
    const light = sunLight.current;
    if (light) {
      light.intensity = s.issSunlit ? 3 : 0;
      astroToScene(t, light.position).multiplyScalar(1000).add(g.position);
      light.target.position.copy(g.position);
      light.target.updateMatrixWorld();
    }
    poseArrays(parts, angles.alphaRad, angles.betaRad, sunModel, look);
  });

  /** The station and its vehicles as on the date: looked up only when the date leaves the span they hold still over. */
  function updateStation(instantMs: number) {
    const d = docked.current;
    if (instantMs >= d.stillFromMs && instantMs < d.stillToMs) return;
    // After the records end, the last known configuration (the readouts and the parts list say "as of").
    const station = stationOfDate(instantMs);
    if (!station || !vehiclesGroup.current) return; // its data are still loading: checked again next frame
    d.stillFromMs = station.stillFromMs;
    d.stillToMs = station.stillToMs;
    const look = stationLook(parts.layout, station.elements);
    const lookChanged = look.key !== d.look?.key;
    if (lookChanged) {
      applyLook(parts.layout, look);
      stationExtent(parts, look, stationFrame);
      d.look = look;
    }
    const entries = station.vehicles;
    const ports = portsOf(parts, look);
    // A set of vehicles is the same set while its vehicles sit at the same places (most changes of the
    // station move no port), so a tour loop meets the same few sets again and again.
    const key = entries.map((e) => `${e.id}@${e.port}:${placeKey(e.port === null ? undefined : ports.get(e.port))}`).join(',');
    if (key !== d.key) {
      d.key = key;
      d.meshes.forEach((m) => m.removeFromParent());
      // Each set of docked vehicles is built once and kept (on the same GPU buffers); the least recently
      // shown is freed past DOCKED_SETS_KEPT.
      let built = d.built.get(key);
      if (built) d.built.delete(key);
      else {
        const hull = parts.staticMeshes[0].material as Material;
        const solar = parts.staticMeshes[1].material as Material;
        built = buildDockedVehicles(entries, ports, vehicleModels, hull, solar);
      }
      d.built.set(key, built);
      if (d.built.size > DOCKED_SETS_KEPT) {
        const [oldestKey, oldest] = d.built.entries().next().value!;
        oldest.meshes.forEach((m) => m.geometry.dispose());
        d.built.delete(oldestKey);
      }
      d.meshes = built.meshes;
      d.vehicleParts = built.parts;
      if (built.meshes.length) vehiclesGroup.current.add(...built.meshes);
    } else if (!lookChanged) return;
    const shown = [...markersOf(parts, look), ...d.vehicleParts];
    setShownParts(shown);
    partActions.setParts(shown.map((p) => partInfo(p, station.elements)));
  }

  const canvas = useThree((s) => s.gl.domElement);
  useEffect(
    () => () => {
      canvas.style.cursor = '';
    },
    [canvas],
  );
  const onPointer = (e: ThreeEvent<PointerEvent>, part: Part | null) => {
    e.stopPropagation();
    canvas.style.cursor = part ? 'pointer' : '';
    partActions.select((part && useParts.getState().parts.find((p) => p.name === part.name)) ?? null);
  };

  const drawnParts = useMemo(() => shownParts.filter((p) => p.vehicle?.drawn !== false), [shownParts]);
  return (
    <>
      <directionalLight ref={sunLight} dispose={null} />
      <ambientLight intensity={0.25} color="#b8c8ff" dispose={null} />
      <group ref={group} scale={M_TO_KM} name="iss-station" visible={false} dispose={null}>
        {[...parts.staticMeshes, ...parts.wings, ...parts.irosas].map((m) => (
          <primitive key={m.uuid} object={m} />
        ))}
        <group ref={vehiclesGroup} name="docked-vehicles" />
        <HitBoxes parts={drawnParts} onPointer={onPointer} />
        <SelectionBox parts={drawnParts} />
      </group>
    </>
  );
}

/** Shared for the life of the page: see "Scene parts that come and go" in Scene.tsx. */
const HIT_BOX = new BoxGeometry();
const HIT_MATERIAL = new MeshBasicMaterial({ visible: false });

/** Invisible boxes (never drawn: material.visible = false) that catch hover and tap on each module. */
function HitBoxes({ parts, onPointer }: { parts: Part[]; onPointer: (e: ThreeEvent<PointerEvent>, p: Part | null) => void }) {
  return (
    <group>
      {parts.map((p) => (
        <mesh
          key={p.name}
          name={`hit-${p.name}`}
          position={p.centre}
          scale={[p.halfExtents.x * 2, p.halfExtents.y * 2, p.halfExtents.z * 2]}
          onPointerOver={(e) => onPointer(e, p)}
          onPointerDown={(e) => onPointer(e, p)}
          onPointerOut={(e) => onPointer(e, null)}
          geometry={HIT_BOX}
          material={HIT_MATERIAL}
        />
      ))}
    </group>
  );
}

const SELECTION_EDGES = new EdgesGeometry(HIT_BOX);
// Drawn over the model (no depth test): a part at the back of the station is still found.
const SELECTION_MATERIAL = new LineBasicMaterial({ color: '#ffd27a', depthTest: false, transparent: true, opacity: 0.9 });
const noRaycast = () => undefined;

/** The outline of the part whose label is shown (hovered, tapped or focused in the list): where it is. */
function SelectionBox({ parts }: { parts: Part[] }) {
  const name = useParts((s) => s.selected?.name);
  const part = parts.find((p) => p.name === name);
  if (!part) return null;
  return (
    <lineSegments
      name="selected-part-outline"
      position={part.centre}
      scale={[part.halfExtents.x * 2, part.halfExtents.y * 2, part.halfExtents.z * 2]}
      geometry={SELECTION_EDGES}
      material={SELECTION_MATERIAL}
      raycast={noRaycast}
      renderOrder={1}
      dispose={null}
    />
  );
}
