import type { ReactNode } from 'react';
import { useLocale } from '../i18n/locale-context.js';
import { errorText } from '../i18n/server-text.js';

/**
 * The frame every settings page shares: its heading, the paragraph that says what the page is
 * for and, when what the page reads could not be loaded, why — announced as an alert before
 * anything that depends on it. The page's own content follows.
 */
export function SettingsPage({
  heading,
  intro,
  loadError,
  children,
}: {
  heading: string;
  intro: string;
  /** The failure of the page's read, if that read comes before the rest of the page. */
  loadError?: Error;
  children: ReactNode;
}) {
  const { t } = useLocale();
  return (
    <div className="page">
      <div className="page-heading">
        <h1>{heading}</h1>
      </div>
      <p className="muted">{intro}</p>
      {loadError && (
        <p role="alert" className="error">
          {errorText(t, loadError)}
        </p>
      )}
      {children}
    </div>
  );
}
