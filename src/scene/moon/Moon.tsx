import { useTexture } from '@react-three/drei';
import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { Matrix4, SRGBColorSpace, Vector3, type Group, type Texture } from 'three';
import { MOON_RADIUS_KM } from '../../astro/moon';
import { frame } from '../../state/frame';
import { astroRotationToScene, astroToScene } from '../frameMapping';
import { POLAR_CAP_COS } from './polarCap';

const MOON_TEXTURE = `${import.meta.env.BASE_URL}textures/moon-256.jpg`;

const vertexShader = /* glsl */ `
varying vec2 vUv;
varying vec3 vNormalW;
varying vec3 vNormalLocal;
varying vec3 vPositionW;
void main() {
  vUv = uv;
  vNormalLocal = normal;
  vPositionW = (modelMatrix * vec4(position, 1.0)).xyz;
  vNormalW = normalize(mat3(modelMatrix) * normal);
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`;

// Lommel–Seeliger-like lunar shading (the Moon's limb is not darkened as a Lambert sphere's would be).
const fragmentShader = /* glsl */ `
uniform sampler2D map;
uniform vec3 sunDirection;
uniform float polarCapCos;
varying vec2 vUv;
varying vec3 vNormalW;
varying vec3 vNormalLocal;
varying vec3 vPositionW;
void main() {
  // The south-pole terrain replaces the sphere inside the cap (local −Y is the Moon's south pole).
  if (-normalize(vNormalLocal).y > polarCapCos) discard;
  vec3 n = normalize(vNormalW);
  float mu0 = max(dot(n, sunDirection), 0.0);
  float mu = max(dot(n, normalize(cameraPosition - vPositionW)), 0.05);
  float light = 2.0 * mu0 / (mu0 + mu);
  vec3 albedo = texture2D(map, vUv).rgb;
  gl_FragColor = vec4(albedo * (light * 1.1 + 0.015), 1.0);
  #include <colorspace_fragment>
}
`;

const sunScene = new Vector3();
const rotation = new Matrix4();

/**
 * The Moon at its geocentric position, oriented by the IAU rotation model; children are in Moon-fixed
 * coordinates (mapped by `astroToScene`), km.
 */
export function Moon({ showPolarTerrain, children }: { showPolarTerrain: boolean; children?: React.ReactNode }) {
  const group = useRef<Group>(null);
  const map = useTexture(MOON_TEXTURE, (t: Texture) => {
    t.colorSpace = SRGBColorSpace;
  });
  const uniforms = useMemo(
    () => ({ map: { value: map }, sunDirection: { value: new Vector3(1, 0, 0) }, polarCapCos: { value: 2 } }),
    [map],
  );
  uniforms.polarCapCos.value = showPolarTerrain ? POLAR_CAP_COS : 2;

  useFrame(() => {
    const g = group.current;
    if (!g) return;
    const s = frame.snapshot;
    astroToScene(s.moonPositionTemeKm, g.position);
    g.quaternion.setFromRotationMatrix(astroRotationToScene(s.rotationMoonFixedToTeme, rotation));
    uniforms.sunDirection.value.copy(astroToScene(s.sunDirectionTeme, sunScene));
  });

  return (
    <group ref={group} name="moon">
      <mesh scale={MOON_RADIUS_KM}>
        <sphereGeometry args={[1, 96, 48]} />
        <shaderMaterial uniforms={uniforms} vertexShader={vertexShader} fragmentShader={fragmentShader} />
      </mesh>
      {children}
    </group>
  );
}
