import type { FastifyPluginAsync } from 'fastify';
import { findAccount, findUsageCalendar } from '../../accounts/account-repository.js';
import { advise, priceConfiguration } from '../../billing/advisor.js';
import { findBillingDetails } from '../../billing/billing-details-repository.js';
import { type BillingCycle, billingCycles } from '../../billing/catalog.js';
import { type ChangeRequest, changeSubscription } from '../../billing/change-subscription.js';
import { cycleAround } from '../../billing/change-timing.js';
import { type Configuration, InvalidConfigurationError, planOfOrThrow } from '../../billing/configuration.js';
import { type InvoiceLine, totalOf } from '../../billing/invoice-line.js';
import { listChanges, loadTerms, type RecordedChange } from '../../billing/subscription-repository.js';
import { pendingTerms, termInForce } from '../../billing/subscription-term.js';
import { upfrontLines } from '../../billing/upfront-lines.js';
import { vatBreakdown } from '../../billing/vat-breakdown.js';
import { formatCents } from '../../domain/money.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { formatInstantIn } from '../instants.js';
import { Problem } from '../problem.js';
import { configurationView } from './account-view.js';
import { vatBreakdownView } from './vat-breakdown-view.js';

const configurationProperties = {
  plan: { type: 'string', minLength: 1, maxLength: 64 },
  cycle: { type: 'string', enum: [...billingCycles] },
  addonContacts: { type: 'integer', minimum: 0, maximum: 1_000_000 },
} as const;

interface ChangeBody {
  plan?: string;
  cycle?: BillingCycle;
  addonContacts?: number;
  cancel?: boolean;
  preview?: boolean;
}

interface QuoteBody {
  plan: string;
  cycle: BillingCycle;
  addonContacts?: number;
  expectedActiveContacts?: number;
}

