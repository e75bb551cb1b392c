import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness } from '../support/http-harness.js';

describe.each(engines)('external activities on %s', (engine) => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness(engine);
    api.setClock('2026-03-15T12:00:00Z');
  });
  afterAll(() => api.dispose());

  const item = (id: string, contactId: string, overrides: Record<string, unknown> = {}) => ({
    id,
    contactId,
    kind: 'message.sent',
    occurredAt: '2026-03-10T09:00:00Z',
    ...overrides,
  });
  const activeContacts = async (key: string) =>
    (await api.request('GET', '/v1/usage', { key })).body.activeContacts;

  describe('happy', () => {
    it('records a batch and counts each contact once; a replayed batch answers as the first time and changes nothing', async () => {
      const account = await api.createAccount();
      const batch = {
        activities: [
          item('a1', 'c1'),
          item('a2', 'c1', { kind: 'note.added' }),
          item('a3', 'c2', { actor: 'automation' }),
        ],
      };
      const first = await api.request('POST', '/v1/activities', { key: account.apiKey, body: batch });
      expect(first.status).toBe(200);
      expect(first.body).toEqual({ accepted: 3 });
      expect(await activeContacts(account.apiKey)).toBe(2);
      const replay = await api.request('POST', '/v1/activities', { key: account.apiKey, body: batch });
      expect(replay.status).toBe(200);
      expect(replay.body).toEqual(first.body);
      expect(await activeContacts(account.apiKey)).toBe(2);
      const ledger = await api.server.context.store.db
        .selectFrom('activity_ledger')
        .select('activity_key')
        .where('account_id', '=', account.id)
        .execute();
      expect(ledger.map((row) => row.activity_key).sort()).toEqual(['a1', 'a2', 'a3']);
    });

    it('accepts an activity a little ahead of the server clock (sender clock skew)', async () => {
      const account = await api.createAccount();
      const response = await api.request('POST', '/v1/activities', {
        key: account.apiKey,
        body: { activities: [item('skewed', 'c1', { occurredAt: '2026-03-15T12:04:00Z' })] },
      });
      expect(response.status).toBe(200);
    });
  });

  describe('error', () => {
    it('rejects the whole batch with a per-item error list and records nothing', async () => {
      const account = await api.createAccount();
      const response = await api.request('POST', '/v1/activities', {
        key: account.apiKey,
        body: {
          activities: [
            item('ok', 'c1'),
            item('future', 'c2', { occurredAt: '2026-03-15T12:06:00Z' }),
            item('garbled', 'c3', { occurredAt: 'yesterday' }),
            item('early', 'c4', { occurredAt: '2025-12-31T12:00:00Z' }),
          ],
        },
      });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('invalid_activities');
      expect(response.body.errors).toEqual([
        expect.objectContaining({ index: 1, field: '/activities/1/occurredAt', code: 'activity_in_future' }),
        expect.objectContaining({ index: 2, field: '/activities/2/occurredAt', code: 'invalid_time' }),
      ]);
      const beforeStart = await api.request('POST', '/v1/activities', {
        key: account.apiKey,
        body: { activities: [item('ok', 'c1'), item('early', 'c4', { occurredAt: '2025-12-31T12:00:00Z' })] },
      });
      expect(beforeStart.status).toBe(422);
      expect(beforeStart.body.errors).toEqual([
        expect.objectContaining({
          index: 1,
          field: '/activities/1/occurredAt',
          code: 'before_subscription_start',
        }),
      ]);
      expect(await activeContacts(account.apiKey)).toBe(0);
    });

    it('names unknown kinds, unknown fields and missing fields by item', async () => {
      const account = await api.createAccount();
      const response = await api.request('POST', '/v1/activities', {
        key: account.apiKey,
        body: {
          activities: [
            item('a', 'c1', { kind: 'contact.viewed' }),
            item('b', 'c2', { colour: 'red' }),
            { id: 'c', kind: 'note.added' },
          ],
        },
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
      const fields = response.body.errors.map((error: { field: string; index: number }) => [
        error.field,
        error.index,
      ]);
      expect(fields).toEqual(
        expect.arrayContaining([
          ['/activities/0/kind', 0],
          ['/activities/1/colour', 1],
          ['/activities/2/contactId', 2],
          ['/activities/2/occurredAt', 2],
        ]),
      );
      expect(await activeContacts(account.apiKey)).toBe(0);
    });

    it('refuses activities of a closed month with period_closed', async () => {
      const account = await api.createAccount();
      await api.request('POST', '/v1/activities', {
        key: account.apiKey,
        body: { activities: [item('feb', 'c1', { occurredAt: '2026-02-10T09:00:00Z' })] },
      });
      await api.server.context.store.db
        .updateTable('usage_months')
        .set({ closed_at: Date.parse('2026-03-01T01:00:00Z') })
        .where('account_id', '=', account.id)
        .execute();
      const response = await api.request('POST', '/v1/activities', {
        key: account.apiKey,
        body: { activities: [item('mar', 'c2'), item('late', 'c3', { occurredAt: '2026-02-27T09:00:00Z' })] },
      });
      expect(response.status).toBe(422);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ index: 1, field: '/activities/1/occurredAt', code: 'period_closed' }),
      ]);
      expect(await activeContacts(account.apiKey)).toBe(0);
    });

    it('refuses a batch of 1,001 activities', async () => {
      const account = await api.createAccount();
      const activities = Array.from({ length: 1001 }, (_, index) => item(`k${index}`, `c${index}`));
      const response = await api.request('POST', '/v1/activities', {
        key: account.apiKey,
        body: { activities },
      });
      expect(response.status).toBe(400);
      expect(response.body.errors[0]).toMatchObject({ field: '/activities', code: 'maxItems' });
      expect(await activeContacts(account.apiKey)).toBe(0);
    });
  });

  describe('security', () => {
    it('requires an account key and scopes activities to the caller’s account', async () => {
      const mine = await api.createAccount();
      const theirs = await api.createAccount();
      const body = { activities: [item('x', 'c1')] };
      expect((await api.request('POST', '/v1/activities', { body })).status).toBe(401);
      expect((await api.request('POST', '/v1/activities', { body, key: 'nope' })).status).toBe(401);
      expect((await api.request('POST', '/v1/activities', { body, key: operatorKey })).status).toBe(403);
      await api.request('POST', '/v1/activities', { body, key: mine.apiKey });
      expect(await activeContacts(mine.apiKey)).toBe(1);
      expect(await activeContacts(theirs.apiKey)).toBe(0);
    });
  });
});
