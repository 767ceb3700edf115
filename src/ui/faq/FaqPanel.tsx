import { SourceList } from '../SourceList';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { FAQ_PARAM, faqPanelActions } from '../../state/faqPanel';
import { useDictionarySection, useT } from '../../state/lang';
import { passesPanelActions, usePassesPanel } from '../../state/passesPanel';
import type { FaqQuestion } from '../../tour/faqSchema';
import { loadFaq } from '../../tour/loadFaq';
import { formatDeepLink } from '../../tour/player';
import { tourActions, useTour } from '../tour/tourStore';
import './faq.css';

/** The address carries the open panel (`?faq=1`, a link a kiosk or a test can open); closing takes it out. */
function markAddress(open: boolean): void {
  const params = new URLSearchParams(window.location.search);
  if (open) params.set(FAQ_PARAM, '1');
  else params.delete(FAQ_PARAM);
  const query = params.toString();
  const search = query ? `?${query}` : '';
  if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
}

/**
 * "Questions visitors ask": short sourced answers (src/content/faq.json, texts in the dictionaries), each with
 * a button that takes the guided tour to the step that shows it. Its own chunk (App lazy-loads it). A running
 * tour jumps to the step; otherwise `onStartTour` gets the tour's address (`?tour=…&step=N`) to start it.
 */
function FaqPanelShown({ onStartTour }: { onStartTour: (search: string) => void }) {
  const t = useT();
  const baseId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const { faq, errors } = useMemo(() => loadFaq(), []);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    title.current?.focus();
    markAddress(true);
    return () => {
      markAddress(false);
      // Back to the button that opened the panel, unless the tour took over (it hides that button).
      if (opener?.isConnected && (document.activeElement === null || document.activeElement === document.body)) opener.focus();
    };
  }, []);

  // One panel at a time: this one closes the passes panel and gives way when that one opens.
  useEffect(() => {
    passesPanelActions.close();
    return usePassesPanel.subscribe((s) => s.open && faqPanelActions.close());
  }, []);

  const toggle = useCallback((id: string) => {
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  const show = useCallback(
    (q: FaqQuestion) => {
      const running = useTour.getState();
      if (running.player && running.tour?.id === faq.tourId) tourActions.dispatch({ type: 'jump', step: q.stepIndex });
      else onStartTour(formatDeepLink({ tourId: faq.tourId, step: q.stepIndex }));
      faqPanelActions.close();
    },
    [faq.tourId, onStartTour],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    // The panel's own Escape: the tour (which leaves on Escape) does not see it.
    e.stopPropagation();
    faqPanelActions.close();
  };

  return (
    <section className="faq-panel side-sheet panel" role="dialog" aria-labelledby={`${baseId}title`} data-testid="faq-panel" onKeyDown={onKeyDown}>
      <div className="faq-head">
        <h2 id={`${baseId}title`} ref={title} tabIndex={-1}>
          {t('faq.title')}
        </h2>
        <button type="button" className="close" data-testid="faq-close" onClick={faqPanelActions.close} aria-label={t('ui.close')}>
          ×
        </button>
      </div>
      <p className="faq-intro">{t('faq.intro')}</p>
      {errors.length > 0 && (
        <p className="faq-error" role="alert" data-testid="faq-error">
          {t('faq.error', { error: errors.join('; ') })}
        </p>
      )}
      <ul className="faq-list" data-testid="faq-list">
        {faq.questions.map((q) => {
          const open = expanded.has(q.id);
          const questionId = `${baseId}${q.id}-q`;
          const answerId = `${baseId}${q.id}-a`;
          return (
            <li key={q.id} className="faq-item" data-testid="faq-item" data-faq-id={q.id}>
              <h3>
                <button type="button" id={questionId} className="faq-question" aria-expanded={open} aria-controls={answerId}
                  data-testid="faq-question" onClick={() => toggle(q.id)}>
                  {t(q.questionKey)}
                </button>
              </h3>
              <div id={answerId} className="faq-answer" role="region" aria-labelledby={questionId} hidden={!open} data-testid="faq-answer">
                {q.uncertain && <p className="badge uncertain">{t('faq.uncertain')}</p>}
                <p>{t(q.answerKey)}</p>
                <h4>{t('ui.sources')}</h4>
                <SourceList sources={q.sources} className="faq-sources" />
                <button type="button" className="faq-show" data-testid="faq-show" data-step-id={q.stepId} onClick={() => show(q)}>
                  {t('faq.showInTour', { n: q.stepIndex + 1, title: t(q.stepTitleKey) })}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Shown once its texts (dictionary sections) are loaded. */
export default function FaqPanel(props: { onStartTour: (search: string) => void }) {
  return useDictionarySection('faq', 'tour') ? <FaqPanelShown {...props} /> : null;
}
