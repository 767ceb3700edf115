import assemblyJson from '../content/assembly.json';
import manifestJson from '../content/docking-manifest.json';
import { parseAssembly, stationAt, type ElementAt } from '../spacecraft/assembly';
import { dockedAsOf, parseManifest, type ManifestEntry } from '../spacecraft/manifest';

/**
 * The station as it was at an instant, from the assembly sequence and the docking manifest (both
 * schema-checked once; bad entries are left out, their messages in `stationDataErrors`). Cached by instant:
 * the HUD asks four times a second, the scene once a frame.
 */
const assembly = parseAssembly(assemblyJson);
const manifest = parseManifest(manifestJson);

export const stationDataErrors: readonly string[] = [...assembly.errors, ...manifest.errors];
export const manifestEntries: readonly ManifestEntry[] = manifest.entries;

export interface StationOfDate {
  instantMs: number;
  elements: ElementAt[];
  vehicles: ManifestEntry[];
  /** The date the records end ('2026-04-28') when the instant is after it: the last known configuration. */
  asOf: string | null;
}

let cached: StationOfDate = { instantMs: NaN, elements: [], vehicles: [], asOf: null };

export function stationOfDate(instantMs: number): StationOfDate {
  if (instantMs === cached.instantMs) return cached;
  const docked = dockedAsOf(manifest.entries, instantMs);
  cached = { instantMs, elements: stationAt(assembly.elements, instantMs), vehicles: docked.entries, asOf: docked.asOf };
  return cached;
}
