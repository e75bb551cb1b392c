import { useEffect, useState } from 'react';
import { type ApiClient, ApiError } from '../../api/client.js';
import type { MessageSettings } from '../../api/types.js';
import { type Outcome, OutcomeMessage } from '../../components/outcome-message.js';
import { SettingsForm } from '../../components/settings-form.js';
import { SettingsPage } from '../../components/settings-page.js';
import { TestSendForm } from '../../components/test-send-form.js';
import { TextField } from '../../components/text-field.js';
import { useLocale } from '../../i18n/locale-context.js';
import { errorText, fieldErrorText } from '../../i18n/server-text.js';
import type { ServerTexts } from '../../i18n/server-texts-en.js';
import { useLoad } from '../../use-load.js';

interface SmtpForm {
  host: string;
  port: string;
  secure: boolean;
  user: string;
  password: string;
  from: string;
}

interface WhatsAppForm {
  baseUrl: string;
  phoneNumberId: string;
  token: string;
}

type Errors = Record<string, string>;

/** The API's field errors by pointer (`/smtp/host`), for the inputs named after them. */
function errorsOf(t: ServerTexts, error: unknown): Errors | undefined {
  if (!(error instanceof ApiError) || error.errors.length === 0) return undefined;
  return Object.fromEntries(error.errors.map((entry) => [entry.field, fieldErrorText(t, entry)]));
}

/**
 * The account's e-mail (SMTP) and WhatsApp sender settings, each saved on its own (a secret
 * left empty keeps the saved one), each with a test send to an address the user gives.
 */
