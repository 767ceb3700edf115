import { useT } from '../state/lang';
import { passesPanelActions, usePassesPanel } from '../state/passesPanel';
import { faqPanelActions, useFaqPanel } from '../state/faqPanel';
import { LanguageSwitcher } from './LanguageSwitcher';
import { PHONE_MEDIA, useFramingInset } from './useFramingInset';
import { useEffect, useState } from 'react';
import './faq/faqButton.css';

export function Header({ onTour, touring }: { onTour: () => void; touring: boolean }) {
  const t = useT();
  const passesOpen = usePassesPanel((s) => s.open);
  const faqOpen = useFaqPanel((s) => s.open);
  const [header, setHeader] = useState<HTMLElement | null>(null);
  useFramingInset(header, 'top', PHONE_MEDIA);
  useHeaderBottom(header);
  return (
    <header ref={setHeader} className="title">
      <h1>{t('app.title')}</h1>
      <p>{t('app.subtitle')}</p>
      <div className="header-tools">
        <LanguageSwitcher />
        {!touring && (
          <button type="button" className="start-tour" onClick={onTour} data-testid="start-tour">
            {t('ui.startTour')}
          </button>
        )}
        {!touring && (
          <button type="button" className="open-passes" onClick={passesOpen ? passesPanelActions.close : passesPanelActions.open}
            aria-pressed={passesOpen} data-testid="open-passes">
            {t('ui.passesOpen')}
          </button>
        )}
        {!touring && (
          <button type="button" className="open-faq" onClick={faqPanelActions.toggle} aria-expanded={faqOpen}
            aria-haspopup="dialog" data-testid="open-faq">
            {t('ui.faqOpen')}
          </button>
        )}
        <details className="about">
          <summary>{t('app.about')}</summary>
          <p>{t('app.aboutText')}</p>
        </details>
      </div>
    </header>
  );
}

/**
 * Where the header ends (`--header-bottom` on the page, in px), so that the readouts below it start under it
 * however its title and buttons wrap in the language shown.
 */
function useHeaderBottom(header: HTMLElement | null): void {
  useEffect(() => {
    if (!header) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--header-bottom', `${Math.ceil(header.getBoundingClientRect().bottom)}px`));
    observer.observe(header);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--header-bottom');
    };
  }, [header]);
}
