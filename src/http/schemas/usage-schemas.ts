import { Type } from 'typebox';
import { activityKinds, actors } from '../../domain/activity.js';
import { maxPageSize } from '../../metering/list-active-contacts.js';
import { csvDelimiters } from '../csv-cell.js';
import { limitParameter, type PageLimit } from '../page-limit.js';
import { Instant } from './common-schemas.js';

export const monthPage: PageLimit = { max: 120, fallback: 24 };
export const activeContactPage: PageLimit = { max: maxPageSize, fallback: 100 };

/** An amount of money: decimal text in the major unit, never a float. */
export const Money = Type.Object(
  {
    amount: Type.String({ pattern: '^-?[0-9]+\\.[0-9]{2}$', examples: ['12.50'] }),
    currency: Type.String({ pattern: '^[A-Z]{3}$', examples: ['EUR'] }),
  },
  { additionalProperties: false },
);

/** An amount announced before it is invoiced: net, VAT and gross as the invoices charge them. */
export const ProjectedBill = Type.Object(
  {
    planCost: { ...Money, description: 'The plan’s price for one month (a yearly cycle spread over twelve)' },
    overusageCost: Money,
    net: Money,
    vatRate: Type.String({
      pattern: '^[0-9]+\\.[0-9]{2}$',
      description: 'A percentage',
      examples: ['19.00'],
    }),
    vat: Money,
    gross: Money,
    reverseCharge: Type.Boolean({ description: 'VAT owed by the buyer (0 % charged)' }),
  },
  { additionalProperties: false },
);

const Period = Type.String({
  pattern: '^(current|\\d{4}-\\d{2})$',
  description: '"current" or YYYY-MM, the local month the usage month starts in',
  examples: ['current', '2026-03'],
});

const Allowance = Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
  description: 'Included plus add-on contacts; null when nothing limits the month (legacy plan)',
});

export const UsageView = Type.Object(
  {
    periodStart: Instant,
    periodEnd: Instant,
    timezone: Type.String({ examples: ['Europe/Berlin'] }),
    plan: Type.Union([Type.String(), Type.Null()]),
    legacy: Type.Boolean(),
    activeContacts: Type.Integer({ minimum: 0 }),
    includedContacts: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
    addonContacts: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
    allowance: Allowance,
    overusage: Type.Integer({ minimum: 0 }),
    overusageCost: Money,
    forecast: Type.Object(
      {
        activeContacts: Type.Integer({ minimum: 0 }),
        overusage: Type.Integer({ minimum: 0 }),
        overusageCost: Money,
        projectedBill: Type.Union([ProjectedBill, Type.Null()], {
          description: 'The month’s cost at this pace, with VAT; null once the subscription has ended',
        }),
        method: Type.String(),
      },
      { additionalProperties: false, description: 'The month-end projection' },
    ),
    thresholds: Type.Array(
      Type.Object(
        {
          percent: Type.Integer({ examples: [80] }),
          reachedAt: Type.Union([Instant, Type.Null()]),
        },
        { additionalProperties: false },
      ),
      {
        description: 'The notice thresholds of the allowance and when each was passed; none on legacy plans',
      },
    ),
  },
  {
    additionalProperties: false,
    examples: [
      {
        periodStart: '2026-03-01T00:00:00+01:00',
        periodEnd: '2026-04-01T00:00:00+02:00',
        timezone: 'Europe/Berlin',
        plan: 'grow',
        legacy: false,
        activeContacts: 2640,
        includedContacts: 2000,
        addonContacts: 500,
        allowance: 2500,
        overusage: 140,
        overusageCost: { amount: '14.00', currency: 'EUR' },
        forecast: {
          activeContacts: 2910,
          overusage: 410,
          overusageCost: { amount: '41.00', currency: 'EUR' },
          projectedBill: {
            planCost: { amount: '99.00', currency: 'EUR' },
            overusageCost: { amount: '41.00', currency: 'EUR' },
            net: { amount: '140.00', currency: 'EUR' },
            vatRate: '19.00',
            vat: { amount: '26.60', currency: 'EUR' },
            gross: { amount: '166.60', currency: 'EUR' },
            reverseCharge: false,
          },
          method: 'recent pace without spike days, blended with the previous month (docs/forecast.md)',
        },
        thresholds: [
          { percent: 80, reachedAt: '2026-03-18T10:42:07+01:00' },
          { percent: 100, reachedAt: '2026-03-27T16:03:55+01:00' },
        ],
      },
    ],
  },
);

export const PeriodQuery = Type.Object({ period: Type.Optional(Period) }, { additionalProperties: false });

