import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/schema.js';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness, type TestAccount } from '../support/http-harness.js';
import { countRows } from '../support/row-counts.js';

/** Values of every JSON type, including the awkward ones. */
const junk = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.string({ maxLength: 20 }),
  fc.constant('x'.repeat(5_000)),
  fc.constant(-1),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);

/** Junk that can never pass for a valid string field: every non-string type, or a huge string. */
const nonStringJunk = junk.filter((value) => typeof value !== 'string' || value.length > 1_000);

const validActivity = {
  id: 'k1',
  contactId: 'c1',
  kind: 'note.added',
  occurredAt: '2026-03-10T09:00:00Z',
};

/** An activity with one field broken, dropped, or an extra field. */
const brokenActivity = fc.oneof(
  fc
    .record({
      field: fc.constantFrom('id', 'contactId', 'kind', 'occurredAt', 'actor'),
      value: nonStringJunk,
    })
    .map(({ field, value }) => ({ ...validActivity, [field]: value })),
  fc.constantFrom('id', 'contactId', 'kind', 'occurredAt').map((field) => {
    const copy: Record<string, unknown> = { ...validActivity };
    delete copy[field];
    return copy;
  }),
  fc.constant({ ...validActivity, kind: 'contact.viewed' }),
  fc.constant({ ...validActivity, occurredAt: '2099-01-01T00:00:00Z' }),
  fc.constant({ ...validActivity, occurredAt: '2020-01-01T00:00:00Z' }),
  fc.constant({ ...validActivity, id: 'x'.repeat(201) }),
  fc.constant({ ...validActivity, extra: true }),
);

const activityPayload = fc.oneof(
  junk,
  fc.record({ activities: junk }),
  fc.tuple(fc.array(fc.constant(validActivity), { maxLength: 3 }), brokenActivity).map(([valid, broken]) => ({
    activities: [...valid.map((a, i) => ({ ...a, id: `ok${i}`, contactId: `ok${i}` })), broken],
  })),
  fc.constant({ activities: Array.from({ length: 1001 }, (_, i) => ({ ...validActivity, id: `n${i}` })) }),
  fc.constant({ activities: [] }),
);

const validAccount = {
  name: 'Acme',
  plan: 'grow',
  cycle: 'monthly',
  timezone: 'Europe/Berlin',
  addonContacts: 0,
};
const accountPayload = fc.oneof(
  junk,
  fc
    .record({
      field: fc.constantFrom('name', 'plan', 'cycle', 'timezone', 'addonContacts', 'startsAt'),
      value: nonStringJunk,
    })
    .filter(
      ({ field, value }) => !(field === 'addonContacts' && Number.isInteger(value) && (value as number) >= 0),
    )
    .map(({ field, value }) => ({ ...validAccount, [field]: value })),
  fc.constantFrom(
    { ...validAccount, timezone: 'Europe/Atlantis' },
    { ...validAccount, plan: 'scale', addonContacts: 5 },
    { ...validAccount, addonContacts: -5 },
    { ...validAccount, name: '   ' },
    { ...validAccount, name: 'x'.repeat(100_000) },
    { ...validAccount, unexpected: 1 },
  ),
);

describe.each(engines)('malformed payloads on %s', (engine) => {
  let api: Harness;
  let account: TestAccount;
  beforeAll(async () => {
    api = await startHarness(engine);
    account = await api.createAccount();
  });
  afterAll(() => api.dispose());

  /** Row counts of every table a write could touch. */
  const snapshot = async () => {
    const db = api.server.context.store.db;
    const count = (table: keyof Database) => countRows(db, table);
    return {
      accounts: await count('accounts'),
      terms: await count('subscription_terms'),
      ledger: await count('activity_ledger'),
      active: await count('active_contacts'),
      months: await count('usage_months'),
      keys: await count('api_keys'),
      endpoints: await count('webhook_endpoints'),
    };
  };

  const routes = [
    { path: '/v1/activities', key: () => account.apiKey, payload: activityPayload },
    { path: '/v1/accounts', key: () => operatorKey, payload: accountPayload },
    {
      path: '/v1/api-keys',
      key: () => account.apiKey,
      payload: fc.oneof(fc.record({ label: nonStringJunk }), fc.record({ other: junk })),
    },
    { path: '/v1/admin/clock', key: () => operatorKey, payload: fc.oneof(junk, fc.record({ now: junk })) },
    {
      path: '/v1/webhook-endpoints',
      key: () => account.apiKey,
      payload: fc.oneof(
        junk,
        fc.record({ url: nonStringJunk }),
        fc.record({ url: fc.string({ maxLength: 30 }).filter((text) => !/^https?:\/\/[^@\s]+$/.test(text)) }),
        fc.record({
          url: fc.constant('https://hooks.example.com'),
          eventTypes: junk.filter((value) => value !== null),
        }),
      ),
    },
  ];

  for (const route of routes) {
    it(`POST ${route.path} answers malformed input with a 4xx problem and writes nothing`, async () => {
      await fc.assert(
        fc.asyncProperty(route.payload, async (payload) => {
          const before = await snapshot();
          const response = await api.request('POST', route.path, {
            key: route.key(),
            body: JSON.stringify(payload),
          });
          expect(response.status, response.text).toBeGreaterThanOrEqual(400);
          expect(response.status, response.text).toBeLessThan(500);
          expect(response.headers.get('content-type')).toContain('application/problem+json');
          expect(typeof response.body.code).toBe('string');
          expect(await snapshot()).toEqual(before);
        }),
        { numRuns: 60 },
      );
    });
  }
});
