// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import assemblyJson from '../../src/content/assembly.json';
import en from '../../src/content/i18n/en.json';
import ja from '../../src/content/i18n/ja.json';
import ru from '../../src/content/i18n/ru.json';
import historicJson from '../../src/content/historic-models.json';
import manifestJson from '../../src/content/docking-manifest.json';
import partFactsJson from '../../src/content/part-facts.json';
import { markerTextId, partInfo } from '../../src/scene/station/partInfo';
import { buildStation, vehicleStay, type StationParts } from '../../src/scene/station/stationModel';
import { parseAssembly, type ElementAt } from '../../src/spacecraft/assembly';
import { HISTORIC_ORBITS } from '../../src/spacecraft/history';
import { parseHistoricModels } from '../../src/spacecraft/historicModels';
import { parseManifest } from '../../src/spacecraft/manifest';
import { ELEMENT_DATE_NAMES, parsePartFacts, type Figure } from '../../src/spacecraft/partFacts';
import { partKey } from '../../src/spacecraft/partKey';
import { setLang } from '../../src/state/lang';
import { useLayers } from '../../src/state/layers';
import { partActions, type PartInfo } from '../../src/state/parts';
import { useView } from '../../src/state/view';
import { LANGS, type Lang } from '../../src/content/vocabulary';
import { translate } from '../../src/tour/i18n';
import { PartsPanel } from '../../src/ui/PartsPanel';
import { nameSlug, vehicleName } from '../../src/ui/partText';
import allowlist from './english-allowlist.json';

/*
 * The station's parts in Russian and Japanese (issue 13): every element of assembly.json, every module marker
 * of models/iss.glb, every vehicle and crew member of the docking manifest and every historic model has its
 * keys in en, ru and ja; and the parts list and the label card, rendered in jsdom in ru and ja for every
 * marker and every vehicle, show no two English words in a row but the proper names of
 * english-allowlist.json (a source citation is marked lang="en" and is left as written).
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
(globalThis as { self?: unknown }).self ??= globalThis;

const dicts: Record<Lang, Record<string, string>> = { en, ru, ja };
const OTHER_LANGS = LANGS.filter((l) => l !== 'en');
const assembly = parseAssembly(assemblyJson).elements;
const manifest = parseManifest(manifestJson).entries;
const partFacts = parsePartFacts(partFactsJson);
const ENGLISH_RUN = /[A-Za-z]{2,}[\s-]+[A-Za-z]{2,}/g;

/** The keys of `keys` that some language lacks, as `lang: key`. */
const missing = (keys: readonly string[]) => keys.flatMap((k) => LANGS.filter((l) => !dicts[l][k]?.trim()).map((l) => `${l}: ${k}`));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

let station: StationParts;
/** The English fact of each module marker, as iss.glb carries it. */
const markerFacts = new Map<string, string>();
beforeAll(async () => {
  // Copied into this environment's own ArrayBuffer (jsdom's globals), which GLTFLoader tests for.
  const bytes = readFileSync('models/iss.glb');
  const buffer = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(buffer).set(bytes);
  const gltf = await new GLTFLoader().parseAsync(buffer, '');
  gltf.scene.traverse((o) => {
    const fact = (o.userData as { fact?: string }).fact;
    if (o.name.startsWith('module-') && fact) markerFacts.set(o.name, fact);
  });
  station = buildStation(gltf.scene as Object3D, () => undefined);
});

