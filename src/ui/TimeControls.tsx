import { useState, type FormEvent } from 'react';
import { clockActions, RATES, simNowMs, useClock } from '../state/clock';
import { noticeActions } from '../state/notices';

const rateLabel = (r: number) => `${r < 0 ? '−' : ''}${Math.abs(r).toLocaleString('en-US')}×`;

/** Live / pause / rate / jump to a UTC date and time. */
export function TimeControls() {
  const { rate, live } = useClock();
  const [jump, setJump] = useState('');
  const paused = rate === 0;
  const rates: number[] = RATES.includes(rate as (typeof RATES)[number]) || paused ? [...RATES] : [...RATES, rate].sort((a, b) => a - b);

  const onJump = (e: FormEvent) => {
    e.preventDefault();
    const ms = Date.parse(`${jump}Z`);
    if (!Number.isFinite(ms)) {
      noticeActions.show('time-jump', `"${jump}" is not a date and time; the clock was left as it was.`);
      return;
    }
    noticeActions.dismiss('time-jump');
    clockActions.setTime(ms);
  };

  return (
    <section className="time-controls panel" aria-label="Time controls">
      <button type="button" data-testid="time-now" aria-pressed={live} onClick={clockActions.goLive}>
        {live ? '● Live' : 'Now'}
      </button>
      <button type="button" data-testid="time-play-pause" onClick={paused ? clockActions.play : clockActions.pause}>
        {paused ? '▶ Play' : '❚❚ Pause'}
      </button>
      <label>
        <span className="sr-only">Rate</span>
        <select
          data-testid="time-rate"
          value={paused ? '' : String(rate)}
          onChange={(e) => clockActions.setRate(Number(e.target.value))}
        >
          {paused && <option value="">paused</option>}
          {rates.map((r) => (
            <option key={r} value={r}>
              {rateLabel(r)}
            </option>
          ))}
        </select>
      </label>
      <form onSubmit={onJump} className="jump">
        <label>
          <span className="sr-only">Jump to (UTC)</span>
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
          Go (UTC)
        </button>
      </form>
    </section>
  );
}
