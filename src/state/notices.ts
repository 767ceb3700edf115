import { create } from 'zustand';
import { translate } from '../tour/i18n';

/**
 * A parameter of a message: a value shown as it is (a number, a date, a file name, a parser's error text),
 * or `{ key }`, a word of the dictionaries translated with the message (the name of a scene part).
 */
export type MessageParam = string | number | { readonly key: string };
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** A translatable message: a dictionary key and its parameters, translated when shown (so in the current language). */
export interface Message {
  key: string;
  params?: MessageParams;
}

/** Visible messages about bad input or degraded operation. `tleError` has its own element. */
export interface Notice extends Message {
  id: string;
}

interface NoticesState {
  notices: Notice[];
  tleError: Message | null;
}

/** The text of a message with `translate` (bound to a language); `{ key }` parameters are translated with it. */
export function messageText(translate: (key: string, params?: Readonly<Record<string, string | number>>) => string, m: Message): string {
  if (!m.params) return translate(m.key);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(m.params)) params[name] = typeof value === 'object' ? translate(value.key) : value;
  return translate(m.key, params);
}

const english = (key: string, params?: Readonly<Record<string, string | number>>) => translate('en', key, params);

export const useNotices = create<NoticesState>(() => ({ notices: [], tleError: null }));

export const noticeActions = {
  /** Adds or replaces the notice with this id; the console gets it in English. */
  show(id: string, key: string, params?: MessageParams) {
    const others = useNotices.getState().notices.filter((n) => n.id !== id);
    const notice: Notice = params ? { id, key, params } : { id, key };
    useNotices.setState({ notices: [...others, notice] });
    console.warn(`[notice] ${messageText(english, notice)}`);
  },
  dismiss(id: string) {
    useNotices.setState({ notices: useNotices.getState().notices.filter((n) => n.id !== id) });
  },
  /** Shows why the elements were rejected (one message at a time). */
  setTleError(key: string, params?: MessageParams) {
    useNotices.setState({ tleError: params ? { key, params } : { key } });
  },
  clearTleError() {
    useNotices.setState({ tleError: null });
  },
};