describe('the keys of the station parts', () => {
  it('part-facts.json parses, without errors', () => {
    expect(partFacts.errors).toEqual([]);
    expect(parseAssembly(assemblyJson).errors).toEqual([]);
  });

  it('every element of assembly.json has its name and role in en, ru and ja, and a flight with words its flightKey', () => {
    expect(assembly.length).toBeGreaterThan(40);
    expect(missing(assembly.flatMap((e) => [partKey(e.id, 'name'), partKey(e.id, 'role')]))).toEqual([]);
    const withKey = assembly.filter((e) => e.flightKey);
    expect(missing(withKey.map((e) => e.flightKey!))).toEqual([]);
    // The English key says what the record says; a flight without a key is a designation only (letters, digits, STS, CRS).
    for (const e of withKey) expect(en[e.flightKey as keyof typeof en]).toBe(e.flight);
    for (const e of assembly.filter((x) => !x.flightKey)) expect(e.flight?.replace(/SpaceX CRS/, '') ?? '').not.toMatch(ENGLISH_RUN);
  });

  it('every module marker of iss.glb has a part-facts entry, and its name, role and fact in en, ru and ja', () => {
    const ids = station.modules.map((p) => markerTextId(p)!);
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.filter((id) => !partFacts.facts.has(id))).toEqual([]);
    expect([...partFacts.facts.keys()].filter((id) => !ids.includes(id))).toEqual([]);
    expect(missing(ids.flatMap((id) => [partKey(id, 'name'), partKey(id, 'role'), partKey(id, 'fact')]))).toEqual([]);
  });

  it('each fact names, in every language, the same figures and dates, and only those its entry and element have', () => {
    for (const p of station.modules) {
      const id = markerTextId(p)!;
      const facts = partFacts.facts.get(id)!;
      const element = id === 'truss' ? undefined : assembly.find((e) => e.id === p.element);
      const has = { arrived: !!element, departed: !!element?.departed, moved: (element?.attachments.length ?? 0) > 1 };
      const available = [...Object.keys(facts.figures), ...Object.keys(facts.dates), ...ELEMENT_DATE_NAMES.filter((n) => has[n])];
      const english = placeholders(en[partKey(id, 'fact') as keyof typeof en]);
      for (const l of OTHER_LANGS) expect(placeholders(dicts[l][partKey(id, 'fact')]), `${l}: ${id}`).toEqual(english);
      expect(english.filter((n) => !available.includes(n)), id).toEqual([]);
      expect(Object.keys(facts.figures).filter((n) => !english.includes(n)), `${id}: figures the fact does not show`).toEqual([]);
    }
  });

  it("the figures are the model's own (models/lib/iss-facts.mjs, in the marker's English fact), and IDA-3's date is assembly.json's", () => {
    const text = (v: number) => v.toLocaleString('en-US');
    const shown = (f: Figure): string => {
      if (typeof f === 'number') return text(f);
      if (Array.isArray(f)) return `${text(f[0])}–${text(f[1])}`;
      return `about ${shown(f.about)}`;
    };
    for (const p of station.modules) {
      const fact = markerFacts.get(p.name) ?? '';
      for (const [name, figure] of Object.entries(partFacts.facts.get(markerTextId(p)!)!.figures)) {
        const tonnes = typeof figure === 'number' ? `${figure / 1000} t` : '';
        expect(fact.includes(shown(figure)) || (name.endsWith('Kg') && fact.includes(tonnes)), `${p.name} ${name}: "${shown(figure)}" in "${fact}"`).toBe(true);
      }
    }
    expect(partFacts.facts.get('pma-3')!.dates.idaAttached).toBe(assembly.find((e) => e.id === 'ida-3')!.arrived.slice(0, 10));
  });

  it('every docked vehicle, crew member and agency of the manifest has its keys, and the English name is the manifest’s', () => {
    const t = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
    for (const e of manifest) expect(vehicleName(t, e.vehicle, e.name)).toBe(e.name);
    const kinds = [...new Set(manifest.map((e) => `vehicle.${e.vehicle}`))];
    const crew = [...new Set(manifest.flatMap((e) => e.crew.map((c) => `crew.${nameSlug(c.name)}`)))];
    const agencies = [...new Set(manifest.flatMap((e) => e.crew.map((c) => `agency.${nameSlug(c.agency)}`)))];
    expect(crew.length).toBeGreaterThan(50);
    expect(missing([...kinds, ...crew, ...agencies, 'vehicle.withShip', 'vehicle.withMission', 'vehicle.expedition'])).toEqual([]);
    // The English keys of people and agencies are the manifest's own spelling.
    for (const e of manifest) for (const c of e.crew) expect(en[`crew.${nameSlug(c.name)}` as keyof typeof en]).toBe(c.name);
  });

  it('every historic craft, module and docking has its label in en, ru and ja', () => {
    const parsed = parseHistoricModels(historicJson);
    expect(parsed.errors).toEqual([]);
    const keys = [
      ...Object.keys(HISTORIC_ORBITS).map((v) => `craft.${v}`),
      ...parsed.data!.modules.map((m) => m.labelKey),
      ...parsed.data!.dockings.map((d) => d.labelKey),
      'craft.noModel',
      'craft.illustrativePosition',
    ];
    expect(keys.length).toBeGreaterThan(10);
    expect(missing(keys)).toEqual([]);
    for (const l of OTHER_LANGS) for (const k of keys) expect(dicts[l][k].replace(/\(STS-\d+\)|（STS-\d+）/, ''), `${l}: ${k}`).not.toMatch(ENGLISH_RUN);
  });
});

