import { create } from 'zustand';

/**
 * Toggleable layers (a tour step sets them; free exploration shows all but the opt-in ones). `light`: the
 * south pole's lit-fraction map (permanently shadowed ground and the most-lit points) over the close-up
 * terrain, opt-in because it hides the true-Sun shading it is draped over.
 */
export const LAYER_NAMES = ['orbit', 'groundTrack', 'stars', 'moon', 'markers', 'labels', 'light'] as const;
export type LayerName = (typeof LAYER_NAMES)[number];
export type Layers = Record<LayerName, boolean>;

const ALL: Layers = { orbit: true, groundTrack: true, stars: true, moon: true, markers: true, labels: true, light: false };

/** Which spacecraft the scene shows: the ISS, or an illustrative orbit of an earlier one. */
export type SceneVehicle = 'iss' | 'mir' | 'astp';

interface LayersState {
  layers: Layers;
  vehicle: SceneVehicle;
  /**
   * Unix ms from which an earlier craft's illustrative position runs (the tour step's instant: see
   * historicStateTeme in src/spacecraft/history.ts); NaN when none was given.
   */
  vehicleEpochMs: number;
}

export const useLayers = create<LayersState>(() => ({ layers: ALL, vehicle: 'iss', vehicleEpochMs: NaN }));

export const layerActions = {
  show(visible: readonly LayerName[] | 'all', vehicle: SceneVehicle = 'iss', vehicleEpochMs = NaN) {
    const layers = visible === 'all' ? ALL : (Object.fromEntries(LAYER_NAMES.map((n) => [n, visible.includes(n)])) as Layers);
    useLayers.setState({ layers, vehicle, vehicleEpochMs });
  },
  toggle(name: LayerName) {
    const { layers } = useLayers.getState();
    useLayers.setState({ layers: { ...layers, [name]: !layers[name] } });
  },
};
