import { Type } from 'typebox';
import { billingCycles } from '../../billing/catalog.js';
import { limitParameter, type PageLimit } from '../page-limit.js';
import { Instant } from './common-schemas.js';

export const accountPage: PageLimit = { max: 500, fallback: 100 };

const Cycle = Type.Enum(billingCycles, { description: 'How often the base price is billed upfront' });

export const AccountParams = Type.Object(
  { id: Type.String({ maxLength: 64, examples: ['acc_01JD8Z3Q6V'] }) },
  { additionalProperties: false },
);

export const AccountListQuery = Type.Object(
  {
    after: Type.Optional(Type.String({ maxLength: 64, description: 'the last id of the previous page' })),
    limit: Type.Optional(Type.String(limitParameter(accountPage))),
  },
  { additionalProperties: false },
);

export const OpenAccountBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    timezone: Type.Optional(
      Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone, default Europe/Berlin' }),
    ),
    plan: Type.String({ minLength: 1, maxLength: 64, description: 'A plan id of the catalog' }),
    cycle: Cycle,
    addonContacts: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
    startsAt: Type.Optional(
      Type.String({
        maxLength: 64,
        description: 'RFC 3339 instant with an offset; the billing anchor (default now)',
      }),
    ),
  },
  {
    additionalProperties: false,
    examples: [
      {
        name: 'Muster GmbH',
        timezone: 'Europe/Berlin',
        plan: 'grow',
        cycle: 'monthly',
        addonContacts: 500,
        startsAt: '2026-03-01T00:00:00+01:00',
      },
    ],
  },
);

/** The configuration in force: plan, cycle and add-ons with the allowance they make. */
export const SubscriptionView = Type.Object(
  {
    plan: Type.String({ examples: ['grow'] }),
    planName: Type.Optional(Type.String({ examples: ['Grow'] })),
    legacy: Type.Boolean({ description: 'A plan no longer sold; it has no allowance' }),
    cycle: Cycle,
    addonContacts: Type.Integer({ minimum: 0 }),
    includedContacts: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
    allowance: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
      description: 'Included plus add-on contacts; null on legacy plans',
    }),
  },
  { additionalProperties: false },
);

export const AccountView = Type.Object(
  {
    id: Type.String({ examples: ['acc_01JD8Z3Q6V'] }),
    name: Type.String(),
    timezone: Type.String({ description: 'IANA time zone of the account’s usage months and instants' }),
    startsAt: { ...Instant, description: 'The billing anchor: usage months start here' },
    createdAt: Instant,
    subscription: Type.Union([SubscriptionView, Type.Null()], {
      description: 'Null before the subscription starts',
    }),
  },
  {
    additionalProperties: false,
    examples: [
      {
        id: 'acc_01JD8Z3Q6V',
        name: 'Muster GmbH',
        timezone: 'Europe/Berlin',
        startsAt: '2026-03-01T00:00:00+01:00',
        createdAt: '2026-02-27T14:05:12+01:00',
        subscription: {
          plan: 'grow',
          planName: 'Grow',
          legacy: false,
          cycle: 'monthly',
          addonContacts: 500,
          includedContacts: 2000,
          allowance: 2500,
        },
      },
    ],
  },
);

export const OpenedAccountView = Type.Object(
  {
    account: AccountView,
    apiKey: Type.String({
      description: 'The account’s first API key; shown in this answer only',
      examples: ['tally_0123456789abcdef_…'],
    }),
  },
  { additionalProperties: false },
);

export const AccountList = Type.Object(
  {
    data: Type.Array(AccountView),
    nextAfter: Type.Union([Type.String(), Type.Null()], {
      description: 'Pass as `after` for the next page; null on the last',
    }),
  },
  { additionalProperties: false },
);

export const IssueApiKeyBody = Type.Object(
  { label: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) },
  { additionalProperties: false, examples: [{ label: 'dashboard (operator)' }] },
);

export const IssuedApiKey = Type.Object(
  {
    id: Type.String({ examples: ['key_01JD8Z3Q6V'] }),
    accountId: Type.String({ examples: ['acc_01JD8Z3Q6V'] }),
    label: Type.String(),
    createdAt: Instant,
    token: Type.String({ description: 'The secret; shown in this answer only', examples: ['tally_…'] }),
  },
  { additionalProperties: false },
);
