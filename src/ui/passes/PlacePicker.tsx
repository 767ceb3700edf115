import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { searchCities, type City, type CityIndex } from '../../astro/citySearch';
import { parseCoordinates, parseHeightM, parseObserverFields, type Parsed } from '../../astro/observer';
import type { ObserverSite } from '../../astro/passes';
import { useT } from '../../state/lang';
import { loadCityIndex } from './cities';
import { cityPlace, geolocatedPlace, type PanelMessage, type Place } from './place';

const CITY_RESULTS = 8;

interface PlacePickerProps {
  onChoose: (place: Place) => void;
  onError: (message: PanelMessage) => void;
}

/** Three ways to a place: a city from the bundled list, typed coordinates, the browser's position. */
export function PlacePicker({ onChoose, onError }: PlacePickerProps) {
  return (
    <div className="place-picker">
      <CitySearch onChoose={onChoose} onError={onError} />
      <CoordinateFields onChoose={onChoose} onError={onError} />
      <Geolocate onChoose={onChoose} onError={onError} />
    </div>
  );
}

function CitySearch({ onChoose, onError }: PlacePickerProps) {
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const [cities, setCities] = useState<CityIndex | null>(null);
  const [loading, setLoading] = useState(false);
  const results = useMemo(() => (cities ? searchCities(cities, query, CITY_RESULTS) : []), [cities, query]);

  /** Loads the list on first use (focus, typing or Find); resolves to null when it cannot be loaded. */
  const ensureCities = (): Promise<CityIndex | null> => {
    if (cities) return Promise.resolve(cities);
    setLoading(true);
    return loadCityIndex().then(
      (index) => {
        setCities(index);
        setLoading(false);
        return index;
      },
      (e: Error) => {
        setLoading(false);
        onError({ key: 'passes.errorCitiesLoad', params: { error: e.message } });
        return null;
      },
    );
  };

  const choose = (city: City) => {
    onChoose(cityPlace(city));
    setQuery('');
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = query.trim();
    if (value === '') return onError({ key: 'passes.errorCityEmpty' });
    void ensureCities().then((index) => {
      if (!index) return;
      const found = searchCities(index, value, 1);
      if (found.length === 0) onError({ key: 'passes.errorCityNotFound', params: { value } });
      else choose(found[0]);
    });
  };

  return (
    <form className="city-search" onSubmit={submit} role="search">
      <label htmlFor={`${id}-city`}>{t('passes.city')}</label>
      <div className="row">
        <input
          id={`${id}-city`}
          type="search"
          data-testid="city-input"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('passes.cityPlaceholder')}
          value={query}
          onFocus={() => void ensureCities()}
          onChange={(e) => setQuery(e.target.value)}
          aria-controls={`${id}-results`}
        />
        <button type="submit" data-testid="city-find">{t('passes.find')}</button>
      </div>
      {loading && <p className="hint">{t('passes.citiesLoading')}</p>}
      <ul id={`${id}-results`} className="city-results" data-testid="city-results" aria-live="polite">
        {query.trim() !== '' &&
          results.map((city) => (
            <li key={`${city.rank}`}>
              <button type="button" data-testid="city-option" data-value={`${city.name}, ${city.countryCode}`} onClick={() => choose(city)}>
                {city.name}, {city.countryCode}
                <small>
                  {' '}
                  {city.latDeg.toFixed(2)}°, {city.lonDeg.toFixed(2)}°
                </small>
              </button>
            </li>
          ))}
      </ul>
      <p className="hint credit">{t('passes.citiesCredit')}</p>
    </form>
  );
}

/** Latitude and longitude as typed (decimal or degrees-minutes-seconds, observer.ts); a pasted pair works too. */
function parseTyped(lat: string, lon: string, height: string): Parsed<ObserverSite> {
  if (lon.trim() !== '' || !/[,;\s]\S/.test(lat.trim())) return parseObserverFields(lat, lon, height);
  const pair = parseCoordinates(lat);
  if (!pair.ok) return pair;
  const heightM = parseHeightM(height);
  return heightM.ok ? { ok: true, value: { ...pair.value, heightKm: heightM.value / 1000 } } : heightM;
}

function CoordinateFields({ onChoose, onError }: PlacePickerProps) {
  const t = useT();
  const id = useId();
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [height, setHeight] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseTyped(lat, lon, height);
    if (parsed.ok) onChoose({ site: parsed.value, name: null });
    else onError(parsed.error);
  };
  return (
    <form className="coordinates" onSubmit={submit}>
      <fieldset>
        <legend>{t('passes.coordinates')}</legend>
        <div className="fields">
          <label htmlFor={`${id}-lat`}>{t('passes.latitude')}</label>
          <input id={`${id}-lat`} data-testid="lat-input" inputMode="decimal" autoComplete="off" spellCheck={false} placeholder="55.8228" value={lat} onChange={(e) => setLat(e.target.value)} />
          <label htmlFor={`${id}-lon`}>{t('passes.longitude')}</label>
          <input id={`${id}-lon`} data-testid="lon-input" inputMode="decimal" autoComplete="off" spellCheck={false} placeholder="37.6398" value={lon} onChange={(e) => setLon(e.target.value)} />
          <label htmlFor={`${id}-height`}>{t('passes.height')}</label>
          <input id={`${id}-height`} data-testid="height-input" inputMode="decimal" autoComplete="off" spellCheck={false} placeholder="0" value={height} onChange={(e) => setHeight(e.target.value)} />
        </div>
        <button type="submit" data-testid="coordinates-use">{t('passes.useCoordinates')}</button>
      </fieldset>
    </form>
  );
}

function Geolocate({ onChoose, onError }: PlacePickerProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  // The answer can come after the panel has closed (the browser's permission prompt waits for the user).
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const locate = () => {
    if (!('geolocation' in navigator)) return onError({ key: 'passes.errorGeoUnsupported' });
    setAsking(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        if (!mounted.current) return;
        setAsking(false);
        onChoose(geolocatedPlace(position.coords));
      },
      (error) => {
        if (!mounted.current) return;
        setAsking(false);
        onError(
          error.code === error.PERMISSION_DENIED
            ? { key: 'passes.errorGeoDenied' }
            : { key: 'passes.errorGeoUnavailable', params: { error: error.message || String(error.code) } },
        );
      },
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 10 * 60_000 },
    );
  };
  return (
    <div className="geolocate">
      <button type="button" data-testid="geolocate" onClick={locate} disabled={asking}>
        {t('passes.geolocate')}
      </button>
      <p className="hint">{asking ? t('passes.geoLocating') : t('passes.geoReason')}</p>
    </div>
  );
}
