import { create } from 'zustand';

/** A visiting vehicle's stay, as the parts list shows it (formatted in the user's language there). */
export interface VehicleStay {
  /** Port id (`harmony-zenith`), or null where the sources do not record it. */
  port: string | null;
  from: string;
  to: string | null;
  crew: readonly { name: string; agency: string }[];
  /** Berthed by the arm to a CBM (Cygnus, HTV-X) rather than docked. */
  berthed: boolean;
  /** A cosmonaut on a Dragon or Starliner, an astronaut on a Soyuz, under the integrated-crew agreement. */
  seatSwap: boolean;
  /** Drawn at its port (a vehicle without a model, or without a recorded port, is listed but not drawn). */
  drawn: boolean;
  uncertain: readonly string[];
}

/** What the hovered, tapped or focused part of the station says about itself. */
export interface PartInfo {
  name: string;
  label: string;
  fact: string;
  source: string;
  uncertain?: string;
  vehicle?: VehicleStay;
}

interface PartsState {
  /** Parts of the station and the docked vehicles currently drawn (for the keyboard list). */
  parts: PartInfo[];
  selected: PartInfo | null;
}

export const useParts = create<PartsState>(() => ({ parts: [], selected: null }));

export const partActions = {
  setParts(parts: PartInfo[]) {
    useParts.setState({ parts });
  },
  select(selected: PartInfo | null) {
    if (useParts.getState().selected?.name !== selected?.name) useParts.setState({ selected });
  },
};
