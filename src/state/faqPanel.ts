import { create } from 'zustand';

/**
 * Whether the "Questions visitors ask" panel is open. The panel is its own chunk (src/ui/faq/); this flag is
 * all the first load carries. `?faq=1` in the address opens it (a kiosk page or a test can start there).
 */
export const FAQ_PARAM = 'faq';

function openedByAddress(): boolean {
  if (typeof window === 'undefined') return false;
  return new URLSearchParams(window.location.search).get(FAQ_PARAM) === '1';
}

export const useFaqPanel = create<{ open: boolean }>(() => ({ open: openedByAddress() }));

export const faqPanelActions = {
  open() {
    useFaqPanel.setState({ open: true });
  },
  close() {
    useFaqPanel.setState({ open: false });
  },
  toggle() {
    useFaqPanel.setState((s) => ({ open: !s.open }));
  },
};
