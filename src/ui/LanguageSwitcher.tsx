import { setLang, useLang, useT } from '../state/lang';
import { LANG_NAMES, LANGS, type Lang } from '../content/vocabulary';

export function LanguageSwitcher() {
  const lang = useLang((s) => s.lang);
  const t = useT();
  return (
    <label className="language">
      <span className="sr-only">{t('ui.language')}</span>
      <select data-testid="language" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
