import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, startHarness } from '../support/http-harness.js';

/** SPEC/#16: every instant in JSON is RFC 3339 with seconds and the account's own offset. */
describe.each(engines)('instants of the contacts workspace on %s', (engine) => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness(engine);
  });
  afterAll(() => api.dispose());

  it('contacts, notes and messages show their instants with the account’s offset', async () => {
    const account = await api.createAccount({
      timezone: 'Asia/Kolkata',
      startsAt: '2026-01-01T00:00:00+05:30',
    });
    const key = account.apiKey;
    api.setClock('2026-03-16T12:00:00Z');
    const local = '2026-03-16T17:30:00+05:30';

    const created = await api.request('POST', '/v1/contacts', {
      key,
      body: { name: 'Łukasz Żółć', email: 'lukasz@example.pl' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ createdAt: local, updatedAt: local });
    const id = created.body.id as string;

    expect((await api.request('GET', `/v1/contacts/${id}`, { key })).body.createdAt).toBe(local);
    expect((await api.request('GET', '/v1/contacts', { key })).body.data[0].updatedAt).toBe(local);

    const note = await api.request('POST', `/v1/contacts/${id}/notes`, {
      key,
      body: { body: 'Called back' },
    });
    expect(note.body.createdAt).toBe(local);
    expect((await api.request('GET', `/v1/contacts/${id}/notes`, { key })).body.data[0].createdAt).toBe(
      local,
    );

    const reply = await api.request('POST', `/v1/contacts/${id}/messages/inbound`, {
      key,
      body: { channel: 'email', subject: 'Re: quote', body: 'Sounds good' },
    });
    expect(reply.status).toBe(201);
    expect(reply.body.createdAt).toBe(local);
    expect((await api.request('GET', `/v1/contacts/${id}/messages`, { key })).body.data[0].createdAt).toBe(
      local,
    );
  });
});
