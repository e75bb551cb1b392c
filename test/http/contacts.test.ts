import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyMetering } from '../../src/metering/verify-metering.js';
import { engines } from '../support/engines.js';
import { type Harness, startHarness, type TestAccount } from '../support/http-harness.js';

/**
 * Every qualifying activity of SPEC §1 produced by a real action through the API, and
 * every non-qualifying action proven not to count. Contacts are created in February; the
 * action under test happens in March, whose count starts at zero.
 */
describe.each(engines)('contacts workspace on %s', (engine) => {
  let api: Harness;
  let account: TestAccount;
  let columns: { id: string; name: string }[];

  beforeAll(async () => {
    api = await startHarness(engine);
  });
  afterAll(() => api.dispose());
  beforeEach(async () => {
    api.setClock('2026-02-10T10:00:00Z');
    account = await api.createAccount({
      plan: 'start',
      cycle: 'monthly',
      startsAt: '2026-01-01T00:00:00+01:00',
    });
    columns = (await api.request('GET', '/v1/statuses', { key: account.apiKey })).body.data;
  });

  const call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    api.request(method, path, {
      key: account.apiKey,
      ...(body === undefined ? {} : { body }),
      ...(headers ? { headers } : {}),
    });
  const createInFebruary = async (name: string, extra: Record<string, unknown> = {}) => {
    api.setClock('2026-02-10T10:00:00Z');
    const created = await call('POST', '/v1/contacts', { name, ...extra });
    expect(created.status, created.text).toBe(201);
    api.setClock('2026-03-10T10:00:00Z');
    return created.body;
  };
  const marchActive = async () => (await call('GET', '/v1/usage')).body.activeContacts as number;
  const whyCounted = async () =>
    Object.fromEntries(
      (await call('GET', '/v1/usage/contacts?period=2026-03')).body.data.map(
        (row: { contactId: string; firstActivity: { kind: string; actor: string } }) => [
          row.contactId,
          `${row.firstActivity.kind} by ${row.firstActivity.actor}`,
        ],
      ),
    );

  describe('qualifying actions make a contact active once', () => {
    it('creating a contact (contact.created), by the actor named in Tally-Actor', async () => {
      api.setClock('2026-03-10T10:00:00Z');
      const created = await call(
        'POST',
        '/v1/contacts',
        { name: 'Ada', email: ' Ada@Example.COM ' },
        { 'tally-actor': 'user' },
      );
      expect(created.body).toMatchObject({ email: 'ada@example.com', statusId: columns[0]?.id });
      expect(await marchActive()).toBe(1);
      expect(await whyCounted()).toEqual({ [created.body.id]: 'contact.created by user' });
    });

    it('moving it to another column (contact.status_changed)', async () => {
      const contact = await createInFebruary('Ben');
      await call('PATCH', `/v1/contacts/${contact.id}`, { statusId: columns[1]?.id });
      await call('PATCH', `/v1/contacts/${contact.id}`, { statusId: columns[2]?.id });
      expect(await marchActive()).toBe(1);
      expect(await whyCounted()).toEqual({ [contact.id]: 'contact.status_changed by api' });
    });

    it('adding a note (note.added)', async () => {
      const contact = await createInFebruary('Cleo');
      const note = await call('POST', `/v1/contacts/${contact.id}/notes`, { body: 'Called, wants a demo' });
      expect(note.status).toBe(201);
      expect(await whyCounted()).toEqual({ [contact.id]: 'note.added by api' });
    });

    it('setting a property or a field to a different value (property.set)', async () => {
      await call('POST', '/v1/property-definitions', { key: 'budget', label: 'Budget', type: 'number' });
      const contact = await createInFebruary('Dan');
      const changed = await call('PATCH', `/v1/contacts/${contact.id}`, {
        properties: { budget: '1200.50' },
      });
      expect(changed.body.properties).toEqual({ budget: '1200.5' });
      const renamed = await createInFebruary('Eve');
      await call('PATCH', `/v1/contacts/${renamed.id}`, { phone: '+49 (30) 123-4567' });
      expect((await call('GET', `/v1/contacts/${renamed.id}`)).body.phone).toBe('+49301234567');
      expect(await whyCounted()).toEqual({
        [contact.id]: 'property.set by api',
        [renamed.id]: 'property.set by api',
      });
    });

    it('renaming the column it sits in (status.renamed), with a preview that matches the rename', async () => {
      // One after the other: each creation moves the shared test clock.
      const inColumn = [];
      for (const name of ['F1', 'F2', 'F3']) inColumn.push(await createInFebruary(name));
      await createInFebruary('Elsewhere', { statusId: columns[1]?.id });
      await call('POST', `/v1/contacts/${inColumn[0].id}/notes`, { body: 'already active in March' });
      const preview = await call('PATCH', `/v1/statuses/${columns[0]?.id}?preview=true`, { name: 'Inbox' });
      expect(preview.body).toMatchObject({
        preview: true,
        impact: {
          contactsTouched: 3,
          newlyActive: 2,
          activeContacts: 1,
          allowance: 50,
          extraOverusage: 0,
          extraOverusageCost: { amount: '0.00' },
        },
      });
      expect(await marchActive()).toBe(1);
      const renamed = await call('PATCH', `/v1/statuses/${columns[0]?.id}`, { name: 'Inbox' });
      expect(renamed.body.status.name).toBe('Inbox');
      expect(await marchActive()).toBe(1 + preview.body.impact.newlyActive);
      const why = await whyCounted();
      expect(why[inColumn[1].id]).toBe('status.renamed by api');
      expect(why[inColumn[0].id]).toBe('note.added by api');
      expect((await verifyMetering(api.server.context.store)).differences).toEqual([]);
    });

    it('deleting a column moves its contacts, each move a status change, previewed first', async () => {
      const moved = [];
      for (const name of ['G1', 'G2']) moved.push(await createInFebruary(name, { statusId: columns[4]?.id }));
      const preview = await call(
        'DELETE',
        `/v1/statuses/${columns[4]?.id}?moveTo=${columns[3]?.id}&preview=true`,
      );
      expect(preview.body.impact).toMatchObject({ contactsTouched: 2, newlyActive: 2 });
      expect(await marchActive()).toBe(0);
      const deleted = await call('DELETE', `/v1/statuses/${columns[4]?.id}?moveTo=${columns[3]?.id}`);
      expect(deleted.status).toBe(200);
      expect((await call('GET', `/v1/contacts/${moved[0].id}`)).body.statusId).toBe(columns[3]?.id);
      expect(await whyCounted()).toEqual({
        [moved[0].id]: 'contact.status_changed by api',
        [moved[1].id]: 'contact.status_changed by api',
      });
      expect(
        (await call('GET', '/v1/statuses')).body.data.map((column: { name: string }) => column.name),
      ).toEqual(['New', 'Contacted', 'Qualified', 'Won']);
    });
  });

  describe('non-qualifying actions do not count', () => {
    it('viewing, searching, exporting, same-value updates, relabelling a definition and deleting', async () => {
      await call('POST', '/v1/property-definitions', {
        key: 'source',
        label: 'Source',
        type: 'single_select',
        options: ['ads', 'event'],
      });
      const contact = await createInFebruary('Quiet', {
        email: 'quiet@example.com',
        properties: { source: 'ads' },
      });
      const other = await createInFebruary('Gone');
      expect((await call('GET', `/v1/contacts/${contact.id}`)).status).toBe(200);
      const found = await call('GET', '/v1/contacts?q=QUIET');
      expect(found.body.data.map((row: { id: string }) => row.id)).toEqual([contact.id]);
      expect(
        (await call('GET', '/v1/usage/contacts?period=2026-02', undefined, { accept: 'text/csv' })).status,
      ).toBe(200);
      await call('PATCH', `/v1/contacts/${contact.id}`, {
        statusId: contact.statusId,
        name: 'Quiet',
        email: 'QUIET@example.com',
        properties: { source: 'ads' },
      });
      await call('PATCH', '/v1/property-definitions/source', { label: 'Lead source' });
      expect((await call('DELETE', `/v1/contacts/${other.id}`)).status).toBe(204);
      expect(await marchActive()).toBe(0);
      const ledger = await api.server.context.store.db
        .selectFrom('activity_ledger')
        .select('kind')
        .where('account_id', '=', account.id)
        .where('occurred_at', '>=', Date.parse('2026-03-01T00:00:00+01:00'))
        .execute();
      expect(ledger).toEqual([]);
    });

    it('keeps a month’s count when an active contact is deleted or erased, and erases its personal data', async () => {
      api.setClock('2026-03-10T10:00:00Z');
      const contact = (await call('POST', '/v1/contacts', { name: 'Forget Me', email: 'forget@example.com' }))
        .body;
      await call('POST', `/v1/contacts/${contact.id}/notes`, { body: 'private' });
      expect((await call('DELETE', `/v1/contacts/${contact.id}?erase=true`)).status).toBe(204);
      expect(await marchActive()).toBe(1);
      expect((await call('GET', `/v1/contacts/${contact.id}`)).status).toBe(404);
      const row = await api.server.context.store.db
        .selectFrom('contacts')
        .select(['name', 'email', 'erased_at'])
        .where('contact_id', '=', contact.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ name: null, email: null });
      expect(row.erased_at).not.toBeNull();
      const again = (await call('POST', '/v1/contacts', { email: 'forget@example.com' })).status;
      expect(again).toBe(201);
    });
  });

  describe('errors and security', () => {
    it('refuses bad input with the field named and writes nothing', async () => {
      await call('POST', '/v1/contacts', { email: 'taken@example.com' });
      const cases: [Record<string, unknown>, string][] = [
        [{ email: 'not-an-email' }, '/email'],
        [{ phone: '030 123456' }, '/phone'],
        [{ email: 'TAKEN@example.com' }, '/email'],
        [{ statusId: 'sts_missing' }, '/statusId'],
        [{ properties: { unknown: 'x' } }, '/properties/unknown'],
        [{ colour: 'red' }, '/colour'],
      ];
      const before = await marchActive();
      for (const [body, field] of cases) {
        const response = await call('POST', '/v1/contacts', body);
        expect(response.status, JSON.stringify(body)).toBe(400);
        expect(response.body.errors[0].field).toBe(field);
      }
      expect(await marchActive()).toBe(before);
      expect((await call('PATCH', '/v1/statuses/sts_missing', { name: 'x' })).status).toBe(404);
      expect((await call('DELETE', `/v1/statuses/${columns[0]?.id}?moveTo=${columns[0]?.id}`)).status).toBe(
        400,
      );
      expect((await call('PATCH', `/v1/statuses/${columns[1]?.id}`, { name: 'New' })).status).toBe(400);
    });

    it('never shows or changes another account’s contacts', async () => {
      const contact = (await call('POST', '/v1/contacts', { name: 'Mine' })).body;
      const stranger = await api.createAccount();
      const as = (method: string, path: string, body?: unknown) =>
        api.request(method, path, { key: stranger.apiKey, ...(body === undefined ? {} : { body }) });
      expect((await as('GET', `/v1/contacts/${contact.id}`)).status).toBe(404);
      expect((await as('PATCH', `/v1/contacts/${contact.id}`, { name: 'Stolen' })).status).toBe(404);
      expect((await as('POST', `/v1/contacts/${contact.id}/notes`, { body: 'x' })).status).toBe(404);
      expect((await as('DELETE', `/v1/contacts/${contact.id}`)).status).toBe(404);
      expect((await as('PATCH', `/v1/statuses/${columns[0]?.id}`, { name: 'x' })).status).toBe(404);
      expect((await as('GET', '/v1/contacts')).body.data).toEqual([]);
      expect((await api.request('GET', '/v1/contacts')).status).toBe(401);
    });
  });
});
