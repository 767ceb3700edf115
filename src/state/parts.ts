import { create } from 'zustand';

/** What the hovered, tapped or focused part of the station says about itself. */
export interface PartInfo {
  name: string;
  label: string;
  fact: string;
  source: string;
  uncertain?: string;
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
