import type { Vec3 } from '../../astro/units';
import { HISTORIC_ORBITS, historicStateTeme, type HistoricVehicle } from '../../spacecraft/history';
import { useLayers } from '../../state/layers';

/**
 * The earlier craft the scene shows (Apollo–Soyuz, Mir), for the parts that must agree on where it is in
 * the same frame: the model, the close-up camera (views.ts) and the on-demand renderer. Small and not lazy;
 * the models themselves come with HistoricCraft's chunk.
 */

/** The shown craft's vehicle, or null while the scene shows the ISS. */
export function shownHistoricVehicle(): HistoricVehicle | null {
  const v = useLayers.getState().vehicle;
  return v === 'iss' ? null : v;
}

/** Writes the shown craft's illustrative state at `instantMs` (TEME km, km/s); false while the ISS is shown. */
export function historicCraftStateAt(instantMs: number, positionKm: Vec3, velocityKmPerS: Vec3): boolean {
  const vehicle = shownHistoricVehicle();
  if (!vehicle) return false;
  const epochMs = useLayers.getState().vehicleEpochMs;
  historicStateTeme(HISTORIC_ORBITS[vehicle], Number.isFinite(epochMs) ? epochMs : 0, instantMs, positionKm, velocityKmPerS);
  return true;
}

/**
 * The radius (km) of each craft as last drawn, for the close-up's distance: set by HistoricCraft once a model
 * is built (with its docked visitors); until then about the sizes the records give (Apollo–Soyuz 20.4 m
 * long, station-through-time.md B1; Mir with Atlantis about 60 m).
 */
export const craftRadiusKm: Record<HistoricVehicle, number> = { astp: 0.011, mir: 0.03 };
