import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatObserverParam } from '../../astro/observer';
import { DEFAULT_PASS_WINDOW_DAYS, MAX_PASS_WINDOW_DAYS, type PassPrediction } from '../../astro/passPrediction';
import { clockActions } from '../../state/clock';
import { useLang, useT } from '../../state/lang';
import { passesPanelActions } from '../../state/passesPanel';
import { viewActions } from '../../state/view';
import { PassResults } from './PassResults';
import { PlacePicker } from './PlacePicker';
import { initialPlace, passesSearch, rememberPlace, type PanelMessage, type Place } from './place';
import { passClock } from './passTime';
import { usePassPredictions } from './usePassPredictions';
import './passes.css';

const DAY_CHOICES = Array.from({ length: MAX_PASS_WINDOW_DAYS }, (_, i) => i + 1);
/** "Show this pass": the clock a little before the rise, at ×10 (a 6-minute pass in about 40 s). */
const SHOW_LEAD_MS = 30_000;
const SHOW_RATE = 10;

function replaceSearch(search: string): void {
  if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
}

/**
 * "When can I see it?": the user's place, the ISS passes over it in the next days (visible ones first), a sky
 * chart of each, a calendar file of the visible ones, and a way to watch a pass in the scene. Its own chunk
 * (App lazy-loads it); the predictions run in a worker (usePassPredictions).
 */
export default function PassesPanel() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const [start] = useState(() => initialPlace(window.location.search));
  const [place, setPlace] = useState<Place | null>(start.place);
  const [message, setMessage] = useState<PanelMessage | null>(start.error);
  const [days, setDays] = useState(DEFAULT_PASS_WINDOW_DAYS);
  const prediction = usePassPredictions(place?.site ?? null, days);
  const clock = useMemo(() => passClock(lang), [lang]);

  const choose = useCallback((next: Place) => {
    setPlace(next);
    setMessage(null);
    rememberPlace(next);
  }, []);

  // The address carries the open panel and its place (a link to share); closing the panel takes them out.
  useEffect(() => {
    replaceSearch(passesSearch(window.location.search, true, place));
    return () => replaceSearch(passesSearch(window.location.search, false, null));
  }, [place]);

  useEffect(() => title.current?.focus(), []);

  const show = useCallback(
    (pass: PassPrediction) => {
      if (!place) return;
      // The existing view over a site (the camera cuts there under reduced motion), at the pass's rise.
      viewActions.setView('ground', { latDeg: place.site.latDeg, lonDeg: place.site.lonDeg });
      clockActions.setTime(pass.riseMs - SHOW_LEAD_MS);
      clockActions.setRate(SHOW_RATE);
    },
    [place],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') passesPanelActions.close();
  };

  return (
    <section className="passes-panel panel" aria-labelledby={titleId} data-testid="passes-panel" onKeyDown={onKeyDown}>
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
    </section>
  );
}
