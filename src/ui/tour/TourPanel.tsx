import { useEffect, useRef } from 'react';
import { frame } from '../../state/frame';
import { useT } from '../../state/lang';
import { stepParams } from '../../tour/player';
import { tourActions, useTour } from './tourStore';
import { useTourRunner } from './useTourRunner';

/** Keys: ← → previous/next, space play/pause, Esc leaves the tour (not while typing in a field). */
function useTourKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement;
      if (el.closest('input, textarea, select, summary') || e.altKey || e.ctrlKey || e.metaKey) return;
      const status = useTour.getState().player?.status;
      if (e.key === 'ArrowRight') tourActions.dispatch({ type: 'next' });
      else if (e.key === 'ArrowLeft') tourActions.dispatch({ type: 'previous' });
      else if (e.key === 'Escape') tourActions.exit();
      else if (e.key === ' ' && !el.closest('button')) tourActions.dispatch({ type: status === 'paused' ? 'resume' : 'pause' });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** Horizontal swipe on the caption: left = next, right = previous. */
function useSwipe(ref: React.RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let x0: number | null = null;
    const down = (e: PointerEvent) => (x0 = e.clientX);
    const up = (e: PointerEvent) => {
      if (x0 === null) return;
      const dx = e.clientX - x0;
      x0 = null;
      if (Math.abs(dx) > 60) tourActions.dispatch({ type: dx < 0 ? 'next' : 'previous' });
    };
    el.addEventListener('pointerdown', down);
    el.addEventListener('pointerup', up);
    return () => {
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointerup', up);
    };
  }, [ref]);
}

function formatInstant(iso: string, precision: string | undefined): string {
  const cut = { year: 4, month: 7, day: 10, minute: 16, second: 19 }[precision ?? 'second'] ?? 19;
  return `${iso.slice(0, cut).replace('T', ' ')}${cut > 10 ? ' UTC' : ''}`;
}

/** The tour player: caption (the primary channel), controls, step list, progress and "about this step". */
export default function TourPanel() {
  useTourRunner();
  useTourKeys();
  const t = useT();
  const { tour, player, muted } = useTour();
  const captionRef = useRef<HTMLDivElement>(null);
  useSwipe(captionRef);
  if (!tour || !player) return null;
  const w = tour.waypoints[player.step];
  const { n, total } = stepParams(player);
  const paused = player.status === 'paused';
  const flying = player.status === 'flying';
  const s = frame.snapshot;
  return (
    <section className="tour panel" aria-label={t(tour.titleKey)} data-testid="tour" data-step={player.step + 1} data-status={player.status}>
      <div className="tour-head">
        <span className="tour-step" data-testid="tour-step">{t('ui.step', { n, total })}</span>
        <span className="tour-date">{formatInstant(w.instant, w.instantPrecision)}</span>
        {w.projection && <span className="badge projection" data-testid="tour-projection">{t('ui.projection')}</span>}
        {w.uncertain && <span className="badge uncertain">{t('ui.uncertain')}</span>}
        <button type="button" className="tour-exit" onClick={tourActions.exit} aria-label={t('ui.close')} data-testid="tour-exit">
          ×
        </button>
      </div>
      <div className="tour-progress" aria-hidden="true">
        <div style={{ width: `${(n / total) * 100}%` }} />
      </div>
      <div ref={captionRef} className="tour-caption" aria-live="polite" aria-atomic="true" data-testid="tour-caption">
        <h2>{t(w.titleKey)}</h2>
        <p className={flying ? 'pending' : undefined}>{t(w.captionKey)}</p>
      </div>
      <p className="sr-only" data-testid="scene-description">
        {t(w.descriptionKey)} {frame.tle && `ISS: ${s.issGeodetic.latDeg.toFixed(1)}°, ${s.issGeodetic.lonDeg.toFixed(1)}°.`}
      </p>
      {player.notice && (
        <p className="notice" role="status">
          {t(player.notice.key, player.notice.params)}
        </p>
      )}
      <div className="tour-controls">
        <button type="button" onClick={() => tourActions.dispatch({ type: 'previous' })} disabled={player.step === 0} data-testid="tour-prev">
          ◀ {t('ui.previous')}
        </button>
        <button type="button" onClick={() => tourActions.dispatch({ type: paused ? 'resume' : 'pause' })} data-testid="tour-play-pause">
          {paused ? `▶ ${t('ui.play')}` : `❚❚ ${t('ui.pause')}`}
        </button>
        <button type="button" onClick={() => tourActions.dispatch({ type: 'next' })} disabled={player.step >= total - 1} data-testid="tour-next">
          {t('ui.next')} ▶
        </button>
        <button type="button" aria-pressed={muted} onClick={() => tourActions.setMuted(!muted)} data-testid="tour-mute">
          {muted ? t('ui.unmute') : t('ui.mute')}
        </button>
        <label className="check">
          <input
            type="checkbox"
            checked={player.autoAdvance}
            onChange={(e) => tourActions.dispatch({ type: 'setAutoAdvance', value: e.target.checked })}
          />
          {t('ui.autoAdvance')}
        </label>
      </div>
      <details className="tour-steps">
        <summary>{t('ui.steps')}</summary>
        <ol>
          {tour.waypoints.map((wp, i) => (
            <li key={wp.id}>
              <button type="button" aria-current={i === player.step ? 'step' : undefined} onClick={() => tourActions.dispatch({ type: 'jump', step: i })}>
                {formatInstant(wp.instant, 'year')} · {t(wp.titleKey)}
              </button>
            </li>
          ))}
        </ol>
      </details>
      <details className="tour-about" data-testid="tour-about">
        <summary>{t('ui.aboutStep')}</summary>
        <p>{t(w.descriptionKey)}</p>
        <h3>{t('ui.sources')}</h3>
        <ul>
          {w.sources.map((src) => (
            <li key={src.url}>
              <a href={src.url} target="_blank" rel="noreferrer">
                {src.label}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
