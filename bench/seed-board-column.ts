import { newActivityKey } from '../src/contacts/record-contact-activity.js';
import { sortName } from '../src/contacts/sort-name.js';
import { recordActivities } from '../src/metering/record-activities.js';
import type { Store } from '../src/store/store.js';

export interface SeededContact {
  id: string;
  name: string;
  email: string;
  createdAt: number;
}

/**
 * Puts `count` contacts into one board column straight through the store (20,000 HTTP calls
 * would take minutes): rows as `POST /v1/contacts` writes them, created a second apart from
 * `from`, and every `activeEvery`-th one made active this month through the metering library
 * with a `contact.created` at its creation time (0: none active).
 */
export async function seedColumn(
  store: Store,
  accountId: string,
  statusId: string,
  options: {
    count: number;
    from: number;
    prefix?: string;
    activeEvery?: number;
    name?: (index: number) => string;
  },
): Promise<SeededContact[]> {
  const prefix = options.prefix ?? 'seed';
  const contacts: SeededContact[] = Array.from({ length: options.count }, (_, index) => ({
    id: `con_${prefix}_${String(index).padStart(6, '0')}`,
    name: options.name?.(index) ?? `Person ${prefix} ${String(index).padStart(6, '0')}`,
    email: `${prefix}.${index}@example.com`,
    createdAt: options.from + index * 1000,
  }));
  for (let offset = 0; offset < contacts.length; offset += 1000) {
    await store.db
      .insertInto('contacts')
      .values(
        contacts.slice(offset, offset + 1000).map((contact) => ({
          account_id: accountId,
          contact_id: contact.id,
          status_id: statusId,
          name: contact.name,
          email: contact.email,
          phone: null,
          sort_name: sortName({ name: contact.name, email: contact.email, phone: null }),
          created_at: contact.createdAt,
          updated_at: contact.createdAt,
          last_activity_at: contact.createdAt,
          deleted_at: null,
          erased_at: null,
        })),
      )
      .execute();
  }
  const activeEvery = options.activeEvery ?? 0;
  if (activeEvery > 0) {
    const active = contacts.filter((_, index) => index % activeEvery === 0);
    for (let offset = 0; offset < active.length; offset += 5000) {
      const outcome = await recordActivities(
        store,
        active.slice(offset, offset + 5000).map((contact) => ({
          accountId,
          key: newActivityKey(contact.createdAt),
          contactId: contact.id,
          kind: 'contact.created' as const,
          actor: 'import' as const,
          occurredAt: contact.createdAt,
        })),
      );
      if (!outcome.ok) throw new Error(`seeding activities failed: ${JSON.stringify(outcome.issues[0])}`);
    }
  }
  return contacts;
}
