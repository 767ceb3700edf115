import { isView, VIEWS, type View } from '../content/vocabulary';

import type { Message } from '../state/notices';

/**
 * URL parameters (see README): t, rate, tle, view. Invalid values are dropped, each with a problem: a
 * dictionary key and parameters naming the bad value, shown as a notice in the visitor's language.
 */
export interface UrlState {
  t: number | null;
  rate: number | null;
  tle: string | null;
  view: View | null;
  problems: Message[];
}

export const MAX_ABS_RATE = 10_000;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const state: UrlState = { t: null, rate: null, tle: null, view: null, problems: [] };

  const t = params.get('t');
  if (t !== null) {
    const ms = ISO_UTC.test(t) ? Date.parse(t) : NaN;
    if (Number.isFinite(ms)) state.t = ms;
    else state.problems.push({ key: 'url.badTime', params: { value: t } });
  }
  const rate = params.get('rate');
  if (rate !== null) {
    const r = rate.trim() === '' ? NaN : Number(rate);
    if (Number.isFinite(r) && Math.abs(r) <= MAX_ABS_RATE) state.rate = r;
    else state.problems.push({ key: 'url.badRate', params: { value: rate, max: MAX_ABS_RATE } });
  }
  const view = params.get('view');
  if (view !== null) {
    if (isView(view)) state.view = view;
    else state.problems.push({ key: 'url.badView', params: { value: view, views: VIEWS.join(', ') } });
  }
  const tle = params.get('tle');
  if (tle !== null) state.tle = tle;
  return state;
}

export interface UrlSnapshot {
  simMs: number;
  live: boolean;
  rate: number;
  view: View;
  tle: string | null;
}

/** The shareable query string for the current state (live time and defaults are left out). */
export function formatUrlState(s: UrlSnapshot, keep: URLSearchParams): string {
  const params = new URLSearchParams(keep);
  for (const k of ['t', 'rate', 'view', 'tle']) params.delete(k);
  if (!s.live) params.set('t', new Date(Math.round(s.simMs)).toISOString());
  if (s.rate !== 1) params.set('rate', String(s.rate));
  if (s.view !== 'earth') params.set('view', s.view);
  if (s.tle) params.set('tle', s.tle);
  const q = params.toString();
  return q ? `?${q}` : '';
}
