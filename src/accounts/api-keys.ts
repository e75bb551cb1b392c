import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import type { ApiKeyCache } from './api-key-cache.js';

/**
 * Account API keys look like `tally_<keyId>_<secret>`. The key id finds the row; only a
 * SHA-256 of the secret is stored, and it is compared in constant time. Secrets carry 192
 * random bits, so a fast hash is enough (no password stretching needed).
 */
export interface ApiKey {
  accountId: string;
  keyId: string;
  label: string;
  createdAt: number;
  revokedAt: number | undefined;
  /** To the minute (decision 0052); undefined while the key has never been used. */
  lastUsedAt: number | undefined;
}

const tokenPattern = /^tally_([0-9a-f]{16})_([A-Za-z0-9_-]{32})$/;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function equalDigests(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Creates a key for the account and returns it with its token, shown this once only. */
export async function createApiKey(
  db: Kysely<Database>,
  accountId: string,
  label: string,
  now: number,
): Promise<{ key: ApiKey; token: string }> {
  const keyId = randomBytes(8).toString('hex');
  const secret = randomBytes(24).toString('base64url');
  await db
    .insertInto('api_keys')
    .values({
      account_id: accountId,
      key_id: keyId,
      secret_sha256: sha256(secret),
      label,
      created_at: now,
      revoked_at: null,
    })
    .execute();
  return {
    key: { accountId, keyId, label, createdAt: now, revokedAt: undefined, lastUsedAt: undefined },
    token: `tally_${keyId}_${secret}`,
  };
}

/**
 * The account and key a token belongs to, if the token is well-formed, known and not revoked.
 * With a cache, a key verified once is answered from memory until it is revoked (decision 0047).
 */
export async function authenticateApiKey(
  db: Kysely<Database>,
  token: string,
  cache?: ApiKeyCache,
): Promise<{ accountId: string; keyId: string } | undefined> {
  const match = tokenPattern.exec(token);
  if (!match) return undefined;
  const [, keyId, secret] = match as unknown as [string, string, string];
  const cached = cache?.lookup(keyId);
  if (cached)
    return equalDigests(cached.secretSha256, sha256(secret))
      ? { accountId: cached.accountId, keyId }
      : undefined;
  const generation = cache?.generation ?? 0;
  const row = await db
    .selectFrom('api_keys')
    .select(['account_id', 'secret_sha256', 'revoked_at'])
    .where('key_id', '=', keyId)
    .executeTakeFirst();
  if (!row || row.revoked_at !== null) return undefined;
  if (!equalDigests(row.secret_sha256, sha256(secret))) return undefined;
  // Only verified keys are kept, so a wrong secret never fills the cache.
  cache?.remember(keyId, { accountId: row.account_id, secretSha256: row.secret_sha256 }, generation);
  return { accountId: row.account_id, keyId };
}

/**
 * Fills a cache that was just turned on with the keys in use, most recently used first, up
 * to its size: after a start or a lost listener every key would otherwise cost a database
 * read on its next use, and a busy instance would meet a burst of them at once. Keys are
 * remembered under the generation read before the query, so a revocation heard meanwhile
 * wins (decision 0047). Answers how many keys were loaded.
 */
export async function warmApiKeyCache(db: Kysely<Database>, cache: ApiKeyCache): Promise<number> {
  const generation = cache.generation;
  const rows = await db
    .selectFrom('api_keys')
    .select(['key_id', 'account_id', 'secret_sha256'])
    .where('revoked_at', 'is', null)
    .orderBy('last_used_at', (order) => order.desc().nullsLast())
    .orderBy('created_at', 'desc')
    .limit(cache.maxEntries)
    .execute();
  let loaded = 0;
  // Least recently used first, so the cache's eviction order matches the keys' use.
  for (const row of rows.reverse()) {
    if (
      !cache.remember(row.key_id, { accountId: row.account_id, secretSha256: row.secret_sha256 }, generation)
    )
      break;
    loaded += 1;
  }
  return loaded;
}

export async function listApiKeys(db: Kysely<Database>, accountId: string): Promise<ApiKey[]> {
  const rows = await db
    .selectFrom('api_keys')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .orderBy('key_id')
    .execute();
  return rows.map((row) => ({
    accountId: row.account_id,
    keyId: row.key_id,
    label: row.label,
    createdAt: row.created_at,
    revokedAt: row.revoked_at ?? undefined,
    lastUsedAt: row.last_used_at ?? undefined,
  }));
}

/**
 * Revokes one of the account's keys; false if the account has no such key. The revocation
 * is announced to every instance in the same transaction, so none keeps serving the key
 * from its cache (decision 0047), and no announcement goes out for a revocation that failed.
 */
export async function revokeApiKey(
  store: Pick<Store, 'dialect'>,
  accountId: string,
  keyId: string,
  now: number,
): Promise<boolean> {
  return store.dialect.inWriteTransaction(async (db) => {
    const result = await db
      .updateTable('api_keys')
      .set({ revoked_at: now })
      .where('account_id', '=', accountId)
      .where('key_id', '=', keyId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await store.dialect.announceKeyRevocation(db, keyId);
    return true;
  });
}
