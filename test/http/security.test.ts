import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness, type TestAccount } from '../support/http-harness.js';

/**
 * Every authenticated route, refused without a key, with a wrong key, with a revoked key
 * and with the wrong kind of key; routes naming another account's resource answer 404.
 */
interface RouteCase {
  method: string;
  path: (account: TestAccount) => string;
  body?: unknown;
  access: 'operator' | 'account' | 'any';
}

const routes: RouteCase[] = [
  {
    method: 'POST',
    path: () => '/v1/accounts',
    body: { name: 'X', plan: 'grow', cycle: 'monthly' },
    access: 'operator',
  },
  { method: 'GET', path: (account) => `/v1/accounts/${account.id}`, access: 'any' },
  { method: 'POST', path: () => '/v1/api-keys', body: { label: 'x' }, access: 'account' },
  { method: 'GET', path: () => '/v1/api-keys', access: 'account' },
  { method: 'DELETE', path: () => '/v1/api-keys/0123456789abcdef', access: 'account' },
  {
    method: 'POST',
    path: () => '/v1/activities',
    body: {
      activities: [{ id: 's1', contactId: 'c1', kind: 'note.added', occurredAt: '2026-03-10T09:00:00Z' }],
    },
    access: 'account',
  },
  { method: 'GET', path: () => '/v1/usage', access: 'account' },
  { method: 'GET', path: () => '/v1/usage/contacts', access: 'account' },
  { method: 'GET', path: () => '/v1/usage/daily', access: 'account' },
  { method: 'GET', path: () => '/v1/notifications', access: 'account' },
  { method: 'POST', path: () => '/v1/notifications/ntf_missing/read', access: 'account' },
  {
    method: 'POST',
    path: () => '/v1/webhook-endpoints',
    body: { url: 'https://hooks.example.com' },
    access: 'account',
  },
  { method: 'GET', path: () => '/v1/webhook-endpoints', access: 'account' },
  { method: 'GET', path: () => '/v1/webhook-endpoints/whe_missing', access: 'account' },
  {
    method: 'PATCH',
    path: () => '/v1/webhook-endpoints/whe_missing',
    body: { enabled: true },
    access: 'account',
  },
  { method: 'DELETE', path: () => '/v1/webhook-endpoints/whe_missing', access: 'account' },
  { method: 'GET', path: () => '/v1/webhook-endpoints/whe_missing/deliveries', access: 'account' },
  { method: 'POST', path: () => '/v1/contacts', body: { name: 'x' }, access: 'account' },
  { method: 'GET', path: () => '/v1/contacts', access: 'account' },
  { method: 'GET', path: () => '/v1/contacts/con_missing', access: 'account' },
  { method: 'PATCH', path: () => '/v1/contacts/con_missing', body: { name: 'x' }, access: 'account' },
  { method: 'DELETE', path: () => '/v1/contacts/con_missing', access: 'account' },
  { method: 'POST', path: () => '/v1/contacts/con_missing/notes', body: { body: 'x' }, access: 'account' },
  { method: 'GET', path: () => '/v1/statuses', access: 'account' },
  { method: 'POST', path: () => '/v1/statuses', body: { name: 'x' }, access: 'account' },
  { method: 'PATCH', path: () => '/v1/statuses/sts_missing', body: { name: 'x' }, access: 'account' },
  { method: 'DELETE', path: () => '/v1/statuses/sts_missing?moveTo=sts_other', access: 'account' },
  { method: 'GET', path: () => '/v1/property-definitions', access: 'account' },
  {
    method: 'POST',
    path: () => '/v1/property-definitions',
    body: { key: 'x', label: 'X', type: 'text' },
    access: 'account',
  },
  { method: 'PATCH', path: () => '/v1/property-definitions/x', body: { label: 'Y' }, access: 'account' },
  { method: 'POST', path: () => '/v1/funnels', body: { name: 'x' }, access: 'account' },
  { method: 'GET', path: () => '/v1/funnels', access: 'account' },
  {
    method: 'POST',
    path: () => '/v1/contacts/con_missing/messages',
    body: { channel: 'email', subject: 'x', body: 'x' },
    access: 'account',
  },
  { method: 'GET', path: () => '/v1/contacts/con_missing/messages', access: 'account' },
  { method: 'PUT', path: () => '/v1/message-settings', body: {}, access: 'account' },
  {
    method: 'POST',
    path: () => '/v1/messages/bulk?preview=true',
    body: { channel: 'email', subject: 'x', body: 'x', statusId: 'sts_x' },
    access: 'account',
  },
  {
    method: 'POST',
    path: () => '/v1/contacts/con_missing/messages/inbound',
    body: { channel: 'email', body: 'x' },
    access: 'account',
  },
  { method: 'POST', path: () => '/v1/imports?preview=true', body: { csv: 'x' }, access: 'account' },
  { method: 'GET', path: () => '/v1/subscription', access: 'account' },
  {
    method: 'POST',
    path: () => '/v1/subscription/changes',
    body: { plan: 'expand', preview: true },
    access: 'account',
  },
  { method: 'GET', path: () => '/v1/subscription/changes', access: 'account' },
  { method: 'POST', path: () => '/v1/quotes', body: { plan: 'start', cycle: 'monthly' }, access: 'any' },
  { method: 'GET', path: () => '/v1/invoices', access: 'any' },
  { method: 'GET', path: () => '/v1/invoices/inv_0123456789abcdef', access: 'any' },
  { method: 'GET', path: () => '/v1/invoices/inv_0123456789abcdef/pdf', access: 'any' },
  { method: 'GET', path: () => '/v1/invoices/inv_0123456789abcdef/e-invoice', access: 'any' },
  {
    method: 'POST',
    path: () => '/v1/invoices/inv_0123456789abcdef/credit-notes',
    body: { reason: 'x' },
    access: 'operator',
  },
  { method: 'POST', path: () => '/v1/billing/close', body: {}, access: 'operator' },
  { method: 'GET', path: () => '/v1/billing-details', access: 'account' },
  { method: 'PUT', path: () => '/v1/billing-details', body: { vatRate: '19' }, access: 'account' },
  {
    method: 'POST',
    path: () => '/v1/admin/clock',
    body: { now: '2026-03-15T12:00:00Z' },
    access: 'operator',
  },
];

