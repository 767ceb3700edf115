import { useCallback } from 'react';
import { create } from 'zustand';
import { isLang, translate, type Lang, type TranslateParams } from '../tour/i18n';

const STORAGE_KEY = 'common-orbit.lang';

function remembered(): Lang {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (isLang(v)) return v;
  } catch {
    // storage unavailable (private mode, kiosk policy): use the browser's language
  }
  const nav = typeof navigator !== 'undefined' ? navigator.language.slice(0, 2) : 'en';
  return isLang(nav) ? nav : 'en';
}

/** The interface language, remembered across visits. */
export const useLang = create<{ lang: Lang }>(() => ({ lang: remembered() }));

export function setLang(lang: Lang): void {
  useLang.setState({ lang });
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not remembered; still applied
  }
}

/**
 * A translate function bound to the current language (re-renders when it changes). The function is the
 * same object until the language changes, so effects that depend on it run only then.
 */
export function useT(): (key: string, params?: TranslateParams) => string {
  const lang = useLang((s) => s.lang);
  return useCallback((key: string, params?: TranslateParams) => translate(lang, key, params), [lang]);
}

/** For non-React code (the HUD's per-frame text). */
export function t(key: string, params?: TranslateParams): string {
  return translate(useLang.getState().lang, key, params);
}
