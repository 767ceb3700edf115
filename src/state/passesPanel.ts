import { create } from 'zustand';
import { OBSERVER_PARAM } from '../astro/observer';

/**
 * Whether the "when can I see it?" panel is open. The panel itself is its own chunk (src/ui/passes/); this
 * flag is all the first load carries. An address with `passes` or `observer` (a shared link, the kiosk's QR
 * code) opens it.
 */
export const PASSES_PARAM = 'passes';
/** The pass shown from the ground (state/skyView.ts), by its rise: `pass=2026-09-17T16:55:04Z` (ISO UTC, to the second). */
export const PASS_PARAM = 'pass';

function openedByAddress(): boolean {
  if (typeof window === 'undefined') return false;
  const params = new URLSearchParams(window.location.search);
  return params.has(PASSES_PARAM) || params.has(OBSERVER_PARAM);
}

export const usePassesPanel = create<{ open: boolean }>(() => ({ open: openedByAddress() }));

export const passesPanelActions = {
  open() {
    usePassesPanel.setState({ open: true });
  },
  close() {
    usePassesPanel.setState({ open: false });
  },
};
