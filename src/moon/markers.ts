import { z } from '../content/zod';
import type { ArtemisRegion, LunarSite } from '../astro/southPole';

/**
 * The lunar marker layers (Artemis candidate regions, ILRS sites, context landers), checked against a
 * schema when the Moon's detail loads. Pure (no three, no React). Each entry is checked on its own: a
 * bad entry drops only itself, and the message names its layer, its name and the field.
 */
const siteSchema = z.object({
  name: z.string().min(1),
  latDeg: z.number().min(-90).max(90),
  lonDeg: z.number().min(-180).max(180),
  approximate: z.boolean(),
  uncertain: z.boolean(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not an ISO date (YYYY-MM-DD)').optional(),
  note: z.string().optional(),
  source: z.string().min(1),
});
const regionSchema = siteSchema.extend({
  anchor: z.string().min(1),
  sizeKm: z.number().positive().max(200),
  // The October 2024 regions are drawn as approximate, and said to be.
  approximate: z.literal(true),
});

export interface MarkerLayers {
  artemis: ArtemisRegion[];
  ilrs: LunarSite[];
  context: LunarSite[];
}

export interface MarkerResult {
  layers: MarkerLayers;
  /** One message per problem, naming the layer, the entry and the field. */
  errors: string[];
}

function checkLayer<T>(layer: string, schema: z.ZodType<T>, raw: unknown, errors: string[]): T[] {
  if (!Array.isArray(raw)) {
    errors.push(`lunar markers: "${layer}" must be a list`);
    return [];
  }
  const kept: T[] = [];
  raw.forEach((item, i) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) return void kept.push(parsed.data);
    const name = typeof (item as { name?: unknown })?.name === 'string' ? ` ("${(item as { name: string }).name}")` : '';
    for (const issue of parsed.error.issues) {
      errors.push(`lunar markers: ${layer} ${i + 1}${name}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
    }
  });
  return kept;
}

export function parseMarkerLayers(data: { artemis: unknown; ilrs: unknown; context: unknown }): MarkerResult {
  const errors: string[] = [];
  const layers = {
    artemis: checkLayer('artemis', regionSchema, data.artemis, errors) as ArtemisRegion[],
    ilrs: checkLayer('ilrs', siteSchema, data.ilrs, errors) as LunarSite[],
    context: checkLayer('context', siteSchema, data.context, errors) as LunarSite[],
  };
  return { layers, errors };
}
