import { useEffect, useRef } from 'react';
import { useT } from '../../state/lang';
import { skyViewActions, type SkyPass } from '../../state/skyView';
import type { PassClock } from './passTime';
import { chartDescription, direction } from './passText';

/**
 * While a pass is shown from the ground, the panel shrinks to this card: what is on screen (where and when it
 * rises, the highest point, the set), how to look around, and the way back to the Earth view (also Escape).
 */
export function SkyViewCard({ sky, placeName, clock }: { sky: SkyPass; placeName: string; clock: PassClock }) {
  const t = useT();
  const back = useRef<HTMLButtonElement>(null);
  const { pass } = sky;
  useEffect(() => back.current?.focus(), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      skyViewActions.leave();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  return (
    <div className="sky-card" data-testid="sky-card" data-rise-utc={new Date(pass.riseMs).toISOString()} data-zone={clock.zone}>
      <p className="sky-card-title">
        <strong>{t('sky.title', { place: placeName, day: clock.day(pass.riseMs) })}</strong>
      </p>
      <p>{t('sky.lookingAt', { dir: direction(t, pass.azimuthAtRiseDeg), time: clock.local(pass.riseMs) })}</p>
      <p className="hint">{chartDescription(t, pass, clock)}</p>
      <p className="hint">{t('sky.howTo')}</p>
      <p className="hint">{t(clock.placeZone ? 'passes.zoneNotePlace' : 'passes.zoneNote', { zone: clock.zone })}</p>
      <button type="button" ref={back} data-testid="sky-back" onClick={skyViewActions.leave}>
        {t('sky.back')}
      </button>
    </div>
  );
}
