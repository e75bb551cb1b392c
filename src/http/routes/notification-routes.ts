import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listNotifications, markNotificationRead, type Notification } from '../../notify/notifications.js';
import { accountTimeZone } from '../account-time-zone.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { formatInstantIn } from '../instants.js';
import { pageLimitOrThrow } from '../page-limit.js';
import { Problem } from '../problem.js';
import {
  NotificationList,
  NotificationParams,
  NotificationQuery,
  NotificationView,
  notificationPage,
} from '../schemas/notification-schemas.js';
import { json, problems } from '../schemas/responses.js';

export const notificationRoutes =
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/v1/notifications',
      {
        schema: {
          operationId: 'listNotifications',
          tags: ['notifications'],
          summary: 'The account’s notices (usage thresholds), newest first',
          querystring: NotificationQuery,
          response: { 200: json('The notices, newest first', NotificationList) },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const notifications = await listNotifications(context.store.db, accountId, {
          unreadOnly: request.query.unread === 'true',
          limit: pageLimitOrThrow(request.query.limit, notificationPage),
        });
        const zone = await accountTimeZone(context, accountId);
        return { data: notifications.map((notification) => notificationView(notification, zone)) };
      },
    );

    app.post(
      '/v1/notifications/:notificationId/read',
      {
        schema: {
          operationId: 'markNotificationRead',
          tags: ['notifications'],
          summary: 'Mark a notice read',
          params: NotificationParams,
          response: { 200: json('The notice, now read', NotificationView), ...problems('not_found') },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const notification = await markNotificationRead(
          context.store.db,
          accountId,
          request.params.notificationId,
          context.clock.now(),
        );
        if (!notification) throw new Problem('not_found', `no notification ${request.params.notificationId}`);
        return notificationView(notification, await accountTimeZone(context, accountId));
      },
    );
  };

function notificationView(notification: Notification, zone: string) {
  return {
    id: notification.id,
    type: notification.type,
    title: notification.title,
    message: notification.message,
    data: notification.data as Record<string, unknown>,
    createdAt: formatInstantIn(notification.createdAt, zone),
    readAt: notification.readAt === undefined ? null : formatInstantIn(notification.readAt, zone),
  };
}