export const subscriptionRoutes =
  (context: AppContext): FastifyPluginAsync =>
  async (app) => {
    const money = (cents: number) => ({ amount: formatCents(cents), currency: context.catalog.currency });
    const linesView = (lines: InvoiceLine[]) =>
      lines.map((line) => ({
        description: line.description,
        quantity: line.quantity,
        unitPrice: money(line.unitPrice),
        amount: money(line.amount),
      }));

    app.get(
      '/v1/subscription',
      {
        schema: {
          tags: ['subscription'],
          summary: 'The plan in force, its billing cycle, scheduled changes and this month’s allowance',
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const now = context.clock.now();
        const [account, calendar, terms] = await Promise.all([
          findAccount(context.store.db, accountId),
          findUsageCalendar(context.store, accountId),
          loadTerms(context.store.db, accountId),
        ]);
        if (!account || !calendar) throw new Problem('not_found', `no account ${accountId}`);
        const zone = account.timeZone;
        const month = calendar.monthAt(now);
        const current = termInForce(terms, now);
        const atMonthEnd = month && termInForce(terms, month.end, 'before');
        const cycle =
          month && current?.configuration
            ? cycleAround(current.cycleStartMonth, current.configuration.cycle, month.index)
            : undefined;
        const allowanceTerm =
          atMonthEnd?.configuration && planOfOrThrow(context.catalog, atMonthEnd.configuration);
        return {
          status: !current?.configuration
            ? 'ended'
            : pendingTerms(terms, now).some((term) => !term.configuration)
              ? 'ending'
              : 'active',
          startsAt: formatInstantIn(account.billingAnchor, zone),
          ...(current?.configuration
            ? configurationView(context.catalog, current.configuration)
            : { plan: null }),
          currentCycle: cycle && {
            start: formatInstantIn(calendar.month(cycle.firstMonth).start, zone),
            end: formatInstantIn(calendar.month(cycle.endMonth).start, zone),
          },
          currentMonth: month && {
            start: formatInstantIn(month.start, zone),
            end: formatInstantIn(month.end, zone),
          },
          allowance:
            allowanceTerm && !allowanceTerm.legacy && atMonthEnd?.configuration
              ? allowanceTerm.includedContacts + atMonthEnd.configuration.addonContacts
              : null,
          scheduledChanges: pendingTerms(terms, now).map((term) => ({
            effectiveAt: formatInstantIn(term.effectiveFrom, zone),
            ...(term.configuration
              ? configurationView(context.catalog, term.configuration)
              : { cancel: true }),
          })),
        };
      },
    );

    app.post<{ Body: ChangeBody }>(
      '/v1/subscription/changes',
      {
        schema: {
          tags: ['subscription'],
          summary:
            'Upgrade (now, pro rata), downgrade (at the cycle end), change add-on contacts or cancel; preview: true prices it and changes nothing',
          body: {
            type: 'object',
            additionalProperties: false,
            properties: {
              ...configurationProperties,
              cancel: { type: 'boolean' },
              preview: { type: 'boolean' },
            },
          },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        const accountId = requireAccount(request.caller);
        const body = request.body;
        const wantsCancel = body.cancel === true;
        const hasFields =
          body.plan !== undefined || body.cycle !== undefined || body.addonContacts !== undefined;
        if (wantsCancel && hasFields) {
          throw new Problem(
            'validation_failed',
            'cancel cannot be combined with plan, cycle or addonContacts',
            [{ field: '/cancel', code: 'conflict', message: 'send either cancel or new values, not both' }],
          );
        }
        if (!wantsCancel && !hasFields) {
          throw new Problem(
            'validation_failed',
            'name what to change: plan, cycle, addonContacts, or cancel: true',
            [{ field: '/', code: 'required', message: 'nothing to change' }],
          );
        }
        const changeRequest: ChangeRequest = wantsCancel
          ? { kind: 'cancel' }
          : {
              kind: 'configure',
              ...(body.plan === undefined ? {} : { planId: body.plan }),
              ...(body.cycle === undefined ? {} : { cycle: body.cycle }),
              ...(body.addonContacts === undefined ? {} : { addonContacts: body.addonContacts }),
            };
        let outcome: Awaited<ReturnType<typeof changeSubscription>>;
        try {
          outcome = await changeSubscription(
            context.store,
            context.catalog,
            accountId,
            changeRequest,
            context.clock.now(),
            {
              preview: body.preview === true,
            },
          );
        } catch (error) {
          if (error instanceof InvalidConfigurationError) {
            throw new Problem('validation_failed', error.message, [
              { field: `/${error.field}`, code: 'invalid', message: error.message },
            ]);
          }
          throw error;
        }
        if (!outcome.ok)
          throw new Problem('validation_failed', outcome.message, [
            { field: '/', code: outcome.code, message: outcome.message },
          ]);
        const [account, billingDetails] = await Promise.all([
          findAccount(context.store.db, accountId),
          findBillingDetails(context.store.db, accountId),
        ]);
        return reply.code(outcome.applied ? 201 : 200).send({
          preview: !outcome.applied,
          ...changeView(outcome.change, account?.timeZone ?? 'UTC'),
          // What the change's invoice charges (or will, when previewed): `total` is its net;
          // net, VAT and gross by the invoice's own rule and the billing details in force now.
          ...vatBreakdownView(vatBreakdown(outcome.change.total, billingDetails), context.catalog.currency),
        });
      },
    );

    app.get(
      '/v1/subscription/changes',
      {
        schema: {
          tags: ['subscription'],
          summary: 'Every change of the subscription, with its charges and credits',
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const account = await findAccount(context.store.db, accountId);
        const changes = await listChanges(context.store.db, accountId);
        return { data: changes.map((change) => changeView(change, account?.timeZone ?? 'UTC')) };
      },
    );

    app.get(
      '/v1/plans',
      {
        schema: {
          tags: ['subscription'],
          summary:
            'The catalog: every plan with its included contacts, fees and add-on prices, and the overusage rate',
        },
        config: { access: 'any' },
      },
      async () => ({
        currency: context.catalog.currency,
        overusagePerContact: money(context.catalog.overusagePerContact),
        data: context.catalog.plans.map((plan) => ({
          id: plan.id,
          name: plan.name,
          legacy: plan.legacy,
          includedContacts: plan.legacy ? null : plan.includedContacts,
          fees: { monthly: money(plan.fees.monthly), yearly: money(plan.fees.yearly) },
          addonPerContact: plan.addonPerContact
            ? { monthly: money(plan.addonPerContact.monthly), yearly: money(plan.addonPerContact.yearly) }
            : null,
        })),
      }),
    );

    app.post<{ Body: QuoteBody }>(
      '/v1/quotes',
      {
        schema: {
          tags: ['subscription'],
          summary:
            'Price a configuration; with expectedActiveContacts, every option to cover them, cheapest first',
          body: {
            type: 'object',
            additionalProperties: false,
            required: ['plan', 'cycle'],
            properties: {
              ...configurationProperties,
              expectedActiveContacts: { type: 'integer', minimum: 0, maximum: 10_000_000 },
            },
          },
        },
        config: { access: 'any' },
      },
      async (request) => {
        const body = request.body;
        const configuration: Configuration = {
          planId: body.plan,
          cycle: body.cycle,
          addonContacts: body.addonContacts ?? 0,
        };
        try {
          const lines = upfrontLines(context.catalog, configuration);
          const advice =
            body.expectedActiveContacts === undefined
              ? undefined
              : advise(context.catalog, configuration, body.expectedActiveContacts);
          return {
            configuration: configurationView(context.catalog, configuration),
            upfront: { lines: linesView(lines), total: money(totalOf(lines)) },
            monthlyCost: money(priceConfiguration(context.catalog, 'stay', configuration, 0).monthlyCost),
            ...(advice && {
              expectedActiveContacts: body.expectedActiveContacts,
              recommendedPlan: advice.recommendedPlanId,
              options: advice.options.map((option, rank) => ({
                rank: rank + 1,
                kind: option.kind,
                recommended: rank === 0,
                ...configurationView(context.catalog, option.configuration),
                overusage: option.overusage,
                monthlyCost: money(option.monthlyCost),
                yearlyCost: money(option.yearlyCost),
              })),
            }),
          };
        } catch (error) {
          if (error instanceof InvalidConfigurationError) {
            throw new Problem('validation_failed', error.message, [
              { field: `/${error.field}`, code: 'invalid', message: error.message },
            ]);
          }
          throw error;
        }
      },
    );

    function changeView(change: RecordedChange, zone: string) {
      return {
        id: change.changeId,
        requestedAt: formatInstantIn(change.requestedAt, zone),
        immediate: change.immediate
          ? {
              effectiveAt: formatInstantIn(change.immediate.effectiveAt, zone),
              ...configurationView(context.catalog, change.immediate.configuration),
            }
          : null,
        scheduled: change.scheduled
          ? {
              effectiveAt: formatInstantIn(change.scheduled.effectiveAt, zone),
              ...(change.scheduled.configuration
                ? configurationView(context.catalog, change.scheduled.configuration)
                : { cancel: true }),
            }
          : null,
        lines: linesView(change.lines),
        total: money(change.total),
      };
    }
  };
