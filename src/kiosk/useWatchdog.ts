import { useEffect } from 'react';
import { frame } from '../state/frame';

const CHECK_EVERY_MS = 5_000;
/** Long enough for one-off stalls (shader compiles and texture uploads take seconds on slow GPUs). */
const STALL_AFTER_MS = 45_000;

/**
 * Calls `onFault` when the frame loop stalls (no animation frame for 45 s while the page is visible; a still
 * scene draws on demand, so ticks are counted, not frames drawn) or when
 * an uncaught error or rejection reaches the window.
 */
export function useWatchdog(onFault: (reason: string) => void): void {
  useEffect(() => {
    let lastCount = frame.tickCount;
    let lastChangeMs = performance.now();
    const timer = window.setInterval(() => {
      const now = performance.now();
      if (frame.tickCount !== lastCount || document.visibilityState !== 'visible') {
        lastCount = frame.tickCount;
        lastChangeMs = now;
      } else if (now - lastChangeMs > STALL_AFTER_MS) {
        lastChangeMs = now;
        onFault('frame loop stalled');
      }
    }, CHECK_EVERY_MS);
    const onError = (e: ErrorEvent) => onFault(`uncaught error: ${e.message}`);
    const onRejection = (e: PromiseRejectionEvent) => onFault(`unhandled rejection: ${String(e.reason)}`);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, [onFault]);
}
