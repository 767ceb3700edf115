import { useEffect, useRef, useState } from 'react';
import { useSkyView } from '../state/skyView';
import { useLang, useT } from '../state/lang';
import { READOUTS, tleIsApproximate } from './readouts';
import { PHONE_MEDIA, useFramingInset } from './useFramingInset';

/**
 * Readouts outside the canvas. Values are written straight into the DOM four times a second (only
 * when they change), not through React state. The panel folds to its first line, the clock: folded from the
 * start on a phone (opened on demand), always during a tour (styles.css), where the caption says the rest.
 */
const HUD_INTERVAL_MS = 250;

export function Hud() {
  const root = useRef<HTMLDListElement>(null);
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [open, setOpen] = useState(() => !window.matchMedia(PHONE_MEDIA).matches);
  const [panel, setPanel] = useState<HTMLElement | null>(null);
  // Folded, on a phone, it is part of the bar along the bottom; opened, it lies over the view until folded.
  useFramingInset(open ? null : panel, 'bottom', PHONE_MEDIA);
  // The view from the ground wants the sky: the readouts fold when it opens (they can be opened again).
  useEffect(
    () =>
      useSkyView.subscribe((s, before) => {
        if (s.sky && !before.sky) setOpen(false);
      }),
    [],
  );
  useEffect(() => {
    let raf = 0;
    const cells = READOUTS.map((r) => root.current!.querySelector<HTMLElement>(`[data-testid="${r.id}"]`)!);
    const approx = root.current!.querySelector<HTMLElement>('[data-testid="tle-approximate"]')!;
    let last = -Infinity;
    const tick = (now = performance.now()) => {
      raf = requestAnimationFrame(tick);
      // Four updates a second are plenty for people, and spare the page (each write re-rasterises the panel).
      if (now - last < HUD_INTERVAL_MS) return;
      last = now;
      READOUTS.forEach((r, i) => {
        const el = cells[i];
        const value = r.value();
        const pending = r.pending?.() ? '1' : '';
        if (el.dataset.value !== value || el.dataset.lang !== lang || (el.dataset.pending ?? '') !== pending) {
          el.dataset.lang = lang;
          el.dataset.value = value;
          el.dataset.pending = pending;
          el.textContent = r.text();
        }
      });
      approx.hidden = !tleIsApproximate();
    };
    tick();
    return () => cancelAnimationFrame(raf);
  }, [lang]);
  return (
    <section ref={setPanel} className={`hud panel${open ? '' : ' folded'}`} aria-label={t('hud.title')}>
      <button type="button" className="hud-fold" aria-label={t('hud.title')} aria-expanded={open} aria-controls="hud-readouts" onClick={() => setOpen(!open)} data-testid="hud-fold">
        <span className="label">{t('hud.title')}</span> <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <dl ref={root} id="hud-readouts">
        {READOUTS.map((r) => (
          <div key={r.id} className="readout">
            <dt>{t(r.label)}</dt>
            <dd data-testid={r.id} data-value="" />
          </div>
        ))}
        <div className="readout">
          <dd data-testid="tle-approximate" className="badge" hidden>
            {t('hud.approximate')}
          </dd>
        </div>
      </dl>
    </section>
  );
}
