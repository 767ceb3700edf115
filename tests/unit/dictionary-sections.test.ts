import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DICTIONARY_SECTIONS, LANGS, sectionOfKey, type DictionarySection } from '../../src/content/vocabulary';

/*
 * The dictionaries are split into a core and sections (vite.config.ts dictionarySections): the pieces of each
 * language add up to its file, key for key, with no key in two pieces, and the core (what the first view
 * loads) holds no key of a section.
 */
const SECTIONS = Object.keys(DICTIONARY_SECTIONS) as DictionarySection[];
const PIECES = {
  core: import.meta.glob<Record<string, string>>('../../src/content/i18n/*.json', { import: 'default', query: { section: 'core' } }),
  tour: import.meta.glob<Record<string, string>>('../../src/content/i18n/*.json', { import: 'default', query: { section: 'tour' } }),
  faq: import.meta.glob<Record<string, string>>('../../src/content/i18n/*.json', { import: 'default', query: { section: 'faq' } }),
  passes: import.meta.glob<Record<string, string>>('../../src/content/i18n/*.json', { import: 'default', query: { section: 'passes' } }),
  station: import.meta.glob<Record<string, string>>('../../src/content/i18n/*.json', { import: 'default', query: { section: 'station' } }),
} satisfies Record<DictionarySection | 'core', unknown>;

describe.each(LANGS)('%s dictionary sections', (lang) => {
  const file: Record<string, string> = JSON.parse(readFileSync(`src/content/i18n/${lang}.json`, 'utf8'));

  it('add up to the file, each key in one piece only', async () => {
    const seen: Record<string, string> = {};
    for (const piece of ['core', ...SECTIONS] as const) {
      const keys = await PIECES[piece][`../../src/content/i18n/${lang}.json`]();
      for (const [key, text] of Object.entries(keys)) {
        expect(seen[key], `${key} in two pieces`).toBeUndefined();
        expect(sectionOfKey(key)).toBe(piece);
        seen[key] = text;
      }
    }
    expect(seen).toEqual(file);
  });

  it('each section has keys (a prefix that matches nothing is a mistake)', async () => {
    for (const section of SECTIONS) {
      const keys = await PIECES[section][`../../src/content/i18n/${lang}.json`]();
      expect(Object.keys(keys).length, section).toBeGreaterThan(0);
    }
  });
});
