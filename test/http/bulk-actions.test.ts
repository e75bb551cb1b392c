import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyMetering } from '../../src/metering/verify-metering.js';
import { engines } from '../support/engines.js';
import { type Harness, startHarness, type TestAccount } from '../support/http-harness.js';
import { type SeededContact, seedColumn } from '../support/seed-board.js';
import { startSmtp } from '../support/smtp-server.js';

/**
 * Bulk actions on a board selection: the preview's figures (contacts touched, newly active,
 * extra overusage and its cost) are what the action then does to the month's usage, for
 * 1,000 contacts chosen by a filter or by their ids; bad selections change nothing.
 */
describe.each(engines)('bulk actions on %s', (engine) => {
  let api: Harness;
  let account: TestAccount;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let leads: string;
  let won: string;
  let lost: string;
  let movers: SeededContact[];
  let stayers: SeededContact[];

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startHarness(engine);
    account = await api.createAccount();
    const columns = (await api.request('GET', '/v1/statuses', { key: account.apiKey })).body.data as {
      id: string;
    }[];
    [leads, won, lost] = columns.map((column) => column.id) as [string, string, string];
    const store = api.server.context.store;
    // 1,000 contacts to move (every fourth active already) and 200 that stay; Grow allows 250.
    movers = await seedColumn(store, account.id, leads, {
      count: 1000,
      prefix: 'mover',
      from: Date.parse('2026-03-02T08:00:00Z'),
      activeEvery: 4,
    });
    stayers = await seedColumn(store, account.id, leads, {
      count: 200,
      prefix: 'stayer',
      from: Date.parse('2026-03-03T08:00:00Z'),
      activeEvery: 2,
    });
    await api.request('PUT', '/v1/message-settings', {
      key: account.apiKey,
      body: { smtp: { host: '127.0.0.1', port: smtp.port, from: 'sales@acme.example' } },
    });
  });
  afterAll(async () => {
    await api.dispose();
    await smtp.close();
  });

  const usage = async () => {
    const response = await api.request('GET', '/v1/usage', { key: account.apiKey });
    return {
      active: response.body.activeContacts as number,
      overusage: response.body.overusage as number,
      cents: Math.round(Number(response.body.overusageCost.amount) * 100),
    };
  };
  const bulk = (body: unknown, preview: boolean) =>
    api.request('POST', `/v1/contacts/bulk${preview ? '?preview=true' : ''}`, { key: account.apiKey, body });
  const cents = (money: { amount: string }) => Math.round(Number(money.amount) * 100);

  /** Previews, acts, and checks that the usage moved by exactly what the preview said. */
  const previewThenAct = async (body: unknown) => {
    const before = await usage();
    const preview = await bulk(body, true);
    expect(preview.status, preview.text).toBe(200);
    expect(preview.body).toMatchObject({ preview: true, applied: false });
    expect(await usage(), 'a preview changes nothing').toEqual(before);
    const done = await bulk(body, false);
    expect(done.status, done.text).toBe(200);
    // An action that touches nobody (a move to where they are) has nothing to apply.
    expect(done.body.applied).toBe(preview.body.impact.contactsTouched > 0);
    const after = await usage();
    expect(done.body.impact).toEqual(preview.body.impact);
    expect(done.body.contactIds).toEqual(preview.body.contactIds);
    expect(after.active - before.active).toBe(preview.body.impact.newlyActive);
    expect(after.overusage - before.overusage).toBe(preview.body.impact.extraOverusage);
    expect(after.cents - before.cents).toBe(cents(preview.body.impact.extraOverusageCost));
    return { preview: preview.body, done: done.body, before, after };
  };

  it('moves all 1,000 contacts matching a filter, exactly as previewed', async () => {
    const { preview } = await previewThenAct({
      selection: { filter: { status: leads, q: 'person mover' } },
      action: 'move',
      statusId: won,
    });
    // 750 of the 1,000 were not active yet; all of them are beyond the 250 allowance.
    expect(preview.impact).toMatchObject({ contactsTouched: 1000, newlyActive: 750, extraOverusage: 750 });
    expect(preview.impact.extraOverusageCost).toEqual({ amount: '187.50', currency: 'EUR' });
    const column = (await api.request('GET', '/v1/statuses', { key: account.apiKey })).body.data;
    expect(column.find((status: { id: string }) => status.id === won).contacts).toBe(1000);
    expect(column.find((status: { id: string }) => status.id === leads).contacts).toBe(200);
    // Each moved card now says why it counts: the move.
    const card = (
      await api.request('GET', `/v1/contacts?status=${won}&q=${encodeURIComponent(movers[1]?.name ?? '')}`, {
        key: account.apiKey,
      })
    ).body.data[0];
    expect(card.activeThisMonth).toMatchObject({ kind: 'contact.status_changed', actor: 'api' });
    // Moving them again to where they are touches nobody and records nothing.
    const again = await previewThenAct({
      selection: { filter: { status: won } },
      action: 'move',
      statusId: won,
    });
    expect(again.preview.impact).toMatchObject({ contactsTouched: 0, newlyActive: 0 });
  });

  it('adds a note to contacts chosen by id, exactly as previewed', async () => {
    const chosen = stayers.slice(0, 150).map((contact) => contact.id);
    const { preview } = await previewThenAct({
      selection: { contactIds: chosen },
      action: 'note',
      body: 'Fair 2026',
    });
    // Every second stayer was active already: 75 of 150 become active.
    expect(preview.impact).toMatchObject({ contactsTouched: 150, newlyActive: 75, extraOverusage: 75 });
    const notes = await api.request('GET', `/v1/contacts/${chosen[1]}/notes`, { key: account.apiKey });
    expect(notes.body.data.map((note: { body: string }) => note.body)).toEqual(['Fair 2026']);
  });

  it('sends a message to the contacts matching a filter, exactly as previewed', async () => {
    const { preview, done } = await previewThenAct({
      selection: { filter: { status: leads, active: false } },
      action: 'message',
      channel: 'email',
      subject: 'Hello',
      body: 'Our spring offer',
    });
    // The 25 stayers neither active before nor noted above (150–199, every second one).
    expect(preview.impact).toMatchObject({ contactsTouched: 25, newlyActive: 25 });
    expect(done.sent).toBe(25);
    expect(smtp.mails.length).toBe(25);
  });

  it('refuses bad selections and actions with 400 naming the field, changing nothing', async () => {
    const before = await usage();
    const refused = async (body: unknown, field: string) => {
      const response = await bulk(body, false);
      expect(response.status, response.text).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(JSON.stringify(response.body.errors), response.text).toContain(field);
    };
    // More than 1,000 match: refused whole, never cut to the first 1,000.
    await refused({ selection: { filter: {} }, action: 'note', body: 'x' }, '/selection/filter');
    await refused(
      { selection: { contactIds: [movers[0]?.id, 'con_nobody'] }, action: 'note', body: 'x' },
      '/selection/contactIds/1',
    );
    await refused({ selection: {}, action: 'note', body: 'x' }, '/selection');
    await refused(
      { selection: { contactIds: [movers[0]?.id], filter: { status: won } }, action: 'note', body: 'x' },
      '/selection',
    );
    await refused({ selection: { contactIds: [movers[0]?.id] }, action: 'move' }, '/statusId');
    await refused(
      { selection: { contactIds: [movers[0]?.id] }, action: 'move', statusId: 'sts_nope' },
      '/statusId',
    );
    await refused({ selection: { contactIds: [movers[0]?.id] }, action: 'note', body: '   ' }, '/body');
    await refused({ selection: { contactIds: [movers[0]?.id] }, action: 'dance' }, 'action');
    await refused(
      { selection: { filter: { propertyKey: 'city' } }, action: 'move', statusId: lost },
      '/selection/filter/propertyValue',
    );
    const tooMany = Array.from({ length: 1001 }, (_, index) => `con_${index}`);
    await refused({ selection: { contactIds: tooMany }, action: 'note', body: 'x' }, 'contactIds');
    expect(await usage()).toEqual(before);
  });

  it('leaves the ledger, the active set and the counters in agreement (tally verify)', async () => {
    expect((await verifyMetering(api.server.context.store)).differences).toEqual([]);
  });

  it('does not let one account select another account’s contacts', async () => {
    const other = await api.createAccount({ name: 'Other GmbH' });
    const response = await api.request('POST', '/v1/contacts/bulk', {
      key: other.apiKey,
      body: { selection: { contactIds: [movers[0]?.id] }, action: 'note', body: 'x' },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('/selection/contactIds/0');
  });
});
