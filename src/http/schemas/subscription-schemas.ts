import { Type } from 'typebox';
import { billingCycles } from '../../billing/catalog.js';
import { Instant } from './common-schemas.js';
import { Money, MoneyLine, vatBreakdownProperties } from './money-schema.js';

const configurationInput = {
  plan: Type.String({ minLength: 1, maxLength: 64, examples: ['grow'] }),
  cycle: Type.Enum([...billingCycles]),
  addonContacts: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
};

/** A plan, its cycle and add-on contacts, with the allowance they give (null on a legacy plan). */
const configurationProperties = {
  plan: Type.String({ examples: ['grow'] }),
  planName: Type.Optional(Type.String({ examples: ['Grow'] })),
  legacy: Type.Boolean(),
  cycle: Type.Enum([...billingCycles]),
  addonContacts: Type.Integer({ minimum: 0 }),
  includedContacts: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
  allowance: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
    description: 'Included plus add-on contacts; null on a legacy plan (no limit)',
  }),
};

export const ConfigurationView = Type.Object(configurationProperties, { additionalProperties: false });

const Period = Type.Object({ start: Instant, end: Instant }, { additionalProperties: false });

const ScheduledConfiguration = Type.Object(
  { effectiveAt: Instant, ...configurationProperties },
  { additionalProperties: false },
);
const ScheduledCancel = Type.Object(
  { effectiveAt: Instant, cancel: Type.Literal(true) },
  { additionalProperties: false },
);

const subscriptionStatus = Type.Enum(['active', 'ending', 'ended'], {
  description: '`ending` once a cancellation is scheduled, `ended` once it took effect',
});

export const Subscription = Type.Union(
  [
    Type.Object(
      {
        status: subscriptionStatus,
        startsAt: Instant,
        ...configurationProperties,
        currentCycle: Type.Optional(Period),
        currentMonth: Type.Optional(Period),
        allowance: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
          description: 'This month’s allowance, by the configuration in force at the month’s end',
        }),
        scheduledChanges: Type.Array(Type.Union([ScheduledConfiguration, ScheduledCancel])),
      },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        status: subscriptionStatus,
        startsAt: Instant,
        plan: Type.Null({ description: 'No configuration in force: the subscription has ended' }),
        currentCycle: Type.Optional(Period),
        currentMonth: Type.Optional(Period),
        allowance: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
        scheduledChanges: Type.Array(Type.Union([ScheduledConfiguration, ScheduledCancel])),
      },
      { additionalProperties: false },
    ),
  ],
  {
    examples: [
      {
        status: 'active',
        startsAt: '2026-01-01T00:00:00+01:00',
        plan: 'grow',
        planName: 'Grow',
        legacy: false,
        cycle: 'monthly',
        addonContacts: 100,
        includedContacts: 250,
        allowance: 350,
        currentCycle: { start: '2026-03-01T00:00:00+01:00', end: '2026-04-01T00:00:00+02:00' },
        currentMonth: { start: '2026-03-01T00:00:00+01:00', end: '2026-04-01T00:00:00+02:00' },
        scheduledChanges: [],
      },
    ],
  },
);

export const SubscriptionChangeBody = Type.Object(
  {
    plan: Type.Optional(configurationInput.plan),
    cycle: Type.Optional(configurationInput.cycle),
    addonContacts: Type.Optional(configurationInput.addonContacts),
    cancel: Type.Optional(Type.Boolean()),
    preview: Type.Optional(Type.Boolean({ description: 'Price the change and change nothing' })),
  },
  { additionalProperties: false, examples: [{ plan: 'expand', preview: true }] },
);

/**
 * A change of the subscription with its charges and credits. Kept as properties so that
 * answers about a change can add their own (the change route adds `preview` and net, VAT
 * and gross).
 */
