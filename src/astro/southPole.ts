import sites from '../content/lunar-sites.json';
import type { Degrees, Kilometer } from './units';

/**
 * The lunar sites for the procedural terrain, the markers and the camera, as typed constants read from
 * src/content/lunar-sites.json (facts.md §5.2–§5.4, §6, T2; its schema is src/content/lunarSites.ts,
 * checked by the unit tests — this module stays free of zod, because the first chunk needs Shackleton).
 * Selenographic coordinates: IAU/USGS gazetteer, latitude north-positive, longitude EAST-positive,
 * −180..180° (facts.md §5.1), on the 1737.4 km sphere of moon.ts/selenography.ts. The names here are the
 * sources' (for messages and matching); the scene shows the dictionaries' `site.<id>.name`.
 *
 * Flags
 * - `uncertain: true` where facts.md marks the item [UNCERTAIN] (or [CHANGED] for the Artemis list).
 * - `assumed: true` where a number is this module's assumption, not a sourced value (see each doc).
 * - `approximate: true` for placement hints (anchor features), not published coordinates.
 */

const SOURCES: Readonly<Record<string, string>> = sites.sources;

/** The cited texts of `ids` (the file's `sources`), then any notes, as one line. */
function sourceText(ids: readonly string[], ...notes: string[]): string {
  return [...ids.map((s) => SOURCES[s] ?? `unknown source "${s}"`), ...notes].join('; ');
}

/**
 * Depth (km, rim crest to floor) assumed for a crater whose depth facts.md does not give:
 * Pike (1977) fresh complex lunar craters, d = 1.044·D^0.301 (D > ~15 km, D in km). [ASSUMPTION: not in
 * facts.md.] South-pole craters are old and degraded, so real depths differ by tens of percent either
 * way; good enough for procedural relief only. (Pike's simple-crater fit, d ≈ 0.196·D^1.01, gives
 * 4.2 km for Shackleton, which matches its measured depth: Shackleton is a deep, transitional crater.)
 */
export function assumedComplexCraterDepthKm(diameterKm: Kilometer): Kilometer {
  return 1.044 * Math.pow(diameterKm, 0.301);
}

export const ASSUMED_DEPTH_NOTE =
  'depth assumed: Pike (1977) fresh complex lunar craters d = 1.044·D^0.301 km (not in facts.md)';

export interface SouthPoleCrater {
  /** Kebab-case id of lunar-sites.json (label key `site.<id>.name`). */
  readonly id: string;
  /** The IAU name. */
  readonly name: string;
  readonly latDeg: Degrees;
  /** East-positive. */
  readonly lonDeg: Degrees;
  readonly diameterKm: Kilometer;
  /** Rim crest to floor. Sourced where `assumed` is false; else assumedComplexCraterDepthKm(diameter). */
  readonly depthKm: Kilometer;
  /** True when depthKm is the documented assumption rather than a sourced value. */
  readonly assumed: boolean;
  /** facts.md flags the entry [UNCERTAIN]. */
  readonly uncertain: boolean;
  readonly source: string;
}

/** Shackleton with the interior details of facts.md §5.2, for the tour finale and the terrain. */
export interface ShackletonCrater extends SouthPoleCrater {
  /** Floor diameter, km (~6.6). */
  readonly floorDiameterKm: Kilometer;
  /** Inner-wall slope, deg (~30). */
  readonly innerWallSlopeDeg: Degrees;
  /** Mound on the floor, thickness range, km (0.3–0.4). */
  readonly floorMoundThicknessKm: readonly [Kilometer, Kilometer];
  /** Central peak height, km (~0.2). */
  readonly centralPeakHeightKm: Kilometer;
  /** LROC rim-view position (89.66° S, 129.20° E), an alternative to the gazetteer centre. */
  readonly lrocRimViewLatDeg: Degrees;
  readonly lrocRimViewLonDeg: Degrees;
}

const s = sites.shackleton;

/**
 * Shackleton: centre −89.67°, 129.78° E, diameter 20.92 km (IAU; "about 21 km", often 20.9), depth
 * ~4.2 km (facts.md §5.2). The lunar spin axis lies inside it, ~10 km from the centre.
 */
export const SHACKLETON: ShackletonCrater = {
  id: s.id,
  name: s.name,
  latDeg: s.latDeg,
  lonDeg: s.lonDeg,
  diameterKm: s.diameterKm,
  depthKm: s.depthKm,
  assumed: false,
  uncertain: s.uncertain,
  source: sourceText(s.source, sourceText(s.lrocRimView.source)),
  floorDiameterKm: s.floorDiameterKm,
  innerWallSlopeDeg: s.innerWallSlopeDeg,
  floorMoundThicknessKm: [s.floorMoundThicknessKm[0], s.floorMoundThicknessKm[1]],
  centralPeakHeightKm: s.centralPeakHeightKm,
  lrocRimViewLatDeg: s.lrocRimView.latDeg,
  lrocRimViewLonDeg: s.lrocRimView.lonDeg,
};

/**
 * The south-pole craters of facts.md §5.3 (diameter, lat, lon from the IAU gazetteer), nearest the pole
 * first. Only Shackleton has a sourced depth; the others carry assumedComplexCraterDepthKm.
 */
