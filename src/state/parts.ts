import { create } from 'zustand';
import type { AssemblyElement } from '../spacecraft/assembly';
import type { VehicleKind } from '../spacecraft/manifest';
import type { PartFacts } from '../spacecraft/partFacts';

/** A visiting vehicle's stay, as the parts list shows it (formatted in the user's language there). */
export interface VehicleStay {
  kind: VehicleKind;
  /** The manifest's name (`Soyuz MS-27`, `Crew Dragon Endeavour (Crew-11)`), put in the user's language by the label card. */
  name: string;
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

/**
 * What the hovered, tapped or focused part of the station says about itself, as data and i18n keys: the
 * label card and the parts list put it into words in the user's language at render.
 */
export interface PartInfo {
  /** The model node (`module-zvezda`, `vehicle-crew-11`): the part's id in the list and in the scene. */
  name: string;
  /** A module marker's text id: `zvezda` for the keys `part.zvezda.name`, `.role` and `.fact`. */
  textId?: string;
  /** The marker's assembly element (its arrival, departure and flight), where it has one. */
  element?: AssemblyElement;
  /** The figures and dates its fact names (part-facts.json). */
  facts?: PartFacts;
  /** Where the fact comes from: a citation, shown as written. */
  source: string;
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
