import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { ShaderMaterial, Vector3, type Group, type Mesh } from 'three';
import { MOON_RADIUS_KM } from '../../astro/moon';
import { dot, vec3 } from '../../astro/vec';
import { computeSunVisibility } from '../../moon/shadow';
import { frame } from '../../state/frame';
import { astroToScene } from '../frameMapping';
import { POLAR_CAP_COS } from './polarCap';
import { buildTerrainMesh } from './terrainMesh';

/** Recompute shadows when the Sun has moved this much (cos of 0.05°), at most every 250 ms. */
const RESHADE_COS = Math.cos((0.05 * Math.PI) / 180);
const RESHADE_MIN_MS = 250;
/** The fine tiles are drawn while the camera is within this distance of the pole (km); beyond, the coarse cap. */
const FINE_WITHIN_KM = 2000;
const pole = new Vector3();

const vertexShader = /* glsl */ `
attribute float sunVisibility;
varying float vVisibility;
varying vec3 vNormalLocal;
varying float vHeight;
varying float vSouthCos;
void main() {
  vVisibility = sunVisibility;
  vSouthCos = -position.y / length(position);
  vNormalLocal = normal;
  vHeight = length(position) - 1737.4;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`;

// Lit by the Sun where the terrain does not hide it; a faint earthshine keeps shadowed ground readable.
const fragmentShader = /* glsl */ `
uniform vec3 sunDirectionLocal;
varying float vVisibility;
varying vec3 vNormalLocal;
varying float vHeight;
varying float vSouthCos;
uniform float capCos;
void main() {
  // Only the polar cap: the sphere draws the rest (the same edge as Moon.tsx's cut).
  if (vSouthCos < capCos) discard;
  vec3 n = normalize(vNormalLocal);
  float lambert = max(dot(n, sunDirectionLocal), 0.0);
  float albedo = 0.55 + 0.04 * clamp(vHeight, -4.0, 4.0);
  vec3 color = vec3(albedo) * (lambert * vVisibility * 2.2 + 0.015);
  gl_FragColor = vec4(color, 1.0);
  #include <colorspace_fragment>
}
`;

/**
 * The south polar cap, modelled from crater catalogue data (src/moon/terrain.ts), in the Moon group's
 * local frame. Shadows come from marching the height grid toward the true Sun (src/moon/shadow.ts).
 */
export function SouthPole({ heightKmAt }: { heightKmAt?: (latDeg: number, lonDeg: number) => number }) {
  const terrain = useMemo(() => buildTerrainMesh(undefined, heightKmAt), [heightKmAt]);
  const state = useMemo(() => ({ sun: vec3(), lastSun: vec3(), lastAtMs: -Infinity, sunLocal: new Vector3() }), []);
  const material = useMemo(
    () =>
      new ShaderMaterial({
        uniforms: { sunDirectionLocal: { value: new Vector3(1, 0, 0) }, capCos: { value: POLAR_CAP_COS } },
        vertexShader,
        fragmentShader,
      }),
    [],
  );
  const fine = useRef<Group>(null);
  const coarse = useRef<Mesh>(null);
  useEffect(() => () => terrain.dispose(), [terrain]);
  useEffect(() => () => material.dispose(), [material]);

  useFrame(({ camera }) => {
    // Level of detail: the fine tiles near the pole, the coarse cap from afar.
    if (fine.current && coarse.current) {
      const near = camera.position.distanceTo(fine.current.localToWorld(pole.set(0, -MOON_RADIUS_KM, 0))) < FINE_WITHIN_KM;
      fine.current.visible = near;
      coarse.current.visible = !near;
    }
    const sun = frame.snapshot.sunDirectionMoonFixed;
    material.uniforms.sunDirectionLocal.value.copy(astroToScene(sun, state.sunLocal));
    const now = performance.now();
    if (dot(sun, state.lastSun) > RESHADE_COS || now - state.lastAtMs < RESHADE_MIN_MS) return;
    state.lastSun[0] = sun[0];
    state.lastSun[1] = sun[1];
    state.lastSun[2] = sun[2];
    state.lastAtMs = now;
    computeSunVisibility(terrain.grid, terrain.heightsKm, sun, terrain.visibility);
    terrain.visibilityAttribute.needsUpdate = true;
  });

  return (
    <group name="south-pole-terrain" dispose={null}>
      <group ref={fine} name="south-pole-terrain-fine">
        {terrain.tiles.map((geometry, i) => (
          <mesh key={i} geometry={geometry} material={material} />
        ))}
      </group>
      <mesh ref={coarse} geometry={terrain.coarse} material={material} name="south-pole-terrain-coarse" visible={false} />
    </group>
  );
}
