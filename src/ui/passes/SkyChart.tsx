import { useId, useMemo } from 'react';
import type { PassPrediction } from '../../astro/passPrediction';
import { useT } from '../../state/lang';
import type { PassClock } from './passTime';
import { chartDescription } from './passText';
import { CARDINALS, CHART_RADIUS, RING_ELEVATIONS_DEG, skyPoint, trackSegments } from './skyChart';

/** The room around the disc for the compass letters, in the chart's units. */
const MARGIN = 22;
const VIEW_BOX = `${-CHART_RADIUS - MARGIN} ${-CHART_RADIUS - MARGIN} ${2 * (CHART_RADIUS + MARGIN)} ${2 * (CHART_RADIUS + MARGIN)}`;

/**
 * A pass's track on the alt–azimuth disc (skyChart.ts): horizon, 30° and 60° rings, N/E/S/W, the sunlit
 * part bright and the part in the Earth's shadow dashed, rise / highest point / set marked; the same facts
 * in words under it (the SVG's accessible description).
 */
export function SkyChart({ pass, clock }: { pass: PassPrediction; clock: PassClock }) {
  const t = useT();
  const id = useId();
  const segments = useMemo(() => trackSegments(pass.track), [pass]);
  const description = useMemo(() => chartDescription(t, pass, clock), [t, pass, clock]);
  const [riseX, riseY] = skyPoint(pass.azimuthAtRiseDeg, 10);
  const [maxX, maxY] = skyPoint(pass.azimuthAtMaxDeg, pass.maxElevationDeg);
  const [setX, setY] = skyPoint(pass.azimuthAtSetDeg, 10);
  return (
    <figure className="sky-chart" data-testid="sky-chart">
      <svg viewBox={VIEW_BOX} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <title id={`${id}-title`}>{t('passes.chartTitle', { day: clock.day(pass.riseMs) })}</title>
        <circle className="sky-disc" r={CHART_RADIUS} />
        {RING_ELEVATIONS_DEG.map((el) => (
          <g key={el} className="sky-ring">
            <circle r={(CHART_RADIUS * (90 - el)) / 90} />
            <text x={3} y={-(CHART_RADIUS * (90 - el)) / 90 - 2}>{el}°</text>
          </g>
        ))}
        <path className="sky-axes" d={`M0 ${-CHART_RADIUS}V${CHART_RADIUS}M${-CHART_RADIUS} 0H${CHART_RADIUS}`} />
        {CARDINALS.map(({ point, azimuthDeg }) => {
          const [x, y] = skyPoint(azimuthDeg, 0, CHART_RADIUS + 12);
          return (
            <text key={point} className="sky-cardinal" x={x} y={y} textAnchor="middle" dominantBaseline="central">
              {t(`compass.${point}`)}
            </text>
          );
        })}
        {segments.map((s, i) => (
          <path key={i} className={s.sunlit ? 'sky-track sunlit' : 'sky-track shadow'} d={s.d} />
        ))}
        <circle className="sky-mark rise" cx={riseX} cy={riseY} r={3.5} />
        <circle className="sky-mark max" cx={maxX} cy={maxY} r={4} />
        <rect className="sky-mark set" x={setX - 3} y={setY - 3} width={6} height={6} />
      </svg>
      <figcaption>
        <p id={`${id}-desc`}>{description}</p>
        <ul className="sky-legend" aria-hidden="true">
          <li><span className="key rise" />{t('passes.legendRise')}</li>
          <li><span className="key max" />{t('passes.legendMax')}</li>
          <li><span className="key set" />{t('passes.legendSet')}</li>
          <li><span className="key sunlit" />{t('passes.legendSunlit')}</li>
          <li><span className="key shadow" />{t('passes.legendShadow')}</li>
        </ul>
        <p className="hint">{t('passes.chartOrientation')}</p>
      </figcaption>
    </figure>
  );
}
