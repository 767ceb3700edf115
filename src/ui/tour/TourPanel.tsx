import { SourceList } from '../SourceList';
import { useEffect, useRef, useState } from 'react';
import { frame } from '../../state/frame';
import { useDictionarySection, useT } from '../../state/lang';
import { stepParams } from '../../tour/player';
import { tourActions, useTour } from './tourStore';
import { useTourRunner } from './useTourRunner';
import { useFramingInset } from '../useFramingInset';

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

type Sheet = 'steps' | 'about' | null;

/** Keeps the current step of the step list in view, in the middle of the sheet where it can be. */
function useCurrentStepInView(list: HTMLElement | null, step: number): void {
  useEffect(() => {
    const current = list?.querySelector<HTMLElement>('[aria-current="step"]');
    if (list && current) list.scrollTop = current.offsetTop - (list.clientHeight - current.offsetHeight) / 2;
  }, [list, step]);
}

/**
 * The tour player, a band along the bottom of the screen like a film's subtitles: the caption (the primary
 * channel), controls, progress, and the step list or "about this step" opened in the band itself, in the
 * caption's place, so the band never grows over the view (styles.css caps its height). It folds to one line,
 * and stays folded from step to step. The camera frames each step's subject in the space above it
 * (useFramingInset → scene/viewFraming.ts).
 */
function TourPanelShown() {
  useTourRunner();
  useTourKeys();
  const t = useT();
  const { tour, player, muted } = useTour();
  const captionRef = useRef<HTMLDivElement>(null);
  useSwipe(captionRef);
  const [band, setBand] = useState<HTMLElement | null>(null);
  useFramingInset(band, 'bottom');
  const [collapsed, setCollapsed] = useState(false);
  const [sheet, setSheet] = useState<Sheet>(null);
  const [stepList, setStepList] = useState<HTMLElement | null>(null);
  useCurrentStepInView(stepList, player?.step ?? -1);
  if (!tour || !player) return null;
  const w = tour.waypoints[player.step];
  const { n, total } = stepParams(player);
  const paused = player.status === 'paused';
  const flying = player.status === 'flying';
  const s = frame.snapshot;
  const toggle = (which: Exclude<Sheet, null>) => setSheet(sheet === which ? null : which);
  const open = collapsed ? null : sheet;
  return (
    <section ref={setBand} className={`tour panel${collapsed ? ' collapsed' : ''}`} aria-label={t(tour.titleKey)} data-testid="tour-panel">
      <div className="tour-body" data-testid="tour" data-step={player.step + 1} data-status={player.status}>
        <div className="tour-head">
          <span className="tour-step" data-testid="tour-step">{t('ui.step', { n, total })}</span>
          {collapsed ? (
            <span className="tour-line-title" aria-hidden="true">{t(w.titleKey)}</span>
          ) : (
            <>
              <span className="tour-date">{formatInstant(w.instant, w.instantPrecision)}</span>
              {w.projection && <span className="badge projection" data-testid="tour-projection">{t('ui.projection')}</span>}
              {w.uncertain && <span className="badge uncertain">{t('ui.uncertain')}</span>}
            </>
          )}
          {!collapsed && (
            <span className="tour-sheet-toggles">
              <button type="button" aria-expanded={open === 'steps'} aria-controls={open === 'steps' ? 'tour-steps' : undefined} onClick={() => toggle('steps')} data-testid="tour-steps-toggle">
                {t('ui.steps')}
              </button>
              <button type="button" aria-expanded={open === 'about'} aria-controls={open === 'about' ? 'tour-about' : undefined} onClick={() => toggle('about')} data-testid="tour-about-toggle">
                {t('ui.aboutStep')}
              </button>
            </span>
          )}
          <button
            type="button"
            className="tour-fold"
            onClick={() => setCollapsed(!collapsed)}
            aria-expanded={!collapsed}
            aria-label={t(collapsed ? 'ui.unfoldCaption' : 'ui.foldCaption')}
            title={t(collapsed ? 'ui.unfoldCaption' : 'ui.foldCaption')}
            data-testid="tour-collapse"
          >
            {collapsed ? '▴' : '▾'}
          </button>
          <button type="button" className="tour-exit" onClick={tourActions.exit} aria-label={t('ui.close')} data-testid="tour-exit">
            ×
          </button>
        </div>
        <div className="tour-progress" aria-hidden="true">
          <div style={{ width: `${(n / total) * 100}%` }} />
        </div>
        <div ref={captionRef} className="tour-caption" aria-live="polite" aria-atomic="true" data-testid="tour-caption">
          <h2 className={collapsed ? 'sr-only' : undefined}>{t(w.titleKey)}</h2>
          <p className={[flying && 'pending', (collapsed || open) && 'sr-only'].filter(Boolean).join(' ') || undefined}>{t(w.captionKey)}</p>
        </div>
        <p className="sr-only" data-testid="scene-description">
          {t(w.descriptionKey)} {frame.tle && issWhere(t, s.issGeodetic.latDeg, s.issGeodetic.lonDeg)}
        </p>
        {player.notice && (
          <p className="notice" role="status">
            {t(player.notice.key, player.notice.params)}
          </p>
        )}
        {open === 'steps' && (
          <div className="tour-sheet tour-steps" id="tour-steps" ref={setStepList} role="region" aria-label={t('ui.steps')} data-testid="tour-steps">
            <ol>
              {tour.waypoints.map((wp, i) => (
                <li key={wp.id}>
                  <button type="button" aria-current={i === player.step ? 'step' : undefined} onClick={() => tourActions.dispatch({ type: 'jump', step: i })}>
                    {formatInstant(wp.instant, 'year')} · {t(wp.titleKey)}
                  </button>
                </li>
              ))}
            </ol>
          </div>
        )}
        {open === 'about' && (
          <div className="tour-sheet tour-about" id="tour-about" role="region" aria-label={t('ui.aboutStep')} data-testid="tour-about">
            <p>{t(w.descriptionKey)}</p>
            <h3>{t('ui.sources')}</h3>
            <SourceList sources={w.sources} />
          </div>
        )}
        <div className="tour-controls">
          <button type="button" onClick={() => tourActions.dispatch({ type: 'previous' })} disabled={player.step === 0} data-testid="tour-prev">
            ◀ <span className="label">{t('ui.previous')}</span>
          </button>
          <button type="button" onClick={() => tourActions.dispatch({ type: paused ? 'resume' : 'pause' })} data-testid="tour-play-pause">
            {paused ? '▶' : '❚❚'} <span className="label">{t(paused ? 'ui.play' : 'ui.pause')}</span>
          </button>
          <button type="button" onClick={() => tourActions.dispatch({ type: 'next' })} disabled={player.step >= total - 1} data-testid="tour-next">
            <span className="label">{t('ui.next')}</span> ▶
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
      </div>
    </section>
  );
}

/** The tour's band (and its narration), once the steps' texts (a dictionary section) are loaded. */
export default function TourPanel() {
  return useDictionarySection('tour') ? <TourPanelShown /> : null;
}

/** Where the ISS is, for the screen reader's description of the scene: "The ISS over 51.4° N, 72.7° E." in the language. */
function issWhere(t: (key: string, params?: Record<string, string | number>) => string, latDeg: number, lonDeg: number): string {
  const deg = (v: number) => Math.abs(v).toLocaleString(document.documentElement.lang || 'en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const lat = t(latDeg >= 0 ? 'hud.north' : 'hud.south', { deg: deg(latDeg) });
  const lon = t(lonDeg >= 0 ? 'hud.east' : 'hud.west', { deg: deg(lonDeg) });
  return t('ui.issWhere', { lat, lon });
}
