import { create } from 'zustand';
import { LAYERS, type Layer, type Vehicle } from '../content/vocabulary';

/**
 * Which layers are shown (src/content/vocabulary.ts LAYERS): a tour step sets them; free exploration shows
 * all but the opt-in `light` map, which hides the true-Sun shading it is draped over.
 */
export type Layers = Record<Layer, boolean>;

const ALL: Layers = { orbit: true, groundTrack: true, stars: true, moon: true, markers: true, labels: true, light: false };

interface LayersState {
  layers: Layers;
  /** Which spacecraft the scene shows: the ISS, or an earlier one on its illustrative orbit. */
  vehicle: Vehicle;
  /**
   * Unix ms from which an earlier craft's illustrative position runs (the tour step's instant: see
   * historicStateTeme in src/spacecraft/history.ts); NaN when none was given.
   */
  vehicleEpochMs: number;
}

export const useLayers = create<LayersState>(() => ({ layers: ALL, vehicle: 'iss', vehicleEpochMs: NaN }));

export const layerActions = {
  show(visible: readonly Layer[] | 'all', vehicle: Vehicle = 'iss', vehicleEpochMs = NaN) {
    const layers = visible === 'all' ? ALL : (Object.fromEntries(LAYERS.map((n) => [n, visible.includes(n)])) as Layers);
    useLayers.setState({ layers, vehicle, vehicleEpochMs });
  },
  toggle(name: Layer) {
    const { layers } = useLayers.getState();
    useLayers.setState({ layers: { ...layers, [name]: !layers[name] } });
  },
};
