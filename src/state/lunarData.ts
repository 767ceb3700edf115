import { create } from 'zustand';
import type { SouthPoleSurface } from '../moon/southPoleTerrain';

/**
 * What the lunar close-up was built from, once its data have loaded (null before): the terrain's heights
 * (measured, or the previous terrain after a bad file) and whether the light layer can be shown.
 */
export const useLunarData = create<{ terrain: SouthPoleSurface['source'] | null; light: 'ready' | 'unavailable' | null }>(() => ({
  terrain: null,
  light: null,
}));
