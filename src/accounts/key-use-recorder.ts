import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

/** "Last used" is kept to the minute: a busier key costs no more writes than a quiet one. */
export const keyUseResolutionMs = 60_000;

/**
 * Records when each API key was last used, at most once a minute per key (decision 0052).
 * Authentication is the hot path and the key cache spares it the database (decision 0047),
 * so this instance remembers when it last wrote each key and skips the write within the
 * minute; across instances the UPDATE's own condition keeps it to one write a minute.
 */
export class KeyUseRecorder {
  readonly #written = new Map<string, number>();

  constructor(readonly maxEntries = 10_000) {}

  /**
   * Notes a use of the key. The write, when one is due, is not awaited: the request it came
   * with neither waits for it nor fails with it (it is tried again on the key's next use).
   */
  record(db: Kysely<Database>, keyId: string, now: number): void {
    const last = this.#written.get(keyId);
    if (last !== undefined && now >= last && now - last < keyUseResolutionMs) return;
    // A forgotten key only costs one more write, so a full map is simply started afresh.
    if (this.#written.size >= this.maxEntries) this.#written.clear();
    this.#written.set(keyId, now);
    db.updateTable('api_keys')
      .set({ last_used_at: now })
      .where('key_id', '=', keyId)
      .where((where) =>
        where.or([
          where('last_used_at', 'is', null),
          where('last_used_at', '<=', now - keyUseResolutionMs),
          // A clock set back (a test clock, a corrected host clock) must not freeze the value.
          where('last_used_at', '>', now),
        ]),
      )
      .execute()
      .catch(() => this.#written.delete(keyId));
  }
}
