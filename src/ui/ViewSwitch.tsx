import { useView, viewActions } from '../state/view';

export function ViewSwitch() {
  const view = useView((s) => s.view);
  return (
    <nav className="view-switch panel" aria-label="Views">
      <button type="button" data-testid="view-earth" aria-pressed={view === 'earth'} onClick={() => viewActions.setView('earth')}>
        Earth
      </button>
      <button type="button" data-testid="view-iss" aria-pressed={view === 'iss'} onClick={() => viewActions.setView('iss')}>
        Follow the ISS
      </button>
    </nav>
  );
}
