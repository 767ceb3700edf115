import { useT } from '../state/lang';
import { noticeActions, useNotices } from '../state/notices';
import { useTour } from './tour/tourStore';

/**
 * Visible messages: a rejected TLE in its own element, other problems as dismissible notices. In a tour,
 * "the ISS did not exist yet" is left out: the historical steps' captions give their dates already.
 */
export function Notices() {
  const { notices, tleError } = useNotices();
  const touring = useTour((s) => s.tour !== null);
  const shown = touring ? notices.filter((n) => n.id !== 'no-iss') : notices;
  const t = useT();
  return (
    <div className="notices" role="status" aria-live="polite">
      {tleError && (
        <div className="notice error" data-testid="tle-error">
          <span>{tleError}</span>
          <button type="button" onClick={() => noticeActions.setTleError(null)} aria-label={t('app.dismiss')}>
            ×
          </button>
        </div>
      )}
      {shown.map((n) => (
        <div key={n.id} className="notice" data-testid="notice" data-notice={n.id}>
          <span>{n.text}</span>
          <button type="button" onClick={() => noticeActions.dismiss(n.id)} aria-label={t('app.dismiss')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
