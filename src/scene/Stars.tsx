import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { AdditiveBlending, BufferAttribute, BufferGeometry, Matrix4, ShaderMaterial, type Points } from 'three';
import { rotationJ2000ToTeme, starDirectionJ2000 } from '../astro/stars';
import { vec3 } from '../astro/vec';
import { frame } from '../state/frame';
import { astroRotationToScene } from './frameMapping';
import { starColorFromBv, starSizePx } from './starStyle';

/** Star catalogue as shipped in public/data/stars.json (see scripts/build-assets.mjs). */
export interface StarCatalog {
  columns: ['raDeg', 'decDeg', 'mag', 'bv'];
  stars: Array<[number, number, number, number]>;
}

const STAR_SPHERE_KM = 1e6;
/** Precession moves stars by ~50″/year: refresh the J2000→TEME rotation when the clock moves a month. */
const REORIENT_AFTER_MS = 30 * 86_400_000;

const vertexShader = /* glsl */ `
attribute float size;
attribute vec3 color;
varying vec3 vColor;
void main() {
  vColor = color;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  gl_Position.z = gl_Position.w; // on the far plane: behind everything, never clipped
  gl_PointSize = size;
}
`;
const fragmentShader = /* glsl */ `
varying vec3 vColor;
void main() {
  float r = length(gl_PointCoord - 0.5) * 2.0;
  float a = smoothstep(1.0, 0.2, r);
  gl_FragColor = vec4(vColor * a, 1.0);
}
`;

/** Shared for the life of the page: see "Scene parts that come and go" in Scene.tsx. */
const STAR_MATERIAL = new ShaderMaterial({ vertexShader, fragmentShader, blending: AdditiveBlending, depthWrite: false, transparent: true });

/** Stars at their J2000 RA/Dec, precessed to the date, at infinity (the group follows the camera). */
export function Stars({ catalog }: { catalog: StarCatalog }) {
  const points = useRef<Points>(null);
  const oriented = useRef<number | null>(null);
  const rotation = useMemo(() => new Matrix4(), []);
  const geometry = useMemo(() => {
    const n = catalog.stars.length;
    const position = new Float32Array(3 * n);
    const color = new Float32Array(3 * n);
    const size = new Float32Array(n);
    const d = vec3();
    catalog.stars.forEach(([ra, dec, mag, bv], i) => {
      starDirectionJ2000(ra, dec, d);
      // Catalogue J2000 axes map to the scene like TEME axes; precession is the object's rotation.
      position.set([d[0] * STAR_SPHERE_KM, d[2] * STAR_SPHERE_KM, -d[1] * STAR_SPHERE_KM], 3 * i);
      color.set(starColorFromBv(bv, mag), 3 * i);
      size[i] = starSizePx(mag);
    });
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(position, 3));
    g.setAttribute('color', new BufferAttribute(color, 3));
    g.setAttribute('size', new BufferAttribute(size, 1));
    return g;
  }, [catalog]);
  useEffect(() => () => geometry.dispose(), [geometry]);

  useFrame(({ camera }) => {
    const p = points.current;
    if (!p) return;
    p.position.copy(camera.position);
    const t = frame.snapshot.instantMs;
    if (oriented.current === null || Math.abs(t - oriented.current) > REORIENT_AFTER_MS) {
      oriented.current = t;
      p.quaternion.setFromRotationMatrix(astroRotationToScene(rotationJ2000ToTeme(t), rotation));
    }
  });

  return (
    <points ref={points} geometry={geometry} material={STAR_MATERIAL} frustumCulled={false} renderOrder={-1} name="stars" dispose={null} />
  );
}
