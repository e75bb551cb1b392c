import type { FastifyPluginAsync } from 'fastify';
import { findAccount, findUsageCalendar } from '../../accounts/account-repository.js';
import { findBillingDetails } from '../../billing/billing-details-repository.js';
import { projectedBill } from '../../billing/projected-bill.js';
import { readUsage } from '../../billing/read-usage.js';
import { forecastUsage } from '../../billing/usage-forecast.js';
import { listUsageMonths } from '../../billing/usage-history.js';
import { findContactLabels } from '../../contacts/contact-repository.js';
import { type ActivityKind, activityKinds } from '../../domain/activity.js';
import { formatCents } from '../../domain/money.js';
import { zonedAnchor } from '../../domain/usage-month.js';
import { dailyActivations } from '../../metering/daily-activations.js';
import {
  type ActiveContact,
  InvalidCursorError,
  listActiveContacts,
  maxPageSize,
} from '../../metering/list-active-contacts.js';
import { thresholdPercents } from '../../notify/threshold-notice.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { type CsvDelimiterName, csvDelimiters, csvTextCell } from '../csv-cell.js';
import { formatInstantIn } from '../instants.js';
import { limitParameter, type PageLimit, pageLimitOrThrow } from '../page-limit.js';
import { Problem } from '../problem.js';
import { vatBreakdownView } from './vat-breakdown-view.js';

interface ContactsQuery {
  period?: string;
  limit?: string;
  cursor?: string;
  kind?: ActivityKind;
  delimiter?: CsvDelimiterName;
}

const periodSchema = {
  type: 'string',
  pattern: '^(current|\\d{4}-\\d{2})$',
  description: '"current" or YYYY-MM, the local month the usage month starts in',
} as const;

const monthPage: PageLimit = { max: 120, fallback: 24 };
const activeContactPage: PageLimit = { max: maxPageSize, fallback: 100 };

