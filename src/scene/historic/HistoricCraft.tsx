import { Html } from '@react-three/drei';
import { useFrame, useLoader, useThree } from '@react-three/fiber';
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { DirectionalLight, Group, Matrix4, Vector3 } from 'three';
import { rotationBodyToTemeXvv } from '../../astro/attitude';
import { isSunlit } from '../../astro/sun';
import type { Mat3 } from '../../astro/units';
import { rotationZ, vec3 } from '../../astro/vec';
import historicModelsJson from '../../content/historic-models.json';
import type { HistoricVehicle } from '../../spacecraft/history';
import { craftOfDate, parseHistoricModels, type CraftOfDate } from '../../spacecraft/historicModels';
import { frame } from '../../state/frame';
import { useT } from '../../state/lang';
import { useLayers } from '../../state/layers';
import { noticeActions } from '../../state/notices';
import { astroToScene, localToTemeToScene, modelToTemeFromBody } from '../frameMapping';
import { STATION_LOD_KM } from '../lod';
import { buildCraft, HistoricGltfLoader } from './craftModel';
import { craftRadiusKm, historicCraftStateAt, shownHistoricVehicle } from './craftState';

const M_TO_KM = 0.001;
/** The configuration is looked up again when the clock has moved this far (module and docking records change by the day). */
const RECHECK_MS = 30_000;

const parsed = parseHistoricModels(historicModelsJson);

const positionKm = vec3();
const velocityKmPerS = vec3();
const bodyToTeme: Mat3 = rotationZ(0);
const modelToTeme: Mat3 = rotationZ(0);
const sceneRotation = new Matrix4();
const zenith = new Vector3();


/**
 * The craft an early tour step is about — the Apollo–Soyuz stack, Mir (with Atlantis docked during STS-71) —
 * at an illustrative point of its illustrative orbit ring, moving at the orbit's true rate from the step's
 * instant, flying LVLH (+x along the velocity, +y zenith: a plausible attitude, not a sourced one), lit by
 * the Sun as the station is. Which model, with which visitors, comes from the dated records of
 * historic-models.json at the simulated instant. Each model file loads the first time it is needed.
 */
export default function HistoricCraft({ visible }: { visible: boolean }) {
  const invalidate = useThree((s) => s.invalidate);
  const labels = useLayers((s) => s.layers.labels);
  const anchor = useRef<Group>(null);
  const model = useRef<Group>(null);
  const labelAt = useRef<Group>(null);
  const sun = useRef<DirectionalLight>(null);
  const [shown, setShown] = useState<{ vehicle: HistoricVehicle; craft: CraftOfDate | null } | null>(null);
  const [built, setBuilt] = useState<CraftOfDate[]>([]);
  const checked = useRef({ atMs: NaN, vehicle: null as HistoricVehicle | null });

  useEffect(() => {
    if (!parsed.ok) parsed.errors.forEach((e, i) => noticeActions.show(`historic-models-${i}`, 'app.historicModelsError', { error: e }));
  }, []);

  useFrame(({ camera }) => {
    const g = anchor.current;
    const vehicle = shownHistoricVehicle();
    const s = frame.snapshot;
    if (!g || !vehicle || !historicCraftStateAt(s.instantMs, positionKm, velocityKmPerS)) return;
    const c = checked.current;
    if (vehicle !== c.vehicle || !(Math.abs(s.instantMs - c.atMs) < RECHECK_MS)) {
      c.vehicle = vehicle;
      c.atMs = s.instantMs;
      const craft = parsed.ok ? craftOfDate(parsed.data, vehicle, s.instantMs) : null;
      if (craft?.key !== shown?.craft?.key || vehicle !== shown?.vehicle) {
        setShown({ vehicle, craft });
        if (craft && !built.some((b) => b.key === craft.key)) setBuilt([...built, craft]);
      }
    }
    astroToScene(positionKm, g.position);
    rotationBodyToTemeXvv(positionKm, velocityKmPerS, bodyToTeme);
    g.quaternion.setFromRotationMatrix(localToTemeToScene(modelToTemeFromBody(bodyToTeme, modelToTeme), sceneRotation));
    if (model.current) model.current.visible = g.position.distanceTo(camera.position) < STATION_LOD_KM;
    // The Sun lights the craft (in the Earth's shadow only the faint ambient earthshine remains).
    const light = sun.current;
    if (light) {
      light.intensity = isSunlit(positionKm, s.sunDirectionTeme) ? 3 : 0;
      astroToScene(s.sunDirectionTeme, light.position).multiplyScalar(1000).add(g.position);
      light.target.position.copy(g.position);
      light.target.updateMatrixWorld();
    }
    // The label floats above the craft (its zenith), clear of the model in the close-up.
    labelAt.current?.position.copy(g.position).add(zenith.copy(g.position).setLength(craftRadiusKm[vehicle] * 0.8));
  });

  const craft = shown?.craft ?? null;
  // A model that has loaded and shows: the close-up's distance follows its size, and a still view redraws.
  const onShown = (b: CraftOfDate, radiusM: number) => {
    if (b.model.vehicle) craftRadiusKm[b.model.vehicle] = radiusM * M_TO_KM;
    invalidate(4);
  };
  return (
    <group name="historic-craft" visible={visible} dispose={null}>
      <directionalLight ref={sun} dispose={null} />
      <ambientLight intensity={0.25} color="#b8c8ff" dispose={null} />
      <group ref={anchor}>
        <group ref={model} scale={M_TO_KM}>
          {built.map((b) => (
            <Suspense key={b.key} fallback={null}>
              <CraftModel craft={b} visible={b.key === craft?.key} onShown={(radiusM) => onShown(b, radiusM)} />
            </Suspense>
          ))}
        </group>
      </group>
      <group ref={labelAt}>{visible && labels && shown && <CraftLabel vehicle={shown.vehicle} craft={craft} />}</group>
    </group>
  );
}

/** One configuration: its model and docked visitors, loaded once and kept (a tour loop shows it again). */
function CraftModel({ craft, visible, onShown }: { craft: CraftOfDate; visible: boolean; onShown: (radiusM: number) => void }) {
  const urls = useMemo(() => [craft.model, ...craft.docked.map((d) => d.model)].map((m) => `${import.meta.env.BASE_URL}${m.file}`), [craft]);
  const gltfs = useLoader(HistoricGltfLoader, urls);
  const built = useMemo(
    () => buildCraft(gltfs[0].scene, craft.docked.map((d, i) => ({ scene: gltfs[i + 1].scene, port: d.port }))),
    [gltfs, craft],
  );
  const offset = useMemo(() => built.centre.clone().negate(), [built]);
  useEffect(() => () => built.dispose(), [built]);
  useEffect(() => {
    if (visible) onShown(built.radiusM);
    // onShown is a new function each render; what matters is when this model shows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visible, built]);
  return (
    <group visible={visible} position={offset} dispose={null}>
      {built.meshes.map((m) => (
        <primitive key={m.uuid} object={m} />
      ))}
    </group>
  );
}

function CraftLabel({ vehicle, craft }: { vehicle: HistoricVehicle; craft: CraftOfDate | null }) {
  const t = useT();
  const parts = craft ? [...craft.modules.map((m) => t(m.labelKey)), ...craft.docked.map((d) => t(d.docking.labelKey))] : [];
  return (
    <Html className="lunar-label artemis">
      <span data-testid="historic-craft-label">
        <strong>{t(`craft.${vehicle}`)}</strong>
        <br />
        {craft ? parts.join(' · ') : t('craft.noModel')}
        <br />
        <em>{t('craft.illustrativePosition')}</em>
      </span>
    </Html>
  );
}
