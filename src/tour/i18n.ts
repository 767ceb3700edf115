import en from '../content/i18n/en.json';
import ja from '../content/i18n/ja.json';
import ru from '../content/i18n/ru.json';

/** Tour and UI strings. Pure: no React, no stores. English is the source language. */

export const LANGS = ['en', 'ru', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's name in that language, for a language switcher. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', ru: 'Русский', ja: '日本語' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export type Dictionary = Readonly<Record<string, string>>;
export type Dictionaries = Readonly<Record<Lang, Dictionary>>;
export type TranslateParams = Readonly<Record<string, string | number>>;
export type Translate = (lang: Lang, key: string, params?: TranslateParams) => string;

export const DICTIONARIES: Dictionaries = { en, ru, ja };

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
    const text = own(dicts[lang], key);
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

/** Translates with the app's dictionaries (src/content/i18n/*.json). */
export const translate: Translate = createTranslator(DICTIONARIES);
