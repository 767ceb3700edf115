import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '../../src/content/i18n/en.json';
import ja from '../../src/content/i18n/ja.json';
import ru from '../../src/content/i18n/ru.json';
import assemblyJson from '../../src/content/assembly.json';
import manifestJson from '../../src/content/docking-manifest.json';
import commonOrbitJson from '../../src/content/tours/common-orbit.json';
import { parseAssembly, stationAt, type ElementId } from '../../src/spacecraft/assembly';
import { dockedAsOf, parseManifest } from '../../src/spacecraft/manifest';
import { parseTour, type Tour, type Waypoint } from '../../src/tour/schema';

function mustParse(json: unknown, fileName: string): Tour {
  const result = parseTour(json, fileName);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.tour;
}

const tour = mustParse(commonOrbitJson, 'common-orbit.json');
const byId = new Map(tour.waypoints.map((w) => [w.id, w]));
const dicts: Record<'en' | 'ru' | 'ja', Record<string, string>> = { en, ru, ja };

function waypoint(id: string): Waypoint {
  const w = byId.get(id);
  if (!w) throw new Error(`no waypoint "${id}"`);
  return w;
}

const ms = (iso: string) => Date.parse(iso);

/** The newest event the fact sheet reports as having happened (Artemis III crew named, 9 Jun 2026). */
const FACTS_HORIZON = ms('2026-06-30T23:59:59Z');

/** UI keys the app relies on (names fixed by the UI brief). */
const UI_KEYS = [
  'ui.play', 'ui.pause', 'ui.next', 'ui.previous', 'ui.steps', 'ui.close', 'ui.aboutStep', 'ui.sources',
  'ui.projection', 'ui.mute', 'ui.unmute', 'ui.language', 'ui.startTour', 'ui.exploreFreely', 'ui.step',
  'ui.uncertain', 'ui.live', 'ui.now', 'ui.earth', 'ui.followIss', 'ui.moon', 'ui.shackleton', 'ui.errorTour',
  'ui.errorStep',
];

describe('common-orbit tour: structure', () => {
  it('has at least 15 waypoints in chronological order', () => {
    expect(tour.waypoints.length).toBeGreaterThanOrEqual(15);
    for (let i = 1; i < tour.waypoints.length; i++) {
      const [a, b] = [tour.waypoints[i - 1], tour.waypoints[i]];
      expect(ms(b.instant), `${a.id} → ${b.id}`).toBeGreaterThanOrEqual(ms(a.instant));
    }
  });

  it('opens with Sputnik and ends at Shackleton', () => {
    expect(tour.waypoints[0].id).toBe('sputnik-1');
    expect(tour.waypoints.at(-1)?.camera.kind).toBe('shackleton');
  });

  it('marks the future as projections: the Artemis IV landing and the ISS deorbit, and nothing past', () => {
    expect(waypoint('artemis-iv-landing').projection).toBe(true);
    expect(waypoint('iss-deorbit').projection).toBe(true);
    for (const w of tour.waypoints) {
      if (ms(w.instant) <= FACTS_HORIZON) expect(w.projection, w.id).toBe(false);
      // A later step may show what is already known (Shackleton's crater science, set in its ~2035 base
      // plan's year) only if it is dated no closer than the year and its caption words the future as a plan.
      else if (!w.projection) {
        expect(w.instantPrecision, w.id).toBe('year');
        expect(en[w.captionKey as keyof typeof en], w.id).toMatch(/\bplans?\b/);
      }
    }
  });

  it('marks Artemis II as flown (not a projection)', () => {
    expect(waypoint('artemis-ii').projection).toBe(false);
    expect(ms(waypoint('artemis-ii').instant)).toBeLessThan(FACTS_HORIZON);
  });

  it('gives every waypoint at least one http(s) source', () => {
    for (const w of tour.waypoints) {
      expect(w.sources.length, w.id).toBeGreaterThanOrEqual(1);
      for (const s of w.sources) expect(s.url, w.id).toMatch(/^https?:\/\/[^\s]+$/);
    }
  });

  it('shows the orbit of the right vehicle for the era', () => {
    for (const w of tour.waypoints) {
      const year = new Date(w.instant).getUTCFullYear();
      if (w.vehicle === 'astp') expect(year, w.id).toBe(1975);
      if (w.vehicle === 'mir') expect(year >= 1986 && year <= 2001, w.id).toBe(true);
      if (w.vehicle === 'iss') expect(ms(w.instant), w.id).toBeGreaterThanOrEqual(ms('1998-11-20T06:40:00Z'));
    }
    expect(waypoint('apollo-soyuz').vehicle).toBe('astp');
    expect(waypoint('shuttle-mir').vehicle).toBe('mir');
  });

  it('gives visitors time to read: at least 4 s and no faster than 4 English words per second', () => {
    for (const w of tour.waypoints) {
      const words = en[w.captionKey as keyof typeof en].split(/\s+/).length;
      expect(w.holdSeconds, w.id).toBeGreaterThanOrEqual(Math.max(4, words / 4));
    }
  });
});