export function MessagingPage({ client }: { client: ApiClient }) {
  const { t } = useLocale();
  const loaded = useLoad(() => client.json<MessageSettings>('/v1/message-settings'), [client]);
  const [settings, setSettings] = useState<MessageSettings>();
  const [smtp, setSmtp] = useState<SmtpForm>({
    host: '',
    port: '587',
    secure: false,
    user: '',
    password: '',
    from: '',
  });
  const [whatsapp, setWhatsApp] = useState<WhatsAppForm>({ baseUrl: '', phoneNumberId: '', token: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [outcome, setOutcome] = useState<{ channel: 'email' | 'whatsapp'; outcome: Outcome }>();
  const [saving, setSaving] = useState(false);

  // Filled once from the server; later loads never overwrite what is typed.
  useEffect(() => {
    if (!loaded.data || settings) return;
    setSettings(loaded.data);
    const saved = loaded.data;
    if (saved.smtp)
      setSmtp({
        host: saved.smtp.host,
        port: String(saved.smtp.port),
        secure: saved.smtp.secure,
        user: saved.smtp.user ?? '',
        password: '',
        from: saved.smtp.from,
      });
    if (saved.whatsapp)
      setWhatsApp({
        baseUrl: saved.whatsapp.baseUrl,
        phoneNumberId: saved.whatsapp.phoneNumberId,
        token: '',
      });
  }, [loaded.data, settings]);

  const save = async (channel: 'email' | 'whatsapp', remove = false) => {
    setOutcome(undefined);
    let body: unknown;
    if (channel === 'email') {
      const port = Number(smtp.port.trim());
      if (!remove && (!/^\d+$/.test(smtp.port.trim()) || port < 1 || port > 65_535)) {
        setErrors({ '/smtp/port': t.messaging.portInvalid });
        document.getElementById('smtp-port')?.focus();
        return;
      }
      body = {
        smtp: remove
          ? null
          : {
              host: smtp.host.trim(),
              port,
              secure: smtp.secure,
              from: smtp.from.trim(),
              ...(smtp.user.trim() ? { user: smtp.user.trim() } : {}),
              ...(smtp.password ? { password: smtp.password } : {}),
            },
      };
    } else {
      body = {
        whatsapp: remove
          ? null
          : {
              baseUrl: whatsapp.baseUrl.trim(),
              phoneNumberId: whatsapp.phoneNumberId.trim(),
              ...(whatsapp.token ? { token: whatsapp.token } : {}),
            },
      };
    }
    setSaving(true);
    try {
      const saved = await client.json<MessageSettings>('/v1/message-settings', { method: 'PATCH', body });
      setSettings(saved);
      setErrors({});
      // Secrets are never shown back: the inputs empty, the hint says one is kept.
      if (channel === 'email') setSmtp((form) => ({ ...form, password: '' }));
      else setWhatsApp((form) => ({ ...form, token: '' }));
      if (remove && channel === 'email')
        setSmtp({ host: '', port: '587', secure: false, user: '', password: '', from: '' });
      if (remove && channel === 'whatsapp') setWhatsApp({ baseUrl: '', phoneNumberId: '', token: '' });
      setOutcome({ channel, outcome: { ok: true, text: t.settings.saved } });
    } catch (error) {
      const byField = errorsOf(t, error);
      setErrors(byField ?? {});
      setOutcome({
        channel,
        outcome: byField
          ? { ok: false, text: t.settings.refused }
          : { ok: false, text: t.settings.failed(errorText(t, error)) },
      });
      const first = byField ? Object.keys(byField)[0] : undefined;
      if (first) document.getElementById(first.slice(1).replace('/', '-'))?.focus();
    } finally {
      setSaving(false);
    }
  };

  const smtpField = (name: keyof Omit<SmtpForm, 'secure'>) => ({
    id: `smtp-${name}`,
    value: smtp[name],
    error: errors[`/smtp/${name}`],
    onValue: (value: string) => setSmtp((form) => ({ ...form, [name]: value })),
  });
  const whatsAppField = (name: keyof WhatsAppForm) => ({
    id: `whatsapp-${name}`,
    value: whatsapp[name],
    error: errors[`/whatsapp/${name}`],
    onValue: (value: string) => setWhatsApp((form) => ({ ...form, [name]: value })),
  });

  return (
    <SettingsPage heading={t.messaging.heading} intro={t.messaging.intro} loadError={loaded.error}>
      {!settings && !loaded.error && <p className="muted">{t.app.loading}</p>}
      {settings && (
        <>
          <section className="card stack" aria-labelledby="smtp-heading">
            <h2 id="smtp-heading">{t.messaging.email}</h2>
            {!settings.smtp && <p className="muted small">{t.messaging.notSetUp}</p>}
            <SettingsForm
              inCard
              submitLabel={t.messaging.saveEmail}
              busy={saving}
              onSubmit={() => void save('email')}
              otherActions={
                settings.smtp ? (
                  <button type="button" disabled={saving} onClick={() => void save('email', true)}>
                    {t.messaging.removeEmail}
                  </button>
                ) : null
              }
              footer={
                outcome?.channel === 'email' && (
                  <OutcomeMessage outcome={outcome.outcome} testId="email-outcome" />
                )
              }
            >
              <div className="field-grid">
                <TextField {...smtpField('host')} label={t.messaging.host} />
                <TextField {...smtpField('port')} label={t.messaging.port} />
                <TextField {...smtpField('user')} label={t.messaging.user} autoComplete="off" />
                <TextField
                  {...smtpField('password')}
                  label={t.messaging.password}
                  type="password"
                  autoComplete="new-password"
                  hint={settings.smtp?.hasPassword ? t.messaging.passwordKept : undefined}
                />
              </div>
              <TextField {...smtpField('from')} label={t.messaging.from} hint={t.messaging.fromHint} />
              <div className="field">
                <label>
                  <input
                    type="checkbox"
                    checked={smtp.secure}
                    onChange={(event) => setSmtp((form) => ({ ...form, secure: event.target.checked }))}
                  />{' '}
                  {t.messaging.secure}
                </label>
              </div>
            </SettingsForm>
            <TestSendForm client={client} channel="email" configured={settings.smtp !== null} />
          </section>

          <section className="card stack" aria-labelledby="whatsapp-heading">
            <h2 id="whatsapp-heading">{t.messaging.whatsapp}</h2>
            {!settings.whatsapp && <p className="muted small">{t.messaging.notSetUp}</p>}
            <SettingsForm
              inCard
              submitLabel={t.messaging.saveWhatsApp}
              busy={saving}
              onSubmit={() => void save('whatsapp')}
              otherActions={
                settings.whatsapp ? (
                  <button type="button" disabled={saving} onClick={() => void save('whatsapp', true)}>
                    {t.messaging.removeWhatsApp}
                  </button>
                ) : null
              }
              footer={
                outcome?.channel === 'whatsapp' && (
                  <OutcomeMessage outcome={outcome.outcome} testId="whatsapp-outcome" />
                )
              }
            >
              <TextField
                {...whatsAppField('baseUrl')}
                label={t.messaging.baseUrl}
                hint={t.messaging.baseUrlHint}
              />
              <div className="field-grid">
                <TextField {...whatsAppField('phoneNumberId')} label={t.messaging.phoneNumberId} />
                <TextField
                  {...whatsAppField('token')}
                  label={t.messaging.token}
                  type="password"
                  autoComplete="new-password"
                  hint={settings.whatsapp?.hasToken ? t.messaging.tokenKept : undefined}
                />
              </div>
            </SettingsForm>
            <TestSendForm client={client} channel="whatsapp" configured={settings.whatsapp !== null} />
          </section>
        </>
      )}
    </SettingsPage>
  );
}
