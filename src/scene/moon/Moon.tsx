import { useTexture } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { DataTexture, Matrix4, SphereGeometry, SRGBColorSpace, Vector2, Vector3, type Group, type ShaderMaterial, type Texture } from 'three';
import { MOON_RADIUS_KM } from '../../astro/moon';
import { MOON_COLOR_TEXTURES } from '../../moon/moonTextures';
import { frame } from '../../state/frame';
import { useLunarData } from '../../state/lunarData';
import { astroRotationToScene, astroToScene } from '../frameMapping';
import { POLAR_CAP_COS, POLAR_CAP_OVERLAP_RAD, POLAR_CAP_RAD } from './polarCap';
import { useLunarMaps } from './useLunarMaps';
import { useMoonKit } from './useMoonKit';

const MOON_TEXTURE = `${import.meta.env.BASE_URL}${MOON_COLOR_TEXTURES.small.file}`;

const vertexShader = /* glsl */ `
varying vec2 vUv;
varying vec3 vNormalW;
varying vec3 vNormalLocal;
varying vec3 vPositionW;
varying vec3 vAxisW;
uniform sampler2D elevationMap;
uniform vec2 elevationRangeKm;
uniform float useElevation;
void main() {
  vUv = uv;
  vNormalLocal = normal;
  // LOLA relief from the optional Moon Kit: radius 1737.4 km + elevation (the mesh is scaled by the radius).
  float h = mix(elevationRangeKm.x, elevationRangeKm.y, texture2D(elevationMap, uv).r) * useElevation;
  vec3 displaced = position * (1.0 + h / 1737.4);
  vPositionW = (modelMatrix * vec4(displaced, 1.0)).xyz;
  vNormalW = normalize(mat3(modelMatrix) * normal);
  vAxisW = normalize(mat3(modelMatrix) * vec3(0.0, 1.0, 0.0));
  gl_Position = projectionMatrix * modelViewMatrix * vec4(displaced, 1.0);
}
`;

// Lommel–Seeliger-like lunar shading (the Moon's limb is not darkened as a Lambert sphere's would be), on
// the Kaguya relief of the normal map once it has loaded (moonTextures.ts MOON_NORMAL_TEXTURE: east/north/up
// tangent space, slopes ×2 as encoded), faded to the sphere's normal within ~2° of the poles, where the
// equirectangular map is degenerate (the south cap is the LOLA terrain's in any case).
const fragmentShader = /* glsl */ `
uniform sampler2D map;
uniform sampler2D normalMap;
uniform float useNormalMap;
uniform vec3 sunDirection;
uniform float polarCapCos;
varying vec2 vUv;
varying vec3 vNormalW;
varying vec3 vNormalLocal;
varying vec3 vPositionW;
varying vec3 vAxisW;
void main() {
  // The south-pole terrain replaces the sphere inside the cap (local −Y is the Moon's south pole).
  if (-normalize(vNormalLocal).y > polarCapCos) discard;
  vec3 up = normalize(vNormalW);
  vec3 n = up;
  if (useNormalMap > 0.5) {
    vec3 east = cross(vAxisW, up);
    float cosLat = length(east);
    east /= max(cosLat, 1e-6);
    vec3 north = cross(up, east);
    vec3 t = texture2D(normalMap, vUv).xyz * 2.0 - 1.0;
    n = normalize(mix(up, normalize(t.x * east + t.y * north + t.z * up), smoothstep(0.017, 0.035, cosLat)));
  }
  float mu0 = max(dot(n, sunDirection), 0.0);
  float mu = max(dot(n, normalize(cameraPosition - vPositionW)), 0.05);
  float light = 2.0 * mu0 / (mu0 + mu);
  vec3 albedo = texture2D(map, vUv).rgb;
  gl_FragColor = vec4(albedo * (light * 1.1 + 0.015), 1.0);
  #include <colorspace_fragment>
}
`;

/** Shared for the life of the page: see "Scene parts that come and go" in Scene.tsx. */
const MOON_SPHERE = new SphereGeometry(1, 96, 48);
/**
 * The sphere without the south-polar cap, for when the terrain draws it. The shader's cut still makes the
 * exact seam, but this sphere stops just past it, so it does not shade (and discard) every pixel under the
 * terrain: that hidden overdraw was most of the south-pole close-up's cost on software renderers.
 */
