import type { Degrees } from './units';

/**
 * Shackleton crater's centre, IAU gazetteer (facts.md §5.2): all the first view needs of the lunar sites (the
 * readouts of the Sun and the Earth seen from it). Written here rather than read from
 * src/content/lunar-sites.json, so that the first chunk does not carry the whole catalogue;
 * tests/unit/lunar-sites.test.ts checks that the two agree.
 */
export const SHACKLETON_CENTRE: { readonly latDeg: Degrees; readonly lonDeg: Degrees } = { latDeg: -89.67, lonDeg: 129.78 };
