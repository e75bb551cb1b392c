import { useId } from 'react';
import { useLocale } from '../i18n/locale-context.js';
import { type Locale, locales } from '../i18n/locales.js';

/** The user's language; each option names itself in its own language. */
export function LanguageSwitch() {
  const id = useId();
  const { locale, setLocale, t } = useLocale();
  const names: Record<Locale, { name: string; lang: string }> = {
    'en-GB': { name: t.language.english, lang: 'en' },
    'de-DE': { name: t.language.german, lang: 'de' },
  };
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t.language.label}</label>
      <select id={id} value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
        {locales.map((option) => (
          <option key={option} value={option} lang={names[option].lang}>
            {names[option].name}
          </option>
        ))}
      </select>
    </div>
  );
}
