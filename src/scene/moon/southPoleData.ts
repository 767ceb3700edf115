import { loadLightLayer, type LightResult } from '../../moon/illumination';
import { loadPolarHeightGrid } from '../../moon/lola';
import { SOUTH_POLE_DATA } from '../../moon/moonTextures';
import { chooseSouthPoleTerrain, type SouthPoleTerrainChoice } from '../../moon/southPoleTerrain';

/** What the close-up is built from: the measured grids (or why not) and the lit-fraction layer (or why not). */
export interface SouthPoleData {
  terrain: SouthPoleTerrainChoice;
  light: LightResult;
}

let loading: Promise<SouthPoleData> | null = null;

/**
 * Fetches the LOLA and LALT height grids and the light layer (public/data/, ~1.4 MB together) once, when
 * the lunar detail first mounts. Never rejects: a missing or bad file comes back as a problem to show.
 */
export function loadSouthPoleData(): Promise<SouthPoleData> {
  const url = (file: string) => `${import.meta.env.BASE_URL}${file}`;
  loading ??= Promise.all([
    loadPolarHeightGrid(url(SOUTH_POLE_DATA.lola)),
    loadPolarHeightGrid(url(SOUTH_POLE_DATA.lalt)),
    loadLightLayer(url(SOUTH_POLE_DATA.light)),
  ]).then(([lola, lalt, light]) => ({ terrain: chooseSouthPoleTerrain(lola, lalt), light }));
  return loading;
}