describe('common-orbit tour: dates and places from the fact sheet', () => {
  // Expected values copied from /work/shared/reference/facts.md §1:
  //  T3 ASTP: "Docking on 17 Jul 1975 at 16:09:09 UTC"
  //  T4 STS-71: "Docking on 29 Jun 1995 at 13:00:16 UTC"
  //  T7 Zarya: "20 Nov 1998, 06:40 UTC (1:40 a.m. EST), Proton-K from Baikonur"
  //  T15 the chiefs' meeting: "31 Jul 2025: acting NASA Administrator Sean Duffy meets Bakanov … The same day,
  //  Crew-11's first launch attempt (target 12:09 p.m. EDT, 16:09 UTC) is scrubbed" (the hour of the meeting is not sourced)
  //  T1 Sputnik 1: "4 Oct 1957, about 19:28:34 UTC"; T9 Soyuz TM-31 "docked on 2 Nov 2000 at 09:21:40 UTC";
  //  T10 STS-135 "landed on 21 Jul 2011 at 09:57:54 UTC"; T11 Demo-2 "Launch on 30 May 2020 at 19:22:45 UTC".
  it.each([
    ['apollo-soyuz', '1975-07-17T16:09:09Z'],
    ['shuttle-mir', '1995-06-29T13:00:16Z'],
    ['zarya', '1998-11-20T06:40Z'],
    ['duffy-bakanov', '2025-07-31T16:09Z'],
    ['sputnik-1', '1957-10-04T19:28:34Z'],
    ['expedition-1', '2000-11-02T09:21:40Z'],
    ['shuttle-era-ends', '2011-07-21T09:57:54Z'],
    ['crew-dragon-demo-2', '2020-05-30T19:22:45Z'],
  ])('%s is at %s', (id, expected) => {
    expect(ms(waypoint(id).instant)).toBe(ms(expected));
  });

  // Ground-site coordinates from facts.md §1 "Camera presets" (Baikonur Site 31/6 is unsourced there, so unused).
  const SITES: Record<string, [number, number]> = {
    'Baikonur (general)': [45.965, 63.305],
    'Baikonur Site 1/5': [45.9203, 63.3422],
    'Kennedy LC-39A': [28.6084, -80.6043],
    'Kennedy LC-39B': [28.6272, -80.6208],
    'Kennedy SLF': [28.615, -80.694],
    'Mission Control Houston': [29.558, -95.088],
  };

  it('uses only sourced ground-site coordinates', () => {
    const sites = Object.values(SITES);
    for (const w of tour.waypoints) {
      if (w.camera.kind !== 'ground') continue;
      const { latDeg, lonDeg } = w.camera;
      expect(sites.some(([lat, lon]) => lat === latDeg && lon === lonDeg), `${w.id} at ${latDeg}, ${lonDeg}`).toBe(true);
    }
  });

  it.each([
    ['sputnik-1', 'Baikonur Site 1/5'],
    ['zarya', 'Baikonur (general)'],
    ['shuttle-era-ends', 'Kennedy SLF'],
    ['crew-dragon-demo-2', 'Kennedy LC-39A'],
    ['duffy-bakanov', 'Kennedy LC-39A'],
  ])('%s looks at %s', (id, site) => {
    expect(waypoint(id).camera).toEqual({ kind: 'ground', latDeg: SITES[site][0], lonDeg: SITES[site][1] });
  });
});

