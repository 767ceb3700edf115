import { clockActions, simNowMs } from '../state/clock';
import { elementsActions } from '../state/elements';
import { stepSimulation } from '../state/frame';
import { setLang } from '../state/lang';
import { noticeActions } from '../state/notices';
import { isLang, LANG_NAMES, LANGS } from '../content/vocabulary';
import { viewActions } from '../state/view';
import { bundledTles } from './loadData';
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
    else {
      const kept = document.documentElement.lang;
      url.problems.push({ key: 'url.badLang', params: { value: lang, langs: LANGS.join(', '), lang: LANG_NAMES[isLang(kept) ? kept : 'en'] } });
    }
  }
  url.problems.forEach((p, i) => noticeActions.show(`url-${i}`, p.key, p.params));
  return { tle: url.tle };
}

/**
 * The bundled element sets, then the address's own (`tle=`), into the store, and the simulation stepped once.
 * False (and a notice) when the bundled file cannot be parsed: the app then runs without a scene.
 */
export function loadElements(urlTle: string | null): boolean {
  try {
    elementsActions.setBundled(bundledTles());
  } catch (e) {
    noticeActions.show('tle-file', 'tle.bundledError', { error: (e as Error).message });
    return false;
  }
  if (urlTle !== null) elementsActions.applyTle(urlTle, 'url', simNowMs());
  stepSimulation(performance.now());
  return true;
}
