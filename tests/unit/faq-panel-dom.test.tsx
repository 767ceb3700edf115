// @vitest-environment jsdom
import { act, useCallback, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LANGS } from '../../src/content/vocabulary';
import { loadSection } from '../../src/tour/i18n';
import en from '../../src/content/i18n/en.json';
import ja from '../../src/content/i18n/ja.json';
import ru from '../../src/content/i18n/ru.json';
import faqJson from '../../src/content/faq.json';
import tourJson from '../../src/content/tours/common-orbit.json';
import { faqPanelActions, useFaqPanel } from '../../src/state/faqPanel';
import { setLang } from '../../src/state/lang';
import { passesPanelActions, usePassesPanel } from '../../src/state/passesPanel';
import FaqPanel from '../../src/ui/faq/FaqPanel';
import TourRoot from '../../src/ui/tour/TourRoot';
import { tourActions, useTour } from '../../src/ui/tour/tourStore';

/*
 * The questions panel mounted in jsdom beside the real tour root, wired as App wires them: the panel lists its
 * questions in the chosen language, opens an answer with its sources, and its "Show in the tour" button starts
 * the tour at the answer's step (or, with a tour running, jumps there) and closes the panel.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const dicts: Record<string, Record<string, string>> = { en, ru, ja };
const stepIndex = (id: string) => tourJson.waypoints.findIndex((w) => w.id === id);

let root: Root;
let host: HTMLDivElement;
const $ = <E extends Element = HTMLElement>(selector: string) => host.querySelector<E>(selector);
const $$ = (selector: string) => [...host.querySelectorAll<HTMLElement>(selector)];
const item = (id: string) => $(`[data-testid="faq-item"][data-faq-id="${id}"]`)!;

/** As App does: the tour root mounts on a tour address; the panel renders while its flag is set. */
function Harness() {
  const [tourSearch, setTourSearch] = useState<string | null>(null);
  const endTour = useCallback(() => setTourSearch(null), []);
  const open = useFaqPanel((s) => s.open);
  return (
    <>
      <button type="button" data-testid="open-faq" onClick={faqPanelActions.toggle}>
        Questions
      </button>
      {tourSearch !== null && <TourRoot search={tourSearch} onExit={endTour} />}
      {open && <FaqPanel onStartTour={setTourSearch} />}
    </>
  );
}

async function click(el: HTMLElement) {
  await act(async () => el.click());
}

beforeAll(async () => {
  // The panel renders once its dictionary sections are loaded: load them first, in every language.
  await Promise.all(LANGS.flatMap((lang) => (['faq', 'tour'] as const).map((section) => loadSection(lang, section))));
  localStorage.clear();
  tourActions.setMuted(true);
  window.history.replaceState(null, '', '/?t=2026-01-01T00:00:00Z&rate=0');
  vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
  // jsdom has no layout: the tour panel's size observer gets a stand-in that never fires.
  vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(<Harness />));
});

afterAll(() => {
  act(() => root.unmount());
  vi.unstubAllGlobals();
});

