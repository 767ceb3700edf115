import { create } from 'zustand';

/** Visible messages about bad input or degraded operation. `tleError` has its own element. */
export interface Notice {
  id: string;
  text: string;
}

interface NoticesState {
  notices: Notice[];
  tleError: string | null;
}

export const useNotices = create<NoticesState>(() => ({ notices: [], tleError: null }));

export const noticeActions = {
  /** Adds or replaces the notice with this id. */
  show(id: string, text: string) {
    const others = useNotices.getState().notices.filter((n) => n.id !== id);
    useNotices.setState({ notices: [...others, { id, text }] });
    console.warn(`[notice] ${text}`);
  },
  dismiss(id: string) {
    useNotices.setState({ notices: useNotices.getState().notices.filter((n) => n.id !== id) });
  },
  setTleError(text: string | null) {
    useNotices.setState({ tleError: text });
  },
};
