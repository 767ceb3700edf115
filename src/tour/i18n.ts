import en from '../content/i18n/en.json';
import type { Lang } from '../content/vocabulary';

// The type the translate functions take, for their callers; the list of languages is vocabulary.ts's LANGS.
export type { Lang };

/**
 * Tour and UI strings. Pure: no React, no stores. English is the source language and is bundled; the other
 * dictionaries (src/content/i18n/<lang>.json, one per LANGS code) are found by the glob below and are
 * their own chunks, loaded when their language is first chosen (loadDictionary).
 */

export type Dictionary = Readonly<Record<string, string>>;
export type Dictionaries = Readonly<Partial<Record<Lang, Dictionary>>> & { readonly en: Dictionary };
export type TranslateParams = Readonly<Record<string, string | number>>;
export type Translate = (lang: Lang, key: string, params?: TranslateParams) => string;

const DICTIONARY_DIR = '../content/i18n/';
// English is imported above, so it is left out here: a module imported both ways would not get its own chunk.
const LOADERS = import.meta.glob<Dictionary>(['../content/i18n/*.json', '!../content/i18n/en.json'], { import: 'default' });

/** The dictionary files found in src/content/i18n/, by file name (e.g. `ru.json`). */
export const DICTIONARY_FILES: readonly string[] = ['en.json', ...Object.keys(LOADERS).map((path) => path.slice(DICTIONARY_DIR.length))];

/** The dictionaries loaded so far (English always). */
const loaded: { -readonly [L in Lang]?: Dictionary } & { en: Dictionary } = { en };

export function isDictionaryLoaded(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

/**
 * Loads a language's dictionary once (it is its own chunk); rejects when the chunk cannot be fetched or the
 * language has no dictionary file.
 */
export async function loadDictionary(lang: Lang): Promise<void> {
  if (lang === 'en' || loaded[lang]) return;
  const load = LOADERS[`${DICTIONARY_DIR}${lang}.json`];
  if (!load) throw new Error(`No dictionary src/content/i18n/${lang}.json`);
  loaded[lang] = await load();
}

/** Replaces each `{name}` with params.name; placeholders without a value are left as they are. */
export function interpolate(template: string, params?: TranslateParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/**
 * Builds a translate function over the given dictionaries. A key missing in ru/ja falls back to
 * English; a key missing in English too returns the key itself. Each missing (language, key) pair
 * is reported with console.warn once, not on every render.
 */
export function createTranslator(
  dicts: Dictionaries,
  warn: (message: string) => void = (message) => console.warn(message),
): Translate {
  const warned = new Set<string>();
  const warnOnce = (id: string, message: string) => {
    if (warned.has(id)) return;
    warned.add(id);
    warn(message);
  };
  const own = (dict: Dictionary, key: string): string | undefined =>
    Object.prototype.hasOwnProperty.call(dict, key) ? dict[key] : undefined;

  return (lang, key, params) => {
    const dict = dicts[lang];
    // A dictionary not loaded yet reads as English, without a warning: its language is not shown until loaded.
    if (dict === undefined) return interpolate(own(dicts.en, key) ?? key, params);
    const text = own(dict, key);
    if (text !== undefined) return interpolate(text, params);
    const english = lang === 'en' ? undefined : own(dicts.en, key);
    if (english !== undefined) {
      warnOnce(`${lang}\u0000${key}`, `[i18n] "${key}" is missing in ${lang}; using English.`);
      return interpolate(english, params);
    }
    warnOnce(`${lang}\u0000${key}`, `[i18n] "${key}" is missing in en${lang === 'en' ? '' : ` and ${lang}`}; showing the key.`);
    return key;
  };
}

/** Translates with the app's dictionaries (src/content/i18n/*.json) loaded so far. */
export const translate: Translate = createTranslator(loaded);
