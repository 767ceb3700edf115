import type { PassPrediction } from '../../astro/passPrediction';
import { useT } from '../../state/lang';
import { minutesSeconds, type PassClock } from './passTime';
import { direction, magnitudeText } from './passText';
import { notVisibleReason, passId, passReadouts } from './passView';
import { SkyChart } from './SkyChart';

interface PassListProps {
  passes: readonly PassPrediction[];
  clock: PassClock;
  chartedId: string | null;
  onChart: (id: string | null) => void;
  onShow: (pass: PassPrediction) => void;
}

/** Passes as a list; the charted one shows its sky chart. */
export function PassList({ passes, clock, chartedId, onChart, onShow }: PassListProps) {
  return (
    <ol className="pass-list">
      {passes.map((pass) => (
        <PassItem key={passId(pass)} pass={pass} clock={clock} charted={passId(pass) === chartedId} onChart={onChart} onShow={onShow} />
      ))}
    </ol>
  );
}

function PassItem({ pass, clock, charted, onChart, onShow }: Omit<PassListProps, 'passes' | 'chartedId'> & { pass: PassPrediction; charted: boolean }) {
  const t = useT();
  const id = passId(pass);
  const reason = notVisibleReason(pass);
  const rows = [
    { label: t('passes.rise'), ms: pass.riseMs, az: pass.azimuthAtRiseDeg, el: 10 },
    { label: t('passes.highest'), ms: pass.maxMs, az: pass.azimuthAtMaxDeg, el: pass.maxElevationDeg },
    { label: t('passes.set'), ms: pass.setMs, az: pass.azimuthAtSetDeg, el: 10 },
  ];
  return (
    <li data-testid="pass" {...passReadouts(pass)} className={pass.visible ? 'pass visible' : 'pass'}>
      <div className="pass-head">
        <strong>{clock.day(pass.riseMs)}</strong>
        <span className={pass.visible ? 'pass-badge visible' : 'pass-badge'}>{reason ? t(`passes.reason.${reason}`) : t('passes.visible')}</span>
      </div>
      <table className="pass-times">
        <thead>
          <tr>
            <td />
            <th scope="col">{t('passes.localTime', { offset: clock.offset(pass.riseMs) })}</th>
            <th scope="col">UTC</th>
            <th scope="col">{t('passes.direction')}</th>
            <th scope="col">{t('passes.elevation')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{clock.local(row.ms)}</td>
              <td>{clock.utc(row.ms)}</td>
              <td>{direction(t, row.az)}</td>
              <td>{Math.round(row.el)}°</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="pass-facts">
        {t('passes.duration', { duration: minutesSeconds(pass.durationS) })}
        {pass.visible && pass.brightest && (
          <>
            {' · '}
            <span data-testid="pass-magnitude" data-value={pass.brightest.magnitude.toFixed(2)}>
              {t('passes.magnitude', { magnitude: magnitudeText(pass.brightest.magnitude), phase: Math.round(pass.brightest.phaseAngleDeg) })}
            </span>
          </>
        )}
      </p>
      <div className="pass-actions">
        <button type="button" data-testid="pass-chart" aria-expanded={charted} onClick={() => onChart(charted ? null : id)}>
          {t('passes.showChart')}
        </button>
        <button type="button" data-testid="pass-show" onClick={() => onShow(pass)}>
          {t('passes.showInScene')}
        </button>
      </div>
      {charted && <SkyChart pass={pass} clock={clock} />}
    </li>
  );
}
