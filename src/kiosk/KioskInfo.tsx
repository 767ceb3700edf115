import { useMemo } from 'react';
import { compassPoint } from '../astro/passes';
import { useLang, useT } from '../state/lang';
import type { KioskConfig } from './config';
import { usePassForecast } from './usePassForecast';
import { useShareCode } from './useShareCode';

/** The museum's next visible ISS pass, the age of the orbit data, and a QR code to take the view home. */
export function KioskInfo({ config }: { config: KioskConfig }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const m = config.museum;
  const site = useMemo(() => ({ latDeg: m.latDeg, lonDeg: m.lonDeg, heightKm: m.heightM / 1000 }), [m]);
  const { pass, tle, online, ageDays } = usePassForecast(site);
  const qr = useShareCode(config.shareBaseUrl);
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
        <img src={qr.svgDataUrl} alt={t('kiosk.takeHome')} width={132} height={132} data-testid="kiosk-qr" data-value={qr.address} />
        <figcaption>{t('kiosk.takeHome')}</figcaption>
      </figure>
    </aside>
  );
}
