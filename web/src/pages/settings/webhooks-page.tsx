import { useEffect, useState } from 'react';
import { type ApiClient, ApiError } from '../../api/client.js';
import type { WebhookDeliveryView, WebhookEndpointView } from '../../api/types.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { type Outcome, OutcomeMessage } from '../../components/outcome-message.js';
import { SettingsForm } from '../../components/settings-form.js';
import { SettingsPage } from '../../components/settings-page.js';
import { TextField } from '../../components/text-field.js';
import { useLocale } from '../../i18n/locale-context.js';
import { errorText, fieldErrorText } from '../../i18n/server-text.js';
import { useLoad } from '../../use-load.js';

/** The events an endpoint can subscribe to: technical names, the same in every language. */
const eventTypes = [
  'usage.threshold_reached',
  'invoice.finalized',
  'invoice.paid',
  'invoice.overdue',
  'month.closed',
];

/** While a delivery is pending the log is read again this often, so a result shows without a reload. */
const pendingPollMs = 1_000;

/**
 * Webhook endpoints: add one (its signing secret shown), send it a test event, read its
 * delivery log (status, attempts, response code, time) and re-send a delivery, delete it.
 */
export function WebhooksPage({ client }: { client: ApiClient }) {
  const { t } = useLocale();
  const endpoints = useLoad(
    () => client.json<{ data: WebhookEndpointView[] }>('/v1/webhook-endpoints'),
    [client],
  );
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [selectedTypes, setSelectedTypes] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<{ url: string; secret: string }>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [logOf, setLogOf] = useState<WebhookEndpointView>();
  const [deleting, setDeleting] = useState<WebhookEndpointView>();
  const [busy, setBusy] = useState(false);
  const [queued, setQueued] = useState(0);

  const add = async () => {
    setAdding(true);
    setOutcome(undefined);
    try {
      const created = await client.json<WebhookEndpointView & { secret: string }>('/v1/webhook-endpoints', {
        method: 'POST',
        body: {
          url: url.trim(),
          ...(description.trim() ? { description: description.trim() } : {}),
          ...(selectedTypes.length > 0 ? { eventTypes: selectedTypes } : {}),
        },
      });
      setSecret({ url: created.url, secret: created.secret });
      setErrors({});
      setUrl('');
      setDescription('');
      setSelectedTypes([]);
      await endpoints.reload();
    } catch (error) {
      if (error instanceof ApiError && error.errors.length > 0) {
        setErrors(Object.fromEntries(error.errors.map((entry) => [entry.field, fieldErrorText(t, entry)])));
        setOutcome({ ok: false, text: t.settings.refused });
        document.getElementById('webhook-url')?.focus();
      } else setOutcome({ ok: false, text: t.settings.failed(errorText(t, error)) });
    } finally {
      setAdding(false);
    }
  };

  const sendTest = async (endpoint: WebhookEndpointView) => {
    setOutcome(undefined);
    try {
      await client.json(`/v1/webhook-endpoints/${encodeURIComponent(endpoint.id)}/test`, { method: 'POST' });
      setOutcome({ ok: true, text: t.webhooks.testQueued });
      setLogOf(endpoint);
      setQueued((count) => count + 1);
    } catch (error) {
      setOutcome({ ok: false, text: t.settings.failed(errorText(t, error)) });
    }
  };

  // An endpoint disabled after repeated failures takes events again once enabled.
  const enable = async (endpoint: WebhookEndpointView) => {
    setOutcome(undefined);
    try {
      await client.json(`/v1/webhook-endpoints/${encodeURIComponent(endpoint.id)}`, {
        method: 'PATCH',
        body: { enabled: true },
      });
      setOutcome({ ok: true, text: t.settings.saved });
      await endpoints.reload();
    } catch (error) {
      setOutcome({ ok: false, text: t.settings.failed(errorText(t, error)) });
    }
  };

  const remove = async (endpoint: WebhookEndpointView) => {
    setBusy(true);
    try {
      await client.json(`/v1/webhook-endpoints/${encodeURIComponent(endpoint.id)}`, { method: 'DELETE' });
      setOutcome({ ok: true, text: t.webhooks.deleted(endpoint.url) });
      if (logOf?.id === endpoint.id) setLogOf(undefined);
      await endpoints.reload();
    } catch (error) {
      setOutcome({ ok: false, text: t.settings.failed(errorText(t, error)) });
    } finally {
      setDeleting(undefined);
      setBusy(false);
    }
  };

  return (
    <SettingsPage heading={t.webhooks.heading} intro={t.webhooks.intro}>
      <SettingsForm
        submitLabel={adding ? t.webhooks.adding : t.webhooks.add}
        busy={adding}
        onSubmit={() => void add()}
      >
        <TextField
          id="webhook-url"
          type="url"
          label={t.webhooks.url}
          value={url}
          error={errors['/url']}
          onValue={setUrl}
        />
        <TextField
          id="webhook-description"
          label={t.webhooks.description}
          value={description}
          error={errors['/description']}
          onValue={setDescription}
        />
        <fieldset>
          <legend>{t.webhooks.events}</legend>
          <p className="muted small">{t.webhooks.allEvents}</p>
          <div className="checkbox-list">
            {eventTypes.map((type) => (
              <label key={type}>
                <input
                  type="checkbox"
                  checked={selectedTypes.includes(type)}
                  onChange={(event) =>
                    setSelectedTypes((current) =>
                      event.target.checked
                        ? [...current, type]
                        : current.filter((candidate) => candidate !== type),
                    )
                  }
                />{' '}
                <span className="mono">{type}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </SettingsForm>
      {secret && (
        <section className="card stack" aria-labelledby="webhook-secret-heading">
          <h2 id="webhook-secret-heading">{t.webhooks.secretHeading}</h2>
          <p className="muted small">{secret.url}</p>
          <p>{t.webhooks.secretHint}</p>
          <p className="mono block" data-testid="webhook-secret">
            {secret.secret}
          </p>
        </section>
      )}
      <OutcomeMessage outcome={outcome} testId="webhooks-outcome" />
      {endpoints.error && (
        <p role="alert" className="error">
          {errorText(t, endpoints.error)}
        </p>
      )}
      {endpoints.data && endpoints.data.data.length === 0 && <p className="muted">{t.webhooks.none}</p>}
      {endpoints.data && endpoints.data.data.length > 0 && (
        <ul className="endpoint-list">
          {endpoints.data.data.map((endpoint) => (
            <li key={endpoint.id} className="card" data-testid="webhook-endpoint">
              <p className="endpoint-url mono">{endpoint.url}</p>
              {endpoint.description && <p className="muted small">{endpoint.description}</p>}
              <p className="small">
                {endpoint.enabled ? t.webhooks.enabled : t.webhooks.disabled(endpoint.disabledReason ?? '')}
                {' · '}
                <span className="mono">
                  {endpoint.eventTypes ? endpoint.eventTypes.join(', ') : t.webhooks.allEvents}
                </span>
              </p>
              <div className="button-row">
                {!endpoint.enabled && (
                  <button type="button" onClick={() => void enable(endpoint)}>
                    {t.webhooks.enable}
                  </button>
                )}
                <button
                  type="button"
                  aria-label={t.webhooks.sendTestLabel(endpoint.url)}
                  disabled={!endpoint.enabled}
                  onClick={() => void sendTest(endpoint)}
                >
                  {t.webhooks.sendTest}
                </button>
                <button
                  type="button"
                  aria-label={t.webhooks.showLogLabel(endpoint.url)}
                  aria-pressed={logOf?.id === endpoint.id}
                  onClick={() => setLogOf(logOf?.id === endpoint.id ? undefined : endpoint)}
                >
                  {t.webhooks.showLog}
                </button>
                <button
                  type="button"
                  className="danger"
                  aria-label={t.webhooks.deleteLabel(endpoint.url)}
                  onClick={() => setDeleting(endpoint)}
                >
                  {t.webhooks.delete}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {logOf && <DeliveryLog key={logOf.id} client={client} endpoint={logOf} version={queued} />}
      {deleting && (
        <ConfirmDialog
          title={t.webhooks.confirmDeleteTitle}
          confirmLabel={t.webhooks.delete}
          busy={busy}
          onCancel={() => setDeleting(undefined)}
          onConfirm={() => void remove(deleting)}
        >
          <p>{t.webhooks.confirmDeleteText(deleting.url)}</p>
        </ConfirmDialog>
      )}
    </SettingsPage>
  );
}

function DeliveryLog({
  client,
  endpoint,
  version,
}: {
  client: ApiClient;
  endpoint: WebhookEndpointView;
  /** Bumped when the page queued a delivery, so the log reads again. */
  version: number;
}) {
  const { t, format } = useLocale();
  const path = `/v1/webhook-endpoints/${encodeURIComponent(endpoint.id)}/deliveries`;
  const log = useLoad(() => client.json<{ data: WebhookDeliveryView[] }>(path), [client, path, version]);
  const [outcome, setOutcome] = useState<Outcome>();
  const pending = log.data?.data.some((delivery) => delivery.status === 'pending') ?? false;
  const { reload } = log;

  // A test or re-send is posted in the background: read again until nothing is pending.
  // biome-ignore lint/correctness/useExhaustiveDependencies: each answer that is still pending schedules the next read
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => void reload(), pendingPollMs);
    return () => clearTimeout(timer);
  }, [pending, reload, log.data]);

  const resend = async (delivery: WebhookDeliveryView) => {
    try {
      await client.json(`${path}/${encodeURIComponent(delivery.id)}/resend`, { method: 'POST' });
      setOutcome({ ok: true, text: t.webhooks.resent });
      await reload();
    } catch (error) {
      setOutcome({ ok: false, text: t.settings.failed(errorText(t, error)) });
    }
  };

  const headingId = `log-${endpoint.id}`;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <div className="section-heading">
        <h2 id={headingId}>{t.webhooks.logHeading(endpoint.url)}</h2>
        <button type="button" onClick={() => void reload()}>
          {t.webhooks.refresh}
        </button>
      </div>
      <OutcomeMessage outcome={outcome} testId="delivery-outcome" />
      {log.data && log.data.data.length === 0 && <p className="muted">{t.webhooks.noDeliveries}</p>}
      {log.data && log.data.data.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="delivery-log">
            <caption className="visually-hidden">{t.webhooks.logCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.webhooks.event}</th>
                <th scope="col">{t.webhooks.status}</th>
                <th scope="col" className="number">
                  {t.webhooks.attempts}
                </th>
                <th scope="col">{t.webhooks.response}</th>
                <th scope="col">{t.webhooks.time}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.webhooks.resend}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {log.data.data.map((delivery) => {
                const last = delivery.attempts.at(-1);
                const time = format.dateTime(last?.attemptedAt ?? delivery.createdAt);
                return (
                  <tr key={delivery.id} data-testid="delivery-row">
                    <th scope="row" className="mono">
                      {delivery.eventType}
                    </th>
                    <td data-testid="delivery-status">
                      {t.webhooks.statuses[delivery.status] ?? delivery.status}
                    </td>
                    <td className="number" data-testid="delivery-attempts">
                      {format.count(delivery.attempts.length)}
                    </td>
                    <td data-testid="delivery-response">
                      {last?.statusCode ??
                        (last?.error ? <span lang="en">{last.error}</span> : t.webhooks.noResponse)}
                    </td>
                    <td>{time}</td>
                    <td>
                      {delivery.status !== 'pending' && (
                        <button
                          type="button"
                          className="link-button"
                          aria-label={t.webhooks.resendLabel(delivery.eventType, time)}
                          onClick={() => void resend(delivery)}
                        >
                          {t.webhooks.resend}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