export const SOUTH_POLE_CRATERS: readonly SouthPoleCrater[] = [
  SHACKLETON,
  ...sites.craters.map(
    (c): SouthPoleCrater => ({
      id: c.id,
      name: c.name,
      latDeg: c.latDeg,
      lonDeg: c.lonDeg,
      diameterKm: c.diameterKm,
      depthKm: assumedComplexCraterDepthKm(c.diameterKm),
      assumed: true,
      uncertain: c.uncertain,
      source: sourceText(c.source, ASSUMED_DEPTH_NOTE),
    }),
  ),
];

export interface Massif {
  readonly id: string;
  readonly name: string;
  /** Centre or summit area, deg (east-positive longitude). */
  readonly latDeg: Degrees;
  readonly lonDeg: Degrees;
  /** Horizontal radius of the relief, km. */
  readonly radiusKm: Kilometer;
  /** True when radiusKm is this module's assumption (not in facts.md). */
  readonly radiusAssumed: boolean;
  /** Height above the surroundings, km (a lower bound where the source says "more than"). */
  readonly heightKm: Kilometer;
  readonly uncertain: boolean;
  readonly source: string;
}

/**
 * Mountains worth modelling (facts.md §5.3): Mons Mouton (6 km, ~100 km across) and the Malapert Massif
 * (> 5 km; its radius is an assumption). The Shackleton–de Gerlache "Connecting Ridge" is left out:
 * facts.md has no position, size or height for it [UNCERTAIN].
 */
export const MASSIFS: readonly Massif[] = sites.massifs.map((m) => ({
  id: m.id,
  name: m.name,
  latDeg: m.latDeg,
  lonDeg: m.lonDeg,
  radiusKm: m.radiusKm,
  radiusAssumed: m.radiusAssumed,
  heightKm: m.heightKm,
  uncertain: m.uncertain,
  source: sourceText(m.source, m.note),
}));

export interface LunarSite {
  readonly id: string;
  readonly name: string;
  readonly latDeg: Degrees;
  /** East-positive. */
  readonly lonDeg: Degrees;
  /** True where the point is an anchor feature or a derived point, not a published site position. */
  readonly approximate: boolean;
  readonly uncertain: boolean;
  /** ISO date of the event, where there is one. */
  readonly date?: string;
  readonly note?: string;
  readonly source: string;
}

export interface ArtemisRegion extends LunarSite {
  /** The feature the region is built on (facts.md §5.4 "anchor"). */
  readonly anchor: string;
  /** Regions are about 15 × 15 km. */
  readonly sizeKm: Kilometer;
  /** Always true: NASA published no coordinates; these are placement hints. */
  readonly approximate: true;
}

type SiteJson = { id: string; name: string; latDeg: number; lonDeg: number; approximate: boolean; uncertain: boolean; date?: string; note?: string; source: string[] };

function site(e: SiteJson): LunarSite {
  return { id: e.id, name: e.name, latDeg: e.latDeg, lonDeg: e.lonDeg, approximate: e.approximate, uncertain: e.uncertain, date: e.date, note: e.note, source: sourceText(e.source) };
}

/**
 * The October 2024 Artemis candidate regions (facts.md §5.4), each placed on its anchor feature.
 * [CHANGED]/[UNCERTAIN]: chosen for Artemis III; after the Feb 2026 restructure the first landing is
 * Artemis IV (2028) and the sources do not say whether this list carries over, so every entry is
 * uncertain. Regions that share an anchor (Nobile Rim 1/2, Mons Mouton/Mons Mouton Plateau) share a point.
 */
export const ARTEMIS_REGIONS: readonly ArtemisRegion[] = sites.artemis.map((r) => ({
  ...site(r),
  anchor: r.anchor,
  sizeKm: r.sizeKm,
  approximate: true,
}));

/**
 * ILRS-side targets near the south pole. facts.md §6 gives no site coordinates, only targets: Chang'e-7
 * "near Shackleton" and Chang'e-8 candidate sites (Shackleton–de Gerlache ridge, Leibnitz Beta = Mons
 * Mouton, Amundsen, Cabeus), all [UNCERTAIN]. Each is placed on its named feature (the ridge on the
 * [DERIVED] great-circle midpoint of the Shackleton and de Gerlache centres).
 */
export const ILRS_SITES: readonly LunarSite[] = sites.ilrs.map(site);

/** Other south-polar landers for optional markers (facts.md §5.4). */
export const CONTEXT_SITES: readonly LunarSite[] = sites.context.map(site);

/** Landing sites of history the tour shows: Tranquility Base, Apollo 11 (facts.md T2, LROC). */
export const HISTORIC_SITES: readonly LunarSite[] = sites.historic.map(site);

const POSITIONS = new Map<string, { readonly latDeg: Degrees; readonly lonDeg: Degrees }>(
  [...SOUTH_POLE_CRATERS, ...MASSIFS, ...ARTEMIS_REGIONS, ...ILRS_SITES, ...CONTEXT_SITES, ...HISTORIC_SITES].map((p) => [
    p.id,
    { latDeg: p.latDeg, lonDeg: p.lonDeg },
  ]),
);

/** Every site id of lunar-sites.json (a tour step's Moon camera may face any of them). */
export const LUNAR_SITE_IDS: readonly string[] = [...POSITIONS.keys()];

/** A site's selenographic position (deg, east-positive), or undefined for an id not in lunar-sites.json. */
export function lunarSitePosition(siteId: string): { readonly latDeg: Degrees; readonly lonDeg: Degrees } | undefined {
  return POSITIONS.get(siteId);
}
