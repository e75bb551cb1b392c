import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../src/accounts/account.js';
import { newActivityKey } from '../../src/contacts/record-contact-activity.js';
import { fanOutActivity } from '../../src/metering/fan-out-activity.js';
import { listActiveContacts } from '../../src/metering/list-active-contacts.js';
import { recordActivities } from '../../src/metering/record-activities.js';
import { readUsageCount } from '../../src/metering/usage-count.js';
import { verifyMetering } from '../../src/metering/verify-metering.js';
import { createTestDatabase, engines, type TestDatabase } from '../support/engines.js';
import { activity, at, seedAccount } from '../support/metering-fixtures.js';

describe('activity keys Tally makes for contact actions', () => {
  it('sort by the millisecond they were made in and do not repeat within one', () => {
    const times = [at('2026-03-02T09:00'), at('2026-03-02T09:00') + 1, at('2027-01-01T00:00'), 2 ** 47];
    const keys = times.map((time) => newActivityKey(time));
    expect([...keys].sort()).toEqual(keys);
    const sameMillisecond = new Set(Array.from({ length: 1000 }, () => newActivityKey(times[0])));
    expect(sameMillisecond.size).toBe(1000);
  });
});

describe.each(engines)('recording activities on %s', (engine) => {
  let database: TestDatabase;
  let account: Account;

  beforeEach(async () => {
    database = await createTestDatabase(engine);
    account = await seedAccount(database.store);
  });
  afterEach(() => database.dispose());

  const count = async (localIso: string, accountId = account.id) =>
    (await readUsageCount(database.store, accountId, at(localIso)))?.activeContacts;

  it('counts a contact once per month however many activities touch it', async () => {
    const outcome = await recordActivities(database.store, [
      activity(account.id, 'c1', at('2026-03-02T09:00'), { kind: 'contact.created' }),
      activity(account.id, 'c1', at('2026-03-03T09:00'), { kind: 'note.added' }),
      activity(account.id, 'c1', at('2026-03-04T09:00'), { kind: 'message.sent' }),
      activity(account.id, 'c2', at('2026-03-04T10:00'), { kind: 'property.set' }),
    ]);
    expect(outcome).toEqual({ ok: true, recorded: 4, replayed: 0, newlyActive: 2 });
    await recordActivities(database.store, [activity(account.id, 'c2', at('2026-03-20T10:00'))]);
    expect(await count('2026-03-15T00:00')).toBe(2);
  });

  it('counts a contact touched on 31 January and on 1 February in both months', async () => {
    await recordActivities(database.store, [
      activity(account.id, 'c1', at('2026-01-31T23:59')),
      activity(account.id, 'c1', at('2026-02-01T00:00')),
    ]);
    expect(await count('2026-01-15T00:00')).toBe(1);
    expect(await count('2026-02-15T00:00')).toBe(1);
    expect(await count('2026-03-15T00:00')).toBe(0);
  });

  it('treats a re-delivered activity (same key) as a no-op', async () => {
    const first = activity(account.id, 'c1', at('2026-03-02T09:00'));
    await recordActivities(database.store, [first]);
    const replay = await recordActivities(database.store, [first, { ...first, contactId: 'c9' }]);
    expect(replay).toEqual({ ok: true, recorded: 0, replayed: 2, newlyActive: 0 });
    expect(await count('2026-03-15T00:00')).toBe(1);
    const ledger = await database.store.db.selectFrom('activity_ledger').select('activity_key').execute();
    expect(ledger).toHaveLength(1);
  });

  it('stores keys and contact ids with quotes, backslashes, commas, braces and spaces exactly', async () => {
    const awkward = ['say "hi", {ok}', 'back\\slash \\"both\\"', ' NULL ', 'ünïcödé ✓'];
    const batch = awkward.map((text, index) =>
      activity(account.id, `c-${text}`, at('2026-03-02T09:00') + index, { key: `k-${text}` }),
    );
    expect(await recordActivities(database.store, batch)).toEqual({
      ok: true,
      recorded: 4,
      replayed: 0,
      newlyActive: 4,
    });
    const page = await listActiveContacts(database.store, account.id, { at: at('2026-03-15T00:00') });
    expect(page?.contacts.map((contact) => [contact.contactId, contact.firstActivity.key]).sort()).toEqual(
      awkward.map((text) => [`c-${text}`, `k-${text}`]).sort(),
    );
    expect(await recordActivities(database.store, batch)).toEqual({
      ok: true,
      recorded: 0,
      replayed: 4,
      newlyActive: 0,
    });
  });

  it('explains each active contact by its earliest activity, even when activities arrive out of order', async () => {
    await recordActivities(database.store, [
      activity(account.id, 'c1', at('2026-03-20T09:00'), { kind: 'note.added', key: 'late' }),
    ]);
    await recordActivities(database.store, [
      activity(account.id, 'c1', at('2026-03-05T09:00'), {
        kind: 'message.sent',
        actor: 'automation',
        key: 'early',
      }),
      activity(account.id, 'c1', at('2026-03-10T09:00'), { kind: 'property.set', key: 'middle' }),
    ]);
    const page = await listActiveContacts(database.store, account.id, { at: at('2026-03-15T00:00') });
    expect(page?.contacts).toEqual([
      {
        contactId: 'c1',
        firstActivity: {
          key: 'early',
          kind: 'message.sent',
          actor: 'automation',
          occurredAt: at('2026-03-05T09:00'),
        },
      },
    ]);
    expect(await count('2026-03-15T00:00')).toBe(1);
  });

  it('rejects the whole batch, naming every faulty item, and writes nothing', async () => {
    const outcome = await recordActivities(database.store, [
      activity(account.id, 'c1', at('2026-03-02T09:00')),
      activity(account.id, 'c2', at('2026-03-02T09:00'), { kind: 'contact.viewed' as never }),
      activity('acc_unknown', 'c3', at('2026-03-02T09:00')),
      activity(account.id, 'c4', at('2025-12-31T09:00')),
      activity(account.id, '', at('2026-03-02T09:00')),
    ]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map(({ index, field, code }) => ({ index, field, code }))).toEqual([
      { index: 1, field: 'kind', code: 'invalid' },
      { index: 2, field: 'accountId', code: 'unknown_account' },
      { index: 3, field: 'occurredAt', code: 'before_subscription_start' },
      { index: 4, field: 'contactId', code: 'invalid' },
    ]);
    expect(await count('2026-03-15T00:00')).toBe(0);
    expect(await database.store.db.selectFrom('activity_ledger').selectAll().execute()).toEqual([]);
  });

  it('keeps accounts apart: the same contact id in two accounts counts in each', async () => {
    const other = await seedAccount(database.store, at('2026-01-01T00:00'), 'Other');
    await recordActivities(database.store, [
      activity(account.id, 'c1', at('2026-03-02T09:00'), { key: 'k' }),
      activity(other.id, 'c1', at('2026-03-02T09:00'), { key: 'k' }),
    ]);
    expect(await count('2026-03-15T00:00')).toBe(1);
    expect(await count('2026-03-15T00:00', other.id)).toBe(1);
  });

  it('fans one activity out to every selected contact with one ledger row', async () => {
    await recordActivities(database.store, [
      activity(account.id, 'c1', at('2026-02-10T09:00')),
      activity(account.id, 'c2', at('2026-02-10T09:00')),
      activity(account.id, 'c3', at('2026-02-10T09:00')),
      activity(account.id, 'c1', at('2026-03-01T09:00')),
    ]);
    // Touch every contact that was active in February (a stand-in for "every contact in a column").
    const selection = database.store.db
      .selectFrom('active_contacts')
      .select('contact_id')
      .where('account_id', '=', account.id)
      .where('period_start', '=', at('2026-02-01T00:00'));
    const renamed = {
      accountId: account.id,
      key: 'rename-1',
      kind: 'status.renamed' as const,
      actor: 'user' as const,
      occurredAt: at('2026-03-05T12:00'),
    };
    const outcome = await fanOutActivity(database.store, renamed, selection);
    expect(outcome).toEqual({ ok: true, replayed: false, touched: 3, newlyActive: 2 });
    expect(await fanOutActivity(database.store, renamed, selection)).toEqual({
      ok: true,
      replayed: true,
      touched: 0,
      newlyActive: 0,
    });
    expect(await count('2026-03-15T00:00')).toBe(3);
    const ledgerRows = await database.store.db
      .selectFrom('activity_ledger')
      .select('activity_key')
      .where('kind', '=', 'status.renamed')
      .execute();
    expect(ledgerRows).toHaveLength(1);
    const page = await listActiveContacts(database.store, account.id, { at: at('2026-03-15T00:00') });
    expect(page?.contacts.map((contact) => [contact.contactId, contact.firstActivity.kind])).toEqual([
      ['c1', 'note.added'],
      ['c2', 'status.renamed'],
      ['c3', 'status.renamed'],
    ]);
    expect((await verifyMetering(database.store)).differences).toEqual([]);
  });

  it('pages through a month’s active contacts with a cursor', async () => {
    const contacts = Array.from({ length: 25 }, (_, index) => `c${String(index).padStart(2, '0')}`);
    await recordActivities(
      database.store,
      contacts.map((contactId) => activity(account.id, contactId, at('2026-04-02T09:00'))),
    );
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await listActiveContacts(database.store, account.id, {
        at: at('2026-04-10T00:00'),
        limit: 10,
        ...(after === undefined ? {} : { after }),
      });
      seen.push(...(page?.contacts.map((contact) => contact.contactId) ?? []));
      after = page?.nextCursor;
    } while (after);
    expect(seen).toEqual(contacts);
  });

  it('verify reports the account and month whose figures were tampered with', async () => {
    await recordActivities(database.store, [
      activity(account.id, 'c1', at('2026-03-02T09:00')),
      activity(account.id, 'c2', at('2026-03-02T09:00')),
      activity(account.id, 'c1', at('2026-04-02T09:00')),
    ]);
    expect(await verifyMetering(database.store)).toEqual({
      monthsChecked: 2,
      prunedMonthsChecked: 0,
      differences: [],
    });
    await sql`UPDATE usage_months SET active_contacts = active_contacts + 1 WHERE period_start = ${at('2026-03-01T00:00')}`.execute(
      database.store.db,
    );
    await sql`DELETE FROM active_contacts WHERE period_start = ${at('2026-04-01T00:00')}`.execute(
      database.store.db,
    );
    const report = await verifyMetering(database.store);
    expect(report.differences).toEqual([
      expect.objectContaining({
        accountId: account.id,
        periodStart: at('2026-03-01T00:00'),
        ledgerContacts: 2,
        activeSetContacts: 2,
        counter: 3,
      }),
      expect.objectContaining({
        accountId: account.id,
        periodStart: at('2026-04-01T00:00'),
        ledgerContacts: 1,
        activeSetContacts: 0,
        missingFromActiveSet: 1,
        counter: 1,
      }),
    ]);
  });

  it('refuses every activity of a closed month, writes nothing, and still takes open months', async () => {
    await recordActivities(database.store, [activity(account.id, 'c1', at('2026-02-10T09:00'))]);
    await sql`UPDATE usage_months SET closed_at = ${at('2026-03-01T01:00')} WHERE period_start = ${at('2026-02-01T00:00')}`.execute(
      database.store.db,
    );
    const refused = await recordActivities(database.store, [
      activity(account.id, 'c2', at('2026-03-02T09:00')),
      activity(account.id, 'c3', at('2026-02-27T09:00')),
      activity(account.id, 'c1', at('2026-02-28T09:00')),
    ]);
    expect(refused).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({ index: 1, field: 'occurredAt', code: 'period_closed' }),
        expect.objectContaining({ index: 2, field: 'occurredAt', code: 'period_closed' }),
      ],
    });
    expect(await count('2026-02-15T00:00')).toBe(1);
    expect(await count('2026-03-15T00:00')).toBe(0);
    const renamed = await fanOutActivity(
      database.store,
      {
        accountId: account.id,
        key: 'late-rename',
        kind: 'status.renamed',
        actor: 'user',
        occurredAt: at('2026-02-20T09:00'),
      },
      database.store.db
        .selectFrom('active_contacts')
        .select('contact_id')
        .where('account_id', '=', account.id),
    );
    expect(renamed).toMatchObject({ ok: false, code: 'period_closed' });
    expect(
      await recordActivities(database.store, [activity(account.id, 'c2', at('2026-03-02T09:00'))]),
    ).toMatchObject({
      ok: true,
      newlyActive: 1,
    });
    expect((await verifyMetering(database.store)).differences).toEqual([]);
  });
});
