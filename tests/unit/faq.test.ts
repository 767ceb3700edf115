import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import faqJson from '../../src/content/faq.json';
import en from '../../src/content/i18n/en.json';
import ja from '../../src/content/i18n/ja.json';
import ru from '../../src/content/i18n/ru.json';
import { parseFaq, type FaqTour } from '../../src/tour/faqSchema';
import { loadFaq } from '../../src/tour/loadFaq';

/*
 * "Questions visitors ask" (src/content/faq.json): the file validates against the tour it jumps into, every
 * question and answer exists in en, ru and ja, each English answer is two or three sentences, and every answer
 * lists labelled http(s) sources (from the fact sheet, facts.md). A broken file is reported by file, entry and
 * field.
 */

const dicts: Record<'en' | 'ru' | 'ja', Record<string, string>> = { en, ru, ja };
const tourJson = JSON.parse(readFileSync('src/content/tours/common-orbit.json', 'utf8')) as {
  id: string;
  waypoints: { id: string; titleKey: string }[];
};
const tour: FaqTour = tourJson;
const { faq, errors } = loadFaq();

/** English sentences: a full stop, question or exclamation mark followed by a space and a capital or digit. */
const sentences = (text: string) => text.trim().split(/(?<=[.!?])\s+(?=[A-Z0-9“"(])/);

/** A deep copy of faq.json to break on purpose. */
const copy = () => structuredClone(faqJson) as { tourId: unknown; questions: Record<string, unknown>[] };
const errorsOf = (json: unknown) => parseFaq(json, 'faq.json', tour).errors;

describe('faq.json', () => {
  it('validates against the common-orbit tour with no errors', () => {
    expect(errors).toEqual([]);
    expect(faq.tourId).toBe('common-orbit');
    expect(faq.questions.length).toBe(faqJson.questions.length);
  });

  it('answers at least the seven questions visitors ask most', () => {
    expect(faq.questions.length).toBeGreaterThanOrEqual(7);
    const ids = faq.questions.map((q) => q.id);
    for (const id of ['history', 'why-iss', 'meeting-2025', 'next-flight', 'seat-swap', 'sanctions', 'moon']) expect(ids).toContain(id);
  });

  it('jumps to steps that exist in the tour, at their index', () => {
    const stepIds = tourJson.waypoints.map((w) => w.id);
    for (const q of faq.questions) {
      expect(stepIds, q.id).toContain(q.stepId);
      expect(tourJson.waypoints[q.stepIndex].id, q.id).toBe(q.stepId);
      expect(q.stepTitleKey).toBe(tourJson.waypoints[q.stepIndex].titleKey);
    }
    expect(Object.fromEntries(faq.questions.map((q) => [q.id, q.stepId]))).toMatchObject({
      history: 'apollo-soyuz',
      'meeting-2025': 'duffy-bakanov',
      'seat-swap': 'cross-flights',
      moon: 'russia-ilrs',
    });
  });

  it('has every question, answer and panel string in en, ru and ja, really translated', () => {
    const keys = [
      ...faq.questions.flatMap((q) => [q.questionKey, q.answerKey]),
      ...['ui.faqOpen', 'faq.title', 'faq.intro', 'faq.showInTour', 'faq.uncertain', 'faq.error', 'ui.close', 'ui.sources'],
    ];
    for (const key of keys) {
      for (const [lang, dict] of Object.entries(dicts)) expect(dict[key]?.trim(), `${lang}: ${key}`).toBeTruthy();
      expect(ru[key as keyof typeof ru], key).toMatch(/[А-Яа-яЁё]/);
      expect(ja[key as keyof typeof ja], key).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(ru[key as keyof typeof ru], key).not.toBe(en[key as keyof typeof en]);
    }
  });

  it('answers in two or three English sentences', () => {
    for (const q of faq.questions) {
      const n = sentences(dicts.en[q.answerKey]).length;
      expect(n, `${q.id}: ${dicts.en[q.answerKey]}`).toBeGreaterThanOrEqual(2);
      expect(n, q.id).toBeLessThanOrEqual(3);
      expect(dicts.en[q.questionKey], q.id).toMatch(/\?$/);
    }
  });

  it('states the hedges and the changed plans where the fact sheet has them', () => {
    const answer = (id: string) => dicts.en[`faq.${id}.answer`];
    // facts.md T15: Kennedy vs Houston, "since 2018" vs "in eight years".
    expect(answer('meeting-2025')).toMatch(/Kennedy/);
    expect(answer('meeting-2025')).toMatch(/Houston/);
    expect(answer('meeting-2025')).toMatch(/2018/);
    expect(answer('meeting-2025')).toMatch(/eight years/);
    // T15b: the next cross flight after Crew-11, and the pad's unknown state.
    expect(answer('next-flight')).toMatch(/Soyuz MS-28/);
    expect(answer('next-flight')).toMatch(/uncertain/);
    // T12: signed 14 July 2022.
    expect(answer('seat-swap')).toMatch(/14 July 2022/);
    // [CHANGED]: Artemis III is a test in low Earth orbit; the first landing is Artemis IV.
    expect(answer('moon')).toMatch(/Artemis III is now a crewed docking test in low Earth orbit/);
    expect(answer('moon')).toMatch(/first landing near the south pole moved to Artemis IV/);
    for (const id of ['meeting-2025', 'next-flight']) expect(faq.questions.find((q) => q.id === id)?.uncertain, id).toBe(true);
  });

  it('lists labelled http(s) sources for every answer, none twice', () => {
    for (const q of faq.questions) {
      expect(q.sources.length, q.id).toBeGreaterThan(0);
      expect(new Set(q.sources.map((s) => s.url)).size, q.id).toBe(q.sources.length);
      for (const s of q.sources) {
        expect(s.url, q.id).toMatch(/^https?:\/\/[^\s/]+\.[^\s/]+/);
        expect(s.label.trim(), q.id).not.toBe('');
      }
    }
  });
});

describe('a broken faq.json is reported by file, entry and field', () => {
  it('a step the tour does not have', () => {
    const json = copy();
    json.questions[4].stepId = 'no-such-step';
    const result = parseFaq(json, 'faq.json', tour);
    expect(result.errors).toEqual(['faq.json: entry 5 ("seat-swap"): stepId: No step "no-such-step" in tour "common-orbit"']);
    // The other questions still load.
    expect(result.faq.questions.map((q) => q.id)).not.toContain('seat-swap');
    expect(result.faq.questions).toHaveLength(faqJson.questions.length - 1);
  });

  it('no sources, a source that is not an http(s) URL, a key that does not follow the question id', () => {
    const json = copy();
    json.questions[0].sources = [];
    json.questions[1].sources = [{ label: 'A file', url: 'ftp://example.org/x' }];
    json.questions[2].answerKey = 'faq.other.answer';
    expect(errorsOf(json)).toEqual([
      'faq.json: entry 1 ("history"): sources: Must have at least 1 item',
      'faq.json: entry 2 ("why-iss"): sources.0.url: Must be an http(s) URL',
      'faq.json: entry 3 ("meeting-2025"): answerKey: Must be "faq.meeting-2025.answer"',
    ]);
  });

  it('a repeated id, an unknown field, a missing flag', () => {
    const json = copy();
    json.questions[1].id = 'history';
    json.questions[1].questionKey = 'faq.history.question';
    json.questions[1].answerKey = 'faq.history.answer';
    json.questions[2].note = 'x';
    delete json.questions[3].uncertain;
    const messages = errorsOf(json);
    expect(messages[0]).toBe('faq.json: entry 2 ("history"): id: "history" is already used');
    expect(messages[1]).toMatch(/^faq\.json: entry 3 \("meeting-2025"\): \(entry\): .*"note"/);
    expect(messages[2]).toMatch(/^faq\.json: entry 4 \("next-flight"\): uncertain: /);
  });

  it('a file for another tour, or not an object', () => {
    const json = copy();
    json.tourId = 'other-tour';
    expect(errorsOf(json)).toEqual(['faq.json: tourId: Must be "common-orbit", got "other-tour"']);
    expect(errorsOf(null)).toEqual(['faq.json: (file): Expected an object']);
    expect(errorsOf({ tourId: 'common-orbit' })).toEqual(['faq.json: questions: Must be an array']);
    expect(loadFaq({ tourId: 'nowhere', questions: [] }).errors).toEqual(['faq.json: tourId: No tour "nowhere" is bundled']);
  });
});