export const DailyUsage = Type.Object(
  {
    periodStart: Instant,
    periodEnd: Instant,
    timezone: Type.String(),
    activeContacts: Type.Integer({ minimum: 0 }),
    allowance: Allowance,
    days: Type.Array(
      Type.Object(
        {
          date: Type.String({ format: 'date', examples: ['2026-03-02'] }),
          newlyActive: Type.Integer({ minimum: 0 }),
          cumulative: Type.Integer({ minimum: 0 }),
        },
        { additionalProperties: false },
      ),
      { description: 'Each local day of the month up to today' },
    ),
  },
  {
    additionalProperties: false,
    examples: [
      {
        periodStart: '2026-03-01T00:00:00+01:00',
        periodEnd: '2026-04-01T00:00:00+02:00',
        timezone: 'Europe/Berlin',
        activeContacts: 57,
        allowance: 2500,
        days: [
          { date: '2026-03-01', newlyActive: 12, cumulative: 12 },
          { date: '2026-03-02', newlyActive: 45, cumulative: 57 },
        ],
      },
    ],
  },
);

export const UsageMonthsQuery = Type.Object(
  { limit: Type.Optional(Type.String(limitParameter(monthPage))) },
  { additionalProperties: false },
);

export const UsageMonthList = Type.Object(
  {
    data: Type.Array(
      Type.Object(
        {
          period: Type.String({
            pattern: '^\\d{4}-\\d{2}$',
            description: 'The `period` the other usage operations take',
            examples: ['2026-03'],
          }),
          periodStart: Instant,
          periodEnd: Instant,
          activeContacts: Type.Integer({ minimum: 0 }),
          allowance: Allowance,
          overusage: Type.Integer({ minimum: 0 }),
          overusageCost: Money,
          closed: Type.Boolean({ description: 'Closed and invoiced: its figures never change again' }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  {
    additionalProperties: false,
    examples: [
      {
        data: [
          {
            period: '2026-03',
            periodStart: '2026-03-01T00:00:00+01:00',
            periodEnd: '2026-04-01T00:00:00+02:00',
            activeContacts: 2640,
            allowance: 2500,
            overusage: 140,
            overusageCost: { amount: '14.00', currency: 'EUR' },
            closed: false,
          },
        ],
      },
    ],
  },
);

export const ActiveContactsQuery = Type.Object(
  {
    period: Type.Optional(Period),
    limit: Type.Optional(Type.String(limitParameter(activeContactPage))),
    cursor: Type.Optional(Type.String({ maxLength: 400, description: 'The previous page’s `nextCursor`' })),
    kind: Type.Optional(
      Type.Enum(activityKinds, {
        description: 'only contacts whose first qualifying activity was of this kind',
      }),
    ),
    delimiter: Type.Optional(
      Type.Enum(Object.keys(csvDelimiters) as (keyof typeof csvDelimiters)[], {
        description: 'the CSV export’s separator: semicolon for spreadsheets in German locales',
      }),
    ),
  },
  { additionalProperties: false },
);

export const ActiveContactView = Type.Object(
  {
    contactId: Type.String({ examples: ['con_01JD8Z3Q6V'] }),
    firstActivity: Type.Object(
      {
        id: Type.String(),
        kind: Type.Enum(activityKinds),
        actor: Type.Enum(actors),
        occurredAt: Instant,
      },
      { additionalProperties: false, description: 'The activity that made the contact active this month' },
    ),
    contact: Type.Union(
      [
        Type.Object(
          {
            name: Type.Union([Type.String(), Type.Null()]),
            email: Type.Union([Type.String(), Type.Null()]),
            deleted: Type.Boolean(),
          },
          { additionalProperties: false },
        ),
        Type.Null(),
      ],
      { description: 'Null for contacts Tally does not host (activities posted from another CRM)' },
    ),
  },
  { additionalProperties: false },
);

export const ActiveContactsPage = Type.Object(
  {
    periodStart: Instant,
    periodEnd: Instant,
    data: Type.Array(ActiveContactView),
    nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'Null on the last page' }),
  },
  {
    additionalProperties: false,
    examples: [
      {
        periodStart: '2026-03-01T00:00:00+01:00',
        periodEnd: '2026-04-01T00:00:00+02:00',
        data: [
          {
            contactId: 'con_01JD8Z3Q6V',
            firstActivity: {
              id: 'act_01JD8Z3Q6V',
              kind: 'message.sent',
              actor: 'user',
              occurredAt: '2026-03-02T09:00:00+01:00',
            },
            contact: { name: 'Łukasz Żółć', email: 'lukasz@example.com', deleted: false },
          },
        ],
        nextCursor: null,
      },
    ],
  },
);

/** The export: a header row, then a row per contact; every cell text, formula starts neutralised. */
export const ActiveContactsCsv = Type.String({
  description:
    'UTF-8 with a byte order mark, CRLF line ends; columns contact_id, name, email, first_kind, first_actor, first_occurred_at, first_activity_id',
});