describe('common-orbit tour: content fixes against facts.md', () => {
  it('duffy-bakanov tells T15 whole: the meeting day, the four Crew-11 crew, the scrub, the topics, the hedges', () => {
    expect(waypoint('duffy-bakanov').instant.slice(0, 10)).toBe('2025-07-31');
    expect(waypoint('duffy-bakanov').instantPrecision).toBe('day');
    const en = dicts.en['tour.common-orbit.duffy-bakanov.caption'];
    for (const name of ['Duffy', 'Bakanov', 'Cardman', 'Fincke', 'Yui', 'Platonov']) expect(en).toContain(name);
    // facts.md T15 topics: cross flights, the station to 2028, deorbit by 2030; Roscosmos: possible lunar cooperation.
    for (const topic of ['cross flights', '2028', '2030', 'Roscosmos said, lunar cooperation', 'Weather scrubbed Crew-11 that day']) {
      expect(en).toContain(topic);
    }
    expect(en).toMatch(/a first in years/); // "since 2018" and "in eight years" disagree (facts.md §7)
    expect(en).toMatch(/most reports say at Kennedy/); // the place is hedged, and no title states it
    const ru = dicts.ru['tour.common-orbit.duffy-bakanov.caption'];
    const ja = dicts.ja['tour.common-orbit.duffy-bakanov.caption'];
    for (const name of ['Даффи', 'Баканов', 'Кардман', 'Финк', 'Юи', 'Платонов']) expect(ru).toContain(name);
    for (const name of ['ダフィー', 'バカノフ', 'カードマン', 'フィンク', '油井', 'プラトノフ']) expect(ja).toContain(name);
    expect(ru).toMatch(/впервые за много лет.*по большинству сообщений, в Центре Кеннеди.*сотрудничество на Луне.*отменили из-за погоды/);
    expect(ja).toMatch(/数年ぶり.*多くの報道でケネディ宇宙センター.*月での協力.*天候で延期/);
    expect(dicts.en['tour.common-orbit.duffy-bakanov.title']).not.toMatch(/Kennedy|launch site|Florida|Houston/);
    expect(dicts.ru['tour.common-orbit.duffy-bakanov.title']).not.toMatch(/Кеннеди|Флорид|Хьюстон/);
    expect(dicts.ja['tour.common-orbit.duffy-bakanov.title']).not.toMatch(/ケネディ|フロリダ|ヒューストン/);
  });

  it('artemis-ii names the UTC splashdown date, 11 April (00:07 UTC; 10 April was the US Eastern date), in every language', () => {
    // facts.md T16: "Splashdown on 10 Apr 2026 at 8:07 p.m. EDT (11 Apr, 00:07 UTC)".
    expect(dicts.en['tour.common-orbit.artemis-ii.caption']).toMatch(/on 11 April at 00:07 UTC they splashed down/);
    expect(dicts.en['tour.common-orbit.artemis-ii.caption']).not.toMatch(/10 April/);
    expect(dicts.ru['tour.common-orbit.artemis-ii.caption']).toMatch(/11 апреля в 00:07 UTC \(вечером 10 апреля по времени США\)[^.]*приводнился/);
    expect(dicts.ja['tour.common-orbit.artemis-ii.caption']).toMatch(/4月11日0時07分（UTC、米国では4月10日の夜）に無事着水/);
  });

  it('shackleton is present-day science, not a projection; only the ~2035 base plan is (said in the caption)', () => {
    expect(waypoint('shackleton').projection).toBe(false);
    expect(dicts.en['tour.common-orbit.shackleton.caption']).toMatch(/plan a base near the pole by about 2035/);
  });
});

