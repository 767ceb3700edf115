import { clockActions } from '../state/clock';
import { noticeActions } from '../state/notices';
import { viewActions } from '../state/view';
import { parseUrlState } from './urlState';

/** Applies `t`, `rate` and `view` from the address; bad values become notices and defaults. */
export function applyUrlState(search: string): { tle: string | null } {
  const url = parseUrlState(search);
  if (url.t !== null) clockActions.setTime(url.t);
  if (url.rate !== null) clockActions.setRate(url.rate);
  if (url.view) viewActions.setView(url.view);
  url.problems.forEach((text, i) => noticeActions.show(`url-${i}`, text));
  return { tle: url.tle };
}
