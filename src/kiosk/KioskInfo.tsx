import { useEffect, useState } from 'react';
import { renderSVG } from 'uqr';
import { compassPoint, nextVisiblePass, type SatellitePass as Pass } from '../astro/passes';
import { elementsFor, satrecFor } from '../state/elements';
import { frame } from '../state/frame';
import { useT } from '../state/lang';
import type { KioskConfig } from './config';

const REFRESH_MS = 60_000;
const DAY_MS = 86_400_000;

function localTime(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'short' });
}

/** The museum's next visible ISS pass, the age of the orbit data, and a QR code to take the view home. */
export function KioskInfo({ config }: { config: KioskConfig }) {
  const t = useT();
  const [pass, setPass] = useState<Pass | null | undefined>(undefined);
  const [qr, setQr] = useState('');
  const [tleNote, setTleNote] = useState('');

  useEffect(() => {
    const update = () => {
      // Real time, not the simulated instant: visitors want tonight's pass, whatever the tour shows,
      // from the elements nearest today.
      const now = Date.now();
      const chosen = elementsFor(now);
      if (!chosen) return;
      const tle = chosen.tle;
      const m = config.museum;
      setPass(nextVisiblePass(satrecFor(tle), { latDeg: m.latDeg, lonDeg: m.lonDeg, heightKm: m.heightM / 1000 }, now, 10));
      setTleNote(
        chosen.source === 'online'
          ? t('kiosk.tleOnline')
          : t('kiosk.tleBundled', { date: new Date(tle.epochMs).toISOString().slice(0, 10), days: Math.round((now - tle.epochMs) / DAY_MS) }),
      );
      const base = config.shareBaseUrl || `${window.location.origin}${window.location.pathname}`;
      const params = new URLSearchParams(window.location.search);
      params.delete('kiosk');
      params.set('t', new Date(frame.snapshot.instantMs).toISOString().slice(0, 19) + 'Z');
      setQr(`data:image/svg+xml;utf8,${encodeURIComponent(renderSVG(`${base}?${params}`, { border: 2 }))}`);
    };
    update();
    const timer = window.setInterval(update, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [config, t]);

  return (
    <aside className="kiosk-info panel" data-testid="kiosk-info">
      <h2>{t('kiosk.nextPass', { place: config.museum.name })}</h2>
      <p data-testid="kiosk-pass" data-value={pass ? new Date(pass.maxMs).toISOString() : ''}>
        {pass === undefined
          ? '…'
          : pass === null
            ? t('kiosk.noPass')
            : t('kiosk.passDetail', {
                time: localTime(pass.maxMs),
                from: compassPoint(pass.azimuthAtRiseDeg),
                el: Math.round(pass.maxElevationDeg),
                dir: compassPoint(pass.azimuthAtMaxDeg),
                to: compassPoint(pass.azimuthAtSetDeg),
              })}
      </p>
      <p className="kiosk-tle" data-testid="kiosk-tle">{tleNote}</p>
      {qr && (
        <figure>
          <img src={qr} alt={t('kiosk.takeHome')} width={132} height={132} data-testid="kiosk-qr" />
          <figcaption>{t('kiosk.takeHome')}</figcaption>
        </figure>
      )}
    </aside>
  );
}
