import { useEffect, useMemo, useState } from 'react';
import { formatObserverParam } from '../astro/observer';
import { compassPoint } from '../astro/passes';
import { useLang, useT } from '../state/lang';
import type { KioskConfig } from './config';
import { usePassForecast } from './usePassForecast';
import { useShareCode } from './useShareCode';

/** After this long the code goes back from the museum's passes to the view (the next visitor wants the view). */
const PASSES_CODE_MS = 120_000;

/**
 * The museum's next visible ISS pass, the age of the orbit data, and a QR code to take the view home, or, when
 * the visitor asks for it, the passes panel for the museum's place.
 */
export function KioskInfo({ config }: { config: KioskConfig }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const m = config.museum;
  const site = useMemo(() => ({ latDeg: m.latDeg, lonDeg: m.lonDeg, heightKm: m.heightM / 1000 }), [m]);
  const { pass, tle, online, ageDays } = usePassForecast(site);
  const [passesCode, setPassesCode] = useState(false);
  useEffect(() => {
    if (!passesCode) return;
    const timer = window.setTimeout(() => setPassesCode(false), PASSES_CODE_MS);
    return () => window.clearTimeout(timer);
  }, [passesCode]);
  const qr = useShareCode(config.shareBaseUrl, passesCode ? formatObserverParam(site) : null);
  const caption = passesCode ? t('kiosk.passesScan') : t('kiosk.takeHome');
  const time = useMemo(
    () => new Intl.DateTimeFormat(lang, { weekday: 'short', hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'short' }),
    [lang],
  );
  const tleNote = !tle
    ? ''
    : online
      ? t('kiosk.tleOnline')
      : t('kiosk.tleBundled', { date: new Date(tle.epochMs).toISOString().slice(0, 10), days: ageDays });

  return (
    <aside className="kiosk-info panel" data-testid="kiosk-info">
      <h2>{t('kiosk.nextPass', { place: m.name })}</h2>
      <p data-testid="kiosk-pass" data-value={pass ? new Date(pass.maxMs).toISOString() : ''}>
        {pass === undefined
          ? '…'
          : pass === null
            ? t('kiosk.noPass')
            : t('kiosk.passDetail', {
                time: time.format(pass.maxMs),
                from: compassPoint(pass.azimuthAtRiseDeg),
                el: Math.round(pass.maxElevationDeg),
                dir: compassPoint(pass.azimuthAtMaxDeg),
                to: compassPoint(pass.azimuthAtSetDeg),
              })}
      </p>
      <p className="kiosk-tle" data-testid="kiosk-tle">{tleNote}</p>
      <figure>
        <img src={qr.svgDataUrl} alt={caption} width={132} height={132} data-testid="kiosk-qr" data-value={qr.address} />
        <figcaption>{caption}</figcaption>
      </figure>
      <button type="button" className="kiosk-passes-code" data-testid="kiosk-passes-code" aria-pressed={passesCode} onClick={() => setPassesCode(!passesCode)}>
        {t('kiosk.passesOnPhone')}
      </button>
    </aside>
  );
}
