import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { DataTexture, DataUtils, HalfFloatType, LinearFilter, RGBAFormat, RGFormat, PerspectiveCamera, ShaderMaterial, Vector3, type Group, type Mesh } from 'three';
import { MOON_RADIUS_KM } from '../../astro/moon';
import { dot, vec3 } from '../../astro/vec';
import { MOST_LIT_FROM, MOST_LIT_FULL, type LightTexels } from '../../moon/lightLayer';
import { computeSunVisibility } from '../../moon/shadow';
import { squareTexScale, type PolarDetail, type SouthPoleSurface } from '../../moon/southPoleTerrain';
import { frame } from '../../state/frame';
import { useLayers } from '../../state/layers';
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
attribute vec2 planeKm;
uniform float detailHalfSizeKm;
uniform float detailTexelKm;
uniform float radiansPerPixel;
varying float vVisibility;
varying vec3 vNormalLocal;
varying float vHeight;
varying float vSouthCos;
varying vec2 vPlaneKm;
varying float vDetail;
void main() {
  vVisibility = sunVisibility;
  vSouthCos = -position.y / length(position);
  vNormalLocal = normal;
  vHeight = length(position) - 1737.4;
  vPlaneKm = planeKm;
  vec4 world = modelMatrix * vec4(position, 1.0);
  // Weight of the 480 m relief: 1 while a texel covers at least a pixel, 0 from two texels a pixel on (no
  // mipmaps: finer, it would sparkle), the texel foreshortened by the view's slant over the ground; and
  // faded over the last 8 texels of its square.
  vec3 toCamera = cameraPosition - world.xyz;
  float distanceKm = length(toCamera);
  float slant = max(abs(dot(toCamera / distanceKm, normalize(mat3(modelMatrix) * normal))), 0.05);
  float texelsPerPixel = distanceKm * radiansPerPixel / (detailTexelKm * slant);
  float fromEdge = (detailHalfSizeKm - max(abs(planeKm.x), abs(planeKm.y))) / detailTexelKm;
  vDetail = detailTexelKm > 0.0 ? clamp(2.0 - texelsPerPixel, 0.0, 1.0) * clamp(fromEdge / 8.0, 0.0, 1.0) : 0.0;
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

// Lit by the Sun where the terrain does not hide it; a faint earthshine keeps shadowed ground readable.
// The relief within the LOLA square is lit by its 480 m normals (the mesh's vertices are 2.7 km apart);
// the light layer tints the never-lit ground blue and the most-lit ground orange to gold.
const fragmentShader = /* glsl */ `
uniform vec3 sunDirectionLocal;
uniform float capCos;
uniform sampler2D detailNormals;
uniform float detailScale;
uniform sampler2D lightMap;
uniform float lightScale;
varying float vVisibility;
varying vec3 vNormalLocal;
varying float vHeight;
varying float vSouthCos;
varying vec2 vPlaneKm;
varying float vDetail;
void main() {
  // Only the polar cap: the sphere draws the rest (the same edge as Moon.tsx's cut).
  if (vSouthCos < capCos) discard;
  vec3 n = normalize(vNormalLocal);
  if (vDetail > 0.0) {
    // The 480 m normal's x and z (the scene frame); y is below zero everywhere in the cap (up is about −y).
    vec2 t = texture2D(detailNormals, 0.5 + vPlaneKm * detailScale).rg;
    n = normalize(mix(n, vec3(t.x, -sqrt(max(1.0 - dot(t, t), 0.0)), t.y), vDetail));
  }
  float lambert = max(dot(n, sunDirectionLocal), 0.0);
  float albedo = 0.55 + 0.04 * clamp(vHeight, -4.0, 4.0);
  vec3 color = vec3(albedo) * (lambert * vVisibility * 2.2 + 0.015);
  if (lightScale > 0.0) {
    vec2 luv = 0.5 + vPlaneKm * lightScale;
    vec2 inside2 = step(vec2(0.0), luv) * step(luv, vec2(1.0));
    float inside = inside2.x * inside2.y;
    vec2 l = texture2D(lightMap, luv).rg;
    float never = smoothstep(0.25, 0.75, l.g) * inside;
    float most = smoothstep(MOST_LIT_FROM, MOST_LIT_FULL, l.r) * inside;
    float lit = step(MOST_LIT_FROM, l.r) * inside;
    // Relief stays readable under the tints: a hillshade lit from the Sun's azimuth, 45° up (the pole's
    // radial is about −y here, within the cap's 8.4°), whatever the Sun does.
    float relief = 0.45 + 0.55 * max(dot(n, normalize(sunDirectionLocal + vec3(0.0, -1.0, 0.0))), 0.0);
    color = mix(color, vec3(0.16, 0.42, 1.0) * relief, 0.8 * never);
    color = mix(color, mix(vec3(0.95, 0.45, 0.08), vec3(1.0, 0.93, 0.5), most) * relief, 0.85 * max(lit, most));
  }
  gl_FragColor = vec4(color, 1.0);
  #include <colorspace_fragment>
}
`;

/**
 * The 480 m normals (southPoleTerrain.ts PolarDetail) as a half-float RG texture of their scene-frame x and
 * z ((x, y, z) Moon-fixed → (x, z, −y)); the shader rebuilds y, which is negative throughout the cap.
 */
function normalTexture(detail: PolarDetail): DataTexture {
  const src = detail.normalsMoonFixed;
  const count = detail.n * detail.n;
  const data = new Uint16Array(2 * count);
  for (let i = 0; i < count; i++) {
    data[2 * i] = DataUtils.toHalfFloat(src[3 * i]);
    data[2 * i + 1] = DataUtils.toHalfFloat(-src[3 * i + 1]);
  }
  const texture = new DataTexture(data, detail.n, detail.n, RGFormat, HalfFloatType);
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearFilter;
  texture.needsUpdate = true;
  return texture;
}

/** The light layer's two bytes per texel (lightLayer.ts) as an RG texture. */
function lightTexture(light: LightTexels): DataTexture {
  const texture = new DataTexture(light.texels, light.n, light.n, RGFormat);
  texture.unpackAlignment = 1; // rows of 2·521 bytes
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearFilter;
  texture.needsUpdate = true;
  return texture;
}

/** A 1 × 1 stand-in, so that the samplers are always bound. */
function emptyTexture(): DataTexture {
  const texture = new DataTexture(new Uint8Array(4), 1, 1, RGBAFormat);
  texture.needsUpdate = true;
  return texture;
}

/**
 * The south polar cap over `surface` (the LOLA/LALT heights, or the previous terrain: see
 * southPoleTerrain.ts), in the Moon group's local frame. Shadows come from marching the height grid toward
 * the true Sun (src/moon/shadow.ts); `detail` (LOLA's own 480 m normals) lights the relief finer than the
 * mesh; `light` is the lit-fraction layer, drawn while the "light" layer is on.
 */
export function SouthPole({ surface, detail, light }: { surface: SouthPoleSurface; detail: PolarDetail | null; light: LightTexels | null }) {
  const terrain = useMemo(() => buildTerrainMesh(surface.grid, surface.heightsKm), [surface]);
  const state = useMemo(() => ({ lastSun: vec3(), lastAtMs: -Infinity, shaded: null as unknown, sunLocal: new Vector3() }), []);
  const detailTexture = useMemo(() => (detail ? normalTexture(detail) : null), [detail]);
  const lightTextureOrNull = useMemo(() => (light ? lightTexture(light) : null), [light]);
  const empty = useMemo(() => emptyTexture(), []);
  const material = useMemo(
    () =>
      new ShaderMaterial({
        uniforms: {
          sunDirectionLocal: { value: new Vector3(1, 0, 0) },
          capCos: { value: POLAR_CAP_COS },
          detailNormals: { value: null },
          detailScale: { value: 0 },
          detailHalfSizeKm: { value: 0 },
          detailTexelKm: { value: 0 },
          radiansPerPixel: { value: 0 },
          lightMap: { value: null },
          lightScale: { value: 0 },
        },
        defines: {
          MOST_LIT_FROM: MOST_LIT_FROM.toFixed(3),
          MOST_LIT_FULL: MOST_LIT_FULL.toFixed(3),
        },
        vertexShader,
        fragmentShader,
      }),
    [],
  );
  const fine = useRef<Group>(null);
  const coarse = useRef<Mesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => () => terrain.dispose(), [terrain]);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => () => empty.dispose(), [empty]);
  useEffect(() => {
    const u = material.uniforms;
    u.detailNormals.value = detailTexture ?? empty;
    u.detailScale.value = detail ? squareTexScale(detail.n, detail.halfSizeKm) : 0;
    u.detailHalfSizeKm.value = detail ? detail.halfSizeKm : 0;
    invalidate();
    return () => detailTexture?.dispose();
  }, [material, detail, detailTexture, empty, invalidate]);
  useEffect(() => {
    material.uniforms.lightMap.value = lightTextureOrNull ?? empty;
    invalidate();
    return () => lightTextureOrNull?.dispose();
  }, [material, lightTextureOrNull, empty, invalidate]);
  // A new surface (the measured one, or the Moon Kit's arriving) needs a frame, and its first shadows in it.
  useEffect(() => invalidate(), [terrain, invalidate]);

  const detailTexelKm = detail ? (2 * detail.halfSizeKm) / (detail.n - 1) : 0;
  const lightScale = light ? squareTexScale(light.n, light.halfSizeKm) : 0;
  useFrame(({ camera, size, viewport }) => {
    const u = material.uniforms;
    if (camera instanceof PerspectiveCamera) u.radiansPerPixel.value = (2 * Math.tan((camera.fov * Math.PI) / 360)) / (size.height * viewport.dpr);
    // Level of detail: the fine tiles near the pole, the coarse cap from afar.
    let near = false;
    if (fine.current && coarse.current) {
      near = camera.position.distanceTo(fine.current.localToWorld(pole.set(0, -MOON_RADIUS_KM, 0))) < FINE_WITHIN_KM;
      fine.current.visible = near;
      coarse.current.visible = !near;
    }
    // Near: the 480 m relief where a texel covers a pixel (the vertex shader's weight); from afar (the
    // coarse cap, texels far below a pixel) not at all: a texel size of 0 turns it off.
    u.detailTexelKm.value = near ? detailTexelKm : 0;
    u.lightScale.value = useLayers.getState().layers.light ? lightScale : 0;
    const sun = frame.snapshot.sunDirectionMoonFixed;
    u.sunDirectionLocal.value.copy(astroToScene(sun, state.sunLocal));
    const now = performance.now();
    const fresh = state.shaded !== terrain;
    if (!fresh && (dot(sun, state.lastSun) > RESHADE_COS || now - state.lastAtMs < RESHADE_MIN_MS)) return;
    state.shaded = terrain;
    state.lastSun[0] = sun[0];
    state.lastSun[1] = sun[1];
    state.lastSun[2] = sun[2];
    state.lastAtMs = now;
    computeSunVisibility(terrain.grid, terrain.heightsKm, sun, terrain.visibility);
    terrain.visibilityAttribute.needsUpdate = true;
  });

  return (
    <group name="south-pole-terrain" dispose={null} userData={{ source: surface.source }}>
      <group ref={fine} name="south-pole-terrain-fine">
        {terrain.tiles.map((geometry, i) => (
          <mesh key={i} geometry={geometry} material={material} />
        ))}
      </group>
      <mesh ref={coarse} geometry={terrain.coarse} material={material} name="south-pole-terrain-coarse" visible={false} />
    </group>
  );
}
