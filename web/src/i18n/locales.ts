/** The languages the dashboard speaks; each is also the Intl locale its figures follow. */
export const locales = ['en-GB', 'de-DE'] as const;
export type Locale = (typeof locales)[number];

/**
 * The first of the browser's languages the dashboard speaks ("de-AT" reads as German,
 * "en-US" as English); English when none matches.
 */
export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    if (primary === 'de') return 'de-DE';
    if (primary === 'en') return 'en-GB';
  }
  return 'en-GB';
}
