import { describe, expect, it } from 'vitest';
import {
  clampStep,
  createPlayer,
  formatDeepLink,
  parseDeepLink,
  reduce,
  stepParams,
  type PlayerEvent,
  type PlayerState,
} from '../../src/tour/player';

const COUNT = 5;
const idle = (opts: Partial<{ autoAdvance: boolean; reducedMotion: boolean }> = {}) =>
  createPlayer({ tourId: 'common-orbit', stepCount: COUNT, ...opts });
const run = (state: PlayerState, ...events: PlayerEvent[]) => events.reduce(reduce, state);

describe('clampStep', () => {
  it('returns the nearest valid 0-based index', () => {
    expect(clampStep(2, COUNT)).toBe(2);
    expect(clampStep(-3, COUNT)).toBe(0);
    expect(clampStep(99, COUNT)).toBe(4);
    expect(clampStep(2.4, COUNT)).toBe(2);
    expect(clampStep(2.6, COUNT)).toBe(3);
    expect(clampStep(Number.NaN, COUNT)).toBe(0);
    expect(clampStep(Infinity, COUNT)).toBe(4);
    expect(clampStep(-Infinity, COUNT)).toBe(0);
    expect(clampStep(7, 1)).toBe(0);
  });

  it('rejects a tour without steps', () => {
    expect(() => clampStep(0, 0)).toThrow(RangeError);
    expect(() => createPlayer({ tourId: 'x', stepCount: 0 })).toThrow(RangeError);
  });
});

