import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { createFormatter, type Formatter } from './formatter.js';
import { initialLocale, rememberLocale } from './locale-preference.js';
import type { Locale } from './locales.js';
import { de } from './messages-de.js';
import { en, type Messages } from './messages-en.js';

const catalogues: Record<Locale, Messages> = { 'en-GB': en, 'de-DE': de };

export interface LocaleState {
  locale: Locale;
  /** The user's language: remembered in this browser. */
  setLocale(locale: Locale): void;
  /** The texts in the user's language. */
  t: Messages;
  /** Figures in the user's locale and the account's time zone. */
  format: Formatter;
}

const LocaleContext = createContext<LocaleState | undefined>(undefined);

/**
 * The one place that knows the user's language and the account's time zone; every
 * component reads texts and formats through it, so switching the language redraws all.
 */
export function LocaleProvider({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<LocaleState>(
    () => ({
      locale,
      setLocale(next) {
        rememberLocale(next);
        setLocaleState(next);
      },
      t: catalogues[locale],
      format: createFormatter(locale, timeZone),
    }),
    [locale, timeZone],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale outside a LocaleProvider');
  return state;
}
