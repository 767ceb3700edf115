import { useT } from '../state/lang';

/** Shown instead of the scene when the browser gives its canvas no WebGL 2 context. */
export function NoWebGL() {
  const t = useT();
  return (
    <main className="no-webgl" data-testid="no-webgl">
      <h1>{t('ui.noWebGL.title')}</h1>
      <p>{t('ui.noWebGL.body')}</p>
    </main>
  );
}
