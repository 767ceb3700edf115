import { useEffect } from 'react';
import { framingActions } from '../state/framing';

/** The phone layout of styles.css: the header and the bottom bar lie across the whole width. */
export const PHONE_MEDIA = '(max-width: 720px)';

type Edge = 'top' | 'bottom';
interface Entry {
  edge: Edge;
  media: MediaQueryList | null;
}

/*
 * One observer for every panel that takes a strip off the top or the bottom of the view: a panel's size
 * changes move the panels stacked beside it (the phone's header pushes its view buttons down), so any change
 * measures them all again.
 */
const entries = new Map<Element, Entry>();
let observer: ResizeObserver | null = null;

function measure(): void {
  const w = window.innerWidth;
  const h = window.innerHeight;
  let top = 0;
  let bottom = 0;
  for (const [el, e] of entries) {
    if (e.media && !e.media.matches) continue;
    const r = el.getBoundingClientRect();
    // Only a panel that is shown and lies across the middle of the screen, where the subject is framed.
    if (r.width === 0 || r.height === 0 || r.left > w / 2 || r.right < w / 2) continue;
    if (e.edge === 'top') top = Math.max(top, r.bottom);
    else bottom = Math.max(bottom, h - r.top);
  }
  framingActions.set(Math.round(Math.min(top, h)), Math.round(Math.min(bottom, h)));
}

/**
 * Reports `el` to the view's framing (state/framing.ts) as a panel along the top or the bottom of the
 * screen, while it is mounted and shown (and while `media` matches, where given).
 */
export function useFramingInset(el: Element | null, edge: Edge, media?: string): void {
  useEffect(() => {
    if (!el) return;
    if (!observer) {
      observer = new ResizeObserver(measure);
      window.addEventListener('resize', measure);
    }
    entries.set(el, { edge, media: media ? window.matchMedia(media) : null });
    observer.observe(el);
    measure();
    return () => {
      entries.delete(el);
      observer?.unobserve(el);
      if (entries.size === 0) {
        observer?.disconnect();
        observer = null;
        window.removeEventListener('resize', measure);
      }
      measure();
    };
  }, [el, edge, media]);
}