describe.each(engines)('authentication of every route on %s', (engine) => {
  let api: Harness;
  let account: TestAccount;
  let revokedKey: string;
  beforeAll(async () => {
    api = await startHarness(engine);
    account = await api.createAccount();
    const extra = await api.request('POST', '/v1/api-keys', {
      key: account.apiKey,
      body: { label: 'to revoke' },
    });
    revokedKey = extra.body.token;
    await api.request('DELETE', `/v1/api-keys/${extra.body.id}`, { key: account.apiKey });
  });
  afterAll(() => api.dispose());

  for (const route of routes) {
    const name = `${route.method} ${route.path({ id: '{id}', apiKey: '' })}`;
    it(`${name} refuses a missing, wrong or revoked key with 401 and the wrong kind of key with 403`, async () => {
      const call = (key?: string) =>
        api.request(route.method, route.path(account), {
          ...(key === undefined ? {} : { key }),
          ...(route.body === undefined ? {} : { body: route.body }),
        });
      for (const key of [undefined, 'wrong', `${account.apiKey}x`, revokedKey]) {
        const response = await call(key);
        expect(response.status, `key ${key}`).toBe(401);
        expect(response.body.code).toBe('unauthenticated');
      }
      if (route.access !== 'any') {
        const wrongKind = await call(route.access === 'operator' ? account.apiKey : operatorKey);
        expect(wrongKind.status).toBe(403);
        expect(wrongKind.body.code).toBe('forbidden');
      }
    });
  }

  // Authentication comes before the body is looked at: a caller without a valid key learns
  // nothing about what the route accepts, and the answer does not depend on the body.
  for (const route of routes.filter((candidate) => candidate.body !== undefined)) {
    const name = `${route.method} ${route.path({ id: '{id}', apiKey: '' })}`;
    it(`${name} answers 401 to a missing or wrong key even when the body is invalid`, async () => {
      for (const key of [undefined, 'wrong', revokedKey]) {
        for (const body of [{ unexpected: ['not', 'a', 'valid', 'body'] }, '{"truncated": ']) {
          const response = await api.request(route.method, route.path(account), {
            ...(key === undefined ? {} : { key }),
            body,
          });
          expect(response.status, `key ${key}, body ${JSON.stringify(body)}`).toBe(401);
          expect(response.body.code).toBe('unauthenticated');
        }
      }
    });
  }

  it('accepts the Bearer scheme in any letter case (RFC 7235)', async () => {
    for (const scheme of ['bearer', 'BEARER', 'BeArEr']) {
      const response = await api.request('GET', '/v1/usage', {
        headers: { authorization: `${scheme} ${account.apiKey}` },
      });
      expect(response.status, scheme).toBe(200);
      const operator = await api.request('GET', `/v1/accounts/${account.id}`, {
        headers: { authorization: `${scheme} ${operatorKey}` },
      });
      expect(operator.status, scheme).toBe(200);
    }
    const otherScheme = await api.request('GET', '/v1/usage', {
      headers: { authorization: `Basic ${account.apiKey}` },
    });
    expect(otherScheme.status).toBe(401);
  });

  it('answers the messages of another account’s contact, or of a missing one, with 404 and no data', async () => {
    const other = await api.createAccount({ name: 'Other Corp' });
    const theirs = await api.request('POST', '/v1/contacts', { key: other.apiKey, body: { name: 'Theirs' } });
    const inbound = await api.request('POST', `/v1/contacts/${theirs.body.id}/messages/inbound`, {
      key: other.apiKey,
      body: { channel: 'email', body: 'private reply from their customer' },
    });
    expect(inbound.status, inbound.text).toBe(201);
    expect(
      (await api.request('GET', `/v1/contacts/${theirs.body.id}/messages`, { key: other.apiKey })).body.data,
    ).toHaveLength(1);
    for (const id of [theirs.body.id, 'con_missing']) {
      const response = await api.request('GET', `/v1/contacts/${id}/messages`, { key: account.apiKey });
      expect(response.status, id).toBe(404);
      expect(response.body.code).toBe('not_found');
      expect(response.text).not.toContain('private reply');
    }
    const mine = await api.request('POST', '/v1/contacts', { key: account.apiKey, body: { name: 'Mine' } });
    const own = await api.request('GET', `/v1/contacts/${mine.body.id}/messages`, { key: account.apiKey });
    expect([own.status, own.body.data]).toEqual([200, []]);
  });

  it('answers another account’s account id with 404 and no data', async () => {
    const other = await api.createAccount({ name: 'Other Corp' });
    const response = await api.request('GET', `/v1/accounts/${other.id}`, { key: account.apiKey });
    expect(response.status).toBe(404);
    expect(response.text).not.toContain('Other Corp');
    expect(response.body).toMatchObject({ code: 'not_found' });
  });
});
