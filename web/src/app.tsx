import { useMemo, useState } from 'react';
import { ApiClient } from './api/client.js';
import { BoardPage } from './pages/board-page.js';
import { InvoicesPage } from './pages/invoices-page.js';
import { PlanPage } from './pages/plan-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { UsagePage } from './pages/usage-page.js';
import { navigate, pathOf, type Route, useRoute } from './router.js';
import { loadSession, type Session, saveSession } from './session.js';

const pages: { route: Route; label: string }[] = [
  { route: { page: 'usage' }, label: 'Usage' },
  { route: { page: 'board' }, label: 'Contacts' },
  { route: { page: 'plan' }, label: 'Plan' },
  { route: { page: 'invoices' }, label: 'Invoices' },
];

export function App() {
  const [session, setSession] = useState(loadSession);
  const route = useRoute();
  const client = useMemo(
    () => (session?.accountKey ? new ApiClient(session.accountKey) : undefined),
    [session],
  );

  const signIn = (next: Session | undefined) => {
    saveSession(next);
    setSession(next);
  };

  if (!session?.accountKey || !client) {
    return <SignInPage operatorKey={session?.operatorKey} onSignedIn={signIn} />;
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            ▲
          </span>
          Tally
        </div>
        <nav aria-label="Main">
          <ul>
            {pages.map((page) => {
              const path = pathOf(page.route);
              const current = route.page === page.route.page;
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
                    {page.label}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="account">
          <span className="account-name" title={session.accountId}>
            {session.accountName}
          </span>
          {session.operatorKey && (
            <button
              type="button"
              className="link-button"
              onClick={() =>
                signIn({ accountKey: '', accountId: '', accountName: '', operatorKey: session.operatorKey })
              }
            >
              Switch account
            </button>
          )}
          <button type="button" className="link-button" onClick={() => signIn(undefined)}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {route.page === 'usage' && <UsagePage client={client} />}
        {route.page === 'board' && <BoardPage client={client} />}
        {route.page === 'plan' && <PlanPage client={client} />}
        {route.page === 'invoices' && <InvoicesPage client={client} invoiceId={route.invoiceId} />}
      </main>
    </>
  );
}
