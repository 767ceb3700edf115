import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatObserverParam } from '../../astro/observer';
import { DEFAULT_PASS_WINDOW_DAYS, MAX_PASS_WINDOW_DAYS, type PassPrediction } from '../../astro/passPrediction';
import { useLang, useDictionarySection, useT } from '../../state/lang';
import { PASS_PARAM, passesPanelActions } from '../../state/passesPanel';
import { skyViewActions, useSkyView } from '../../state/skyView';
import { PassResults } from './PassResults';
import { PlacePicker } from './PlacePicker';
import { initialPlace, passesSearch, rememberPlace, type PanelMessage, type Place } from './place';
import { usePlaceZone } from './placeZone';
import { passClock } from './passTime';
import { passId } from './passView';
import { SkyViewCard } from './SkyViewCard';
import { usePassPredictions } from './usePassPredictions';
import './passes.css';

const DAY_CHOICES = Array.from({ length: MAX_PASS_WINDOW_DAYS }, (_, i) => i + 1);

function replaceSearch(search: string): void {
  if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
}

/**
 * "When can I see it?": the user's place, the ISS passes over it in the next days (visible ones first), a sky
 * chart of each, a calendar file of the visible ones, and a way to watch a pass in the scene. Its own chunk
 * (App lazy-loads it); the predictions run in a worker (usePassPredictions).
 */
function PassesPanelShown() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const [start] = useState(() => initialPlace(window.location.search));
  const [place, setPlace] = useState<Place | null>(start.place);
  const [message, setMessage] = useState<PanelMessage | null>(start.error);
  const [days, setDays] = useState(DEFAULT_PASS_WINDOW_DAYS);
  const prediction = usePassPredictions(place?.site ?? null, days);
  const zone = usePlaceZone(place?.site ?? null);
  const clock = useMemo(() => passClock(lang, zone ?? undefined), [lang, zone]);
  const sky = useSkyView((s) => s.sky);
  // A shared address's `pass=` (a pass shown from the ground) is shown once the passes are in.
  const addressPass = useRef(new URLSearchParams(window.location.search).get(PASS_PARAM));

  const choose = useCallback((next: Place) => {
    setPlace(next);
    setMessage(null);
    rememberPlace(next);
  }, []);

  // The address carries the open panel, its place and the pass shown from the ground (a link to share);
  // closing the panel takes them out.
  const shownId = sky ? passId(sky.pass) : null;
  useEffect(() => {
    replaceSearch(passesSearch(window.location.search, true, place, shownId));
  }, [place, shownId]);
  useEffect(() => () => replaceSearch(passesSearch(window.location.search, false, null)), []);
  // The view from the ground belongs to the panel: closing the panel goes back to the Earth view.
  useEffect(() => () => skyViewActions.leave(), []);

  // The title takes the focus when the panel opens and when the view from the ground ends (its card had it).
  const skyShown = sky !== null;
  useEffect(() => {
    if (!skyShown) title.current?.focus();
  }, [skyShown]);

  // The view from the ground of a pass (state/skyView.ts): the camera at the place, the clock a minute before
  // the rise at the real rate; the panel shrinks to a card with the way back.
  const show = useCallback(
    (pass: PassPrediction) => {
      if (place) skyViewActions.show(pass, place.site, clock.zone);
    },
    [place, clock],
  );

  useEffect(() => skyViewActions.setTimeZone(clock.zone), [clock.zone]);

  const result = prediction.result;
  useEffect(() => {
    const wanted = addressPass.current;
    if (!wanted || !result || !place) return;
    addressPass.current = null;
    const pass = result.passes.find((p) => passId(p) === wanted);
    if (pass) show(pass);
  }, [result, place, show]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') passesPanelActions.close();
  };

  return (
    <section className={sky ? 'passes-panel side-sheet panel sky' : 'passes-panel side-sheet panel'} aria-labelledby={titleId} data-testid="passes-panel" onKeyDown={onKeyDown}>
      <div className="passes-head">
        <h2 id={titleId} ref={title} tabIndex={-1}>
          {t('passes.title')}
        </h2>
        <button type="button" className="close" data-testid="passes-close" onClick={passesPanelActions.close} aria-label={t('ui.close')}>
          ×
        </button>
      </div>
      <p className="passes-place" data-testid="passes-place" data-value={place ? formatObserverParam(place.site) : ''}>
        {place
          ? t('passes.placeIs', {
              place: place.name ?? t('passes.placeCoordinates', { lat: place.site.latDeg.toFixed(4), lon: place.site.lonDeg.toFixed(4) }),
            })
          : t('passes.noPlace')}
      </p>
      {sky && place && (
        <SkyViewCard
          sky={sky}
          clock={clock}
          placeName={place.name ?? t('passes.placeCoordinates', { lat: place.site.latDeg.toFixed(4), lon: place.site.lonDeg.toFixed(4) })}
        />
      )}
      {/* Kept while a pass is shown from the ground (hidden): the place being typed, the list and its chart stay. */}
      <div className="passes-body" hidden={sky !== null}>
        {message && (
          <p className="passes-error" role="alert" data-testid="passes-error" data-error-key={message.key}>
            {t(message.key, message.params)}
            {place && ` ${t('passes.keptPrevious')}`}
          </p>
        )}
        <details className="place-choice" data-testid="place-choice" open={place === null}>
          <summary>{t(place ? 'passes.changePlace' : 'passes.choosePlace')}</summary>
          <PlacePicker onChoose={choose} onError={setMessage} />
        </details>
        <label className="passes-days">
          {t('passes.daysAhead')}
          <select data-testid="passes-days" value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {DAY_CHOICES.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        {place && <PassResults prediction={prediction} clock={clock} place={place} onShow={show} />}
      </div>
    </section>
  );
}

/** Shown once its texts (dictionary sections) are loaded. */
export default function PassesPanel() {
  return useDictionarySection('passes') ? <PassesPanelShown /> : null;
}
