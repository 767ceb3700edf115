import { useEffect, useState } from 'react';
import { frame } from '../state/frame';

/** True once the scene has drawn its first frame (checked each animation frame from when `ready`). */
export function useFirstFrameDrawn(ready: boolean): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (!ready || drawn) return;
    let raf = 0;
    const check = () => {
      if (frame.firstFrameAtMs !== null) setDrawn(true);
      else raf = requestAnimationFrame(check);
    };
    check();
    return () => cancelAnimationFrame(raf);
  }, [ready, drawn]);
  return drawn;
}
