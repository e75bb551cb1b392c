import { useState } from 'react';
import { type ApiClient, ApiError } from '../../api/client.js';
import type { AlertRecipients } from '../../api/types.js';
import { type Outcome, OutcomeMessage } from '../../components/outcome-message.js';
import { SettingsForm } from '../../components/settings-form.js';
import { SettingsPage } from '../../components/settings-page.js';
import { TextField } from '../../components/text-field.js';
import { useLocale } from '../../i18n/locale-context.js';
import { errorText, fieldErrorText } from '../../i18n/server-text.js';
import { navigate } from '../../router.js';
import { useLoad } from '../../use-load.js';

/** Who gets the 80 % and 100 % e-mails: always the billing e-mail, and the recipients added here. */
export function AlertRecipientsPage({ client }: { client: ApiClient }) {
  const { t, format } = useLocale();
  const recipients = useLoad(() => client.json<AlertRecipients>('/v1/alert-recipients'), [client]);
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [saving, setSaving] = useState(false);

  const add = async () => {
    setSaving(true);
    setOutcome(undefined);
    try {
      const added = await client.json<{ email: string }>('/v1/alert-recipients', {
        method: 'POST',
        body: { email: email.trim() },
      });
      setEmail('');
      setError(undefined);
      setOutcome({ ok: true, text: t.alerts.added(added.email) });
      await recipients.reload();
    } catch (caught) {
      const field =
        caught instanceof ApiError ? caught.errors.find((entry) => entry.field === '/email') : undefined;
      setError(field ? fieldErrorText(t, field) : errorText(t, caught));
      document.getElementById('alert-email')?.focus();
    } finally {
      setSaving(false);
    }
  };

  const remove = async (address: string) => {
    setOutcome(undefined);
    try {
      await client.json(`/v1/alert-recipients/${encodeURIComponent(address)}`, { method: 'DELETE' });
      setOutcome({ ok: true, text: t.alerts.removed(address) });
      await recipients.reload();
    } catch (caught) {
      setOutcome({ ok: false, text: t.settings.failed(errorText(t, caught)) });
    }
  };

  return (
    <SettingsPage heading={t.alerts.heading} intro={t.alerts.intro} loadError={recipients.error}>
      {recipients.data && (
        <p data-testid="billing-email-note">
          {recipients.data.billingEmail
            ? t.alerts.billingEmail(recipients.data.billingEmail)
            : t.alerts.noBillingEmail}{' '}
          <a
            href="/settings/billing"
            onClick={(event) => {
              event.preventDefault();
              navigate('/settings/billing');
            }}
          >
            {t.alerts.changeBilling}
          </a>
        </p>
      )}
      {recipients.data && recipients.data.data.length === 0 && <p className="muted">{t.alerts.none}</p>}
      {recipients.data && recipients.data.data.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t.alerts.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.alerts.email}</th>
                <th scope="col">{t.alerts.since}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.alerts.remove}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {recipients.data.data.map((recipient) => (
                <tr key={recipient.email} data-testid="alert-recipient">
                  <th scope="row">{recipient.email}</th>
                  <td>{format.date(recipient.createdAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t.alerts.removeLabel(recipient.email)}
                      onClick={() => void remove(recipient.email)}
                    >
                      {t.alerts.remove}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <OutcomeMessage outcome={outcome} testId="alerts-outcome" />
      <SettingsForm submitLabel={t.alerts.add} busy={saving} onSubmit={() => void add()}>
        <TextField
          id="alert-email"
          type="email"
          label={t.alerts.email}
          value={email}
          error={error}
          onValue={setEmail}
        />
      </SettingsForm>
    </SettingsPage>
  );
}
