import { clockActions } from '../state/clock';
import { setLang } from '../state/lang';
import { noticeActions } from '../state/notices';
import { isLang } from '../tour/i18n';
import { viewActions } from '../state/view';
import { parseUrlState } from './urlState';

/** Applies `t`, `rate` and `view` from the address; bad values become notices and defaults. */
export function applyUrlState(search: string): { tle: string | null } {
  const url = parseUrlState(search);
  // Rate first: setting it re-anchors the clock, so a pinned `t` must come after to stay exact.
  if (url.rate !== null) clockActions.setRate(url.rate);
  if (url.t !== null) clockActions.setTime(url.t);
  if (url.view) viewActions.setView(url.view);
  const lang = new URLSearchParams(search).get('lang');
  if (lang !== null) {
    if (isLang(lang)) setLang(lang);
    else url.problems.push(`"lang=${lang}" is not available (en, ru, ja); keeping ${document.documentElement.lang || 'en'}.`);
  }
  url.problems.forEach((text, i) => noticeActions.show(`url-${i}`, text));
  return { tle: url.tle };
}
