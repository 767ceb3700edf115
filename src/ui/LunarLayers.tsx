import { isLunarView } from '../content/vocabulary';
import { MOST_LIT_FROM, MOST_LIT_FULL } from '../moon/lightLayer';
import { useT } from '../state/lang';
import { layerActions, useLayers } from '../state/layers';
import { useLunarData } from '../state/lunarData';
import { useView } from '../state/view';

/**
 * In the lunar views: the light layer's switch (eternal night and near-eternal light at the south pole) and,
 * while it is on, its legend, with the sampling and the limits of the map it shows.
 */
export function LunarLayers() {
  const t = useT();
  const lunar = useView((s) => isLunarView(s.view));
  const on = useLayers((s) => s.layers.light);
  const unavailable = useLunarData((s) => s.light === 'unavailable');
  if (!lunar) return null;
  return (
    <section className="lunar-layers panel" aria-label={t('layers.lunar')}>
      <button type="button" data-testid="layer-light" aria-pressed={on && !unavailable} disabled={unavailable} onClick={() => layerActions.toggle('light')}>
        {t('layers.light')}
      </button>
      {on && !unavailable && (
        <div className="legend" data-testid="light-legend">
          <p>
            <span className="swatch never" aria-hidden="true" />
            {t('layers.lightNever')}
          </p>
          <p>
            <span className="swatch most" aria-hidden="true" />
            {t('layers.lightMost', { from: Math.round(MOST_LIT_FROM * 100), full: Math.round(MOST_LIT_FULL * 100) })}
          </p>
          <p className="note">{t('layers.lightNote')}</p>
        </div>
      )}
    </section>
  );
}
