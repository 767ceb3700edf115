import { isLang, type Lang } from '../content/vocabulary';

/**
 * The tour player as a pure state machine: `reduce(state, event)` returns the next state (or the same
 * object when nothing changes). No timers, no audio, no camera: the UI and scene perform those and
 * report back with events.
 *
 * One step runs like this:
 *   start / jump / next / previous ─► 'flying'   (the camera moves to the waypoint; the caption waits)
 *   flightDone                     ─► 'narrating' (caption shown; narration plays if not muted)
 *   narrationDone | readingTimeout ─► next step 'flying' if autoAdvance (or 'ended' after the last step),
 *                                     otherwise 'reading' (caption stays until the visitor moves on)
 * The UI sends `narrationDone` when the narration audio ends, or `readingTimeout` after the waypoint's
 * holdSeconds when there is no audio. With reducedMotion the scene cuts instead of flying, but still
 * reports `flightDone`, so the caption never appears before the camera is in place.
 *
 * Steps are 0-based indexes here; only URLs and on-screen text use 1-based step numbers.
 */

export type PlayerStatus = 'flying' | 'narrating' | 'reading' | 'paused' | 'ended';
type RunningStatus = Exclude<PlayerStatus, 'paused' | 'ended'>;

/** A translatable message for the UI: an i18n key and its parameters. */
export interface Notice {
  key: string;
  params?: Readonly<Record<string, string | number>>;
}

export interface PlayerState {
  tourId: string;
  /** Number of waypoints in the tour (≥ 1). */
  stepCount: number;
  /** Current waypoint index, 0-based. */
  step: number;
  /** 'ended' also means "not started yet" (see createPlayer) and "exited". */
  status: PlayerStatus;
  /** The status to return to on resume; null unless paused. */
  pausedFrom: RunningStatus | null;
  autoAdvance: boolean;
  reducedMotion: boolean;
  /** Set when a request had to be corrected (e.g. a step out of range); cleared by the next navigation or dismissNotice. */
  notice: Notice | null;
}

export type PlayerEvent =
  | { type: 'start'; step?: number }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'jump'; step: number }
  | { type: 'pause' }
  | { type: 'resume' }
  /** The camera has arrived. `step`, when given, guards against a late report from an earlier flight. */
  | { type: 'flightDone'; step?: number }
  | { type: 'narrationDone'; step?: number }
  | { type: 'readingTimeout'; step?: number }
  | { type: 'end' }
  | { type: 'exit' }
  | { type: 'setAutoAdvance'; value: boolean }
  | { type: 'setReducedMotion'; value: boolean }
  | { type: 'dismissNotice' };

export interface CreatePlayerOptions {
  tourId: string;
  stepCount: number;
  autoAdvance?: boolean;
  reducedMotion?: boolean;
}

/** A player that has not started: status 'ended' at step 0. Send `start` to begin. */
export function createPlayer({ tourId, stepCount, autoAdvance = true, reducedMotion = false }: CreatePlayerOptions): PlayerState {
  assertStepCount(stepCount);
  return { tourId, stepCount, step: 0, status: 'ended', pausedFrom: null, autoAdvance, reducedMotion, notice: null };
}

function assertStepCount(count: number): void {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`A tour needs at least one step (got ${count}).`);
}

/**
 * The valid 0-based step index nearest to `n` for a tour of `count` steps: rounds, then clamps to
 * [0, count − 1]. NaN maps to 0.
 */
export function clampStep(n: number, count: number): number {
  assertStepCount(count);
  if (Number.isNaN(n)) return 0;
  if (n === Infinity) return count - 1;
  if (n === -Infinity) return 0;
  return Math.min(count - 1, Math.max(0, Math.round(n)));
}

/** Parameters for `ui.step` ("Step {n} of {total}"). */
export function stepParams(state: Pick<PlayerState, 'step' | 'stepCount'>): { n: number; total: number } {
  return { n: state.step + 1, total: state.stepCount };
}

/** Starts a flight to `requested` (0-based), clamped, with a ui.errorStep notice when it had to be corrected. */
function flyTo(state: PlayerState, requested: number): PlayerState {
  const step = clampStep(requested, state.stepCount);
  const notice: Notice | null =
    step === requested ? null : { key: 'ui.errorStep', params: { step: formatStepNumber(requested), nearest: step + 1 } };
  return { ...state, step, status: 'flying', pausedFrom: null, notice };
}

function formatStepNumber(index: number): string | number {
  return Number.isFinite(index) ? index + 1 : String(index);
}

/** The current step is over: advance (or end) when autoAdvance is on, else keep the caption up. */
function completeStep(state: PlayerState): PlayerState {
  if (!state.autoAdvance) return { ...state, status: 'reading' };
  if (state.step >= state.stepCount - 1) return { ...state, status: 'ended', pausedFrom: null };
  return { ...state, step: state.step + 1, status: 'flying', pausedFrom: null, notice: null };
}

function isStale(state: PlayerState, step: number | undefined): boolean {
  return step !== undefined && step !== state.step;
}

