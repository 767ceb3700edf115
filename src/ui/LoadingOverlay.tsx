import { useProgress } from '@react-three/drei';
import { useEffect, useState } from 'react';
import { frame } from '../state/frame';
import { useT } from '../state/lang';

/** A progress bar over the scene until the first frame is drawn: never a blank screen. */
export function LoadingOverlay({ dataReady }: { dataReady: boolean }) {
  const { progress } = useProgress();
  const [done, setDone] = useState(false);
  const t = useT();
  useEffect(() => {
    let raf = 0;
    const poll = () => {
      if (frame.firstFrameAtMs !== null && frame.frameCount > 1) setDone(true);
      else raf = requestAnimationFrame(poll);
    };
    poll();
    return () => cancelAnimationFrame(raf);
  }, []);
  if (done) return null;
  const pct = Math.round((dataReady ? 20 : 0) + progress * 0.8);
  return (
    <div className="loading" data-testid="loading" role="progressbar" aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100}>
      <p>{t('app.loading')}</p>
      <div className="bar">
        <div style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