describe('player state machine', () => {
  it('starts idle, then flies to the first step before any caption runs', () => {
    const s0 = idle();
    expect(s0).toMatchObject({ tourId: 'common-orbit', step: 0, status: 'ended', autoAdvance: true, reducedMotion: false });
    const s1 = reduce(s0, { type: 'start' });
    expect(s1).toMatchObject({ step: 0, status: 'flying', notice: null });
    // Narration and reading timers cannot end a step while the camera is still flying.
    expect(reduce(s1, { type: 'narrationDone' })).toBe(s1);
    expect(reduce(s1, { type: 'readingTimeout' })).toBe(s1);
    const s2 = reduce(s1, { type: 'flightDone' });
    expect(s2.status).toBe('narrating');
  });

  it('start(step) and jump(step) fly to that step first', () => {
    const s = run(idle(), { type: 'start', step: 3 });
    expect(s).toMatchObject({ step: 3, status: 'flying' });
    const narrating = reduce(s, { type: 'flightDone' });
    const jumped = reduce(narrating, { type: 'jump', step: 1 });
    expect(jumped).toMatchObject({ step: 1, status: 'flying', notice: null });
    expect(reduce(jumped, { type: 'flightDone' }).status).toBe('narrating');
  });

  it('auto-advances after narration or the reading timeout, and ends after the last step', () => {
    let s = run(idle(), { type: 'start' }, { type: 'flightDone' }, { type: 'narrationDone' });
    expect(s).toMatchObject({ step: 1, status: 'flying' });
    s = run(s, { type: 'flightDone' }, { type: 'readingTimeout' });
    expect(s).toMatchObject({ step: 2, status: 'flying' });
    s = run(s, { type: 'jump', step: COUNT - 1 }, { type: 'flightDone' }, { type: 'readingTimeout' });
    expect(s).toMatchObject({ step: COUNT - 1, status: 'ended' });
  });

  it('without auto-advance the caption stays up (reading) until the visitor moves on', () => {
    let s = run(idle({ autoAdvance: false }), { type: 'start' }, { type: 'flightDone' }, { type: 'narrationDone' });
    expect(s).toMatchObject({ step: 0, status: 'reading' });
    expect(reduce(s, { type: 'readingTimeout' })).toBe(s);
    s = reduce(s, { type: 'next' });
    expect(s).toMatchObject({ step: 1, status: 'flying' });
    s = reduce(s, { type: 'setAutoAdvance', value: true });
    s = run(s, { type: 'flightDone' }, { type: 'readingTimeout' });
    expect(s).toMatchObject({ step: 2, status: 'flying', autoAdvance: true });
  });

  it('next/previous move one step and clamp at the ends', () => {
    let s = run(idle(), { type: 'start' }, { type: 'flightDone' });
    expect(reduce(s, { type: 'previous' })).toBe(s);
    s = reduce(s, { type: 'next' });
    expect(s).toMatchObject({ step: 1, status: 'flying' });
    s = run(s, { type: 'flightDone' }, { type: 'previous' });
    expect(s).toMatchObject({ step: 0, status: 'flying' });
    s = run(s, { type: 'jump', step: COUNT - 1 }, { type: 'flightDone' });
    const atEnd = reduce(s, { type: 'next' });
    expect(atEnd).toBe(s);
    expect(atEnd).toMatchObject({ step: COUNT - 1, status: 'narrating', notice: null });
  });

  it('jump out of range clamps to the nearest step and reports it with ui.errorStep (1-based numbers)', () => {
    const high = run(idle(), { type: 'start' }, { type: 'jump', step: 41 });
    expect(high).toMatchObject({ step: COUNT - 1, status: 'flying' });
    expect(high.notice).toEqual({ key: 'ui.errorStep', params: { step: 42, nearest: COUNT } });

    const low = reduce(high, { type: 'jump', step: -2 });
    expect(low).toMatchObject({ step: 0, notice: { key: 'ui.errorStep', params: { step: -1, nearest: 1 } } });

    const startHigh = reduce(idle(), { type: 'start', step: 10 });
    expect(startHigh).toMatchObject({ step: COUNT - 1, status: 'flying', notice: { key: 'ui.errorStep' } });
  });

  it('keeps a notice through the flight, and clears it on the next navigation or dismissNotice', () => {
    const s = run(idle(), { type: 'jump', step: 9 }, { type: 'flightDone' });
    expect(s.notice?.key).toBe('ui.errorStep');
    expect(reduce(s, { type: 'dismissNotice' }).notice).toBeNull();
    expect(reduce(s, { type: 'previous' }).notice).toBeNull();
  });

  it('pause and resume keep the step and return to the same phase', () => {
    for (const phase of [
      [{ type: 'start' }],
      [{ type: 'start' }, { type: 'flightDone' }],
    ] as PlayerEvent[][]) {
      const before = run(idle(), ...phase, { type: 'jump', step: 2 }, ...phase.slice(1));
      const paused = reduce(before, { type: 'pause' });
      expect(paused).toMatchObject({ step: 2, status: 'paused' });
      expect(reduce(paused, { type: 'pause' })).toBe(paused);
      // Timers that fire while paused do nothing.
      expect(reduce(paused, { type: 'readingTimeout' })).toBe(paused);
      expect(reduce(paused, { type: 'narrationDone' })).toBe(paused);
      const resumed = reduce(paused, { type: 'resume' });
      expect(resumed).toMatchObject({ step: 2, status: before.status, pausedFrom: null });
    }
  });

  it('pause and resume work from reading too, and resume does nothing unless paused', () => {
    const reading = run(idle({ autoAdvance: false }), { type: 'start', step: 1 }, { type: 'flightDone' }, { type: 'narrationDone' });
    expect(run(reading, { type: 'pause' }, { type: 'resume' })).toMatchObject({ step: 1, status: 'reading' });
    expect(reduce(reading, { type: 'resume' })).toBe(reading);
  });

  it('a camera arriving while paused lets the caption run after resume', () => {
    const s = run(idle(), { type: 'start', step: 2 }, { type: 'pause' }, { type: 'flightDone' });
    expect(s).toMatchObject({ step: 2, status: 'paused' });
    expect(reduce(s, { type: 'resume' })).toMatchObject({ step: 2, status: 'narrating' });
  });

  it('navigating while paused un-pauses and flies', () => {
    const s = run(idle(), { type: 'start' }, { type: 'flightDone' }, { type: 'pause' }, { type: 'next' });
    expect(s).toMatchObject({ step: 1, status: 'flying', pausedFrom: null });
  });

  it('ignores late reports from an earlier step', () => {
    const s = run(idle(), { type: 'start', step: 1 }, { type: 'next' });
    expect(reduce(s, { type: 'flightDone', step: 1 })).toBe(s);
    const narrating = reduce(s, { type: 'flightDone', step: 2 });
    expect(narrating.status).toBe('narrating');
    expect(reduce(narrating, { type: 'narrationDone', step: 1 })).toBe(narrating);
    expect(reduce(narrating, { type: 'readingTimeout', step: 2 })).toMatchObject({ step: 3, status: 'flying' });
  });

  it('end and exit stop the tour at the current step; start restarts it', () => {
    const s = run(idle(), { type: 'start', step: 2 }, { type: 'flightDone' });
    expect(reduce(s, { type: 'end' })).toMatchObject({ step: 2, status: 'ended' });
    const exited = reduce(s, { type: 'exit' });
    expect(exited).toMatchObject({ step: 2, status: 'ended' });
    expect(reduce(exited, { type: 'exit' })).toBe(exited);
    expect(reduce(exited, { type: 'pause' })).toBe(exited);
    expect(reduce(exited, { type: 'flightDone' })).toBe(exited);
    expect(reduce(exited, { type: 'start' })).toMatchObject({ step: 0, status: 'flying' });
  });

  it('carries reducedMotion without skipping the flight phase', () => {
    const s = run(idle(), { type: 'setReducedMotion', value: true }, { type: 'start' });
    expect(s).toMatchObject({ reducedMotion: true, status: 'flying' });
    expect(reduce(s, { type: 'setReducedMotion', value: true })).toBe(s);
    expect(createPlayer({ tourId: 't', stepCount: 2, reducedMotion: true }).reducedMotion).toBe(true);
  });

  it('does not mutate the state it is given', () => {
    const s = Object.freeze(run(idle(), { type: 'start' }));
    expect(() => run(s, { type: 'flightDone' }, { type: 'pause' }, { type: 'resume' }, { type: 'next' })).not.toThrow();
    expect(s.status).toBe('flying');
  });

  it('stepParams gives 1-based numbers for ui.step', () => {
    expect(stepParams(run(idle(), { type: 'start', step: 2 }))).toEqual({ n: 3, total: COUNT });
  });
});