describe('the parts list and the label card, rendered', () => {
  let root: Root;
  let host: HTMLDivElement;
  let infos: PartInfo[];

  beforeAll(async () => {
    // Every marker with its element record (Pirs and Nauka both: the records of all dates), and every vehicle.
    const all: ElementAt[] = assembly.map((element) => ({ element, attachment: element.attachments[0], arrays: [] }));
    infos = [
      ...station.modules.map((p) => partInfo(p, all, partFacts.facts)),
      ...manifest.map((e) => ({ name: `vehicle-${e.id}`, source: e.source, vehicle: vehicleStay(e, e.port !== null) })),
    ];
    useView.setState({ view: 'iss' });
    useLayers.setState({ layers: { ...useLayers.getState().layers, labels: true } });
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    await act(async () => {
      partActions.setParts(infos);
      root.render(createElement(PartsPanel));
    });
  });
  afterAll(async () => {
    await act(async () => root.unmount());
    host.remove();
  });

  /** The shown text, a space between text nodes, without what is marked lang="en" (source citations). */
  function shownText(): string {
    const copy = host.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[lang="en"]').forEach((e) => e.remove());
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.textContent ?? '');
    return parts.join(' ').replace(/[\u00a0\u202f]/g, ' ');
  }
  const englishRuns = (text: string) => allowlist.names.reduce((s, name) => s.replaceAll(name, ' '), text).match(ENGLISH_RUN) ?? [];

  async function select(info: PartInfo) {
    await act(async () => partActions.select(info));
  }
  const card = () => host.querySelector('[data-testid="part-label"]');

  it('in English, says what the e2e test reads (Crew-11 docked at Harmony zenith, Zvezda in metres and kilograms)', async () => {
    await act(async () => setLang('en'));
    await select(infos.find((i) => i.name === 'vehicle-crew-11')!);
    expect(card()?.textContent).toContain('Crew Dragon Endeavour (Crew-11)');
    expect(card()?.textContent).toMatch(/Docked at Harmony zenith from August 2, 2025.*facts\.md T15/);
    await select(infos.find((i) => i.name === 'module-zvezda')!);
    expect(shownText()).toMatch(/13\.1 m long, about 4\.15–4\.2 m across at most, 19,051 kg/);
    expect(shownText()).toMatch(/On the station since July 26, 2000, flight 1R \(Proton\)\./);
    for (const p of card()!.querySelectorAll('p')) expect(p.textContent!.trim().length).toBeGreaterThan(10);
  });

  for (const lang of OTHER_LANGS) {
    it(`in ${lang}, the list and every part's card show no two English words in a row but proper names`, async () => {
      await act(async () => setLang(lang));
      expect(englishRuns(shownText())).toEqual([]);
      const found: string[] = [];
      const script = lang === 'ru' ? /[А-Яа-яЁё]/ : /[\u3040-\u30ff\u4e00-\u9fff]/;
      for (const info of infos) {
        await select(info);
        const text = shownText();
        found.push(...englishRuns(text).map((r) => `${info.name}: "${r}"`));
        // A date's own "г." ends a Russian sentence: no second full stop after it.
        found.push(...(text.match(/\S*\.\.(?!\.)/g) ?? []).map((r) => `${info.name}: "${r}"`));
        // A module's name is written in the language's own script (Звезда, ズヴェズダ).
        if (info.textId) expect(card()!.querySelector('strong')!.textContent, info.name).toMatch(script);
      }
      expect(found).toEqual([]);
    }, 60_000);
  }

  it('formats figures and dates in the language (ru: 13,1 м, 19 051 кг; ja: 2000年7月26日)', async () => {
    await act(async () => setLang('ru'));
    await select(infos.find((i) => i.name === 'module-zvezda')!);
    expect(shownText()).toContain('Служебный модуль «Звезда»');
    expect(shownText()).toMatch(/Длина 13,1 м, наибольший диаметр около 4,15–4,2 м, масса 19 051 кг/);
    await select(infos.find((i) => i.name === 'vehicle-soyuz-ms-27')!);
    expect(shownText()).toContain('«Союз МС-27»');
    expect(shownText()).toContain('Сергей Рыжиков («Роскосмос»)');
    await act(async () => setLang('ja'));
    await select(infos.find((i) => i.name === 'module-zvezda')!);
    expect(shownText()).toContain('ズヴェズダ（サービスモジュール）');
    expect(shownText()).toContain('2000年7月26日');
    await select(infos.find((i) => i.name === 'vehicle-soyuz-tm-31')!);
    expect(shownText()).toContain('ソユーズTM-31（第1次長期滞在）');
  });
});
