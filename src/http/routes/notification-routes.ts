import type { FastifyPluginAsync } from 'fastify';
import { listNotifications, markNotificationRead, type Notification } from '../../notify/notifications.js';
import { accountTimeZone } from '../account-time-zone.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { formatInstantIn } from '../instants.js';
import { limitParameter, type PageLimit, pageLimitOrThrow } from '../page-limit.js';
import { Problem } from '../problem.js';

const notificationPage: PageLimit = { max: 100, fallback: 50 };

export const notificationRoutes =
  (context: AppContext): FastifyPluginAsync =>
  async (app) => {
    const view = (notification: Notification, zone: string) => ({
      id: notification.id,
      type: notification.type,
      title: notification.title,
      message: notification.message,
      data: notification.data,
      createdAt: formatInstantIn(notification.createdAt, zone),
      readAt: notification.readAt === undefined ? null : formatInstantIn(notification.readAt, zone),
    });

    app.get<{ Querystring: { unread?: 'true' | 'false'; limit?: string } }>(
      '/v1/notifications',
      {
        schema: {
          tags: ['notifications'],
          summary: 'The account’s notices (usage thresholds), newest first',
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              unread: { type: 'string', enum: ['true', 'false'] },
              limit: limitParameter(notificationPage),
            },
          },
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
        return { data: notifications.map((notification) => view(notification, zone)) };
      },
    );

    app.post<{ Params: { notificationId: string } }>(
      '/v1/notifications/:notificationId/read',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Mark a notice read',
          params: {
            type: 'object',
            required: ['notificationId'],
            properties: { notificationId: { type: 'string', maxLength: 64 } },
          },
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
        return view(notification, await accountTimeZone(context, accountId));
      },
    );
  };