describe('common-orbit tour: the station the ISS steps name is the station the scene draws', () => {
  // The scene draws the station of the step's instant from the dated records (assembly.json, docking-manifest.json),
  // which follow station-through-time.md Part A (Zarya, PMA-1/Unity/PMA-2 on 7 Dec 1998; Zvezda 26 Jul 2000; Z1 and
  // PMA-3 Oct 2000; P6 only on 3 Dec 2000) and facts.md T9 (Soyuz TM-31 at Zvezda aft, 2 Nov 2000 09:21:40 UTC).
  const assembly = parseAssembly(assemblyJson);
  const manifest = parseManifest(manifestJson);
  it('reads both records without errors', () => {
    expect(assembly.errors).toEqual([]);
    expect(manifest.errors).toEqual([]);
  });

  /** How each language names the modules (a stem that matches its inflected forms) and trusses. */
  const MODULE_NAMES: Partial<Record<ElementId, Record<'en' | 'ru' | 'ja', RegExp>>> = {
    zarya: { en: /\bZarya\b/, ru: /«Зар[яеёи]/, ja: /ザーリャ/ },
    unity: { en: /\bUnity\b/, ru: /«Юнити»/, ja: /ユニティ/ },
    zvezda: { en: /\bZvezda\b/, ru: /«Звезд/, ja: /ズヴェズダ/ },
    destiny: { en: /\bDestiny\b/, ru: /«Дестини»/, ja: /デスティニー/ },
    quest: { en: /\bQuest\b/, ru: /«Квест»/, ja: /クエスト/ },
    pirs: { en: /\bPirs\b/, ru: /«Пирс/, ja: /ピアース/ },
    harmony: { en: /\bHarmony\b/, ru: /«Гармони/, ja: /ハーモニー/ },
    columbus: { en: /\bColumbus\b/, ru: /«Коламбус/, ja: /コロンバス/ },
    'kibo-pm': { en: /\bKibo\b/, ru: /«Кибо»/, ja: /きぼう/ },
    poisk: { en: /\bPoisk\b/, ru: /«Поиск/, ja: /ポイスク/ },
    tranquility: { en: /\bTranquility\b(?! Base)/, ru: /«Транквилити»/, ja: /トランクウィリティー/ },
    cupola: { en: /\bCupola\b/, ru: /«Купол/, ja: /キューポラ/ },
    rassvet: { en: /\bRassvet\b/, ru: /«Рассвет/, ja: /ラスヴェット/ },
    leonardo: { en: /\bLeonardo\b/, ru: /«Леонардо»/, ja: /レオナルド/ },
    nauka: { en: /\bNauka\b/, ru: /«Наук/, ja: /ナウカ/ },
    prichal: { en: /\bPrichal\b/, ru: /«Причал/, ja: /プリチャル/ },
    z1: { en: /\bZ1\b/, ru: /\bZ1\b/, ja: /Z1/ },
    p6: { en: /\bP6\b/, ru: /\bP6\b/, ja: /P6/ },
  };
  /** The docked vehicles of these steps' instants, as each language names them (manifest entry name → pattern). */
  const VEHICLE_NAMES: Record<string, Record<'en' | 'ru' | 'ja', RegExp>> = {
    'Soyuz TM-31 (Expedition 1)': { en: /Soyuz TM-31/, ru: /«Союз ТМ-31»/, ja: /ソユーズTM-31/ },
  };

  function named<K extends string>(table: Partial<Record<K, Record<'en' | 'ru' | 'ja', RegExp>>>, lang: 'en' | 'ru' | 'ja', text: string): K[] {
    return (Object.keys(table) as K[]).filter((k) => table[k]?.[lang].test(text)).sort();
  }

  it.each([
    ['unity', ['pma-1', 'pma-2', 'unity', 'zarya'], []],
    ['expedition-1', ['pma-1', 'pma-2', 'pma-3', 'unity', 'z1', 'zarya', 'zvezda'], ['Soyuz TM-31 (Expedition 1)']],
  ] as const)('%s: the records give the station of station-through-time.md at the instant', (id, elements, vehicles) => {
    const instantMs = ms(waypoint(id).instant);
    expect(stationAt(assembly.elements, instantMs).map((e) => e.element.id).sort()).toEqual([...elements].sort());
    expect(dockedAsOf(manifest.entries, instantMs).entries.map((e) => e.name)).toEqual([...vehicles]);
  });

  it.each(['unity', 'expedition-1'])('%s: caption and description name only what is there, and the description names all of it', (id) => {
    const w = waypoint(id);
    const instantMs = ms(w.instant);
    const present = stationAt(assembly.elements, instantMs);
    const shownModules = present.filter((e) => e.element.id in MODULE_NAMES && (e.element.kind === 'module' || e.element.kind === 'truss')).map((e) => e.element.id).sort();
    const docked = dockedAsOf(manifest.entries, instantMs).entries.map((e) => e.name).sort();
    for (const lang of ['en', 'ru', 'ja'] as const) {
      const caption = dicts[lang][w.captionKey];
      const description = dicts[lang][w.descriptionKey];
      for (const m of named(MODULE_NAMES, lang, caption)) expect(shownModules, `${lang} caption names ${m}`).toContain(m);
      expect(named(MODULE_NAMES, lang, description), `${lang} description`).toEqual(shownModules);
      for (const v of named(VEHICLE_NAMES, lang, caption)) expect(docked, `${lang} caption names ${v}`).toContain(v);
      expect(named(VEHICLE_NAMES, lang, description), `${lang} description`).toEqual(docked);
    }
  });

  it('unity: the description counts the two modules and two adapters and says the Shuttle holding them is not drawn', () => {
    // Endeavour held Zarya–Unity from the mating until it undocked (facts.md T8); the manifest has no Shuttle, so the
    // scene shows the pair alone and the text says so.
    expect(dicts.en['tour.common-orbit.unity.description']).toMatch(/two modules and two adapters.*PMA-1.*PMA-2.*Endeavour.*is not drawn/);
    expect(dicts.ru['tour.common-orbit.unity.description']).toMatch(/два модуля и два гермоадаптера.*PMA-1.*PMA-2.*«Индевор».*не показан/);
    expect(dicts.ja['tour.common-orbit.unity.description']).toMatch(/2つのモジュールと2つのアダプター.*PMA-1.*PMA-2.*エンデバーは描かれていません/);
  });

  it('expedition-1: Soyuz TM-31 is at Zvezda’s aft port in the manifest and in every language', () => {
    const tm31 = manifest.entries.find((e) => e.name.startsWith('Soyuz TM-31'));
    expect(tm31?.port).toBe('zvezda-aft');
    expect(tm31?.fromMs).toBe(ms('2000-11-02T09:21:40Z'));
    expect(dicts.en['tour.common-orbit.expedition-1.caption']).toMatch(/Soyuz TM-31 docked at the rear of Zvezda/);
    expect(dicts.en['tour.common-orbit.expedition-1.description']).toMatch(/three modules.*three mating adapters.*Soyuz TM-31 docked at Zvezda’s rear port/);
    expect(dicts.ru['tour.common-orbit.expedition-1.description']).toMatch(/три модуля.*три гермоадаптера.*к кормовому порту «Звезды» пристыкован «Союз ТМ-31»/);
    expect(dicts.ja['tour.common-orbit.expedition-1.description']).toMatch(/3つのモジュール.*与圧結合アダプターは3つ.*ズヴェズダの後方ポートにソユーズTM-31がドッキング/);
  });
});

