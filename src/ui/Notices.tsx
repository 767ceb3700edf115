import { useT } from '../state/lang';
import { messageText, noticeActions, useNotices } from '../state/notices';
import { useTour } from './tour/tourStore';

/**
 * Visible messages: a rejected TLE in its own element, other problems as dismissible notices, each translated
 * here, in the current language (a change of language re-translates them). In a tour,
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
          <span>{messageText(t, tleError)}</span>
          <button type="button" onClick={noticeActions.clearTleError} aria-label={t('app.dismiss')}>
            ×
          </button>
        </div>
      )}
      {shown.map((n) => (
        <div key={n.id} className="notice" data-testid="notice" data-notice={n.id}>
          <span>{messageText(t, n)}</span>
          <button type="button" onClick={() => noticeActions.dismiss(n.id)} aria-label={t('app.dismiss')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
