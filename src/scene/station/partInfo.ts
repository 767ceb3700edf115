import partFactsJson from '../../content/part-facts.json';
import type { ElementAt } from '../../spacecraft/assembly';
import { parsePartFacts } from '../../spacecraft/partFacts';
import type { PartInfo } from '../../state/parts';
import type { Part } from './stationModel';

/** The label cards' figures and dates, checked once (a bad entry leaves its card without a fact; see errors). */
export const partFacts = parsePartFacts(partFactsJson);

/**
 * The text id of a module marker (`part.<id>.name` …): its assembly element's id, except the truss marker,
 * which stands for the whole truss (`truss`) though it moves with S0. Undefined for a docked vehicle.
 */
export function markerTextId(p: Part): string | undefined {
  if (!p.name.startsWith('module-')) return undefined;
  return p.name === 'module-truss' ? 'truss' : p.element;
}

/**
 * What the list and the label card say about a part, as keys and data: a marker's text id, its element
 * record of the date (arrival, departure, flight) and its figures; a vehicle's stay.
 */
export function partInfo(p: Part, elements: readonly ElementAt[], facts = partFacts.facts): PartInfo {
  const textId = markerTextId(p);
  if (!textId) return { name: p.name, source: p.source, vehicle: p.vehicle };
  const element = textId === 'truss' ? undefined : elements.find((e) => e.element.id === p.element)?.element;
  return { name: p.name, textId, element, facts: facts.get(textId), source: p.source };
}
