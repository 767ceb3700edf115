import assemblyJson from '../content/assembly.json';
import manifestJson from '../content/docking-manifest.json';
import { parseAssembly, stationAt, type ElementAt } from '../spacecraft/assembly';
import { dockedAsOf, parseManifest, type ManifestEntry } from '../spacecraft/manifest';

/**
 * The assembly sequence and the docking manifest, schema-checked once (bad entries are left out, their
 * messages in `errors`). Its own chunk: loaded after the first frames (see station.ts).
 */
const assembly = parseAssembly(assemblyJson);
const manifest = parseManifest(manifestJson);

export const errors: readonly string[] = [...assembly.errors, ...manifest.errors];

export interface StationOfDate {
  instantMs: number;
  elements: ElementAt[];
  vehicles: ManifestEntry[];
  /** The date the records end ('2026-04-28') when the instant is after it: the last known configuration. */
  asOf: string | null;
}

export function computeStationOfDate(instantMs: number): StationOfDate {
  const docked = dockedAsOf(manifest.entries, instantMs);
  return { instantMs, elements: stationAt(assembly.elements, instantMs), vehicles: docked.entries, asOf: docked.asOf };
}