describe('questions panel (jsdom)', () => {
  it('opens from its button, takes the focus and puts ?faq=1 in the address', async () => {
    expect($('[data-testid="faq-panel"]')).toBeNull();
    const opener = $('[data-testid="open-faq"]')!;
    opener.focus();
    await click(opener);
    const panel = $('[data-testid="faq-panel"]')!;
    expect(panel.getAttribute('role')).toBe('dialog');
    expect(document.activeElement).toBe(panel.querySelector('h2'));
    expect(panel.querySelector('h2')!.textContent).toBe(en['faq.title']);
    expect(new URLSearchParams(window.location.search).get('faq')).toBe('1');
  });

  it.each(['en', 'ru', 'ja'] as const)('lists every question (7 or more) in %s', async (lang) => {
    await act(async () => setLang(lang));
    const questions = $$('[data-testid="faq-question"]').map((b) => b.textContent);
    expect(questions.length).toBeGreaterThanOrEqual(7);
    expect(questions).toEqual(faqJson.questions.map((q) => dicts[lang][q.questionKey]));
    expect($('[data-testid="faq-panel"] h2')!.textContent).toBe(dicts[lang]['faq.title']);
  });

  it('opens an answer with its sources and its step', async () => {
    await act(async () => setLang('en'));
    const question = item('meeting-2025').querySelector<HTMLElement>('[data-testid="faq-question"]')!;
    const answer = item('meeting-2025').querySelector<HTMLElement>('[data-testid="faq-answer"]')!;
    expect(question.getAttribute('aria-expanded')).toBe('false');
    expect(answer.hidden).toBe(true);
    await click(question);
    expect(question.getAttribute('aria-expanded')).toBe('true');
    expect(answer.hidden).toBe(false);
    expect(question.getAttribute('aria-controls')).toBe(answer.id);
    expect(answer.textContent).toContain(en['faq.meeting-2025.answer']);
    expect(answer.textContent).toContain(en['faq.uncertain']);
    const links = [...answer.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    const n = stepIndex('duffy-bakanov') + 1;
    expect(answer.querySelector('[data-testid="faq-show"]')!.textContent).toBe(
      en['faq.showInTour'].replace('{n}', String(n)).replace('{title}', en['tour.common-orbit.duffy-bakanov.title']),
    );
  });

  it('Escape closes it and gives the focus back to its button', async () => {
    const panel = $('[data-testid="faq-panel"]')!;
    await act(async () => panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect($('[data-testid="faq-panel"]')).toBeNull();
    expect(useFaqPanel.getState().open).toBe(false);
    expect(document.activeElement).toBe($('[data-testid="open-faq"]'));
    expect(new URLSearchParams(window.location.search).has('faq')).toBe(false);
  });

  it('gives way to the passes panel', async () => {
    await act(async () => faqPanelActions.open());
    expect($('[data-testid="faq-panel"]')).not.toBeNull();
    await act(async () => passesPanelActions.open());
    expect($('[data-testid="faq-panel"]')).toBeNull();
    await act(async () => faqPanelActions.open());
    expect(usePassesPanel.getState().open).toBe(false);
  });

  it('"Show in the tour" starts the tour at the answer’s step and closes the panel', async () => {
    expect(useTour.getState().player).toBeNull();
    await click(item('seat-swap').querySelector<HTMLElement>('[data-testid="faq-question"]')!);
    await click(item('seat-swap').querySelector<HTMLElement>('[data-testid="faq-show"]')!);
    const { tour, player } = useTour.getState();
    expect(tour?.id).toBe('common-orbit');
    expect(player?.step).toBe(stepIndex('cross-flights'));
    expect(tour!.waypoints[player!.step].id).toBe('cross-flights');
    expect(player?.status).toBe('flying');
    expect($('[data-testid="faq-panel"]')).toBeNull();
    // The tour root writes its address on the player's next change: the camera's arrival, here reported by hand.
    await act(async () => tourActions.dispatch({ type: 'flightDone', step: player!.step }));
    const params = new URLSearchParams(window.location.search);
    expect(params.get('tour')).toBe('common-orbit');
    expect(params.get('step')).toBe(String(stepIndex('cross-flights') + 1));
    expect(params.has('faq')).toBe(false);
  });

  it('with the tour running, jumps it to the answer’s step', async () => {
    await act(async () => faqPanelActions.open());
    await click(item('moon').querySelector<HTMLElement>('[data-testid="faq-question"]')!);
    await click(item('moon').querySelector<HTMLElement>('[data-testid="faq-show"]')!);
    const { tour, player } = useTour.getState();
    expect(tour!.waypoints[player!.step].id).toBe('russia-ilrs');
    expect($('[data-testid="faq-panel"]')).toBeNull();
    expect(new URLSearchParams(window.location.search).get('step')).toBe(String(stepIndex('russia-ilrs') + 1));
  });
});
