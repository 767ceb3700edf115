import en from '../content/i18n/en.json?section=core';
import type { DictionarySection, Lang } from '../content/vocabulary';

// The type the translate functions take, for their callers; the list of languages is vocabulary.ts's LANGS.
export type { Lang };

/**
 * Tour and UI strings. Pure: no React, no stores. The dictionaries (src/content/i18n/<lang>.json, one per
 * LANGS code) are found by the globs below. Each is split into its core and its sections (vocabulary.ts
 * DICTIONARY_SECTIONS; vite.config.ts dictionarySections): English's core is bundled; another language's core
 * is its own chunk, loaded when the language is first chosen (loadDictionary); each section is a chunk per
 * language, loaded when the part of the app that shows it first appears (loadSection).
 */

export type Dictionary = Readonly<Record<string, string>>;
export type Dictionaries = Readonly<Partial<Record<Lang, Dictionary>>> & { readonly en: Dictionary };
export type TranslateParams = Readonly<Record<string, string | number>>;
export type Translate = (lang: Lang, key: string, params?: TranslateParams) => string;

const DICTIONARY_DIR = '../content/i18n/';
// English is imported above, so it is left out here: a module imported both ways would not get its own chunk.
const LOADERS = import.meta.glob<Dictionary>(['../content/i18n/*.json', '!../content/i18n/en.json'], {
  import: 'default',
  query: { section: 'core' },
});
const SECTION_LOADERS: Readonly<Record<DictionarySection, Record<string, () => Promise<Dictionary>>>> = {
  tour: import.meta.glob<Dictionary>('../content/i18n/*.json', { import: 'default', query: { section: 'tour' } }),
  faq: import.meta.glob<Dictionary>('../content/i18n/*.json', { import: 'default', query: { section: 'faq' } }),
  passes: import.meta.glob<Dictionary>('../content/i18n/*.json', { import: 'default', query: { section: 'passes' } }),
  station: import.meta.glob<Dictionary>('../content/i18n/*.json', { import: 'default', query: { section: 'station' } }),
};

/** The dictionary files found in src/content/i18n/, by file name (e.g. `ru.json`). */
export const DICTIONARY_FILES: readonly string[] = ['en.json', ...Object.keys(LOADERS).map((path) => path.slice(DICTIONARY_DIR.length))];

/** The dictionaries loaded so far (English's core always), each its core with the sections loaded so far. */
const loaded: { -readonly [L in Lang]?: Dictionary } & { en: Dictionary } = { en };
/** Sections loaded, as `<lang>:<section>`, and the keys of those whose language's core has not come yet. */
const sectionsLoaded = new Set<string>();
const early: { [L in Lang]?: Dictionary } = {};

export function isDictionaryLoaded(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

export function isSectionLoaded(lang: Lang, section: DictionarySection): boolean {
  return sectionsLoaded.has(`${lang}:${section}`);
}

/** Loads a section of a language's dictionary once (its own chunk); rejects when it cannot be fetched. */
export async function loadSection(lang: Lang, section: DictionarySection): Promise<void> {
  if (isSectionLoaded(lang, section)) return;
  const load = SECTION_LOADERS[section][`${DICTIONARY_DIR}${lang}.json`];
  if (!load) throw new Error(`No dictionary src/content/i18n/${lang}.json`);
  const keys = await load();
  const core = loaded[lang];
  if (core) loaded[lang] = { ...core, ...keys };
  else early[lang] = { ...early[lang], ...keys };
  sectionsLoaded.add(`${lang}:${section}`);
}

/**
 * Loads a language's dictionary once (it is its own chunk); rejects when the chunk cannot be fetched or the
 * language has no dictionary file.
 */
export async function loadDictionary(lang: Lang): Promise<void> {
  if (lang === 'en' || loaded[lang]) return;
  const load = LOADERS[`${DICTIONARY_DIR}${lang}.json`];
  if (!load) throw new Error(`No dictionary src/content/i18n/${lang}.json`);
  const core = await load();
  loaded[lang] = { ...core, ...early[lang] };
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
