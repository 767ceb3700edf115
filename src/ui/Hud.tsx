import { useEffect, useRef } from 'react';
import { useLang, useT } from '../state/lang';
import { READOUTS, tleIsApproximate } from './readouts';

/**
 * Readouts outside the canvas. Values are written straight into the DOM four times a second (only
 * when they change), not through React state.
 */
const HUD_INTERVAL_MS = 250;

export function Hud() {
  const root = useRef<HTMLDListElement>(null);
  const t = useT();
  const lang = useLang((s) => s.lang);
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
    <section className="hud panel" aria-label={t('hud.title')}>
      <dl ref={root}>
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
