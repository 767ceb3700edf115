import { useT } from '../state/lang';
import { VIEWS, useView, viewActions, type View } from '../state/view';

const LABELS: Record<View, string> = { earth: 'ui.earth', iss: 'ui.followIss', moon: 'ui.moon', shackleton: 'ui.shackleton' };

export function ViewSwitch() {
  const view = useView((s) => s.view);
  const t = useT();
  return (
    <nav className="view-switch panel" aria-label={t('view.views')}>
      {VIEWS.map((v) => (
        <button key={v} type="button" data-testid={`view-${v}`} aria-pressed={view === v} onClick={() => viewActions.setView(v)}>
          {t(LABELS[v])}
        </button>
      ))}
    </nav>
  );
}