export function reduce(state: PlayerState, event: PlayerEvent): PlayerState {
  switch (event.type) {
    case 'start':
      return flyTo(state, event.step ?? 0);

    case 'jump':
      return flyTo(state, event.step);

    case 'next':
      if (state.step >= state.stepCount - 1) return state;
      return flyTo(state, state.step + 1);

    case 'previous':
      if (state.step <= 0) return state;
      return flyTo(state, state.step - 1);

    case 'pause':
      if (state.status === 'paused' || state.status === 'ended') return state;
      return { ...state, status: 'paused', pausedFrom: state.status };

    case 'resume':
      if (state.status !== 'paused') return state;
      return { ...state, status: state.pausedFrom ?? 'narrating', pausedFrom: null };

    case 'flightDone':
      if (isStale(state, event.step)) return state;
      if (state.status === 'flying') return { ...state, status: 'narrating' };
      // The camera arrived while paused: the caption runs once the visitor resumes.
      if (state.status === 'paused' && state.pausedFrom === 'flying') return { ...state, pausedFrom: 'narrating' };
      return state;

    case 'narrationDone':
    case 'readingTimeout':
      if (isStale(state, event.step) || state.status !== 'narrating') return state;
      return completeStep(state);

    case 'end':
    case 'exit':
      if (state.status === 'ended' && state.notice === null) return state;
      return { ...state, status: 'ended', pausedFrom: null, notice: null };

    case 'setAutoAdvance':
      return state.autoAdvance === event.value ? state : { ...state, autoAdvance: event.value };

    case 'setReducedMotion':
      return state.reducedMotion === event.value ? state : { ...state, reducedMotion: event.value };

    case 'dismissNotice':
      return state.notice === null ? state : { ...state, notice: null };
  }
}

// ─── Deep links: ?tour=common-orbit&step=N&lang=ru ───────────────────────────────────────────────

export interface DeepLink {
  /** The requested tour id, or null when absent or invalid. */
  tourId: string | null;
  /** The requested step as a 0-based index (the URL is 1-based), corrected to the nearest valid one; null when absent. */
  step: number | null;
  /** The requested language; 'en' when the value is not supported; null when absent. */
  lang: Lang | null;
  /** Plain-English descriptions of corrected parameters (for logs and developer notices). */
  problems: string[];
  /** The same corrections as translatable notices for visitors. */
  notices: Notice[];
}

const TOUR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/**
 * Reads `tour`, `step` (1-based) and `lang` from a query string. `stepCounts` (tour id → number of
 * steps) lets it reject unknown tours and clamp the step to the tour's length; without it the step is
 * only checked to be a whole number ≥ 1.
 */
export function parseDeepLink(search: string, stepCounts?: Readonly<Record<string, number>>): DeepLink {
  const params = new URLSearchParams(search);
  const link: DeepLink = { tourId: null, step: null, lang: null, problems: [], notices: [] };

  const tour = params.get('tour');
  if (tour !== null) {
    const id = tour.trim();
    const known = stepCounts ? Object.prototype.hasOwnProperty.call(stepCounts, id) : TOUR_ID.test(id);
    if (known) link.tourId = id;
    else {
      link.problems.push(`"tour=${tour}" is not a known tour.`);
      link.notices.push({ key: 'ui.errorTourUnknown', params: { tour } });
    }
  }

  const stepRaw = params.get('step');
  if (stepRaw !== null) {
    const count = link.tourId !== null && stepCounts ? stepCounts[link.tourId] : undefined;
    const value = NUMBER.test(stepRaw.trim()) ? Number(stepRaw.trim()) : NaN;
    const max = count ?? Infinity;
    const valid = Number.isInteger(value) && value >= 1 && value <= max;
    const nearest = valid ? value : Number.isNaN(value) ? 1 : Math.min(max, Math.max(1, Math.round(value)));
    link.step = nearest - 1;
    if (!valid) {
      const range = count === undefined ? 'a whole number from 1' : `a step from 1 to ${count}`;
      link.problems.push(`"step=${stepRaw}" is not ${range}; showing step ${nearest}.`);
      link.notices.push({ key: 'ui.errorStep', params: { step: stepRaw, nearest } });
    }
  }

  const lang = params.get('lang');
  if (lang !== null) {
    const code = lang.trim().toLowerCase();
    if (isLang(code)) link.lang = code;
    else {
      link.lang = 'en';
      link.problems.push(`"lang=${lang}" is not a supported language (en, ru, ja); using English.`);
      link.notices.push({ key: 'ui.errorLang', params: { lang } });
    }
  }
  return link;
}

/** The query string for a tour position (step is 0-based here, 1-based in the URL); other parameters in `keep` are kept. */
export function formatDeepLink(
  link: { tourId: string; step: number; lang?: Lang },
  keep: URLSearchParams | string = '',
): string {
  const params = new URLSearchParams(keep);
  params.set('tour', link.tourId);
  params.set('step', String(link.step + 1));
  if (link.lang && link.lang !== 'en') params.set('lang', link.lang);
  else params.delete('lang');
  return `?${params.toString()}`;
}
