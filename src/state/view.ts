import { create } from 'zustand';

/** Camera views. Later capabilities add 'moon' and 'shackleton'. */
export const VIEWS = ['earth', 'iss'] as const;
export type View = (typeof VIEWS)[number];

export function isView(v: string): v is View {
  return (VIEWS as readonly string[]).includes(v);
}

interface ViewState {
  view: View;
}

export const useView = create<ViewState>(() => ({ view: 'earth' }));

export const viewActions = {
  setView(view: View) {
    useView.setState({ view });
  },
};
