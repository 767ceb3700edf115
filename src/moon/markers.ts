import { MARKER_LAYERS, RegionSchema, SiteSchema, type MarkerLayer, type RegionEntry, type SiteEntry } from '../content/lunarSites';
import type { z } from '../content/zod';

/**
 * The lunar marker layers of lunar-sites.json (Artemis candidate regions, ILRS sites, context landers,
 * historic landing sites), checked against their schema when the Moon's detail loads. Pure (no three, no
 * React). Each entry is checked on its own: a bad entry drops only itself, and the message names the file,
 * the layer, the entry (its number and id) and the field.
 */

export interface MarkerLayers {
  artemis: RegionEntry[];
  ilrs: SiteEntry[];
  context: SiteEntry[];
  historic: SiteEntry[];
}

export interface MarkerResult {
  layers: MarkerLayers;
  /** One message per problem, naming the file, the layer, the entry and the field. */
  errors: string[];
}

const SCHEMAS: { readonly [L in MarkerLayer]: z.ZodType<MarkerLayers[L][number]> } = {
  artemis: RegionSchema,
  ilrs: SiteSchema,
  context: SiteSchema,
  historic: SiteSchema,
};

function checkLayer<T>(fileName: string, layer: string, schema: z.ZodType<T>, raw: unknown, errors: string[]): T[] {
  if (!Array.isArray(raw)) {
    errors.push(`${fileName}: "${layer}" must be a list`);
    return [];
  }
  const kept: T[] = [];
  raw.forEach((item, i) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) return void kept.push(parsed.data);
    const id = typeof (item as { id?: unknown })?.id === 'string' ? ` ("${(item as { id: string }).id}")` : '';
    for (const issue of parsed.error.issues) {
      errors.push(`${fileName}: ${layer} ${i + 1}${id}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
    }
  });
  return kept;
}

/** Checks the marker layers of a lunar-sites.json object (`json` as parsed; other fields are not looked at). */
export function parseMarkerLayers(json: unknown, fileName = 'lunar-sites.json'): MarkerResult {
  const errors: string[] = [];
  const raw = (json && typeof json === 'object' ? json : {}) as Partial<Record<MarkerLayer, unknown>>;
  const layers = Object.fromEntries(
    MARKER_LAYERS.map((layer) => [layer, checkLayer(fileName, layer, SCHEMAS[layer], raw[layer], errors)]),
  ) as unknown as MarkerLayers;
  return { layers, errors };
}
