import { useState } from 'react';
import type { ApiClient } from '../../api/client.js';
import type { ApiKeyView, IssuedApiKey } from '../../api/types.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { type Outcome, OutcomeMessage } from '../../components/outcome-message.js';
import { SettingsForm } from '../../components/settings-form.js';
import { SettingsPage } from '../../components/settings-page.js';
import { TextField } from '../../components/text-field.js';
import { useLocale } from '../../i18n/locale-context.js';
import { errorText } from '../../i18n/server-text.js';
import type { Session } from '../../session.js';
import { useLoad } from '../../use-load.js';

/** The key id inside a token (`tally_<keyId>_<secret>`), to mark the key this browser uses. */
function keyIdOf(token: string): string | undefined {
  return /^tally_([0-9a-f]{16})_/.exec(token)?.[1];
}

/**
 * API keys: issue one with a label (its token shown once, with a copy button), see when each
 * was created and last used, revoke one after confirming. Revoking the key this browser is
 * signed in with signs it out.
 */
export function ApiKeysPage({
  client,
  session,
  onSignOut,
}: {
  client: ApiClient;
  session: Session;
  onSignOut(): void;
}) {
  const { t, format } = useLocale();
  const keys = useLoad(() => client.json<{ data: ApiKeyView[] }>('/v1/api-keys'), [client]);
  const [label, setLabel] = useState('');
  const [labelError, setLabelError] = useState<string>();
  const [issuing, setIssuing] = useState(false);
  const [issued, setIssued] = useState<IssuedApiKey>();
  const [copy, setCopy] = useState<'copied' | 'failed'>();
  const [revoking, setRevoking] = useState<ApiKeyView>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const currentKeyId = keyIdOf(session.accountKey);

  const issue = async () => {
    setIssuing(true);
    setOutcome(undefined);
    setLabelError(undefined);
    try {
      const body = label.trim() === '' ? {} : { label: label.trim() };
      setIssued(await client.json<IssuedApiKey>('/v1/api-keys', { method: 'POST', body }));
      setCopy(undefined);
      setLabel('');
      await keys.reload();
    } catch (error) {
      setLabelError(errorText(t, error));
    } finally {
      setIssuing(false);
    }
  };

  const copyToken = async () => {
    if (!issued) return;
    try {
      await navigator.clipboard.writeText(issued.token);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  const revoke = async (key: ApiKeyView) => {
    setBusy(true);
    try {
      await client.json(`/v1/api-keys/${encodeURIComponent(key.id)}`, { method: 'DELETE' });
      setRevoking(undefined);
      if (key.id === currentKeyId) {
        onSignOut();
        return;
      }
      setOutcome({ ok: true, text: t.apiKeys.revoked(key.label) });
      await keys.reload();
    } catch (error) {
      setRevoking(undefined);
      setOutcome({ ok: false, text: t.settings.failed(errorText(t, error)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <SettingsPage heading={t.apiKeys.heading} intro={t.apiKeys.intro}>
      <SettingsForm
        submitLabel={issuing ? t.apiKeys.issuing : t.apiKeys.issue}
        busy={issuing}
        onSubmit={() => void issue()}
      >
        <TextField
          id="api-key-label"
          label={t.apiKeys.label}
          hint={t.apiKeys.labelHint}
          value={label}
          error={labelError}
          onValue={setLabel}
        />
      </SettingsForm>
      {issued && (
        <section className="card stack issued-key" aria-labelledby="issued-key-heading">
          <h2 id="issued-key-heading">{t.apiKeys.issuedHeading}</h2>
          <p>{t.apiKeys.issuedHint}</p>
          <div className="field">
            <label htmlFor="issued-token">{t.apiKeys.token}</label>
            <input
              id="issued-token"
              className="mono"
              readOnly
              value={issued.token}
              onFocus={(event) => event.target.select()}
            />
          </div>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void copyToken()}>
              {t.apiKeys.copy}
            </button>
            <button type="button" onClick={() => setIssued(undefined)}>
              {t.apiKeys.done}
            </button>
          </div>
          {copy === 'copied' && (
            <p role="status" className="success" data-testid="copy-outcome">
              {t.apiKeys.copied}
            </p>
          )}
          {copy === 'failed' && (
            <p role="alert" className="error" data-testid="copy-outcome">
              {t.apiKeys.copyFailed}
            </p>
          )}
        </section>
      )}
      <OutcomeMessage outcome={outcome} testId="api-keys-outcome" />
      {keys.error && (
        <p role="alert" className="error">
          {errorText(t, keys.error)}
        </p>
      )}
      {keys.data && keys.data.data.length === 0 && <p className="muted">{t.apiKeys.none}</p>}
      {keys.data && keys.data.data.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t.apiKeys.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.apiKeys.label}</th>
                <th scope="col">{t.apiKeys.created}</th>
                <th scope="col">{t.apiKeys.lastUsed}</th>
                <th scope="col">{t.apiKeys.status}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.apiKeys.revoke}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.data.data.map((key) => (
                <tr key={key.id} data-testid="api-key-row">
                  <th scope="row">
                    {key.label}
                    {key.id === currentKeyId && <span className="muted small"> ({t.apiKeys.current})</span>}
                  </th>
                  <td>{format.dateTime(key.createdAt)}</td>
                  <td>{key.lastUsedAt ? format.dateTime(key.lastUsedAt) : t.apiKeys.never}</td>
                  <td>
                    {key.revokedAt ? t.apiKeys.revokedAt(format.dateTime(key.revokedAt)) : t.apiKeys.active}
                  </td>
                  <td>
                    {!key.revokedAt && (
                      <button
                        type="button"
                        className="link-button"
                        aria-label={t.apiKeys.revokeLabel(key.label)}
                        onClick={() => setRevoking(key)}
                      >
                        {t.apiKeys.revoke}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {revoking && (
        <ConfirmDialog
          title={t.apiKeys.confirmTitle}
          confirmLabel={t.apiKeys.confirmRevoke}
          busy={busy}
          onCancel={() => setRevoking(undefined)}
          onConfirm={() => void revoke(revoking)}
        >
          <p>{t.apiKeys.confirmText(revoking.label)}</p>
          {revoking.id === currentKeyId && <p className="error">{t.apiKeys.confirmCurrent}</p>}
        </ConfirmDialog>
      )}
    </SettingsPage>
  );
}
