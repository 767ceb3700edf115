import { useT } from '../state/lang';
import { VIEWS, type View } from '../content/vocabulary';
import { useView, viewActions } from '../state/view';
import { PHONE_MEDIA, useFramingInset } from './useFramingInset';
import { useState } from 'react';

const LABELS: Record<View, string> = { earth: 'ui.earth', iss: 'ui.followIss', moon: 'ui.moon', shackleton: 'ui.shackleton' };

export function ViewSwitch() {
  const view = useView((s) => s.view);
  const t = useT();
  const [nav, setNav] = useState<HTMLElement | null>(null);
  // On a phone the buttons lie across the screen under the header (styles.css).
  useFramingInset(nav, 'top', PHONE_MEDIA);
  return (
    <nav ref={setNav} className="view-switch panel" aria-label={t('view.views')}>
      {VIEWS.map((v) => (
        <button key={v} type="button" data-testid={`view-${v}`} aria-pressed={view === v} onClick={() => viewActions.setView(v)}>
          {t(LABELS[v])}
        </button>
      ))}
    </nav>
  );
}
