import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { equalDigests, sha256 } from './api-keys.js';

const settingName = 'operator_key_sha256';

export interface OperatorKey {
  sha256: string;
  /** Set only when this start generated the key: the one time it can be shown. */
  generated?: string;
}

/**
 * The operator key comes from `TALLY_OPERATOR_KEY`. Without it, the first start generates
 * one, stores only its hash and hands it back to be printed; later starts (and other
 * instances racing the first) find the stored hash and print nothing.
 */
export async function ensureOperatorKey(
  db: Kysely<Database>,
  configured: string | undefined,
): Promise<OperatorKey> {
  if (configured !== undefined && configured.length > 0) return { sha256: sha256(configured) };
  const stored = await db
    .selectFrom('settings')
    .select('value')
    .where('name', '=', settingName)
    .executeTakeFirst();
  if (stored) return { sha256: stored.value };
  const generated = `tally_operator_${randomBytes(24).toString('base64url')}`;
  const inserted = await db
    .insertInto('settings')
    .values({ name: settingName, value: sha256(generated) })
    .onConflict((conflict) => conflict.doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return { sha256: sha256(generated), generated };
  return ensureOperatorKey(db, undefined);
}

export function isOperatorToken(operator: OperatorKey, token: string): boolean {
  return equalDigests(operator.sha256, sha256(token));
}
