import { simNowMs } from './clock';
import { elementsActions } from './elements';

/** CelesTrak's GP service, ISS (NORAD 25544) in TLE format. Used only when the user turns refresh on. */
export const CELESTRAK_ISS_TLE_URL = 'https://celestrak.org/NORAD/elements/gp.php?CATNR=25544&FORMAT=TLE';
const TIMEOUT_MS = 10_000;

/** Fetches current elements once. A network failure only changes the status line. */
export async function refreshTleOnline(url = CELESTRAK_ISS_TLE_URL): Promise<void> {
  elementsActions.setOnlineStatus({ key: 'tle.onlineFetching' });
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    const error = elementsActions.applyTle(text, 'online', simNowMs());
    elementsActions.setOnlineStatus(
      error ? { key: 'tle.onlineRejected' } : { key: 'tle.onlineLoaded', params: { instant: `${new Date().toISOString().slice(0, 16)}Z` } },
    );
  } catch (e) {
    elementsActions.setOnlineStatus({ key: 'tle.onlineFailed', params: { error: (e as Error).message } });
  }
}
