import { type FormEvent, useEffect, useId, useState } from 'react';
import { ApiClient, ApiError } from '../api/client.js';
import type { AccountSummary } from '../api/types.js';
import { LanguageSwitch } from '../components/language-switch.js';
import { useLocale } from '../i18n/locale-context.js';
import { errorText, planNameText } from '../i18n/server-text.js';
import type { Session } from '../session.js';

interface Props {
  /** An operator who signed in already and is picking (another) account. */
  operatorKey: string | undefined;
  onSignedIn(session: Session | undefined): void;
}

/**
 * Sign in with an API key. An account key opens its account; the operator key lists every
 * account, and picking one issues a key for it (labelled as the operator's), so the rest of
 * the dashboard speaks to the API exactly as that customer would.
 */
export function SignInPage({ operatorKey, onSignedIn }: Props) {
  const keyId = useId();
  const { t } = useLocale();
  const [key, setKey] = useState('');
  // A failure is kept as caught and put in words when shown, so a language switch rewords it.
  const [failure, setError] = useState<unknown>();
  const error =
    failure === undefined ? undefined : typeof failure === 'string' ? failure : errorText(t, failure);
  const [busy, setBusy] = useState(false);
  const [accounts, setAccounts] = useState<AccountSummary[]>();

  useEffect(() => {
    if (!operatorKey) return;
    new ApiClient(operatorKey)
      .json<{ data: AccountSummary[] }>('/v1/accounts?limit=500')
      .then((page) => setAccounts(page.data))
      .catch((caught: unknown) => setError(caught));
  }, [operatorKey]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const token = key.trim();
    if (token.length === 0) {
      setError(t.signIn.enterKey);
      return;
    }
    setBusy(true);
    setError(undefined);
    const client = new ApiClient(token);
    try {
      await client.json('/v1/usage/months?limit=1');
      const own = await client.json<{ data: AccountSummary[] }>('/v1/accounts');
      const account = own.data[0];
      if (!account) throw new Error(t.signIn.noAccount);
      onSignedIn({
        accountKey: token,
        accountId: account.id,
        accountName: account.name,
        timeZone: account.timezone,
      });
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'forbidden') {
        // Not an account key, but a valid one: the operator's.
        onSignedIn({ accountKey: '', accountId: '', accountName: '', operatorKey: token });
      } else if (caught instanceof ApiError && caught.code === 'unauthenticated') {
        setError(t.signIn.unknownKey);
      } else {
        setError(errorText(t, caught));
      }
    } finally {
      setBusy(false);
    }
  };

  const pick = async (account: AccountSummary) => {
    if (!operatorKey) return;
    setBusy(true);
    setError(undefined);
    try {
      const issued = await new ApiClient(operatorKey).json<{ token: string }>(
        `/v1/accounts/${encodeURIComponent(account.id)}/api-keys`,
        { method: 'POST', body: { label: 'dashboard (operator)' } },
      );
      onSignedIn({
        accountKey: issued.token,
        accountId: account.id,
        accountName: account.name,
        timeZone: account.timezone,
        operatorKey,
      });
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="sign-in">
      <h1>
        <span className="logo" aria-hidden="true">
          ▲
        </span>{' '}
        Tally
      </h1>
      <LanguageSwitch />
      {operatorKey ? (
        <section aria-labelledby="pick-heading" className="card">
          <h2 id="pick-heading">{t.signIn.pickAccount}</h2>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          {!accounts && !error && <p>{t.signIn.loadingAccounts}</p>}
          {accounts && accounts.length === 0 && <p>{t.signIn.noAccounts}</p>}
          <ul className="account-list">
            {accounts?.map((account) => (
              <li key={account.id}>
                <button type="button" disabled={busy} onClick={() => void pick(account)}>
                  <strong>{account.name}</strong>
                  <span className="muted">
                    {account.subscription
                      ? planNameText(t, account.subscription.plan, account.subscription.planName)
                      : t.signIn.noPlan}{' '}
                    · {account.id}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={() => onSignedIn(undefined)}>
            {t.app.signOut}
          </button>
        </section>
      ) : (
        <form className="card" onSubmit={(event) => void submit(event)} aria-labelledby="sign-in-heading">
          <h2 id="sign-in-heading">{t.signIn.heading}</h2>
          <p className="muted">{t.signIn.intro}</p>
          <label htmlFor={keyId}>{t.signIn.apiKey}</label>
          <input
            id={keyId}
            name="apiKey"
            type="password"
            autoComplete="current-password"
            value={key}
            onChange={(event) => setKey(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${keyId}-error` : undefined}
            required
          />
          {error && (
            <p id={`${keyId}-error`} role="alert" className="error">
              {error}
            </p>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t.signIn.submitting : t.signIn.submit}
          </button>
        </form>
      )}
    </main>
  );
}