export const usageRoutes =
  (context: AppContext): FastifyPluginAsync =>
  async (app) => {
    /** An instant inside the usage month a `period` names: "current" or the local YYYY-MM it starts in. */
    const instantOfPeriod = async (accountId: string, period: string, now: number): Promise<number> => {
      if (period === 'current') return now;
      const account = await findAccount(context.store.db, accountId);
      const calendar = await findUsageCalendar(context.store, accountId);
      if (!account || !calendar) throw new Problem('not_found', `no account ${accountId}`);
      const [year, month] = period.split('-').map(Number) as [number, number];
      const anchor = zonedAnchor(account.billingAnchor, account.timeZone);
      const index = (year - anchor.year) * 12 + (month - anchor.month);
      if (index < 0 || month < 1 || month > 12) {
        throw new Problem('not_found', `no usage month starts in ${period}`);
      }
      return calendar.month(index).start;
    };

    app.get(
      '/v1/usage',
      {
        schema: {
          tags: ['usage'],
          summary: 'The current usage month: active contacts, allowance and overusage so far',
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const usage = await readUsage(context.store, context.catalog, accountId, context.clock.now());
        if (!usage) throw new Problem('not_found', 'the subscription has not started yet');
        const zone = usage.account.timeZone;
        const legacy = usage.plan?.legacy ?? false;
        const now = context.clock.now();
        const [forecast, billingDetails] = await Promise.all([
          forecastUsage(context.store, context.catalog, accountId, usage, now),
          findBillingDetails(context.store.db, accountId),
        ]);
        const bill =
          usage.configuration &&
          projectedBill(context.catalog, usage.configuration, forecast.overusageCost, billingDetails);
        const money = (cents: number) => ({ amount: formatCents(cents), currency: context.catalog.currency });
        return {
          periodStart: formatInstantIn(usage.month.start, zone),
          periodEnd: formatInstantIn(usage.month.end, zone),
          timezone: zone,
          plan: usage.configuration?.planId ?? null,
          legacy,
          activeContacts: usage.activeContacts,
          includedContacts: legacy || !usage.configuration ? null : usage.includedContacts,
          addonContacts: legacy || !usage.configuration ? null : usage.addonContacts,
          allowance: usage.allowance ?? null,
          overusage: usage.overusage,
          overusageCost: money(usage.overusageCost),
          forecast: {
            activeContacts: forecast.activeContacts,
            overusage: forecast.overusage,
            overusageCost: money(forecast.overusageCost),
            // The month's cost at this pace, with VAT as the invoices charge it; null once the
            // subscription has ended.
            projectedBill: bill
              ? {
                  planCost: money(bill.planCost),
                  overusageCost: money(bill.overusageCost),
                  ...vatBreakdownView(bill, context.catalog.currency),
                }
              : null,
            method: 'recent pace without spike days, blended with the previous month (docs/forecast.md)',
          },
          thresholds: legacy
            ? []
            : thresholdPercents.map((percent) => {
                const reached = usage.thresholdsReached.find((row) => row.percent === percent);
                return { percent, reachedAt: reached ? formatInstantIn(reached.reachedAt, zone) : null };
              }),
        };
      },
    );

    app.get<{ Querystring: { period?: string } }>(
      '/v1/usage/daily',
      {
        schema: {
          tags: ['usage'],
          summary:
            'A usage month day by day: contacts that became active each local day, and the running total',
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { period: periodSchema },
          },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const now = context.clock.now();
        const at = await instantOfPeriod(accountId, request.query.period ?? 'current', now);
        const usage = await readUsage(context.store, context.catalog, accountId, at);
        if (!usage) throw new Problem('not_found', 'the subscription had not started');
        const zone = usage.account.timeZone;
        const days = await dailyActivations(
          context.store,
          accountId,
          usage.month,
          zone,
          Math.min(Math.max(now, usage.month.start), usage.month.end),
        );
        return {
          periodStart: formatInstantIn(usage.month.start, zone),
          periodEnd: formatInstantIn(usage.month.end, zone),
          timezone: zone,
          activeContacts: usage.activeContacts,
          allowance: usage.allowance ?? null,
          days: days.map((day) => ({
            date: day.date,
            newlyActive: day.newlyActive,
            cumulative: day.cumulative,
          })),
        };
      },
    );

    app.get<{ Querystring: { limit?: string } }>(
      '/v1/usage/months',
      {
        schema: {
          tags: ['usage'],
          summary:
            'The usage months so far, newest first: active contacts, allowance, overusage, and whether each is closed',
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              limit: limitParameter(monthPage),
            },
          },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const limit = pageLimitOrThrow(request.query.limit, monthPage);
        const account = await findAccount(context.store.db, accountId);
        const months = await listUsageMonths(
          context.store,
          context.catalog,
          accountId,
          context.clock.now(),
          limit,
        );
        if (!account || !months) throw new Problem('not_found', `no account ${accountId}`);
        const zone = account.timeZone;
        return {
          data: months.map((summary) => {
            const periodStart = formatInstantIn(summary.month.start, zone);
            return {
              // The `period` the other usage endpoints take: the local month the usage month starts in.
              period: periodStart.slice(0, 7),
              periodStart,
              periodEnd: formatInstantIn(summary.month.end, zone),
              activeContacts: summary.activeContacts,
              allowance: summary.allowance ?? null,
              overusage: summary.overusage,
              overusageCost: {
                amount: formatCents(summary.overusageCost),
                currency: context.catalog.currency,
              },
              closed: summary.closed,
            };
          }),
        };
      },
    );

    app.get<{ Querystring: ContactsQuery }>(
      '/v1/usage/contacts',
      {
        schema: {
          tags: ['usage'],
          summary:
            'A usage month’s active contacts, each with its first qualifying activity (Accept: text/csv exports all)',
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              period: periodSchema,
              limit: limitParameter(activeContactPage),
              cursor: { type: 'string', maxLength: 400 },
              kind: {
                type: 'string',
                enum: [...activityKinds],
                description: 'only contacts whose first qualifying activity was of this kind',
              },
              delimiter: {
                type: 'string',
                enum: Object.keys(csvDelimiters),
                description: 'the CSV export’s separator: semicolon for spreadsheets in German locales',
              },
            },
          },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const accountId = requireAccount(request.caller);
        const account = await findAccount(context.store.db, accountId);
        if (!account) throw new Problem('not_found', `no account ${accountId}`);
        const period = request.query.period ?? 'current';
        const at = await instantOfPeriod(accountId, period, context.clock.now());
        const limit = pageLimitOrThrow(request.query.limit, activeContactPage);
        const wantsCsv = (request.headers.accept ?? '').includes('text/csv');
        const view = (contact: ActiveContact) => ({
          contactId: contact.contactId,
          firstActivity: {
            id: contact.firstActivity.key,
            kind: contact.firstActivity.kind,
            actor: contact.firstActivity.actor,
            occurredAt: formatInstantIn(contact.firstActivity.occurredAt, account.timeZone),
          },
        });
        try {
          if (wantsCsv) {
            const delimiter = csvDelimiters[request.query.delimiter ?? 'comma'];
            const lines = [
              [
                'contact_id',
                'name',
                'email',
                'first_kind',
                'first_actor',
                'first_occurred_at',
                'first_activity_id',
              ].join(delimiter),
            ];
            let after: string | undefined;
            let periodLabel = period;
            do {
              const page = await listActiveContacts(context.store, accountId, {
                at,
                limit: maxPageSize,
                ...(after === undefined ? {} : { after }),
                ...(request.query.kind === undefined ? {} : { kind: request.query.kind }),
              });
              if (!page) throw new Problem('not_found', 'the subscription had not started');
              periodLabel = formatInstantIn(page.month.start, account.timeZone).slice(0, 10);
              const labels = await findContactLabels(
                context.store.db,
                accountId,
                page.contacts.map((contact) => contact.contactId),
              );
              for (const contact of page.contacts) {
                const row = view(contact);
                // Empty for contacts Tally does not host (activities posted from another CRM).
                const label = labels.get(contact.contactId);
                lines.push(
                  [
                    row.contactId,
                    label?.name ?? '',
                    label?.email ?? '',
                    row.firstActivity.kind,
                    row.firstActivity.actor,
                    row.firstActivity.occurredAt,
                    row.firstActivity.id,
                  ]
                    // Every column of this export is text (ids, names, kinds, timestamps).
                    .map((cell) => csvTextCell(cell, delimiter))
                    .join(delimiter),
                );
              }
              after = page.nextCursor;
            } while (after);
            // The byte order mark makes Excel read the file as UTF-8, so names such as
            // "Łukasz Żółć" do not turn into mojibake.
            return reply
              .type('text/csv; charset=utf-8')
              .header('content-disposition', `attachment; filename="active-contacts-${periodLabel}.csv"`)
              .send(`\uFEFF${lines.join('\r\n')}\r\n`);
          }
          const page = await listActiveContacts(context.store, accountId, {
            at,
            limit,
            ...(request.query.cursor === undefined ? {} : { after: request.query.cursor }),
            ...(request.query.kind === undefined ? {} : { kind: request.query.kind }),
          });
          if (!page) throw new Problem('not_found', 'the subscription had not started');
          const labels = await findContactLabels(
            context.store.db,
            accountId,
            page.contacts.map((contact) => contact.contactId),
          );
          return {
            periodStart: formatInstantIn(page.month.start, account.timeZone),
            periodEnd: formatInstantIn(page.month.end, account.timeZone),
            data: page.contacts.map((contact) => {
              const label = labels.get(contact.contactId);
              return {
                ...view(contact),
                // Null for contacts Tally does not host (activities posted from another CRM).
                contact: label
                  ? { name: label.name ?? null, email: label.email ?? null, deleted: label.deleted }
                  : null,
              };
            }),
            nextCursor: page.nextCursor ?? null,
          };
        } catch (error) {
          if (error instanceof InvalidCursorError) {
            throw new Problem('validation_failed', error.message, [
              { field: 'querystring.cursor', code: 'invalid', message: error.message },
            ]);
          }
          throw error;
        }
      },
    );
  };
