import { useState, type FormEvent } from 'react';
import { clockActions, RATES, simNowMs, useClock } from '../state/clock';
import { useT } from '../state/lang';
import { noticeActions } from '../state/notices';
import { PHONE_MEDIA, useFramingInset } from './useFramingInset';

const rateLabel = (r: number) => `${r < 0 ? '−' : ''}${Math.abs(r).toLocaleString('en-US')}×`;

/** Live / pause / rate / jump to a UTC date and time. */
export function TimeControls() {
  const { rate, live } = useClock();
  const [jump, setJump] = useState('');
  const t = useT();
  const [bar, setBar] = useState<HTMLElement | null>(null);
  useFramingInset(bar, 'bottom', PHONE_MEDIA);
  const paused = rate === 0;
  const rates: number[] = RATES.includes(rate as (typeof RATES)[number]) || paused ? [...RATES] : [...RATES, rate].sort((a, b) => a - b);

  const onJump = (e: FormEvent) => {
    e.preventDefault();
    const ms = Date.parse(`${jump}Z`);
    if (!Number.isFinite(ms)) {
      noticeActions.show('time-jump', 'time.badJump', { value: jump });
      return;
    }
    noticeActions.dismiss('time-jump');
    clockActions.setTime(ms);
  };

  return (
    <section ref={setBar} className="time-controls panel" aria-label={t('time.controls')}>
      <button type="button" data-testid="time-now" aria-pressed={live} onClick={clockActions.goLive}>
        {live ? `● ${t('ui.live')}` : t('ui.now')}
      </button>
      <button type="button" data-testid="time-play-pause" onClick={paused ? clockActions.play : clockActions.pause}>
        {paused ? `▶ ${t('ui.play')}` : `❚❚ ${t('ui.pause')}`}
      </button>
      <label>
        <span className="sr-only">{t('time.rate')}</span>
        <select
          data-testid="time-rate"
          value={paused ? '' : String(rate)}
          onChange={(e) => clockActions.setRate(Number(e.target.value))}
        >
          {paused && <option value="">{t('time.paused')}</option>}
          {rates.map((r) => (
            <option key={r} value={r}>
              {rateLabel(r)}
            </option>
          ))}
        </select>
      </label>
      <form onSubmit={onJump} className="jump">
        <label>
          <span className="sr-only">{t('time.jumpTo')}</span>
          <input
            data-testid="time-jump-input"
            type="datetime-local"
            step={1}
            value={jump}
            onFocus={() => jump || setJump(new Date(simNowMs()).toISOString().slice(0, 19))}
            onChange={(e) => setJump(e.target.value)}
          />
        </label>
        <button type="submit" data-testid="time-jump">
          {t('time.go')}
        </button>
      </form>
    </section>
  );
}