describe('parseDeepLink', () => {
  const COUNTS = { 'common-orbit': 21 };

  it('reads tour, 1-based step and lang', () => {
    expect(parseDeepLink('?tour=common-orbit&step=4&lang=ru', COUNTS)).toEqual({
      tourId: 'common-orbit',
      step: 3,
      lang: 'ru',
      problems: [],
      notices: [],
    });
    expect(parseDeepLink('tour=common-orbit&step=21&lang=ja', COUNTS)).toMatchObject({ step: 20, lang: 'ja', problems: [] });
  });

  it('returns nulls for absent parameters', () => {
    expect(parseDeepLink('', COUNTS)).toEqual({ tourId: null, step: null, lang: null, problems: [], notices: [] });
    expect(parseDeepLink('?t=2025-08-01T15:43:00Z&view=iss')).toMatchObject({ tourId: null, step: null, lang: null, problems: [] });
  });

  it('falls back to English for an unsupported language, with a problem message', () => {
    const link = parseDeepLink('?tour=common-orbit&lang=de', COUNTS);
    expect(link.lang).toBe('en');
    expect(link.problems).toHaveLength(1);
    expect(link.problems[0]).toMatch(/lang=de/);
    expect(link.notices).toEqual([{ key: 'ui.errorLang', params: { lang: 'de' } }]);
    expect(parseDeepLink('?lang=RU').lang).toBe('ru');
  });

  it('clamps an out-of-range or malformed step to the nearest valid one, with a problem message', () => {
    const cases: [string, number][] = [
      ['0', 1],
      ['-5', 1],
      ['22', 21],
      ['999', 21],
      ['3.6', 4],
      ['abc', 1],
      ['', 1],
      ['1e3', 1],
    ];
    for (const [raw, nearest] of cases) {
      const link = parseDeepLink(`?tour=common-orbit&step=${encodeURIComponent(raw)}`, COUNTS);
      expect(link.step, raw).toBe(nearest - 1);
      expect(link.problems, raw).toHaveLength(1);
      expect(link.problems[0], raw).toContain(`showing step ${nearest}`);
      expect(link.notices, raw).toEqual([{ key: 'ui.errorStep', params: { step: raw, nearest } }]);
    }
  });

  it('checks the step only for a lower bound when the tour length is unknown', () => {
    expect(parseDeepLink('?tour=common-orbit&step=500')).toMatchObject({ tourId: 'common-orbit', step: 499, problems: [] });
    expect(parseDeepLink('?step=0')).toMatchObject({ step: 0, problems: [expect.stringContaining('step=0')] });
  });

  it('rejects an unknown tour with a problem message', () => {
    const link = parseDeepLink('?tour=space-race&step=2', COUNTS);
    expect(link.tourId).toBeNull();
    expect(link.step).toBe(1);
    expect(link.problems[0]).toMatch(/tour=space-race/);
    expect(link.notices[0]).toEqual({ key: 'ui.errorTourUnknown', params: { tour: 'space-race' } });
    expect(parseDeepLink('?tour=Not%20Kebab').tourId).toBeNull();
  });

  it('round-trips with formatDeepLink', () => {
    const query = formatDeepLink({ tourId: 'common-orbit', step: 6, lang: 'ja' }, '?t=2000-11-02T09:21:40Z');
    expect(query).toBe('?t=2000-11-02T09%3A21%3A40Z&tour=common-orbit&step=7&lang=ja');
    expect(parseDeepLink(query, COUNTS)).toMatchObject({ tourId: 'common-orbit', step: 6, lang: 'ja', problems: [] });
    expect(formatDeepLink({ tourId: 'common-orbit', step: 0, lang: 'en' }, '?lang=ru')).toBe('?tour=common-orbit&step=1');
  });
});
