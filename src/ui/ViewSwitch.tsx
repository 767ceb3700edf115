import { VIEWS, useView, viewActions, type View } from '../state/view';

const LABELS: Record<View, string> = { earth: 'Earth', iss: 'Follow the ISS', moon: 'Moon', shackleton: 'Shackleton' };

export function ViewSwitch() {
  const view = useView((s) => s.view);
  return (
    <nav className="view-switch panel" aria-label="Views">
      {VIEWS.map((v) => (
        <button key={v} type="button" data-testid={`view-${v}`} aria-pressed={view === v} onClick={() => viewActions.setView(v)}>
          {LABELS[v]}
        </button>
      ))}
    </nav>
  );
}
