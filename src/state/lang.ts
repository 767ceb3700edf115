import { useCallback, useEffect } from 'react';
import { create } from 'zustand';
import { isLang, LANG_NAMES, type DictionarySection, type Lang } from '../content/vocabulary';
import { isDictionaryLoaded, isSectionLoaded, loadDictionary, loadSection, translate, type TranslateParams } from '../tour/i18n';
import { noticeActions } from './notices';

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

/**
 * The interface language, remembered across visits. It changes only once its dictionary, with the sections
 * asked for so far, is loaded. `sections` counts the sections loaded (what waits for one re-renders).
 */
export const useLang = create<{ lang: Lang; sections: number }>(() => ({ lang: 'en', sections: 0 }));
/** The dictionary sections a part of the app has asked for: a language chosen later loads them too. */
const wanted = new Set<DictionarySection>();

let pending: Promise<void> = Promise.resolve();
let requested: Lang = 'en';

function apply(lang: Lang): void {
  useLang.setState({ lang });
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not remembered; still applied
  }
}

/**
 * Switches the interface language: at once when its dictionary is loaded, else when it has loaded (the last
 * request wins). If it cannot load (offline before it was cached), the language stays and a notice says so.
 */
export function setLang(lang: Lang): Promise<void> {
  requested = lang;
  const missing = [...wanted].filter((section) => !isSectionLoaded(lang, section));
  if (isDictionaryLoaded(lang) && missing.length === 0) {
    apply(lang);
    return Promise.resolve();
  }
  pending = Promise.all([loadDictionary(lang), ...missing.map((section) => loadSection(lang, section))]).then(
    () => {
      if (requested === lang) apply(lang);
    },
    (e: Error) => noticeActions.show('lang', 'ui.errorLangLoad', { lang: LANG_NAMES[lang], error: e.message }),
  );
  return pending;
}

/** Resolves once the language asked for last has loaded (or failed): the app renders after it, in that language. */
export function langReady(): Promise<void> {
  return pending;
}

const initial = remembered();
if (initial !== 'en') void setLang(initial);

/**
 * A translate function bound to the current language (re-renders when it changes). The function is the
 * same object until the language changes, so effects that depend on it run only then.
 */
export function useT(): (key: string, params?: TranslateParams) => string {
  const lang = useLang((s) => s.lang);
  return useCallback((key: string, params?: TranslateParams) => translate(lang, key, params), [lang]);
}

/**
 * True once the current language's `sections` of the dictionaries are loaded; asks for them (a language
 * chosen later loads them too) from the first call. What shows their texts renders after them.
 */
export function useDictionarySection(...sections: DictionarySection[]): boolean {
  // Re-evaluated on every change of the store, the count of loaded sections included.
  // English too: the fallback of a missing translation, and the form some texts are read from (partText.ts).
  const ready = useLang((s) => sections.every((section) => isSectionLoaded(s.lang, section) && isSectionLoaded('en', section)));
  const list = sections.join(',');
  useEffect(() => {
    if (!ready) list.split(',').forEach((section) => requestSection(section as DictionarySection));
  }, [ready, list]);
  return ready;
}

function requestSection(section: DictionarySection): void {
  wanted.add(section);
  const { lang } = useLang.getState();
  Promise.all([loadSection(lang, section), loadSection('en', section)]).then(
    () => useLang.setState((s) => ({ sections: s.sections + 1 })),
    (e: Error) => noticeActions.show('lang', 'ui.errorLangLoad', { lang: LANG_NAMES[lang], error: e.message }),
  );
}

/** For non-React code (the HUD's per-frame text). */
export function t(key: string, params?: TranslateParams): string {
  return translate(useLang.getState().lang, key, params);
}
