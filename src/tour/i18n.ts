import en from '../content/i18n/en.json';

/**
 * Tour and UI strings. Pure: no React, no stores. English is the source language and is bundled; the other
 * dictionaries are their own chunks, loaded when their language is first chosen (loadDictionary).
 */

export const LANGS = ['en', 'ru', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's name in that language, for a language switcher. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', ru: 'Русский', ja: '日本語' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export type Dictionary = Readonly<Record<string, string>>;
export type Dictionaries = Readonly<Partial<Record<Lang, Dictionary>>> & { readonly en: Dictionary };
export type TranslateParams = Readonly<Record<string, string | number>>;
export type Translate = (lang: Lang, key: string, params?: TranslateParams) => string;

const LOADERS: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<{ default: Dictionary }>>> = {
  ru: () => import('../content/i18n/ru.json'),
  ja: () => import('../content/i18n/ja.json'),
};

/** The dictionaries loaded so far (English always). */
const loaded: { -readonly [L in Lang]?: Dictionary } & { en: Dictionary } = { en };

export function isDictionaryLoaded(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

/** Loads a language's dictionary once (it is its own chunk); rejects when the chunk cannot be fetched. */
export async function loadDictionary(lang: Lang): Promise<void> {
  if (lang === 'en' || loaded[lang]) return;
  loaded[lang] = (await LOADERS[lang]()).default;
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
