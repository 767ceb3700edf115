import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CAMERA_KINDS,
  EARLIER_VEHICLES,
  isCameraKind,
  isLang,
  isLayer,
  isLunarView,
  isVehicle,
  isView,
  LANG_NAMES,
  LANGS,
  LAYERS,
  STEP_VIEWS,
  VEHICLES,
  VIEWS,
} from '../../src/content/vocabulary';
import { KioskConfigSchema } from '../../src/kiosk/config';
import { HISTORIC_ORBITS } from '../../src/spacecraft/history';
import { DICTIONARY_FILES } from '../../src/tour/i18n';
import { TOUR_FILES } from '../../src/tour/loadTour';
import { CameraSchema, LayerSchema, VehicleSchema } from '../../src/tour/schema';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const sourceFiles = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => f.replaceAll('\\', '/'));

const LISTS: Record<string, readonly string[]> = { layers: LAYERS, vehicles: VEHICLES, 'camera kinds': CAMERA_KINDS, languages: LANGS };

/**
 * The vocabulary lists a piece of source restates: for each flat array literal (`['a', 'b']`) and each
 * union of string literals (`'a' | 'b'`), the lists of which it names two or more words as bare elements.
 */
function restatedLists(source: string): string[] {
  const found: string[] = [];
  const arrays = [...source.matchAll(/\[[^[\]]*\]/g)].map((m) => [...m[0].matchAll(/[[,]\s*(['"`])([A-Za-z-]+)\1\s*(?=[,\]])/g)].map((w) => w[2]));
  const unions = [...source.matchAll(/(?:(['"])[A-Za-z-]+\1\s*\|\s*)+(['"])[A-Za-z-]+\2/g)].map((m) => [...m[0].matchAll(/['"]([A-Za-z-]+)['"]/g)].map((w) => w[1]));
  for (const words of [...arrays, ...unions]) {
    for (const [name, list] of Object.entries(LISTS)) {
      const named = list.filter((w) => words.includes(w));
      if (named.length >= 2) found.push(`${name}: ${named.join(', ')}`);
    }
  }
  return found;
}

describe('one vocabulary', () => {
  it('the detector finds restated lists, and not look-alikes', () => {
    expect(restatedLists(`const L = ['orbit', 'stars'];`)).toEqual(['layers: orbit, stars']);
    expect(restatedLists(`type V = 'iss' | 'mir' | 'astp';`)).toEqual(['vehicles: iss, mir, astp']);
    expect(restatedLists(`languages: ['en', 'ru', 'ja'],`)).toEqual(['languages: en, ru, ja']);
    expect(restatedLists(`new Set(["earth",\n  "shackleton"])`)).toEqual(['camera kinds: earth, shackleton']);
    expect(restatedLists(`[z.literal('earth'), z.literal('iss')]; { earth: 1, moon: 2 }; ['moon'];`)).toEqual([]);
  });

  it('no module under src/ but src/content/vocabulary.ts lists layers, vehicles, views or languages', () => {
    const offenders = sourceFiles
      .filter((f) => f !== 'content/vocabulary.ts')
      .flatMap((f) => restatedLists(readFileSync(SRC + f, 'utf8')).map((l) => `src/${f}: ${l}`));
    expect(offenders).toEqual([]);
  });

  it('the tour and kiosk schemas take exactly the vocabulary', () => {
    expect(LayerSchema.options).toEqual([...LAYERS]);
    expect(VehicleSchema.options).toEqual([...VEHICLES]);
    expect(CameraSchema.options.map((o) => o.shape.kind.value).sort()).toEqual([...CAMERA_KINDS].sort());
    expect(KioskConfigSchema.shape.languages.element.options).toEqual([...LANGS]);
    expect(KioskConfigSchema.shape.defaultLanguage.options).toEqual([...LANGS]);
  });

  it('every earlier vehicle has an orbit ring, and no other', () => {
    expect(Object.keys(HISTORIC_ORBITS).sort()).toEqual([...EARLIER_VEHICLES].sort());
    expect(VEHICLES).toEqual(['iss', ...EARLIER_VEHICLES]);
  });

  it('splits the camera kinds into URL views and tour-only views', () => {
    expect([...CAMERA_KINDS]).toEqual([...VIEWS, ...STEP_VIEWS]);
    expect(CAMERA_KINDS.filter(isLunarView)).toEqual(['moon', 'shackleton']);
  });

  it('names each language in that language', () => {
    expect(Object.keys(LANG_NAMES)).toEqual([...LANGS]);
  });

  it('its guards accept exactly their words', () => {
    const guards = [
      [isLayer, LAYERS],
      [isVehicle, VEHICLES],
      [isView, VIEWS],
      [isCameraKind, CAMERA_KINDS],
      [isLang, LANGS],
    ] as const;
    for (const [guard, list] of guards) {
      for (const w of list) expect(guard(w), w).toBe(true);
      for (const v of ['', 'EN', 'Earth', 'clouds', 'mars', 'toString', null, undefined, 1, {}]) expect(guard(v)).toBe(false);
    }
    expect(isView('ground')).toBe(false);
    expect(isVehicle('skylab')).toBe(false);
  });
});

describe('content found by folder', () => {
  const jsonIn = (dir: string) =>
    readdirSync(fileURLToPath(new URL(`../../src/content/${dir}/`, import.meta.url)))
      .filter((f) => f.endsWith('.json'))
      .sort();

  it('every tour file in src/content/tours is loaded', () => {
    expect(TOUR_FILES.map((f) => f.fileName).sort()).toEqual(jsonIn('tours'));
    for (const f of TOUR_FILES) expect(f.json, f.fileName).toEqual(expect.objectContaining({ waypoints: expect.any(Array) }));
  });

  it('every dictionary in src/content/i18n is found, one per language', () => {
    expect([...DICTIONARY_FILES].sort()).toEqual(jsonIn('i18n'));
    expect(LANGS.map((l) => `${l}.json`).sort()).toEqual(jsonIn('i18n'));
  });
});
