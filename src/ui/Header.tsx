import { useT } from '../state/lang';
import { passesPanelActions, usePassesPanel } from '../state/passesPanel';
import { LanguageSwitcher } from './LanguageSwitcher';

export function Header({ onTour, touring }: { onTour: () => void; touring: boolean }) {
  const t = useT();
  const passesOpen = usePassesPanel((s) => s.open);
  return (
    <header className="title">
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
            {t('passes.open')}
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
