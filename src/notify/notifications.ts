import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, NotificationsTable } from '../store/schema.js';

/** A notice in the dashboard. */
export interface Notification {
  id: string;
  type: string;
  title: string;
  message: string;
  data: unknown;
  createdAt: number;
  readAt: number | undefined;
}

export async function addNotification(
  db: Kysely<Database>,
  accountId: string,
  notice: { type: string; title: string; message: string; data: unknown },
  now: number,
): Promise<string> {
  // Wall-clock time first, so notices of one business instant still list in the order they were made.
  const notificationId = `ntf_${Date.now().toString(36).padStart(9, '0')}${randomBytes(6).toString('hex')}`;
  await db
    .insertInto('notifications')
    .values({
      account_id: accountId,
      notification_id: notificationId,
      type: notice.type,
      title: notice.title,
      message: notice.message,
      data: JSON.stringify(notice.data),
      created_at: now,
      read_at: null,
    })
    .execute();
  return notificationId;
}

/** Newest first. */
export async function listNotifications(
  db: Kysely<Database>,
  accountId: string,
  options: { unreadOnly?: boolean; limit: number },
): Promise<Notification[]> {
  let query = db
    .selectFrom('notifications')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('created_at', 'desc')
    .orderBy('notification_id', 'desc')
    .limit(options.limit);
  if (options.unreadOnly) query = query.where('read_at', 'is', null);
  return (await query.execute()).map(toNotification);
}

/** Marks a notice read; false if the account has no such notice. Reading twice keeps the first time. */
export async function markNotificationRead(
  db: Kysely<Database>,
  accountId: string,
  notificationId: string,
  now: number,
): Promise<Notification | undefined> {
  await db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('account_id', '=', accountId)
    .where('notification_id', '=', notificationId)
    .where('read_at', 'is', null)
    .execute();
  const row = await db
    .selectFrom('notifications')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('notification_id', '=', notificationId)
    .executeTakeFirst();
  return row && toNotification(row);
}

function toNotification(row: NotificationsTable): Notification {
  return {
    id: row.notification_id,
    type: row.type,
    title: row.title,
    message: row.message,
    data: JSON.parse(row.data),
    createdAt: Number(row.created_at),
    readAt: row.read_at === null ? undefined : Number(row.read_at),
  };
}