const MOON_SPHERE_WITHOUT_CAP = new SphereGeometry(1, 96, 46, 0, 2 * Math.PI, 0, Math.PI - POLAR_CAP_RAD + POLAR_CAP_OVERLAP_RAD);

const sunScene = new Vector3();
const rotation = new Matrix4();

/**
 * The Moon at its geocentric position, oriented by the IAU rotation model; children are in Moon-fixed
 * coordinates (mapped by `astroToScene`), km. `showPolarTerrain`: a lunar view has been used (the lunar
 * detail is mounted); from then on the LROC colour maps and the Kaguya relief load (useLunarMaps).
 */
export function Moon({ showPolarTerrain, children }: { showPolarTerrain: boolean; children?: React.ReactNode }) {
  const group = useRef<Group>(null);
  // The sphere gives up its polar cap once the terrain is there to fill it (its chunk and data load first).
  const cutCap = useLunarData((s) => showPolarTerrain && s.terrain !== null);
  const map = useTexture(MOON_TEXTURE, (t: Texture) => {
    t.colorSpace = SRGBColorSpace;
  });
  const uniforms = useMemo(
    () => ({
      map: { value: map },
      normalMap: { value: map },
      useNormalMap: { value: 0 },
      sunDirection: { value: new Vector3(1, 0, 0) },
      polarCapCos: { value: 2 },
      elevationMap: { value: map },
      elevationRangeKm: { value: new Vector2(0, 0) },
      useElevation: { value: 0 },
    }),
    [map],
  );
  const material = useRef<ShaderMaterial>(null);
  const kit = useMoonKit();
  const invalidate = useThree((s) => s.invalidate);
  // The LROC colour and Kaguya relief maps: fetched once a lunar view is first used (the lunar detail mounts
  // with it), not for the Earth view's Moon.
  const lunar = useLunarMaps(showPolarTerrain);
  useEffect(() => {
    const m = material.current;
    return () => m?.dispose();
  }, []);
  // R3F copies uniform entries into the material: later changes go to the material's own.
  useEffect(() => {
    const u = material.current?.uniforms;
    if (u) u.polarCapCos.value = cutCap ? POLAR_CAP_COS : 2;
    invalidate();
  }, [cutCap, invalidate]);
  // Colour: the Moon Kit's when installed, else the sharpest LROC map loaded, else the small map.
  useEffect(() => {
    const u = material.current?.uniforms;
    if (!u) return;
    u.map.value = kit?.color ?? lunar.color ?? map;
    u.normalMap.value = lunar.normal ?? map;
    u.useNormalMap.value = lunar.normal ? 1 : 0;
    invalidate(2);
  }, [kit, lunar, map, invalidate]);
  useEffect(() => {
    const u = material.current?.uniforms;
    if (!kit || !u) return;
    invalidate(2);
    if (kit.kit.elevation) {
      const texture = new DataTexture(Uint8Array.from(kit.elevation!.data), kit.elevation!.width, kit.elevation!.height);
      texture.flipY = true;
      texture.needsUpdate = true;
      u.elevationMap.value = texture;
      u.elevationRangeKm.value.set(...kit.kit.elevationRangeKm);
      u.useElevation.value = 1;
      return () => texture.dispose();
    }
  }, [kit, invalidate]);

  useFrame(() => {
    const g = group.current;
    if (!g) return;
    const s = frame.snapshot;
    astroToScene(s.moonPositionTemeKm, g.position);
    g.quaternion.setFromRotationMatrix(astroRotationToScene(s.rotationMoonFixedToTeme, rotation));
    material.current?.uniforms.sunDirection.value.copy(astroToScene(s.sunDirectionTeme, sunScene));
  });

  return (
    <group ref={group} name="moon" dispose={null} userData={{ source: kit ? 'cgi-moon-kit' : 'bundled' }}>
      <mesh scale={MOON_RADIUS_KM}>
        <primitive object={cutCap ? MOON_SPHERE_WITHOUT_CAP : MOON_SPHERE} attach="geometry" />
        <shaderMaterial ref={material} uniforms={uniforms} vertexShader={vertexShader} fragmentShader={fragmentShader} dispose={null} />
      </mesh>
      {children}
    </group>
  );
}
