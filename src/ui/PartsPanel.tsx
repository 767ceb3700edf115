import { useLayers } from '../state/layers';
import { useT } from '../state/lang';
import { partActions, useParts, type VehicleStay } from '../state/parts';
import { useView } from '../state/view';

/**
 * The station's modules and docked vehicles as a list (keyboard and screen-reader access to what
 * hovering or tapping the model shows), and the label card of the selected part.
 */
export function PartsPanel() {
  const t = useT();
  const { parts, selected } = useParts();
  const issView = useView((s) => s.view === 'iss');
  const labels = useLayers((s) => s.layers.labels);
  const show = issView && labels;
  if (!show || parts.length === 0) return null;
  return (
    <>
      <details className="parts-panel panel">
        <summary>{t('app.parts')}</summary>
        <div className="parts-scroll">
          <ul>
            {parts.map((p) => (
              <li key={p.name}>
                <button
                  type="button"
                  data-testid="station-part"
                  data-part={p.name}
                  aria-pressed={selected?.name === p.name}
                  onFocus={() => partActions.select(p)}
                  onMouseEnter={() => partActions.select(p)}
                  onClick={() => partActions.select(p)}
                >
                  {p.label}
                  {p.vehicle?.seatSwap && <span className="seat-swap">{t('app.partSeatSwap')}</span>}
                </button>
              </li>
            ))}
          </ul>
          <p className="parts-note">{t('app.partsManifestNote')}</p>
        </div>
      </details>
      {selected && (
        <div className="part-label panel" role="status" data-testid="part-label">
          <strong>{selected.label}</strong>
          {selected.vehicle ? <Stay stay={selected.vehicle} /> : <p>{selected.fact}</p>}
          <p className="source">{selected.source}</p>
        </div>
      )}
    </>
  );
}

/** A visiting vehicle's stay: where and when, who flew on it, and whether it was a seat swap. */
function Stay({ stay }: { stay: VehicleStay }) {
  const t = useT();
  const dates = { from: stay.from.slice(0, 10), to: stay.to?.slice(0, 10) ?? '…' };
  const key = stay.berthed ? (stay.to ? 'app.partBerth' : 'app.partBerthOpen') : stay.to ? 'app.partStay' : 'app.partStayOpen';
  const where = stay.port === null ? t('app.partStayNoPort', dates) : t(key, { ...dates, port: t(`port.${stay.port}`) });
  return (
    <>
      <p>
        {where}
        {stay.uncertain.length > 0 && ` ${t('app.partStayUncertain', { fields: stay.uncertain.map((f) => t(`app.partField.${f}`)).join(', ') })}`}
        {!stay.drawn && stay.port !== null && ` ${t('app.partStayNotDrawn')}`}
      </p>
      {stay.crew.length > 0 && (
        <p data-testid="part-crew">
          {t('app.partCrew')}: {stay.crew.map((c) => `${c.name} (${c.agency})`).join(', ')}
        </p>
      )}
      {stay.seatSwap && <p className="seat-swap-note">{t('app.partSeatSwapNote')}</p>}
    </>
  );
}