describe('common-orbit tour: one name for one thing in Russian and Japanese', () => {
  const ruValues = Object.entries(dicts.ru);
  const jaValues = Object.entries(dicts.ja);

  it('Russian keeps the qualifiers of the English: "about 90 seconds", "80–90 %", "for the Moon"', () => {
    expect(dicts.ru['tour.common-orbit.mir-fire.caption']).toMatch(/примерно о 90 секундах горения, Линенджер позже — примерно о 14 минутах/);
    expect(dicts.ja['tour.common-orbit.mir-fire.caption']).toMatch(/約90秒.*約14分/);
    // facts.md §5.2: rim peaks lit roughly 80–90 % of the time, not "almost all the time".
    expect(dicts.ru['tour.common-orbit.shackleton.caption']).toMatch(/освещены Солнцем 80–90 % времени/);
    for (const [key, text] of ruValues) expect(text, key).not.toMatch(/почти вс[её] время/);
    expect(dicts.ru['tour.common-orbit.russia-ilrs.title']).toMatch(/ради Луны$/);
  });

  it('Russian writes «Артемида» and НАСА as the tour does, never Latin Artemis or NASA', () => {
    for (const [key, text] of ruValues) expect(text, key).not.toMatch(/\bArtemis\b|\bNASA\b/);
    expect(dicts.ru['moon.legend']).toMatch(/«Артемиды»/);
    expect(dicts.ru['moon.approximate']).toMatch(/НАСА/);
  });

  it('Japanese spells Shackleton シャクルトン everywhere', () => {
    for (const [key, text] of jaValues) expect(text, key).not.toMatch(/シャックルトン/);
    for (const key of ['ui.shackleton', 'moon.legend', 'tour.common-orbit.shackleton.title', 'tour.common-orbit.shackleton.caption']) {
      expect(dicts.ja[key], key).toMatch(/シャクルトン/);
    }
  });

  it('Japanese calls the app and the tour コモン・オービット everywhere', () => {
    expect(dicts.ja['app.title']).toBe('コモン・オービット');
    expect(dicts.ja['tour.common-orbit.title']).toBe(dicts.ja['app.title']);
    expect(dicts.ja['kiosk.welcome']).toContain(dicts.ja['app.title']);
    expect(dicts.ja['ui.noWebGL.title']).toContain(dicts.ja['app.title']);
    for (const [key, text] of jaValues) expect(text, key).not.toMatch(/共通の軌道/);
    expect(dicts.ru['tour.common-orbit.title']).toBe(dicts.ru['app.title']);
  });

  it('Japanese calls Zarya and the other station parts モジュール, not 部品', () => {
    expect(dicts.ja['tour.common-orbit.zarya.title']).toBe('ザーリャ：ISS最初のモジュール');
    for (const [key, text] of jaValues.filter(([k]) => k.startsWith('tour.'))) expect(text, key).not.toMatch(/部品/);
  });
});

