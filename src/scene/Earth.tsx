import { useTexture } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { LinearMipmapNearestFilter, ShaderMaterial, SRGBColorSpace, TextureLoader, Vector3, type Camera, type Group, type Mesh, type Texture } from 'three';
import { WGS84_A_KM, WGS84_F } from '../astro/frames';
import { frame } from '../state/frame';
import { earthFragmentShader, earthVertexShader } from './earthShader';
import { buildEarthTiles, tileFacesCamera } from './earthTiles';
import { astroToScene } from './frameMapping';

const base = import.meta.env.BASE_URL;
const LOW = [`${base}textures/earth-day-1k.jpg`, `${base}textures/earth-night-1k.jpg`, `${base}textures/earth-mask-1k.webp`];
const HIGH = [`${base}textures/earth-day-2k.jpg`, `${base}textures/earth-night-2k.jpg`, `${base}textures/earth-mask-2k.webp`];

const sunDirectionScene = new Vector3();
const cameraLocal = new Vector3();

function prepare(textures: Texture[]): void {
  textures[0].colorSpace = SRGBColorSpace;
  textures[1].colorSpace = SRGBColorSpace;
  for (const t of textures) t.anisotropy = 1;
  // The data mask (water, relief, clouds) samples one mip level, not a blend of two: half the texel reads
  // of the Earth's most-used image, with no visible change for data this smooth.
  textures[2].minFilter = LinearMipmapNearestFilter;
}

/**
 * The WGS84 Earth, turning by GMST about the scene's +Y (the TEME z-axis). Children of the returned
 * group are in Earth-fixed coordinates (ECEF mapped by `astroToScene`), in km.
 */
export function Earth({ children }: { children?: React.ReactNode }) {
  const group = useRef<Group>(null);
  const globe = useRef<Group>(null);
  const tileMeshes = useRef<(Mesh | null)[]>([]);
  const low = useTexture(LOW, prepare);
  const material = useMemo(
    () =>
      new ShaderMaterial({
        uniforms: {
          dayMap: { value: low[0] },
          nightMap: { value: low[1] },
          maskMap: { value: low[2] },
          sunDirection: { value: new Vector3(1, 0, 0) },
          bumpScale: { value: 25 },
        },
        vertexShader: earthVertexShader,
        fragmentShader: earthFragmentShader,
      }),
    [low],
  );
  const earth = useMemo(() => buildEarthTiles(), []);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => () => earth.dispose(), [earth]);

  // Only the tiles above the camera's horizon are drawn (the frustum culls those out of view). The test
  // runs just before three culls and draws, after every useFrame has placed the camera, so a cut from one
  // view to another never draws a frame with the old view's tiles.
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  // The first frame draws every tile, so each tile's buffers are uploaded once, at the start, and not at
  // whichever later view first shows it (a kiosk's GPU objects stay the same set from then on).
  useEffect(() => {
    const previous = scene.onBeforeRender;
    let uploaded = false;
    scene.onBeforeRender = (_renderer, _scene, camera: Camera) => {
      if (!globe.current) return;
      globe.current.worldToLocal(cameraLocal.setFromMatrixPosition(camera.matrixWorld));
      for (let i = 0; i < earth.tiles.length; i++) {
        const mesh = tileMeshes.current[i];
        if (!mesh) continue;
        mesh.visible = !uploaded || tileFacesCamera(earth.tiles[i], cameraLocal);
        mesh.frustumCulled = uploaded;
      }
      uploaded = true;
    };
    return () => {
      scene.onBeforeRender = previous;
    };
  }, [scene, earth]);

  // The first view uses small textures; the large ones load after the first frame and replace them.
  const high = useRef<{ started: boolean; disposed: boolean; textures: Texture[] }>({
    started: false,
    disposed: false,
    textures: [],
  });
  useEffect(() => {
    const h = high.current;
    h.disposed = false;
    return () => {
      h.disposed = true;
      for (const t of h.textures) t.dispose();
      h.textures = [];
      h.started = false;
    };
  }, []);
  const loadHigh = () => {
    const h = high.current;
    h.started = true;
    const loader = new TextureLoader();
    Promise.all(HIGH.map((url) => loader.loadAsync(url)))
      .then((textures) => {
        h.textures = textures;
        if (h.disposed) return textures.forEach((t) => t.dispose());
        prepare(textures);
        const u = material.uniforms;
        u.dayMap.value = textures[0];
        u.nightMap.value = textures[1];
        u.maskMap.value = textures[2];
        invalidate(2);
      })
      .catch(() => undefined); // keep the small textures: the view stays complete
  };

  useFrame(() => {
    if (!high.current.started && frame.frameCount > 2) loadHigh();
    const s = frame.snapshot;
    if (group.current) group.current.rotation.y = s.gmstRad;
    astroToScene(s.sunDirectionTeme, sunDirectionScene);
    material.uniforms.sunDirection.value.copy(sunDirectionScene);
  });

  return (
    <group ref={group}>
      <group ref={globe} scale={[WGS84_A_KM, WGS84_A_KM * (1 - WGS84_F), WGS84_A_KM]} name="earth">
        {earth.tiles.map((t, i) => (
          <mesh key={i} ref={(m) => void (tileMeshes.current[i] = m)} geometry={t.geometry} material={material} />
        ))}
      </group>
      {children}
    </group>
  );
}

/** Stand-in when the imagery cannot load: the right size and place, plainly coloured. */
export function PlainEarth() {
  return (
    <mesh scale={[WGS84_A_KM, WGS84_A_KM * (1 - WGS84_F), WGS84_A_KM]} name="earth-plain">
      <sphereGeometry args={[1, 64, 32]} />
      <meshBasicMaterial color="#1d3b66" />
    </mesh>
  );
}