export const subscriptionChangeProperties = {
  id: Type.String({ examples: ['chg_01JD8Z3Q6V'] }),
  requestedAt: Instant,
  immediate: Type.Union([ScheduledConfiguration, Type.Null()], {
    description: 'What takes effect at once (an upgrade), with its pro-rata lines',
  }),
  scheduled: Type.Union([ScheduledConfiguration, ScheduledCancel, Type.Null()], {
    description: 'What takes effect at the cycle end (a downgrade or a cancellation)',
  }),
  lines: Type.Array(MoneyLine),
  total: Money,
};

export const SubscriptionChange = Type.Object(subscriptionChangeProperties, { additionalProperties: false });

export const SubscriptionChangeResult = Type.Object(
  {
    preview: Type.Boolean({ description: 'True when only priced: nothing was changed' }),
    ...subscriptionChangeProperties,
    ...vatBreakdownProperties,
  },
  {
    additionalProperties: false,
    examples: [
      {
        preview: true,
        id: 'chg_01JD8Z3Q6V',
        requestedAt: '2026-03-15T10:00:00+01:00',
        immediate: {
          effectiveAt: '2026-03-15T10:00:00+01:00',
          plan: 'expand',
          planName: 'Expand',
          legacy: false,
          cycle: 'monthly',
          addonContacts: 0,
          includedContacts: 500,
          allowance: 500,
        },
        scheduled: null,
        lines: [
          {
            description: 'Expand monthly, pro rata 2026-03-15 – 2026-04-01',
            quantity: 1,
            unitPrice: { amount: '54.84', currency: 'EUR' },
            amount: { amount: '54.84', currency: 'EUR' },
          },
        ],
        total: { amount: '54.84', currency: 'EUR' },
        net: { amount: '54.84', currency: 'EUR' },
        vatRate: '19.00',
        vat: { amount: '10.42', currency: 'EUR' },
        gross: { amount: '65.26', currency: 'EUR' },
        reverseCharge: false,
      },
    ],
  },
);

export const SubscriptionChangeList = Type.Object(
  { data: Type.Array(SubscriptionChange) },
  { additionalProperties: false },
);

const perCycle = Type.Object({ monthly: Money, yearly: Money }, { additionalProperties: false });

export const PlanCatalog = Type.Object(
  {
    currency: Type.String({ examples: ['EUR'] }),
    overusagePerContact: Money,
    data: Type.Array(
      Type.Object(
        {
          id: Type.String({ examples: ['grow'] }),
          name: Type.String({ examples: ['Grow'] }),
          legacy: Type.Boolean(),
          includedContacts: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
          fees: perCycle,
          addonPerContact: Type.Union([perCycle, Type.Null()], {
            description: 'Per add-on contact and month; null where add-ons are not offered',
          }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const QuoteBody = Type.Object(
  {
    ...configurationInput,
    addonContacts: Type.Optional(configurationInput.addonContacts),
    expectedActiveContacts: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 })),
  },
  {
    additionalProperties: false,
    examples: [{ plan: 'grow', cycle: 'yearly', addonContacts: 100, expectedActiveContacts: 420 }],
  },
);

const QuoteOption = Type.Object(
  {
    rank: Type.Integer({ minimum: 1 }),
    kind: Type.Enum(['stay', 'add_addons', 'upgrade', 'upgrade_with_addons']),
    recommended: Type.Boolean(),
    ...configurationProperties,
    overusage: Type.Integer({ minimum: 0 }),
    monthlyCost: Money,
    yearlyCost: Money,
  },
  { additionalProperties: false },
);

export const Quote = Type.Object(
  {
    configuration: ConfigurationView,
    upfront: Type.Object({ lines: Type.Array(MoneyLine), total: Money }, { additionalProperties: false }),
    monthlyCost: Money,
    expectedActiveContacts: Type.Optional(Type.Integer({ minimum: 0 })),
    recommendedPlan: Type.Optional(Type.String()),
    options: Type.Optional(Type.Array(QuoteOption, { description: 'Every option, cheapest first' })),
  },
  { additionalProperties: false },
);
