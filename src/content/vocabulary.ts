/**
 * The app's words, each listed once: scene layers, vehicles, camera views and languages. The tour schema,
 * the stores, the URL and kiosk parsers and the UI all import them from here (tests/unit/vocabulary.test.ts
 * checks that no other module under src/ declares its own list). Pure: no zod, three, React or zustand.
 */

const includes = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/**
 * Scene layers a tour step sets and free exploration toggles:
 * - orbit: the ISS's orbit ring (an earlier craft's ring is shown by its vehicle instead);
 * - groundTrack: the ISS's track on the Earth's surface;
 * - stars: the star background;
 * - moon: the Moon, with its south-pole terrain in the lunar views;
 * - markers: the lunar sites (Shackleton, Artemis and ILRS candidate regions) on the south-pole terrain;
 * - labels: text labels in the scene (the station's parts, an earlier craft's name);
 * - light: the south pole's lit-fraction map (permanently shadowed ground, the most-lit points) draped over
 *   the close-up terrain; opt-in in free exploration, because it hides the true-Sun shading beneath it.
 */
export const LAYERS = ['orbit', 'groundTrack', 'stars', 'moon', 'markers', 'labels', 'light'] as const;
export type Layer = (typeof LAYERS)[number];
export const isLayer = (value: unknown): value is Layer => includes(LAYERS, value);

/**
 * Craft the scene can show before the ISS existed, each on an illustrative orbit ring
 * (src/spacecraft/history.ts HISTORIC_ORBITS): mir, the Mir station (51.6°, ~400 km, 1986–2001);
 * astp, the docked Apollo–Soyuz Test Project stack (51.8°, ~217×231 km, July 1975).
 */
export const EARLIER_VEHICLES = ['mir', 'astp'] as const;
export type EarlierVehicle = (typeof EARLIER_VEHICLES)[number];
/** Which spacecraft the scene shows (a tour step's `vehicle`): the ISS (the default), or an earlier craft. */
export const VEHICLES = ['iss', ...EARLIER_VEHICLES] as const;
export type Vehicle = (typeof VEHICLES)[number];
export const isVehicle = (value: unknown): value is Vehicle => includes(VEHICLES, value);
export const isEarlierVehicle = (value: unknown): value is EarlierVehicle => includes(EARLIER_VEHICLES, value);

/**
 * Views a URL (`?view=`) and the view switch can name, each a place the camera can go unaided:
 * - earth: the whole globe from about 22,000 km, facing the hemisphere the ISS is over;
 * - iss: the station close up, in its orbital (LVLH) frame;
 * - moon: the whole Moon, tipped so its south pole faces the camera;
 * - shackleton: the lunar south pole close up, centred on Shackleton crater (−89.67°, 129.78° E).
 */
export const VIEWS = ['earth', 'iss', 'moon', 'shackleton'] as const;
export type View = (typeof VIEWS)[number];
export const isView = (value: unknown): value is View => includes(VIEWS, value);

/**
 * Views only a tour step asks for, because each needs what the step gives:
 * - ground: above a site on the Earth (the step's latitude and longitude), turning with the Earth;
 * - craft: the step's earlier craft (its `vehicle`) close up, in its orbital frame.
 */
export const STEP_VIEWS = ['ground', 'craft'] as const;
/** Every camera preset: the tour schema's `camera.kind` and the view store's value. */
export const CAMERA_KINDS = [...VIEWS, ...STEP_VIEWS] as const;
export type CameraKind = (typeof CAMERA_KINDS)[number];
export const isCameraKind = (value: unknown): value is CameraKind => includes(CAMERA_KINDS, value);

/** The views that look at the Moon (its detail, the lunar layers' switch). */
export const isLunarView = (kind: CameraKind): boolean => kind === 'moon' || kind === 'shackleton';

/**
 * Languages of the UI and the tour, as BCP-47 codes (also the dictionary file names, src/content/i18n/):
 * English (the source language, bundled), Russian and Japanese (each loaded when first chosen).
 */
export const LANGS = ['en', 'ru', 'ja'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (value: unknown): value is Lang => includes(LANGS, value);

/** Each language's name in that language, for a language switcher. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', ru: 'Русский', ja: '日本語' };

/**
 * Sections of the dictionaries, by key prefix, each loaded only when the part of the app that shows it first
 * appears (so the first view carries only the core): tour (the tour's steps), faq (the questions panel),
 * passes (the passes panel, its sky chart and the view from the ground), station (the station's parts,
 * crews, agencies, vehicles and ports). Every other key is core, loaded with its language.
 */
export const DICTIONARY_SECTIONS = {
  tour: ['tour'],
  faq: ['faq'],
  passes: ['passes', 'sky', 'compass'],
  station: ['part', 'crew', 'agency', 'vehicle', 'port'],
} as const satisfies Record<string, readonly string[]>;
export type DictionarySection = keyof typeof DICTIONARY_SECTIONS;
const SECTION_OF_PREFIX = new Map<string, DictionarySection>(
  Object.entries(DICTIONARY_SECTIONS).flatMap(([section, prefixes]) => prefixes.map((p) => [p, section as DictionarySection] as const)),
);
/** The section a dictionary key belongs to (its first dot-separated word decides), or 'core'. */
export const sectionOfKey = (key: string): DictionarySection | 'core' => SECTION_OF_PREFIX.get(key.slice(0, key.indexOf('.'))) ?? 'core';
