import type { ApiClient } from '../api/client.js';
import { useLocale } from '../i18n/locale-context.js';
import { navigate, pathOf, type SettingsPage, settingsPages } from '../router.js';
import type { Session } from '../session.js';
import { BillingSettingsPage } from './billing-settings-page.js';
import { AlertRecipientsPage } from './settings/alert-recipients-page.js';
import { ApiKeysPage } from './settings/api-keys-page.js';
import { ImportPage } from './settings/import-page.js';
import { MessagingPage } from './settings/messaging-page.js';
import { PropertiesPage } from './settings/properties-page.js';
import { WebhooksPage } from './settings/webhooks-page.js';

/**
 * The settings area: one navigation for every settings page beside (on a phone: above) the
 * page itself. Each page is its own path, so each can be bookmarked and reloaded.
 */
export function SettingsPages({
  page,
  client,
  session,
  onSignOut,
}: {
  page: SettingsPage;
  client: ApiClient;
  session: Session;
  onSignOut(): void;
}) {
  const { t } = useLocale();
  return (
    <div className="settings-layout">
      <nav className="settings-nav" aria-label={t.settings.navigation}>
        <ul>
          {settingsPages.map((candidate) => {
            const path = pathOf({ page: candidate });
            return (
              <li key={candidate}>
                <a
                  href={path}
                  aria-current={candidate === page ? 'page' : undefined}
                  onClick={(event) => {
                    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
                    event.preventDefault();
                    navigate(path);
                  }}
                >
                  {t.settings.sections[candidate]}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="settings-content">
        {page === 'billing' && <BillingSettingsPage client={client} />}
        {page === 'apiKeys' && <ApiKeysPage client={client} session={session} onSignOut={onSignOut} />}
        {page === 'messaging' && <MessagingPage client={client} />}
        {page === 'webhooks' && <WebhooksPage client={client} />}
        {page === 'properties' && <PropertiesPage client={client} />}
        {page === 'alerts' && <AlertRecipientsPage client={client} />}
        {page === 'import' && <ImportPage client={client} />}
      </div>
    </div>
  );
}
