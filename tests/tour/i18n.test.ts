import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import enDict from '../../src/content/i18n/en.json';
import jaDict from '../../src/content/i18n/ja.json';
import ruDict from '../../src/content/i18n/ru.json';
import { EARLIER_VEHICLES, isLang, LANG_NAMES, LANGS, type Lang } from '../../src/content/vocabulary';
import {
  createTranslator,
  interpolate,
  isDictionaryLoaded,
  loadDictionary,
  translate,
  type Dictionaries,
} from '../../src/tour/i18n';
import { TOUR_FILES } from '../../src/tour/loadTour';

const DICTS: Dictionaries = {
  en: { 'ui.hello': 'Hello, {name}!', 'ui.only-en': 'English only', 'ui.step': 'Step {n} of {total}' },
  ru: { 'ui.hello': 'Привет, {name}!', 'ui.step': 'Шаг {n} из {total}' },
  ja: { 'ui.hello': 'こんにちは、{name}さん！' },
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('translate', () => {
  it('returns the string in the requested language', () => {
    const t = createTranslator(DICTS);
    expect(t('ru', 'ui.hello', { name: 'Юрий' })).toBe('Привет, Юрий!');
    expect(t('ja', 'ui.hello', { name: '油井' })).toBe('こんにちは、油井さん！');
  });

  it('falls back to English for a key missing in ru or ja, warning once per key and language', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const t = createTranslator(DICTS);
    expect(t('ru', 'ui.only-en')).toBe('English only');
    expect(t('ru', 'ui.only-en')).toBe('English only');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain('ui.only-en');

    expect(t('ja', 'ui.step', { n: 2, total: 9 })).toBe('Step 2 of 9');
    expect(t('ja', 'ui.step', { n: 3, total: 9 })).toBe('Step 3 of 9');
    expect(warn).toHaveBeenCalledTimes(2);

    expect(t('ja', 'ui.only-en')).toBe('English only');
    expect(warn).toHaveBeenCalledTimes(3);
    expect(t('en', 'ui.only-en')).toBe('English only');
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('returns the key itself when English lacks it too (and warns once)', () => {
    const warn = vi.fn();
    const t = createTranslator(DICTS, warn);
    expect(t('en', 'ui.nowhere')).toBe('ui.nowhere');
    expect(t('en', 'ui.nowhere')).toBe('ui.nowhere');
    expect(t('ru', 'ui.nowhere')).toBe('ui.nowhere');
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('substitutes {params}, including 0, and leaves unknown placeholders alone', () => {
    const t = createTranslator(DICTS);
    expect(t('en', 'ui.step', { n: 0, total: 21 })).toBe('Step 0 of 21');
    expect(t('en', 'ui.step', { n: 1 })).toBe('Step 1 of {total}');
    expect(t('en', 'ui.step')).toBe('Step {n} of {total}');
    expect(interpolate('{a}{a} {b}', { a: 'x', b: '{a}' })).toBe('xx {a}');
    expect(interpolate('{constructor}', {})).toBe('{constructor}');
  });

  it('reads a dictionary not loaded yet as English, without a warning', () => {
    const warn = vi.fn();
    const english = createTranslator({ en: DICTS.en }, warn);
    expect(english('ru', 'ui.hello', { name: 'Anna' })).toBe('Hello, Anna!');
    expect(english('ja', 'ui.no-such-key')).toBe('ui.no-such-key');
    expect(warn).not.toHaveBeenCalled();
  });

  it('loads the ru and ja dictionaries on demand (their own chunks), English from the start', async () => {
    expect(isDictionaryLoaded('en')).toBe(true);
    expect(isDictionaryLoaded('ru')).toBe(false);
    expect(translate('ru', 'ui.step', { n: 3, total: 21 })).toBe('Step 3 of 21');
    await Promise.all([loadDictionary('ru'), loadDictionary('ja')]);
    expect(isDictionaryLoaded('ru') && isDictionaryLoaded('ja')).toBe(true);
  });

  it('works with the app’s dictionaries', () => {
    expect(translate('en', 'ui.step', { n: 3, total: 21 })).toBe('Step 3 of 21');
    expect(translate('ru', 'ui.step', { n: 3, total: 21 })).toBe('Шаг 3 из 21');
    expect(translate('ja', 'ui.step', { n: 3, total: 21 })).toBe('ステップ 3／21');
    expect(translate('en', 'ui.errorStep', { step: 40, nearest: 21 })).toBe('Step 40 does not exist; showing step 21.');
    expect(translate('en', 'ui.errorTour', { error: 'bad JSON' })).toBe('This tour could not be loaded: bad JSON');
    expect(translate('en', 'ui.projection')).toBe('Projection — not history');
  });

  it('warns through console.warn for the app’s dictionaries too', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(translate('ja', 'ui.no-such-key-for-test')).toBe('ui.no-such-key-for-test');
    expect(translate('ja', 'ui.no-such-key-for-test')).toBe('ui.no-such-key-for-test');
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('languages', () => {
  it('lists en, ru and ja with their own names', () => {
    expect([...LANGS]).toEqual(['en', 'ru', 'ja']);
    expect(LANG_NAMES).toEqual({ en: 'English', ru: 'Русский', ja: '日本語' });
  });

  it('isLang accepts exactly the supported codes', () => {
    for (const l of LANGS) expect(isLang(l)).toBe(true);
    for (const v of ['EN', 'de', '', 'english', null, undefined, 1, {}]) expect(isLang(v)).toBe(false);
  });
});

describe('every key the app uses is translated', () => {
  const dicts: Record<Lang, Readonly<Record<string, string>>> = { en: enDict, ru: ruDict, ja: jaDict };
  const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
  const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => ({ file: `src/${f.replaceAll('\\', '/')}`, text: readFileSync(SRC + f, 'utf8') }));
  const prefixes = [...new Set(Object.keys(enDict).map((k) => k.split('.')[0]))];
  /** A string literal that starts with a dictionary's first segment (`'ui.play'`, `"passes.errorHeight"`)… */
  const keyLiteral = new RegExp(`(['"\`])((?:${prefixes.join('|')})\\.[A-Za-z0-9][A-Za-z0-9.-]*)\\1`, 'g');
  /** …or any dotted literal handed to t() or translate(lang, …), or given as a `key:` or `…Key:` field. */
  const keyArgument = /\b(?:t|translate)\((?:[^'"`,;]*,)?\s*(['"`])([A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+)\1/g;
  const keyField = /\b(?:key|[a-z]+Key)\s*:\s*(['"`])([A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+)\1/g;
  const FILE_NAME = /\.(json|txt|tle|glb|bin|jpg|png|webp|svg|js|mjs)$/;

  const used = new Map<string, string>();
  for (const { file, text } of sources) {
    for (const re of [keyLiteral, keyArgument, keyField]) {
      for (const m of text.matchAll(re)) if (!FILE_NAME.test(m[2]) && !used.has(m[2])) used.set(m[2], file);
    }
  }
  const tourKeys = TOUR_FILES.flatMap(({ fileName, json }) => {
    const tour = json as { titleKey: string; waypoints: { titleKey: string; captionKey: string; descriptionKey: string }[] };
    return [tour.titleKey, ...tour.waypoints.flatMap((w) => [w.titleKey, w.captionKey, w.descriptionKey])].map((key) => ({ key, file: fileName }));
  });

  it('finds the keys in the source', () => {
    expect(used.get('ui.step')).toBeDefined();
    expect(used.get('view.views')).toBe('src/ui/ViewSwitch.tsx');
    expect(used.size).toBeGreaterThan(100);
  });

  it('holds each key literal in src/ in en, ru and ja (no silent fallback to English or to the key)', () => {
    const missing = [...used].flatMap(([key, file]) => LANGS.filter((l) => !dicts[l][key]).map((l) => `${l}: ${key} (${file})`));
    expect(missing).toEqual([]);
  });

  it('holds every tour key in en, ru and ja', () => {
    const missing = tourKeys.flatMap(({ key, file }) => LANGS.filter((l) => !dicts[l][key]).map((l) => `${l}: ${key} (${file})`));
    expect(missing).toEqual([]);
  });

  it('holds a key for each word the UI names by pattern (craft.<vehicle>, the view switch’s views)', () => {
    const keys = [...EARLIER_VEHICLES.map((v) => `craft.${v}`), 'ui.earth', 'ui.followIss', 'ui.moon', 'ui.shackleton'];
    const missing = keys.flatMap((key) => LANGS.filter((l) => !dicts[l][key]).map((l) => `${l}: ${key}`));
    expect(missing).toEqual([]);
  });

  it('has at least one key for each key prefix built in a template (`compass.${point}`)', () => {
    const built = new Map<string, string>();
    for (const { file, text } of sources) {
      for (const m of text.matchAll(/`([a-z]+(?:\.[A-Za-z0-9-]+)*\.)\$\{/g)) if (prefixes.includes(m[1].split('.')[0])) built.set(m[1], file);
    }
    expect(built.size).toBeGreaterThan(0);
    const missing = [...built].filter(([prefix]) => !Object.keys(enDict).some((k) => k.startsWith(prefix))).map(([p, f]) => `${p}… (${f})`);
    expect(missing).toEqual([]);
  });
});
