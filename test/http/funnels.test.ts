import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, startHarness, type TestAccount } from '../support/http-harness.js';

describe.each(engines)('funnel leads on %s', (engine) => {
  let api: Harness;
  let account: TestAccount;
  let funnelKey: string;

  beforeAll(async () => {
    api = await startHarness(engine);
    api.setClock('2026-03-10T10:00:00Z');
    account = await api.createAccount({
      plan: 'start',
      cycle: 'monthly',
      startsAt: '2026-01-01T00:00:00+01:00',
    });
    const funnel = await api.request('POST', '/v1/funnels', {
      key: account.apiKey,
      body: { name: 'Spring webinar' },
    });
    expect(funnel.status).toBe(201);
    funnelKey = funnel.body.key;
  });
  afterAll(() => api.dispose());

  it('shows a funnel’s creation as an instant in the account’s offset, not epoch milliseconds', async () => {
    const listed = await api.request('GET', '/v1/funnels', { key: account.apiKey });
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([
      {
        id: expect.any(String),
        name: 'Spring webinar',
        key: funnelKey,
        createdAt: '2026-03-10T11:00:00+01:00',
      },
    ]);
  });

  const submit = (body: unknown, key = funnelKey) =>
    api.request('POST', `/v1/funnels/${key}/leads`, { body });
  const active = async () =>
    (await api.request('GET', '/v1/usage', { key: account.apiKey })).body.activeContacts;

  it('creates a contact in the first column, with its answers as properties, acting as the funnel', async () => {
    const lead = await submit({
      name: 'Lena',
      email: 'Lena@Example.com',
      answers: { company_size: '11-50', budget: 5000 },
    });
    expect(lead.status).toBe(201);
    const columns = (await api.request('GET', '/v1/statuses', { key: account.apiKey })).body.data;
    expect(lead.body).toMatchObject({
      returning: false,
      contact: {
        email: 'lena@example.com',
        statusId: columns[0].id,
        properties: { company_size: '11-50', budget: '5000' },
      },
    });
    const why = (await api.request('GET', '/v1/usage/contacts', { key: account.apiKey })).body.data;
    expect(
      why.find((row: { contactId: string }) => row.contactId === lead.body.contact.id).firstActivity,
    ).toMatchObject({
      kind: 'contact.created',
      actor: 'funnel',
    });
  });

  it('turns the same visitor submitting twice into one contact, and records a change only when a value changes', async () => {
    const first = await submit({
      email: 'max@example.com',
      phone: '+49 151 2345678',
      answers: { budget: 100 },
    });
    const ledgerBefore = await api.server.context.store.db
      .selectFrom('activity_ledger')
      .select('kind')
      .where('contact_id', '=', first.body.contact.id)
      .execute();
    const again = await submit({ email: 'MAX@example.com', answers: { budget: 100 } });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ returning: true, contact: { id: first.body.contact.id } });
    const byPhone = await submit({ phone: '0049 151 2345678', answers: { budget: 250 } });
    expect(byPhone.body.contact).toMatchObject({ id: first.body.contact.id, properties: { budget: '250' } });
    const ledger = await api.server.context.store.db
      .selectFrom('activity_ledger')
      .select('kind')
      .where('contact_id', '=', first.body.contact.id)
      .execute();
    expect(ledgerBefore.map((row) => row.kind)).toEqual(['contact.created']);
    expect(ledger.map((row) => row.kind).sort()).toEqual(['contact.created', 'property.set']);
    const contacts = await api.request('GET', '/v1/contacts?q=max%40example.com', { key: account.apiKey });
    expect(contacts.body.data).toHaveLength(1);
  });

  it('refuses unknown funnels, leads without e-mail or phone, and bad answers, writing nothing', async () => {
    const before = await active();
    expect((await submit({ email: 'x@example.com' }, 'fk_unknown')).status).toBe(404);
    expect((await submit({ name: 'Anonymous' })).body.errors[0].field).toBe('/email');
    expect((await submit({ email: 'bad' })).body.errors[0].field).toBe('/email');
    expect((await submit({ email: 'a@example.com', answers: { 'Bad Key': 'x' } })).status).toBe(400);
    expect((await submit({ email: 'a@example.com', extra: true })).status).toBe(400);
    expect(await active()).toBe(before);
  });

  it('limits how many leads one funnel may send per minute', async () => {
    const other = await api.request('POST', '/v1/funnels', { key: account.apiKey, body: { name: 'Flood' } });
    const statuses: number[] = [];
    for (let index = 0; index < 65; index++) {
      statuses.push((await submit({ email: `flood${index}@example.com` }, other.body.key)).status);
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(60);
    expect(statuses.at(-1)).toBe(429);
  });
});
