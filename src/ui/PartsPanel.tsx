import { useLayers } from '../state/layers';
import { useDictionarySection, useT } from '../state/lang';
import { partActions, useParts } from '../state/parts';
import { useView } from '../state/view';
import { PartLabel } from './PartLabel';
import { partTitle } from './partText';

/**
 * The station's modules and docked vehicles as a list (keyboard and screen-reader access to what
 * hovering or tapping the model shows), and the label card of the selected part, in the user's language.
 */
export function PartsPanel() {
  const parts = useParts((s) => s.parts);
  const issView = useView((s) => s.view === 'iss');
  const labels = useLayers((s) => s.layers.labels);
  return issView && labels && parts.length > 0 ? <PartsList /> : null;
}

/** The list and the card, once the station's texts (a dictionary section) are loaded. */
function PartsList() {
  const t = useT();
  const { parts, selected } = useParts();
  if (!useDictionarySection('station')) return null;
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
                  {partTitle(t, p)}
                  {p.vehicle?.seatSwap && <span className="seat-swap">{t('app.partSeatSwap')}</span>}
                </button>
              </li>
            ))}
          </ul>
          <p className="parts-note">{t('app.partsManifestNote')}</p>
        </div>
      </details>
      {selected && <PartLabel part={selected} />}
    </>
  );
}
