import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/billing/catalog.js';
import { loadCatalog } from '../../src/billing/catalog.js';
import { ContactRefusedError } from '../../src/contacts/contact-refused-error.js';
import { findContact } from '../../src/contacts/contact-repository.js';
import { createContact, updateContact } from '../../src/contacts/save-contact.js';
import { recordActivities } from '../../src/metering/record-activities.js';
import { type ContactActionServices, performContactAction } from '../../src/use-cases/contact-action.js';
import { openAccount } from '../../src/use-cases/open-account.js';
import { createTestDatabase, engines, type TestDatabase } from '../support/engines.js';
import { activity, at } from '../support/metering-fixtures.js';

const catalog = loadCatalog();
const now = at('2026-03-10T10:00');

describe.each(engines)('a contact action with its activity and threshold check, on %s', (engine) => {
  let database: TestDatabase;
  let accountId: string;
  let kicks: number;
  let failures: unknown[];
  const services = (overrides: Partial<ContactActionServices> = {}): ContactActionServices => ({
    store: database.store,
    catalog,
    notifications: { kick: () => kicks++ },
    now: () => now,
    reportCheckFailure: (error) => failures.push(error),
    ...overrides,
  });
  const thresholdRows = async () =>
    (await database.store.db.selectFrom('usage_thresholds').select('percent').execute()).map((row) =>
      Number(row.percent),
    );

  beforeEach(async () => {
    database = await createTestDatabase(engine);
    kicks = 0;
    failures = [];
    // Start: 50 contacts included, so the 40th active contact reaches 80 %.
    const { account } = await openAccount(
      database.store,
      catalog,
      { name: 'Żółć Sp. z o.o.', configuration: { planId: 'start', cycle: 'monthly', addonContacts: 0 } },
      at('2026-03-01T00:00'),
    );
    accountId = account.id;
    const seeded = await recordActivities(
      database.store,
      Array.from({ length: 39 }, (_, index) => activity(accountId, `seed${index}`, at('2026-03-05T09:00'))),
    );
    expect(seeded).toMatchObject({ ok: true, newlyActive: 39 });
  });
  afterEach(() => database.dispose());

  it('commits the contact with its activity and announces the threshold it reaches before returning', async () => {
    const { contact } = await performContactAction(services(), accountId, (time) =>
      createContact(database.store, accountId, { name: 'Łukasz Żółć' }, 'user', time),
    );

    expect(await findContact(database.store.db, accountId, contact.id)).toMatchObject({
      name: 'Łukasz Żółć',
    });
    expect(await thresholdRows()).toEqual([80]);
    expect(kicks).toBe(1);
    expect(failures).toEqual([]);
  });

  it('throws a refusal as ContactRefusedError and checks nothing', async () => {
    // 40 active without a check: a check would announce 80 %.
    await recordActivities(database.store, [activity(accountId, 'seed39', at('2026-03-05T09:00'))]);

    const refused = performContactAction(services(), accountId, (time) =>
      updateContact(database.store, accountId, 'con_missing', { name: 'Nobody' }, 'user', time),
    );

    await expect(refused).rejects.toBeInstanceOf(ContactRefusedError);
    await expect(refused).rejects.toMatchObject({ refusal: { code: 'not_found', field: 'id' } });
    expect(await thresholdRows()).toEqual([]);
    expect(kicks).toBe(0);
  });

  it('keeps the committed action when the check fails, and reports the failure', async () => {
    const brokenCatalog = new Proxy(catalog, {
      get: () => {
        throw new Error('catalog unreadable');
      },
    }) as Catalog;

    const { contact } = await performContactAction(services({ catalog: brokenCatalog }), accountId, (time) =>
      createContact(database.store, accountId, { name: 'Ana' }, 'user', time),
    );

    expect(await findContact(database.store.db, accountId, contact.id)).toMatchObject({ name: 'Ana' });
    expect(failures).toHaveLength(1);
    expect(String(failures[0])).toContain('catalog unreadable');
    expect(await thresholdRows()).toEqual([]);
  });
});