describe('common-orbit tour: wording', () => {
  it('never says Artemis III lands on the Moon', () => {
    const negated = /\b(not|no longer|never|instead|rather than|won’t|won't)\b/i;
    for (const [key, text] of Object.entries(en)) {
      for (const sentence of text.split(/(?<=[.;!?])\s+/)) {
        if (/Artemis III\b/.test(sentence) && /\bland(s|ed|ing)?\b/i.test(sentence)) {
          // Fine when negated, or when the sentence gives the landing to Artemis IV (the Feb 2026 restructure).
          const landingIsArtemisIV = /\bland(s|ed|ing)?\b[^.;]*\bArtemis IV\b/i.test(sentence);
          expect(negated.test(sentence) || landingIsArtemisIV, `${key}: ${sentence}`).toBe(true);
        }
      }
    }
    // The restructure is told as it is: Artemis III in low Earth orbit, the first landing on Artemis IV.
    const restructure = en['tour.common-orbit.artemis-restructure.caption'];
    expect(restructure).toMatch(/Artemis III[^.]*low Earth orbit/);
    expect(restructure).toMatch(/first landing[^.]*Artemis IV/);
  });

  it('keeps English captions short: at most 320 characters and 1–3 sentences', () => {
    for (const w of tour.waypoints) {
      const caption = en[w.captionKey as keyof typeof en];
      expect(caption.length, w.id).toBeLessThanOrEqual(320);
      const sentences = caption.split(/(?<=[.!?])\s+(?=[A-Z0-9])/);
      expect(sentences.length, w.id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, w.id).toBeLessThanOrEqual(3);
    }
  });

  it('keeps Russian and Japanese captions as short to read: at most 400 and 190 characters', () => {
    // About the English cap's reading time (320 characters): Russian runs ~1.1–1.2× as long, Japanese ~0.5×.
    for (const w of tour.waypoints) {
      expect(dicts.ru[w.captionKey].length, `ru ${w.id}`).toBeLessThanOrEqual(400);
      expect(dicts.ja[w.captionKey].length, `ja ${w.id}`).toBeLessThanOrEqual(190);
    }
  });

  it('words the disputed Mir fire duration as two reports, not one fact', () => {
    const text = en['tour.common-orbit.mir-fire.caption'];
    expect(text).toMatch(/90 seconds/);
    expect(text).toMatch(/14 minutes/);
    expect(waypoint('mir-fire').uncertain).toBe(true);
  });
});

describe('i18n dictionaries', () => {
  it('hold every tour title, caption and description in en, ru and ja', () => {
    const keys = [tour.titleKey, ...tour.waypoints.flatMap((w) => [w.titleKey, w.captionKey, w.descriptionKey])];
    for (const [lang, dict] of Object.entries(dicts)) {
      for (const key of keys) expect(dict[key], `${lang}: ${key}`).toBeTruthy();
    }
  });

  it('hold the UI strings', () => {
    for (const [lang, dict] of Object.entries(dicts)) {
      for (const key of UI_KEYS) expect(dict[key], `${lang}: ${key}`).toBeTruthy();
    }
    expect(en['ui.projection']).toBe('Projection — not history');
    expect(en['ui.step']).toBe('Step {n} of {total}');
    expect(en['ui.errorTour']).toBe('This tour could not be loaded: {error}');
    expect(en['ui.errorStep']).toBe('Step {step} does not exist; showing step {nearest}.');
  });

  it('have exactly the same keys in all three languages', () => {
    const enKeys = Object.keys(en).sort();
    expect(Object.keys(ru).sort()).toEqual(enKeys);
    expect(Object.keys(ja).sort()).toEqual(enKeys);
  });

  it('use the same {placeholders} in every language and no empty strings', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en)) {
      for (const [lang, dict] of Object.entries(dicts)) {
        expect(dict[key]?.trim(), `${lang}: ${key}`).toBeTruthy();
        expect(placeholders(dict[key]), `${lang}: ${key}`).toEqual(placeholders(en[key as keyof typeof en]));
      }
    }
  });

  it('are real translations: ru is in Cyrillic and ja in Japanese script for every tour text', () => {
    for (const key of Object.keys(en).filter((k) => k.startsWith('tour.'))) {
      expect(ru[key as keyof typeof ru], key).toMatch(/[А-Яа-яЁё]/);
      expect(ja[key as keyof typeof ja], key).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(ru[key as keyof typeof ru], key).not.toBe(en[key as keyof typeof en]);
    }
  });

  it('keep each language’s usual spacecraft names', () => {
    expect(ru['tour.common-orbit.apollo-soyuz.caption']).toContain('«Союзом-19»');
    expect(ja['tour.common-orbit.apollo-soyuz.caption']).toContain('ソユーズ19号');
  });
});

describe('src/tour stays pure', () => {
  const dir = fileURLToPath(new URL('../../src/tour/', import.meta.url));
  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s imports no three.js, React or zustand', (file) => {
    const source = readFileSync(dir + file, 'utf8');
    const specifiers = [...source.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]);
    for (const s of specifiers) expect(s, file).not.toMatch(/^(three|react|react-dom|zustand|@react-three)(\/|$)/);
  });
});
