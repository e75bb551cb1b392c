import type { ApiClient } from '../api/client.js';
import type { Notification } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';
import { useLoad } from '../use-load.js';
import { noticeText } from './notice-text.js';

/** Unread notifications (threshold warnings); hidden on servers without the endpoint. */
export function NotificationsList({ client, version }: { client: ApiClient; version: number }) {
  const { t, format } = useLocale();
  const notifications = useLoad(
    () => client.optional<{ data: Notification[] }>('/v1/notifications'),
    [client, version],
  );
  const unread = notifications.data?.data.filter((notification) => notification.readAt === null) ?? [];
  if (unread.length === 0) return null;
  const markRead = async (id: string) => {
    await client.json(`/v1/notifications/${encodeURIComponent(id)}/read`, { method: 'POST', body: {} });
    await notifications.reload();
  };
  return (
    <section className="card" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">{t.notifications.heading}</h2>
      <ul className="notifications">
        {unread.map((notification) => {
          const text = noticeText(t, format, notification);
          return (
            <li key={notification.id}>
              <div>
                <strong>{text.title}</strong>
                <p>{text.message}</p>
                <p className="muted small">{format.dateTime(notification.createdAt)}</p>
              </div>
              <button type="button" onClick={() => void markRead(notification.id)}>
                {t.notifications.markRead}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
