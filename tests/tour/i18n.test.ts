import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createTranslator,
  interpolate,
  isDictionaryLoaded,
  isLang,
  LANG_NAMES,
  LANGS,
  loadDictionary,
  translate,
  type Dictionaries,
} from '../../src/tour/i18n';

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
