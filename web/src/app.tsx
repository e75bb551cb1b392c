import { useEffect, useMemo, useState } from 'react';
import { ApiClient } from './api/client.js';
import type { AccountSummary } from './api/types.js';
import { LanguageSwitch } from './components/language-switch.js';
import { LocaleProvider, useLocale } from './i18n/locale-context.js';
import type { Messages } from './i18n/messages-en.js';
import { BoardPage } from './pages/board-page.js';
import { InvoicesPage } from './pages/invoices-page.js';
import { PlanPage } from './pages/plan-page.js';
import { SettingsPages } from './pages/settings-pages.js';
import { SignInPage } from './pages/sign-in-page.js';
import { UsagePage } from './pages/usage-page.js';
import { isSettingsPage, navigate, pathOf, type Route, useRoute } from './router.js';
import { loadSession, type Session, saveSession } from './session.js';

const pages: { route: Route; label: (t: Messages) => string }[] = [
  { route: { page: 'usage' }, label: (t) => t.app.usage },
  { route: { page: 'board' }, label: (t) => t.app.contacts },
  { route: { page: 'plan' }, label: (t) => t.app.plan },
  { route: { page: 'invoices' }, label: (t) => t.app.invoices },
  { route: { page: 'billing' }, label: (t) => t.app.settings },
];

export function App() {
  const [session, setSession] = useState(loadSession);
  const signIn = (next: Session | undefined) => {
    saveSession(next);
    setSession(next);
  };
  // Before an account is known no time is shown; UTC is only a placeholder.
  return (
    <LocaleProvider timeZone={session?.timeZone ?? 'UTC'}>
      <SignedIn session={session} onSession={signIn} />
    </LocaleProvider>
  );
}

function SignedIn({
  session,
  onSession,
}: {
  session: Session | undefined;
  onSession(session: Session | undefined): void;
}) {
  const { t } = useLocale();
  const route = useRoute();
  const client = useMemo(
    () => (session?.accountKey ? new ApiClient(session.accountKey) : undefined),
    [session],
  );
  // A session from before time zones were kept learns its account's zone once.
  useEffect(() => {
    if (!client || !session || session.timeZone) return;
    void client
      .json<{ data: AccountSummary[] }>('/v1/accounts')
      .then((own) => {
        const timeZone = own.data[0]?.timezone;
        if (timeZone) onSession({ ...session, timeZone });
      })
      .catch(() => undefined);
  }, [client, session, onSession]);

  if (!session?.accountKey || !client) {
    return <SignInPage operatorKey={session?.operatorKey} onSignedIn={onSession} />;
  }
  if (!session.timeZone) return <p className="muted">{t.app.loading}</p>;

  return (
    <>
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            ▲
          </span>
          Tally
        </div>
        <nav aria-label={t.app.mainNavigation}>
          <ul>
            {pages.map((page) => {
              const path = pathOf(page.route);
              const current =
                route.page === page.route.page ||
                (page.route.page === 'billing' && isSettingsPage(route.page));
              return (
                <li key={path}>
                  <a
                    href={path}
                    aria-current={current ? 'page' : undefined}
                    onClick={(event) => {
                      if (event.metaKey || event.ctrlKey || event.shiftKey) return;
                      event.preventDefault();
                      navigate(path);
                    }}
                  >
                    {page.label(t)}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="account">
          <LanguageSwitch />
          <span className="account-name" title={session.accountId}>
            {session.accountName}
          </span>
          {session.operatorKey && (
            <button
              type="button"
              className="link-button"
              onClick={() =>
                onSession({
                  accountKey: '',
                  accountId: '',
                  accountName: '',
                  operatorKey: session.operatorKey,
                })
              }
            >
              {t.app.switchAccount}
            </button>
          )}
          <button type="button" className="link-button" onClick={() => onSession(undefined)}>
            {t.app.signOut}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {route.page === 'usage' && <UsagePage client={client} />}
        {route.page === 'board' && <BoardPage client={client} />}
        {route.page === 'plan' && <PlanPage client={client} />}
        {route.page === 'invoices' && <InvoicesPage client={client} invoiceId={route.invoiceId} />}
        {isSettingsPage(route.page) && (
          <SettingsPages
            page={route.page}
            client={client}
            session={session}
            onSignOut={() => onSession(undefined)}
          />
        )}
      </main>
    </>
  );
}
