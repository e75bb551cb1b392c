import { useState } from 'react';
import { type ApiClient, ApiError } from '../api/client.js';
import type { TestSendResult } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';
import { errorText, fieldErrorText } from '../i18n/server-text.js';
import { TextField } from './text-field.js';

/**
 * Sends a test message through the saved settings to an address or number the user types,
 * and shows what the provider answered, in its own words when it refused.
 */
export function TestSendForm({
  client,
  channel,
  configured,
}: {
  client: ApiClient;
  channel: 'email' | 'whatsapp';
  configured: boolean;
}) {
  const { t } = useLocale();
  const [to, setTo] = useState('');
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<TestSendResult>();
  const id = `test-${channel}-to`;

  const send = async () => {
    setSending(true);
    setResult(undefined);
    setError(undefined);
    try {
      setResult(
        await client.json<TestSendResult>('/v1/message-settings/test', {
          method: 'POST',
          body: { channel, to },
        }),
      );
    } catch (caught) {
      const field =
        caught instanceof ApiError ? caught.errors.find((entry) => entry.field === '/to') : undefined;
      setError(field ? fieldErrorText(t, field) : errorText(t, caught));
    } finally {
      setSending(false);
    }
  };

  return (
    <form
      className="stack test-send"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <TextField
        id={id}
        type={channel === 'email' ? 'email' : 'text'}
        label={channel === 'email' ? t.messaging.testEmailTo : t.messaging.testWhatsAppTo}
        hint={
          configured
            ? channel === 'whatsapp'
              ? t.messaging.testWhatsAppHint
              : undefined
            : t.messaging.saveFirst
        }
        value={to}
        error={error}
        onValue={setTo}
      />
      <div>
        <button type="submit" disabled={sending || !configured}>
          {sending
            ? t.messaging.sending
            : channel === 'email'
              ? t.messaging.sendTestEmail
              : t.messaging.sendTestWhatsApp}
        </button>
      </div>
      {result?.sent && (
        <p role="status" className="success" data-testid={`test-${channel}-outcome`}>
          {t.messaging.testSent(result.to)}
        </p>
      )}
      {result && !result.sent && (
        <div role="alert" className="error" data-testid={`test-${channel}-outcome`}>
          <p>{t.messaging.testFailed(result.to)}</p>
          <p lang="en" className="mono small">
            {result.error}
          </p>
        </div>
      )}
    </form>
  );
}
