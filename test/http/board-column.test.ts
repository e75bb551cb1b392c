import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, startHarness, type TestAccount } from '../support/http-harness.js';
import { type SeededContact, seedColumn } from '../support/seed-board.js';

interface Card {
  id: string;
  statusId: string;
  name: string | null;
  email: string | null;
  createdAt: string;
  lastActivityAt: string;
  activeThisMonth: { kind: string; actor: string; occurredAt: string } | null;
}

/**
 * A board column at size, over HTTP: keyset pages that reach every contact exactly once in
 * each order, also while contacts are created between pages; search by name, e-mail and
 * property value in every alphabet; the active filter and the "why it counts" marker.
 */
describe.each(engines)('board column on %s', (engine) => {
  let api: Harness;
  let account: TestAccount;
  let columnId: string;
  let otherColumnId: string;
  let seeded: SeededContact[];
  const seededCount = 450;
  const call = (path: string) => api.request('GET', path, { key: account.apiKey });

  beforeAll(async () => {
    api = await startHarness(engine);
    account = await api.createAccount();
    const columns = (await call('/v1/statuses')).body.data as { id: string }[];
    columnId = columns[0]?.id as string;
    otherColumnId = columns[1]?.id as string;
    // Every third contact is active this March (the clock stands at 15 March).
    seeded = await seedColumn(api.server.context.store, account.id, columnId, {
      count: seededCount,
      from: Date.parse('2026-03-02T08:00:00Z'),
      activeEvery: 3,
    });
  });
  afterAll(() => api.dispose());

  /** Pages through a column, calling `between` after each page; answers every card in order. */
  const pageThrough = async (query: string, limit: number, between?: (page: number) => Promise<void>) => {
    const cards: Card[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 1000; page += 1) {
      const response = await call(
        `/v1/contacts?${query}&limit=${limit}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`,
      );
      expect(response.status, response.text).toBe(200);
      cards.push(...(response.body.data as Card[]));
      cursor = response.body.nextCursor;
      if (cursor === null) return cards;
      await between?.(page);
    }
    throw new Error('paging did not end');
  };

  it('reaches every contact of the column exactly once in each order, in that order', async () => {
    for (const sort of ['recent', 'name', 'created'] as const) {
      const cards = await pageThrough(`status=${columnId}&sort=${sort}`, 37);
      expect(cards.length, sort).toBe(seededCount);
      expect(new Set(cards.map((card) => card.id)).size, sort).toBe(seededCount);
      const keys = cards.map((card) =>
        sort === 'name'
          ? (card.name ?? '').toLowerCase()
          : Date.parse(sort === 'recent' ? card.lastActivityAt : card.createdAt),
      );
      const ordered = [...keys].sort((left, right) =>
        typeof left === 'number' ? (right as number) - left : left < right ? -1 : left > right ? 1 : 0,
      );
      expect(keys, sort).toEqual(ordered);
    }
  });

  it('keeps every page stable while contacts are created between pages, and shows a new one first', async () => {
    const created: string[] = [];
    for (const sort of ['recent', 'name', 'created'] as const) {
      const cards = await pageThrough(`status=${columnId}&sort=${sort}`, 50, async (page) => {
        const response = await api.request('POST', '/v1/contacts', {
          key: account.apiKey,
          body: { name: `Newcomer ${sort} ${page}`, statusId: columnId },
        });
        expect(response.status, response.text).toBe(201);
        created.push(response.body.id);
      });
      const ids = cards.map((card) => card.id);
      expect(new Set(ids).size, `${sort}: no contact twice`).toBe(ids.length);
      const reached = new Set(ids);
      expect(
        seeded.filter((contact) => !reached.has(contact.id)),
        `${sort}: every contact that was there from the start`,
      ).toEqual([]);
    }
    // A contact created a minute ago is on the first page of the default order.
    api.setClock('2026-03-15T12:01:00Z');
    const fresh = await api.request('POST', '/v1/contacts', {
      key: account.apiKey,
      body: { name: 'Just now', statusId: columnId },
    });
    api.setClock('2026-03-15T12:02:00Z');
    const first = await call(`/v1/contacts?status=${columnId}&limit=5`);
    expect(first.body.data[0].id).toBe(fresh.body.id);
    for (const id of [...created, fresh.body.id]) {
      expect((await api.request('DELETE', `/v1/contacts/${id}`, { key: account.apiKey })).status).toBe(204);
    }
    api.setClock('2026-03-15T12:00:00Z');
  });

  it('finds contacts by name in any case and alphabet, by e-mail and by property value', async () => {
    const define = await api.request('POST', '/v1/property-definitions', {
      key: account.apiKey,
      body: { key: 'city', label: 'City', type: 'text' },
    });
    expect(define.status, define.text).toBe(201);
    const make = async (body: Record<string, unknown>) => {
      const response = await api.request('POST', '/v1/contacts', {
        key: account.apiKey,
        body: { statusId: otherColumnId, ...body },
      });
      expect(response.status, response.text).toBe(201);
      return response.body.id as string;
    };
    const lukasz = await make({ name: 'łukasz kowalski', email: 'lk@example.pl' });
    const zofia = await make({
      name: 'Zofia Nowak',
      email: 'zofia@example.pl',
      properties: { city: 'Kraków' },
    });
    const search = async (q: string, status = otherColumnId) =>
      ((await call(`/v1/contacts?status=${status}&q=${encodeURIComponent(q)}`)).body.data as Card[])
        .map((card) => card.id)
        .sort();
    expect(await search('Łukasz')).toEqual([lukasz]);
    expect(await search('ŁUKASZ KOW')).toEqual([lukasz]);
    expect(await search('ZOFIA@EXAMPLE')).toEqual([zofia]);
    expect(await search('KRAKÓW')).toEqual([zofia]);
    expect(await search('kraków')).toEqual([zofia]);
    expect(await search('50%')).toEqual([]);
    // In the 450-contact column, one contact by a fragment of its name.
    const target = seeded[417] as SeededContact;
    expect(await search(target.name.toUpperCase(), columnId)).toEqual([target.id]);
    // By property, exactly.
    const byCity = await call(`/v1/contacts?propertyKey=city&propertyValue=${encodeURIComponent('Kraków')}`);
    expect(byCity.body.data.map((card: Card) => card.id)).toEqual([zofia]);
    expect((await call('/v1/contacts?propertyKey=city&propertyValue=Krakow')).body.data).toEqual([]);
  });

  it('filters on whether a contact is active this month and says why each active one counts', async () => {
    const active = await pageThrough(`status=${columnId}&active=true`, 100);
    const inactive = await pageThrough(`status=${columnId}&active=false`, 100);
    const expectedActive = seeded.filter((_, index) => index % 3 === 0);
    expect(active.map((card) => card.id).sort()).toEqual(expectedActive.map((contact) => contact.id).sort());
    expect(active.length + inactive.length).toBe(seededCount);
    for (const card of inactive) expect(card.activeThisMonth).toBeNull();
    const first = seeded[0] as SeededContact;
    const card = active.find((candidate) => candidate.id === first.id) as Card;
    // The first activity, its actor and its time in the account's zone (Berlin, +01:00 in March).
    expect(card.activeThisMonth).toEqual({
      kind: 'contact.created',
      actor: 'import',
      occurredAt: '2026-03-02T09:00:00+01:00',
    });
    // A contact that becomes active now moves into the active filter, marked with its note.
    const quiet = inactive[0] as Card;
    const note = await api.request('POST', `/v1/contacts/${quiet.id}/notes`, {
      key: account.apiKey,
      body: { body: 'called back' },
    });
    expect(note.status, note.text).toBe(201);
    const now = await call(`/v1/contacts?status=${columnId}&active=true&sort=recent&limit=1`);
    expect(now.body.data[0]).toMatchObject({
      id: quiet.id,
      activeThisMonth: { kind: 'note.added', actor: 'api', occurredAt: '2026-03-15T13:00:00+01:00' },
      lastActivityAt: '2026-03-15T13:00:00+01:00',
    });
  });

  it('files names the way a reader expects in name order: "Ärger" with A, "Łukasz" with L', async () => {
    const fresh = await api.createAccount();
    const statusId = (
      (await api.request('GET', '/v1/statuses', { key: fresh.apiKey })).body.data[0] as { id: string }
    ).id;
    for (const name of ['Zoe', 'Łukasz Żółć', 'Ärger Anna', 'anna', 'Bert', 'Lena', 'Øystein', 'Oskar']) {
      const created = await api.request('POST', '/v1/contacts', {
        key: fresh.apiKey,
        body: { name, statusId },
      });
      expect(created.status, created.text).toBe(201);
    }
    const page = await api.request('GET', `/v1/contacts?status=${statusId}&sort=name`, { key: fresh.apiKey });
    expect((page.body.data as Card[]).map((card) => card.name)).toEqual([
      'anna',
      'Ärger Anna',
      'Bert',
      'Lena',
      'Łukasz Żółć',
      'Oskar',
      'Øystein',
      'Zoe',
    ]);
  });

  it('refuses a bad cursor, sort or half a property filter with 400 naming the field', async () => {
    const refused = async (query: string, field: string) => {
      const response = await call(`/v1/contacts?${query}`);
      expect(response.status, `${query}: ${response.text}`).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(JSON.stringify(response.body.errors), query).toContain(field);
    };
    await refused('cursor=not-a-cursor', 'cursor');
    const page = await call(`/v1/contacts?status=${columnId}&sort=name&limit=2`);
    await refused(`sort=recent&cursor=${page.body.nextCursor}`, 'cursor');
    await refused('sort=loudest', 'sort');
    await refused('active=maybe', 'active');
    await refused('propertyKey=city', 'propertyValue');
    await refused('propertyValue=Kraków', 'propertyKey');
    await refused('limit=501', 'limit');
  });
});
