import { parseTleFile, type Tle } from '../astro/tle';
import type { StarCatalog } from '../scene/Stars';
import bundledTleFile from '../content/iss-tle.txt?raw';

const base = import.meta.env.BASE_URL;

async function fetchOk(path: string): Promise<Response> {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response;
}

/**
 * The bundled real ISS element sets (src/content/iss-tle.txt, about 1 KB): in the first view's JS rather than
 * a request of its own, since the scene cannot mount without them.
 */
export function bundledTles(): Tle[] {
  return parseTleFile(bundledTleFile);
}

/** The ISS's own element history through the story (public/data/iss-tle-history.txt, ~0.4 MB). */
export async function loadTleHistory(): Promise<Tle[]> {
  return parseTleFile(await (await fetchOk('data/iss-tle-history.txt')).text());
}

/** The star catalogue (public/data/stars.json, made by scripts/build-assets.mjs). */
export async function loadStars(): Promise<StarCatalog> {
  const catalog = (await (await fetchOk('data/stars.json')).json()) as StarCatalog;
  if (!Array.isArray(catalog.stars)) throw new Error('data/stars.json: no "stars" array');
  return catalog;
}
