import { issueMessages, z } from './zod';

/**
 * The schema of lunar-sites.json: the south-pole catalogue the terrain is built from (Shackleton, craters,
 * massifs) and the marker layers (Artemis candidate regions, ILRS sites, context landers, historic landing
 * sites). Selenographic degrees, latitude north-positive, longitude east-positive −180..180° (facts.md §5.1).
 * Every entry has a kebab-case id, unique in the file (its label is the dictionaries' `site.<id>.name`), and
 * names its sources by their ids in the file's `sources`. Pure: zod only. src/astro/southPole.ts reads the
 * file without zod (the first chunk needs Shackleton); the Moon's detail checks the marker layers with the
 * entry schemas below (src/moon/markers.ts), and the unit tests check the whole file with parseLunarSites.
 */

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id');
const latDeg = z.number().min(-90).max(90);
const lonDeg = z.number().min(-180).max(180);
const km = z.number().positive();
const sourceIds = z.array(id).min(1, 'must name at least one source');
const note = z.string().min(1).optional();

const place = { id, name: z.string().min(1), latDeg, lonDeg, uncertain: z.boolean(), source: sourceIds };

/** A south-pole crater of facts.md §5.3; its depth is sourced only for Shackleton (else assumed, see southPole.ts). */
export const CraterSchema = z.strictObject({ ...place, diameterKm: km });

/** Shackleton with the interior of facts.md §5.2 and LROC's rim-view position. */
export const ShackletonSchema = z.strictObject({
  ...place,
  diameterKm: km,
  depthKm: km,
  floorDiameterKm: km,
  innerWallSlopeDeg: z.number().gt(0).lt(90),
  floorMoundThicknessKm: z.tuple([km, km]),
  centralPeakHeightKm: km,
  lrocRimView: z.strictObject({ latDeg, lonDeg, source: sourceIds }),
});

export const MassifSchema = z.strictObject({ ...place, radiusKm: km, radiusAssumed: z.boolean(), heightKm: km, note });

/** A marked site: `approximate` where the point is an anchor feature or a derived point, not a published position. */
export const SiteSchema = z.strictObject({
  ...place,
  approximate: z.boolean(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not an ISO date (YYYY-MM-DD)').optional(),
  note,
});

/** An Artemis candidate region (about 15 × 15 km): NASA named regions, not coordinates, so always approximate. */
export const RegionSchema = SiteSchema.extend({ anchor: z.string().min(1), sizeKm: km.max(200), approximate: z.literal(true) });

/** The marker layers the Moon's detail draws, in the file's order. */
export const MARKER_LAYERS = ['artemis', 'ilrs', 'context', 'historic'] as const;
export type MarkerLayer = (typeof MARKER_LAYERS)[number];

const FileSchema = z.strictObject({
  $comment: z.string().optional(),
  sources: z.record(id, z.string().min(1)),
  shackleton: ShackletonSchema,
  craters: z.array(CraterSchema),
  massifs: z.array(MassifSchema),
  artemis: z.array(RegionSchema),
  ilrs: z.array(SiteSchema),
  context: z.array(SiteSchema),
  historic: z.array(SiteSchema),
});

export type LunarSitesFile = z.infer<typeof FileSchema>;
export type SiteEntry = z.infer<typeof SiteSchema>;
export type RegionEntry = z.infer<typeof RegionSchema>;

/** The i18n key of a site's name (every id of lunar-sites.json has one in en, ru and ja). */
export const siteNameKey = (siteId: string): string => `site.${siteId}.name`;

/** Every entry of the file with its field path (`craters.3`), Shackleton first. */
export function lunarSiteEntries(d: LunarSitesFile): { path: string; entry: { id: string; source: string[] } }[] {
  const layers = ['craters', 'massifs', 'artemis', 'ilrs', 'context', 'historic'] as const;
  return [{ path: 'shackleton', entry: d.shackleton }, ...layers.flatMap((layer) => d[layer].map((entry, i) => ({ path: `${layer}.${i}`, entry })))];
}

export type ParseLunarSitesResult = { ok: true; data: LunarSitesFile; errors: [] } | { ok: false; data: null; errors: string[] };

/**
 * Validates lunar-sites.json: its schema, then that the entries agree with each other — ids unique across
 * the file, every source id named in `sources`, every source used. Errors name the file and the field,
 * e.g. `lunar-sites.json: craters.3.latDeg: Too small: expected number to be >=-90`.
 */
export function parseLunarSites(json: unknown, fileName = 'lunar-sites.json'): ParseLunarSitesResult {
  const parsed = FileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, data: null, errors: issueMessages(fileName, parsed.error) };
  const d = parsed.data;
  const errors: string[] = [];
  const seen = new Map<string, string>();
  const used = new Set<string>();
  const checkSources = (path: string, ids: string[]) =>
    ids.forEach((s, j) => {
      used.add(s);
      if (!Object.hasOwn(d.sources, s)) errors.push(`${fileName}: ${path}.source.${j}: "${s}" is not in "sources"`);
    });
  for (const { path, entry } of lunarSiteEntries(d)) {
    const first = seen.get(entry.id);
    if (first) errors.push(`${fileName}: ${path}.id: "${entry.id}" is already the id of ${first}`);
    else seen.set(entry.id, path);
    checkSources(path, entry.source);
  }
  checkSources('shackleton.lrocRimView', d.shackleton.lrocRimView.source);
  for (const s of Object.keys(d.sources)) if (!used.has(s)) errors.push(`${fileName}: sources.${s}: not used by any entry`);
  return errors.length ? { ok: false, data: null, errors } : { ok: true, data: d, errors: [] };
}
