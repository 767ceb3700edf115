import { useMemo, useState } from 'react';
import { formatObserverParam } from '../../astro/observer';
import { passCalendar } from '../../astro/passCalendar';
import type { PassPrediction } from '../../astro/passPrediction';
import { clockActions, useClock } from '../../state/clock';
import { useElements } from '../../state/elements';
import { useT } from '../../state/lang';
import { messageText } from '../../state/notices';
import { refreshTleOnline } from '../../state/tleRefresh';
import type { Place } from './place';
import { PassList } from './PassList';
import type { PassClock } from './passTime';
import { calendarText } from './passText';
import { chartedPassId, daysFromEpoch, ELEMENTS_WARN_DAYS, groupPasses, isoSecond } from './passView';
import type { PassPredictionState, PassResult } from './usePassPredictions';

interface PassResultsProps {
  prediction: PassPredictionState;
  clock: PassClock;
  place: Place;
  onShow: (pass: PassPrediction) => void;
}

/** The prediction: where and from when, the orbit data's age, the visible passes, the others, the .ics. */
export function PassResults({ prediction, clock, place, onShow }: PassResultsProps) {
  const t = useT();
  const { result, pending, error } = prediction;
  const groups = useMemo(() => groupPasses(result?.passes ?? []), [result]);
  const [chosen, setChosen] = useState<string | null | undefined>(undefined);
  const charted = chartedPassId(groups, chosen);
  const state = pending || !result ? 'computing' : 'ready';

  return (
    <div
      className="pass-results"
      data-testid="passes-list"
      data-state={state}
      data-observer={result ? formatObserverParam(result.request.site) : ''}
      data-start-utc={result ? isoSecond(result.request.startMs) : ''}
      data-days={result?.request.days ?? ''}
      aria-busy={state === 'computing'}
    >
      {error && <p className="passes-error" role="alert">{t('passes.errorPrediction', { error })}</p>}
      {!result ? (
        <p className="hint">{t('passes.computing')}</p>
      ) : (
        <>
          <WindowNote result={result} clock={clock} />
          <ElementsNote result={result} />
          <p className="pass-summary" data-testid="passes-summary">
            {t('passes.summary', { visible: groups.visible.length, others: groups.others.length })}
            {pending && ` ${t('passes.computing')}`}
          </p>
          {groups.visible.length > 0 ? (
            <PassList passes={groups.visible} clock={clock} chartedId={charted} onChart={setChosen} onShow={onShow} />
          ) : (
            <p className="hint">{t('passes.noneVisible')}</p>
          )}
          <CalendarButton passes={groups.visible} place={place} result={result} />
          {groups.others.length > 0 && (
            <details className="other-passes">
              <summary>{t('passes.others', { count: groups.others.length })}</summary>
              <PassList passes={groups.others} clock={clock} chartedId={charted} onChart={setChosen} onShow={onShow} />
            </details>
          )}
          <p className="hint" data-testid="passes-zone" data-value={clock.zone} data-place-zone={String(clock.placeZone)}>
            {t(clock.placeZone ? 'passes.zoneNotePlace' : 'passes.zoneNote', { zone: clock.zone })}
          </p>
          <p className="hint">{t('passes.visibleDefinition')}</p>
          <p className="hint">{t('passes.brightnessModel')}</p>
        </>
      )}
    </div>
  );
}

/** From when the passes run: the simulated instant; "from now" when the clock is not live. */
function WindowNote({ result, clock }: { result: PassResult; clock: PassClock }) {
  const t = useT();
  const live = useClock((s) => s.live);
  const { startMs, days } = result.request;
  return (
    <p className="hint">
      {t('passes.window', { days, from: `${clock.day(startMs)} ${clock.local(startMs)}` })}
      {!live && (
        <>
          {' '}
          <button type="button" className="inline" data-testid="passes-now" onClick={clockActions.goLive}>
            {t('passes.fromNow')}
          </button>
        </>
      )}
    </p>
  );
}

/** The element set used, its age against the window, and current elements to fetch when it is old. */
function ElementsNote({ result }: { result: PassResult }) {
  const t = useT();
  const onlineStatus = useElements((s) => s.onlineStatus);
  const { tle, source, request } = result;
  const reach = daysFromEpoch(tle.epochMs, request.startMs, request.days);
  const old = reach > ELEMENTS_WARN_DAYS;
  return (
    <div className={old ? 'elements-note old' : 'elements-note'} data-testid="passes-elements" data-value={new Date(tle.epochMs).toISOString()} data-old={String(old)}>
      <p>
        {t('passes.elements', { date: new Date(tle.epochMs).toISOString().slice(0, 10), source: t(`passes.source.${source}`) })}
        {old && ` ${t('passes.elementsOld', { days: Math.ceil(reach) })}`}
      </p>
      {old && (
        <p>
          <button type="button" data-testid="passes-fetch-elements" onClick={() => void refreshTleOnline()}>
            {t('passes.fetchElements')}
          </button>
          {onlineStatus && <span className="hint"> {messageText(t, onlineStatus)}</span>}
        </p>
      )}
    </div>
  );
}

/** The visible passes as an .ics file (passCalendar.ts), made when the button is pressed. */
function CalendarButton({ passes, place, result }: { passes: readonly PassPrediction[]; place: Place; result: PassResult }) {
  const t = useT();
  const download = () => {
    const site = result.request.site;
    // While a new place is being predicted, the list (and this file) is still the previous place's.
    const named = formatObserverParam(place.site) === formatObserverParam(site) ? place.name : null;
    const name = named ?? t('passes.placeCoordinates', { lat: site.latDeg.toFixed(4), lon: site.lonDeg.toFixed(4) });
    const ics = passCalendar(passes, calendarText(t, name), { site, createdMs: Date.now() });
    if (ics === null) return;
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `iss-passes-${formatObserverParam(site).replace(/,/g, '_')}.ics`;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked after the browser has started the download (a synchronous revoke can cancel it).
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <p className="calendar">
      <button type="button" data-testid="passes-ics" disabled={passes.length === 0} onClick={download}>
        {t('passes.calendar')}
      </button>
      {passes.length === 0 && <span className="hint"> {t('passes.calendarNone')}</span>}
    </p>
  );
}
