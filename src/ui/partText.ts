import type { AssemblyElement } from '../spacecraft/assembly';
import type { VehicleKind } from '../spacecraft/manifest';
import type { Figure, PartFacts } from '../spacecraft/partFacts';
import { partKey } from '../spacecraft/partKey';
import type { PartInfo, VehicleStay } from '../state/parts';
import type { Lang } from '../content/vocabulary';
import { translate, type TranslateParams } from '../tour/i18n';

/**
 * The station's parts put into words in the user's language: names, roles and facts from the dictionaries
 * (`part.<id>.*`, `vehicle.*`, `crew.*`, `agency.*`), figures and dates from the data, formatted with Intl
 * in that language. Pure functions of a translate function and the language (no React, no stores).
 */

export type T = (key: string, params?: TranslateParams) => string;

interface Formats {
  date: Intl.DateTimeFormat;
  number: Intl.NumberFormat;
  metres: Intl.NumberFormat;
  kilograms: Intl.NumberFormat;
  list: Intl.ListFormat;
}

/** Built once per language: Intl formatters are costly to make. */
const formats = new Map<Lang, Formats>();
function formatsOf(lang: Lang): Formats {
  let f = formats.get(lang);
  if (!f) {
    const digits = { maximumFractionDigits: 3 };
    f = {
      date: new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
      number: new Intl.NumberFormat(lang, digits),
      metres: new Intl.NumberFormat(lang, { ...digits, style: 'unit', unit: 'meter' }),
      kilograms: new Intl.NumberFormat(lang, { ...digits, style: 'unit', unit: 'kilogram' }),
      list: new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }),
    };
    formats.set(lang, f);
  }
  return f;
}

/** A UTC day (`2019-08-21`) or instant (`2025-08-02T04:26:56Z`) as a date in the language ("August 2, 2025", "2 августа 2025 г."). */
export function formatDate(lang: Lang, iso: string): string {
  return formatsOf(lang).date.format(Date.parse(iso));
}

/** Items as a list in the language ("a, b and c", "a, b и c", "a、b、c"). */
export function formatList(lang: Lang, items: readonly string[]): string {
  return formatsOf(lang).list.format(items);
}

/** A figure of part-facts.json in its unit (the name's suffix): "13.1 m", "4,15–4,2 м", "約19,000 kg". */
export function formatFigure(t: T, lang: Lang, name: string, figure: Figure): string {
  const f = formatsOf(lang);
  const unit = name.endsWith('Kg') ? f.kilograms : f.metres;
  const value = typeof figure === 'object' && !Array.isArray(figure) ? figure.about : figure;
  const text = Array.isArray(value) ? `${f.number.format(value[0])}–${unit.format(value[1])}` : unit.format(value);
  return value === figure ? text : t('app.partAbout', { value: text });
}

/** A key's text, or `fallback` where the dictionaries lack it (a name that data added later, not yet translated). */
function textOr(t: T, key: string, fallback: string): string {
  const text = t(key);
  return text === key ? fallback : text;
}

/** An id for a person's or an agency's name in the dictionaries: `Sławosz Uznański-Wiśniewski` → `slawosz-uznanski-wisniewski`. */
export function nameSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** What follows a kind's name in the manifest's: a serial (`-27`, ` NG-23`, `1`), a ship's name, a mission in brackets. */
const NAME_REST = /^(?<serial>[- ]?[A-Z]*-?\d+)?(?: (?<ship>[A-Z][a-z]+))?(?: \((?<mission>[^)]+)\))?$/;

/**
 * A visiting vehicle's name in the language: the kind as the language writes it (`vehicle.<kind>`: «Союз МС»,
 * ソユーズMS) with the manifest's serial, ship and mission. The manifest names each vehicle by the English of
 * its kind (`vehicle.<kind>` in en.json, up to `{serial}`); a name that does not read so is shown as it is.
 */
export function vehicleName(t: T, kind: VehicleKind, name: string): string {
  const [prefix] = translate('en', `vehicle.${kind}`).split('{serial}');
  const rest = name.startsWith(prefix) ? NAME_REST.exec(name.slice(prefix.length)) : null;
  if (!rest?.groups) return name;
  const { serial = '', ship, mission } = rest.groups;
  let text = t(`vehicle.${kind}`, { serial });
  if (ship) text = t('vehicle.withShip', { vehicle: text, ship: textOr(t, `vehicle.ship.${nameSlug(ship)}`, ship) });
  if (mission) {
    const expedition = /^Expedition (\d+)$/.exec(mission);
    text = t('vehicle.withMission', { vehicle: text, mission: expedition ? t('vehicle.expedition', { n: expedition[1] }) : mission });
  }
  return text;
}

/** The crew as a list in the language: each name as the language writes it, with the agency. */
export function crewList(t: T, lang: Lang, crew: VehicleStay['crew']): string {
  const names = crew.map((c) =>
    t('app.partCrewMember', {
      name: textOr(t, `crew.${nameSlug(c.name)}`, c.name),
      agency: textOr(t, `agency.${nameSlug(c.agency)}`, c.agency),
    }),
  );
  return formatList(lang, names);
}

/** The part's name: a marker's element as its agency names it, or the vehicle's. */
export function partTitle(t: T, info: PartInfo): string {
  if (info.textId) return t(partKey(info.textId, 'name'));
  return info.vehicle ? vehicleName(t, info.vehicle.kind, info.vehicle.name) : info.name;
}

/** The marker's fact in the language, around its figures and dates; null without its part-facts entry. */
export function partFact(t: T, lang: Lang, info: PartInfo): string | null {
  if (!info.textId || !info.facts) return null;
  return t(partKey(info.textId, 'fact'), factParams(t, lang, info.facts, info.element));
}

function factParams(t: T, lang: Lang, facts: PartFacts, element: AssemblyElement | undefined): TranslateParams {
  const params: Record<string, string> = {};
  for (const [name, figure] of Object.entries(facts.figures)) params[name] = formatFigure(t, lang, name, figure);
  for (const [name, day] of Object.entries(facts.dates)) params[name] = formatDate(lang, day);
  if (element) {
    params.arrived = formatDate(lang, element.arrived);
    if (element.departed) params.departed = formatDate(lang, element.departed);
    const last = element.attachments[element.attachments.length - 1];
    if (element.attachments.length > 1) params.moved = formatDate(lang, last.from);
  }
  return params;
}

/** When the element came (launched, for one that flew free first) and left, and on which flight. */
export function partDates(t: T, lang: Lang, element: AssemblyElement): string {
  const flight = element.flightKey ? t(element.flightKey) : element.flight;
  const from = formatDate(lang, element.arrived);
  const key = element.attachments[0].host === null ? 'app.partLaunched' : element.departed ? 'app.partOnStationUntil' : 'app.partOnStation';
  const text = t(key, { from, to: element.departed ? formatDate(lang, element.departed) : '' });
  return flight ? t('app.partDatesFlight', { text, flight }) : t('app.partDates', { text });
}
