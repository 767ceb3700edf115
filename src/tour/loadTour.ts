import { parseTour, type Tour } from './schema';

const TOURS_DIR = '../content/tours/';

/**
 * Every tour file shipped with the app, by file name: each src/content/tours/*.json, found by the glob and
 * bundled with this module (as the one tour was when it was imported by name).
 */
export const TOUR_FILES: ReadonlyArray<{ fileName: string; json: unknown }> = Object.entries(
  import.meta.glob<unknown>('../content/tours/*.json', { eager: true, import: 'default' }),
).map(([path, json]) => ({ fileName: path.slice(TOURS_DIR.length), json }));

export interface LoadToursResult {
  /** The tours that passed validation, in TOUR_FILES order. */
  tours: Tour[];
  /** One message per problem, naming the file (and waypoint and field where there is one). */
  errors: string[];
}

/** Validates the bundled tour files. A broken file is left out and reported; the others still load. */
export function loadTours(files: ReadonlyArray<{ fileName: string; json: unknown }> = TOUR_FILES): LoadToursResult {
  const tours: Tour[] = [];
  const errors: string[] = [];
  const seen = new Map<string, string>();
  for (const { fileName, json } of files) {
    const result = parseTour(json, fileName);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const other = seen.get(result.tour.id);
    if (other !== undefined) {
      errors.push(`${fileName}: id: Tour id "${result.tour.id}" is already used by ${other}`);
      continue;
    }
    seen.set(result.tour.id, fileName);
    tours.push(result.tour);
  }
  return { tours, errors };
}

/** Number of steps per tour id, for parseDeepLink. */
export function stepCounts(tours: ReadonlyArray<Tour>): Record<string, number> {
  return Object.fromEntries(tours.map((t) => [t.id, t.waypoints.length]));
}
