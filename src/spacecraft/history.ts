/** Zarya, the first ISS module, launched 20 Nov 1998 06:40 UTC (facts.md T7). Before it there is no ISS. */
export const ISS_FIRST_MODULE_LAUNCH_MS = Date.parse('1998-11-20T06:40:00Z');

/**
 * Orbits of earlier spacecraft the tour shows before the ISS existed, as facts.md gives them. The
 * ascending node is not given there: these rings are illustrative in orientation [DERIVED].
 */
export const HISTORIC_ORBITS = {
  // Apollo–Soyuz: about 217 × 231 km at 51.8° (facts.md T3).
  astp: { label: 'Apollo–Soyuz orbit (≈225 km, 51.8°)', altitudeKm: 225, inclinationDeg: 51.8 },
  // Mir: 51.6°, about 400 km (facts.md T4).
  mir: { label: 'Mir orbit (≈400 km, 51.6°)', altitudeKm: 400, inclinationDeg: 51.6 },
} as const;
