import type { PassPrediction } from '../../astro/passPrediction';
import type { PassTrack } from '../../astro/passTrack';
import { MS_PER_DAY, type UnixMs } from '../../astro/units';

/**
 * What the passes panel shows, from a prediction: the visible passes first, then the others, why a pass is
 * not visible, the readouts tests read, and how far the predictions reach from the element set's epoch.
 * Pure: no React, no stores.
 */

export interface PassGroups {
  /** Naked-eye visible passes (passes.ts `visible`), by rise. */
  visible: PassPrediction[];
  /** Every other pass above 10°, by rise. */
  others: PassPrediction[];
}

export function groupPasses(passes: readonly PassPrediction[]): PassGroups {
  const byRise = [...passes].sort((a, b) => a.riseMs - b.riseMs);
  return { visible: byRise.filter((p) => p.visible), others: byRise.filter((p) => !p.visible) };
}

/**
 * Why a pass cannot be seen: the ISS is in the Earth's shadow at its highest point, or the sky is too bright
 * there (the Sun above −6°). Null for a visible pass.
 */
export type NotVisibleReason = 'shadow' | 'daylight';

export function notVisibleReason(pass: PassPrediction): NotVisibleReason | null {
  if (pass.visible) return null;
  // Not visible yet sunlit means the Sun stood above VISIBLE_SUN_MAX_ELEVATION_DEG (passes.ts).
  return pass.sunlitAtMax ? 'daylight' : 'shadow';
}

/** An instant as ISO-8601 UTC to the whole second (the prediction is good to seconds, not milliseconds). */
export function isoSecond(instantMs: UnixMs): string {
  return new Date(Math.round(instantMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The test readouts of one listed pass (README): data-rise-utc, data-max-utc, data-set-utc, … */
export function passReadouts(pass: PassPrediction): Record<string, string> {
  return {
    'data-rise-utc': isoSecond(pass.riseMs),
    'data-max-utc': isoSecond(pass.maxMs),
    'data-set-utc': isoSecond(pass.setMs),
    'data-max-elevation-deg': pass.maxElevationDeg.toFixed(2),
    'data-visible': String(pass.visible),
  };
}

/** A stable id for a pass (its rise to the second): which one is selected survives a new prediction. */
export function passId(pass: PassPrediction): string {
  return isoSecond(pass.riseMs);
}

/**
 * An element set's along-track error grows with the time from its epoch (passPrediction.ts: to minutes
 * beyond ~10 days). When the window reaches further than this from the epoch, the panel says so and offers
 * current elements (issue 14: "more than a few days ahead of it"); the default 3-day window from a day-old
 * set (3.2 days) is not warned about.
 */
export const ELEMENTS_WARN_DAYS = 5;

/** The farthest the window [startMs, startMs + days) reaches from the epoch, in days (either side). */
export function daysFromEpoch(epochMs: UnixMs, startMs: UnixMs, days: number): number {
  const endMs = startMs + days * MS_PER_DAY;
  return Math.max(Math.abs(startMs - epochMs), Math.abs(endMs - epochMs)) / MS_PER_DAY;
}

/** The index of the track sample at `instantMs` (a shadow crossing is one), or the nearest one. */
export function trackIndexAt(track: PassTrack, instantMs: UnixMs): number {
  let best = 0;
  for (let i = 1; i < track.timesMs.length; i++) {
    if (Math.abs(track.timesMs[i] - instantMs) < Math.abs(track.timesMs[best] - instantMs)) best = i;
  }
  return best;
}

/**
 * Which pass shows its sky chart: the one the user opened (`chosenId`) while it is listed; none when the user
 * closed it (null); at first (undefined), or when the chosen pass has left the list, the first visible pass,
 * else the first.
 */
export function chartedPassId(groups: PassGroups, chosenId: string | null | undefined): string | null {
  if (chosenId === null) return null;
  const all = [...groups.visible, ...groups.others];
  const pass = all.find((p) => passId(p) === chosenId) ?? groups.visible[0] ?? groups.others[0];
  return pass ? passId(pass) : null;
}
