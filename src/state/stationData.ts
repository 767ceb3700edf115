import assemblyJson from '../content/assembly.json';
import manifestJson from '../content/docking-manifest.json';
import { assemblyChangesMs, parseAssembly, stationAt, type ElementAt } from '../spacecraft/assembly';
import { dockedAsOf, MANIFEST_AS_OF_MS, parseManifest, type ManifestEntry } from '../spacecraft/manifest';

/**
 * The assembly sequence and the docking manifest, schema-checked once (bad entries are left out, their
 * messages in `errors`). Its own chunk: loaded after the first frames (see station.ts).
 */
const assembly = parseAssembly(assemblyJson);
const manifest = parseManifest(manifestJson);

export const errors: readonly string[] = [...assembly.errors, ...manifest.errors];

/** The instants at which the station or its vehicles change, sorted: between two, everything holds still. */
const changesMs = [
  ...new Set([
    ...assemblyChangesMs(assembly.elements),
    ...manifest.entries.flatMap((e) => [e.fromMs, e.toMs]).filter((t) => t < MANIFEST_AS_OF_MS),
    MANIFEST_AS_OF_MS,
  ]),
].sort((a, b) => a - b);

/** The span between changes that holds `instantMs`: [fromMs, toMs), −∞/+∞ at the ends. */
function stillSpan(instantMs: number): { fromMs: number; toMs: number } {
  let lo = 0;
  let hi = changesMs.length; // first change after the instant: changesMs[lo] > instantMs
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (changesMs[mid] <= instantMs) lo = mid + 1;
    else hi = mid;
  }
  return { fromMs: lo > 0 ? changesMs[lo - 1] : -Infinity, toMs: lo < changesMs.length ? changesMs[lo] : Infinity };
}

export interface StationOfDate {
  instantMs: number;
  elements: ElementAt[];
  vehicles: ManifestEntry[];
  /** The date the records end ('2026-04-28') when the instant is after it: the last known configuration. */
  asOf: string | null;
  /** The station and its vehicles are as here for every instant in [stillFromMs, stillToMs). */
  stillFromMs: number;
  stillToMs: number;
}

export function computeStationOfDate(instantMs: number): StationOfDate {
  const docked = dockedAsOf(manifest.entries, instantMs);
  const still = stillSpan(instantMs);
  return {
    instantMs,
    elements: stationAt(assembly.elements, instantMs),
    vehicles: docked.entries,
    asOf: docked.asOf,
    stillFromMs: still.fromMs,
    stillToMs: still.toMs,
  };
}
