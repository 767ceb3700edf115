import type { Degrees, Kilometer } from './units';

/**
 * Lunar south-pole catalogue for the procedural terrain and the markers, copied from the project fact
 * sheet (shared/reference/facts.md §5.2–§5.4 and §6). Selenographic coordinates: IAU/USGS gazetteer,
 * latitude south-negative, longitude EAST-positive, −180..180° (facts.md §5.1), on the 1737.4 km sphere
 * of moon.ts/selenography.ts.
 *
 * Flags
 * - `uncertain: true` where facts.md marks the item [UNCERTAIN] (or [CHANGED] for the Artemis list).
 * - `assumed: true` where a number is this module's assumption, not a sourced value (see each doc).
 * - `approximate: true` for placement hints (anchor features), not published coordinates.
 */

const GAZETTEER =
  'IAU/USGS Gazetteer of Planetary Nomenclature, jaanga/moon : gazetteer/moon-GPN-gazetteer-source.csv ' +
  '@b4c40c4a300417c40978b04d59654cb286091a9b (facts.md §5.3)';

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

function gazetteerCrater(name: string, diameterKm: Kilometer, latDeg: Degrees, lonDeg: Degrees): SouthPoleCrater {
  return {
    name,
    latDeg,
    lonDeg,
    diameterKm,
    depthKm: assumedComplexCraterDepthKm(diameterKm),
    assumed: true,
    uncertain: false,
    source: `${GAZETTEER}; ${ASSUMED_DEPTH_NOTE}`,
  };
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

/**
 * Shackleton: centre −89.67°, 129.78° E, diameter 20.92 km (IAU; "about 21 km", often 20.9), depth
 * ~4.2 km (facts.md §5.2). The lunar spin axis lies inside it, ~10 km from the centre.
 */
export const SHACKLETON: ShackletonCrater = {
  name: 'Shackleton',
  latDeg: -89.67,
  lonDeg: 129.78,
  diameterKm: 20.92,
  depthKm: 4.2,
  assumed: false,
  uncertain: false,
  source:
    `${GAZETTEER} (centre, diameter); depth, floor, walls, mound, peak: ` +
    'http://www.liquisearch.com/shackleton_crater/description (SELENE/Kaguya summary), facts.md §5.2',
  floorDiameterKm: 6.6,
  innerWallSlopeDeg: 30,
  floorMoundThicknessKm: [0.3, 0.4],
  centralPeakHeightKm: 0.2,
  lrocRimViewLatDeg: -89.66,
  lrocRimViewLonDeg: 129.2,
};

/**
 * The south-pole craters of facts.md §5.3 (diameter, lat, lon from the IAU gazetteer), nearest the pole
 * first. Only Shackleton has a sourced depth; the others carry assumedComplexCraterDepthKm.
 */
export const SOUTH_POLE_CRATERS: readonly SouthPoleCrater[] = [
  SHACKLETON,
  {
    ...gazetteerCrater('Henson', 43, -88.57, -130.63),
    uncertain: true,
    source:
      'Wikipedia mirror citing the IAU (https://dnhewrhegkli.shop/wiki/Henson_(Mondkrater)), not checked ' +
      `against the gazetteer [UNCERTAIN], facts.md §5.3; diameter "~43 km"; ${ASSUMED_DEPTH_NOTE}`,
  },
  gazetteerCrater('de Gerlache', 32.71, -88.48, -88.34),
  gazetteerCrater('Sverdrup', 32.83, -88.32, -153.39),
  gazetteerCrater('Shoemaker', 51.82, -88.14, 45.91),
  gazetteerCrater('Slater', 25.12, -88.08, 111.29),
  gazetteerCrater('Haworth', 51.42, -87.45, -5.17),
  gazetteerCrater('Faustini', 42.48, -87.18, 84.31),
  gazetteerCrater('Cabeus', 100.58, -85.33, -42.13),
  gazetteerCrater('Nobile', 79.27, -85.28, 53.27),
  gazetteerCrater('Malapert', 72.38, -85.0, 11.4),
  gazetteerCrater('Kocher', 24.03, -84.47, -134.02),
  gazetteerCrater('Amundsen', 103.39, -84.44, 83.07),
  gazetteerCrater('Wiechert', 40.82, -84.03, 164.7),
  gazetteerCrater('Scott', 107.82, -82.35, 48.52),
  gazetteerCrater('Cabeus B', 59.62, -82.26, -54.58),
  gazetteerCrater("Idel'son", 59.82, -81.35, 112.69),
];

export interface Massif {
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
 * Mountains worth modelling (facts.md §5.3). The Shackleton–de Gerlache "Connecting Ridge" is left out:
 * facts.md has no position, size or height for it [UNCERTAIN].
 */
export const MASSIFS: readonly Massif[] = [
  {
    name: 'Mons Mouton',
    latDeg: -84.6,
    lonDeg: 31,
    radiusKm: 50, // "flat-topped plateau about 100 km across"
    radiusAssumed: false,
    heightKm: 6,
    // One page gives 31.0° W; east fits "between Malapert (11° E) and Nobile (53° E)" [UNCERTAIN].
    uncertain: true,
    source:
      'facts.md §5.3: ~84.6° S, ~31° E (E vs W conflict, east used), ~100 km across, ~6 km high; ' +
      'https://svs.gsfc.nasa.gov/5074 ; https://en.wikipedia.org/wiki/Mons_Mouton',
  },
  {
    name: 'Malapert Massif',
    latDeg: -86,
    lonDeg: 0,
    radiusKm: 20, // ASSUMPTION: facts.md gives no horizontal size.
    radiusAssumed: true,
    heightKm: 5, // "rises more than 5,000 m above its base": a lower bound.
    uncertain: false,
    source:
      'facts.md §5.3: flat top at ~86° S, 0° E (LROC), > 5 km above its base; ' +
      'https://www.leonarddavid.com/caught-on-camera-possible-artemis-3-human-landing-spot-on-moon/ ; ' +
      'radius 20 km is an assumption for procedural terrain',
  },
];

export interface ArtemisRegion {
  readonly name: string;
  /** Approximate centre: the anchor feature's coordinates (deg, east-positive longitude). */
  readonly latDeg: Degrees;
  readonly lonDeg: Degrees;
  /** The feature the region is built on (facts.md §5.4 "anchor"). */
  readonly anchor: string;
  /** Regions are about 15 × 15 km. */
  readonly sizeKm: Kilometer;
  /** Always true: NASA published no coordinates; these are placement hints. */
  readonly approximate: true;
  readonly uncertain: boolean;
  readonly note?: string;
  readonly source: string;
}

const ARTEMIS_2024_SOURCE =
  'NASA, 29 Oct 2024 (9 regions, no priority order), facts.md §5.4: ' +
  'https://ummid.com/news/2024/october/29-10-2024/nasa-identifies-9-landing-regions-for-artemis-iii-moon-mission.html ; ' +
  'https://bgr.com/science/nasa-shares-possible-artemis-iii-landing-zones-on-the-moon/ ; ' +
  'centres [DERIVED / approximate] from the anchor features of facts.md §5.3';

/**
 * [CHANGED]/[UNCERTAIN]: chosen for Artemis III; after the Feb 2026 restructure the first landing is
 * Artemis IV (2028) and the sources do not say whether this list carries over. Every entry is
 * therefore `uncertain: true`.
 */
const ARTEMIS_CARRY_OVER_NOTE = 'Artemis III list; carry-over to Artemis IV (2028) not confirmed [CHANGED]';

function artemisRegion(name: string, anchor: string, latDeg: Degrees, lonDeg: Degrees, note?: string): ArtemisRegion {
  return {
    name,
    latDeg,
    lonDeg,
    anchor,
    sizeKm: 15,
    approximate: true,
    uncertain: true,
    note: note ? `${note}; ${ARTEMIS_CARRY_OVER_NOTE}` : ARTEMIS_CARRY_OVER_NOTE,
    source: ARTEMIS_2024_SOURCE,
  };
}

/**
 * The October 2024 Artemis candidate regions (facts.md §5.4), each placed on its anchor feature.
 * Regions that share an anchor (Nobile Rim 1/2, Mons Mouton/Mons Mouton Plateau) share a point.
 */
export const ARTEMIS_REGIONS: readonly ArtemisRegion[] = [
  artemisRegion(
    'Peak near Cabeus B',
    'Cabeus B',
    -82.26,
    -54.58,
    'Cabeus B centre is 7.7° from the pole, outside the stated 6° band: the peak lies poleward of it',
  ),
  artemisRegion('Haworth', 'Haworth', -87.45, -5.17),
  artemisRegion('Malapert Massif', 'Malapert Massif (LROC: region heart on its flat top)', -86, 0),
  artemisRegion('Mons Mouton Plateau', 'Mons Mouton', -84.6, 31, 'Mons Mouton longitude E/W conflict [UNCERTAIN]'),
  artemisRegion('Mons Mouton', 'Mons Mouton', -84.6, 31, 'Mons Mouton longitude E/W conflict [UNCERTAIN]'),
  artemisRegion('Nobile Rim 1', 'rim of Nobile', -85.28, 53.27),
  artemisRegion('Nobile Rim 2', 'rim of Nobile', -85.28, 53.27),
  artemisRegion('de Gerlache Rim 2', 'rim of de Gerlache', -88.48, -88.34),
  artemisRegion('Slater Plain', 'Slater', -88.08, 111.29),
];

export interface LunarSite {
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

const ILRS_SOURCE =
  'facts.md §6 (Chinese missions): https://rbtfl.xyz/pt/n/china-lunar-change7-2026.md ; ' +
  "https://review.clateway.com/wiki/view_html.php?lang=en&q=Chang%27e_8 ; positions are the anchor features' (facts.md §5.3)";

/**
 * ILRS-side targets near the south pole. facts.md §6 gives no site coordinates, only targets: Chang'e-7
 * "near Shackleton" and Chang'e-8 candidate sites (Shackleton–de Gerlache ridge, Leibnitz Beta = Mons
 * Mouton, Amundsen, Cabeus), all [UNCERTAIN]. Each is placed on its named feature.
 */
export const ILRS_SITES: readonly LunarSite[] = [
  {
    name: "Chang'e-7 target (near Shackleton)",
    latDeg: -89.67,
    lonDeg: 129.78,
    approximate: true,
    uncertain: true,
    note: 'launch planned ~Aug 2026; status unknown',
    source: ILRS_SOURCE,
  },
  {
    name: "Chang'e-8 candidate: Shackleton–de Gerlache ridge",
    // [DERIVED] great-circle midpoint of the Shackleton and de Gerlache centres; the ridge is not sourced.
    latDeg: -89.36,
    lonDeg: -97.52,
    approximate: true,
    uncertain: true,
    note: 'position derived: midpoint of the Shackleton and de Gerlache centres',
    source: ILRS_SOURCE,
  },
  {
    name: "Chang'e-8 candidate: Leibnitz Beta (Mons Mouton)",
    latDeg: -84.6,
    lonDeg: 31,
    approximate: true,
    uncertain: true,
    source: ILRS_SOURCE,
  },
  { name: "Chang'e-8 candidate: Amundsen", latDeg: -84.44, lonDeg: 83.07, approximate: true, uncertain: true, source: ILRS_SOURCE },
  { name: "Chang'e-8 candidate: Cabeus", latDeg: -85.33, lonDeg: -42.13, approximate: true, uncertain: true, source: ILRS_SOURCE },
];

/** Other south-polar landers for optional markers (facts.md §5.4). */
export const CONTEXT_SITES: readonly LunarSite[] = [
  {
    name: 'Chandrayaan-3 landing site',
    latDeg: -69.37,
    lonDeg: 32.32,
    approximate: false,
    uncertain: true,
    date: '2023-08-23',
    source: 'facts.md §5.4: ~69.37° S, 32.32° E, from a code fixture (landmarks list), widely reported [UNCERTAIN]',
  },
  {
    name: 'Luna-25 impact crater',
    latDeg: -57.865,
    lonDeg: 61.36,
    approximate: false,
    uncertain: false,
    date: '2023-08-19',
    note: 'new crater ~10 m across found by LRO, ~400 km from the planned site near Boguslawsky',
    source:
      'facts.md §5.4: https://citylife.capetown/science/nasa-finds-10-meter-crater-where-russias-lunar-lander-crashed/368005/',
  },
];
