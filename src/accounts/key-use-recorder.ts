import { type Kysely, sql } from 'kysely';
import type { Database } from '../store/schema.js';

/** "Last used" is kept to the minute: a busier key costs no more writes than a quiet one. */
export const keyUseResolutionMs = 60_000;

/** Keys written by one statement: small enough for any engine's parameter limit. */
const keysPerStatement = 200;

/**
 * Records when each API key was last used, at most once a minute per key (decision 0052),
 * writing the uses of many keys together. Authentication is the hot path and the key cache
 * spares it the database (decision 0047): a write per key and minute would give each first
 * request of a key a write of its own, and after a start every key's first request is one.
 * So a use is written with the others noted in the same half second, by one statement per
 * 200 keys; across instances the UPDATE's own condition keeps it to one write a minute.
 */
export class KeyUseRecorder {
  /** When this instance last wrote (or queued) each key's use. */
  readonly #written = new Map<string, number>();
  readonly #pending = new Map<string, number>();
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> = Promise.resolve();

  constructor(
    readonly db: Kysely<Database>,
    readonly options: { flushAfterMs?: number; maxEntries?: number } = {},
  ) {}

  /**
   * Notes a use of the key. The write, when one is due, is not awaited: the request it came
   * with neither waits for it nor fails with it (it is tried again on the key's next use).
   */
  record(keyId: string, now: number): void {
    const last = this.#written.get(keyId);
    if (last !== undefined && now >= last && now - last < keyUseResolutionMs) return;
    // A forgotten key only costs one more write, so a full map is simply started afresh.
    if (this.#written.size >= (this.options.maxEntries ?? 10_000)) this.#written.clear();
    this.#written.set(keyId, now);
    this.#pending.set(keyId, now);
    this.#timer ??= setTimeout(() => void this.flush(), this.options.flushAfterMs ?? 500).unref();
  }

  /** Writes every use noted so far; a reader of "last used" calls it to see its own instance's uses. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const uses = [...this.#pending];
    this.#pending.clear();
    this.#flushing = this.#flushing.then(() => this.#write(uses));
    return this.#flushing;
  }

  async #write(uses: [string, number][]): Promise<void> {
    for (let offset = 0; offset < uses.length; offset += keysPerStatement) {
      const batch = uses.slice(offset, offset + keysPerStatement);
      try {
        await writeKeyUses(this.db, batch);
      } catch {
        for (const [keyId] of batch) this.#written.delete(keyId);
      }
    }
  }
}

async function writeKeyUses(db: Kysely<Database>, uses: [string, number][]): Promise<void> {
  const whens = sql.join(
    uses.map(([keyId, usedAt]) => sql`WHEN ${keyId} THEN CAST(${usedAt} AS BIGINT)`),
    sql` `,
  );
  const usedAt = sql<number>`(CASE key_id ${whens} END)`;
  await db
    .updateTable('api_keys')
    .set({ last_used_at: usedAt })
    .where(
      'key_id',
      'in',
      uses.map(([keyId]) => keyId),
    )
    .where((where) =>
      where.or([
        where('last_used_at', 'is', null),
        where('last_used_at', '<=', sql<number>`${usedAt} - ${keyUseResolutionMs}`),
        // A clock set back (a test clock, a corrected host clock) must not freeze the value.
        where('last_used_at', '>', usedAt),
      ]),
    )
    .execute();
}
