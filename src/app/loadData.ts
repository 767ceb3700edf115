import { parseTleFile, type Tle } from '../astro/tle';
import type { StarCatalog } from '../scene/Stars';

const base = import.meta.env.BASE_URL;

async function fetchOk(path: string): Promise<Response> {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response;
}

/** The bundled real ISS element sets (public/data/iss-tle.txt). */
export async function loadBundledTles(): Promise<Tle[]> {
  return parseTleFile(await (await fetchOk('data/iss-tle.txt')).text());
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
