import { type Locale, localeFromLanguages, locales } from './locales.js';

const storageKey = 'tally.locale';

/** The user's own choice when they made one (kept across visits), else the browser's language. */
export function initialLocale(): Locale {
  try {
    const chosen = localStorage.getItem(storageKey);
    if (chosen && (locales as readonly string[]).includes(chosen)) return chosen as Locale;
  } catch {
    // Storage blocked: the browser's language still applies.
  }
  return localeFromLanguages(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Storage blocked: the choice lasts until the page reloads.
  }
}
