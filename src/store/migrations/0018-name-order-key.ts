import { sql } from 'kysely';
import type { Migration } from '../migration.js';

/**
 * Name order files accented and special Latin letters with their base letter (decision
 * 0051): `contacts.sort_name` is recomputed for existing contacts with a frozen copy of
 * the key (src/contacts/sort-name.ts as of this migration), since migration 17 filled it
 * with the database's `lower()`, which leaves non-ASCII letters alone on SQLite.
 */
export const nameOrderKeyMigration: Migration = {
  version: 18,
  name: 'name-order-key',
  async up(db) {
    let after = { account: '', contact: '' };
    for (;;) {
      const { rows } = await sql<Row>`
        SELECT account_id, contact_id, name, email, phone FROM contacts
        WHERE account_id > ${after.account} OR (account_id = ${after.account} AND contact_id > ${after.contact})
        ORDER BY account_id, contact_id LIMIT 1000`.execute(db);
      const last = rows.at(-1);
      if (!last) return;
      for (const row of rows) {
        await sql`UPDATE contacts SET sort_name = ${nameKey(row.name ?? row.email ?? row.phone ?? '')}
          WHERE account_id = ${row.account_id} AND contact_id = ${row.contact_id}`.execute(db);
      }
      after = { account: last.account_id, contact: last.contact_id };
    }
  },
};

interface Row {
  account_id: string;
  contact_id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
}

const foldedLetters: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
};

function nameKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/([\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu, '$1')
    .replace(/[łđðøßæœıþħŧŋ]/g, (letter) => foldedLetters[letter] ?? letter)
    .normalize('NFC');
}
