import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import type { RevocationFeed, RevocationListener } from './revocation-feed.js';
import type { Database } from './schema.js';

/**
 * The channel is named after the schema, so instances on other schemas of the same database
 * (tests, tenants) never hear each other's revocations. md5 keeps it within PostgreSQL's
 * 63-byte identifier limit whatever the schema is called, and makes it a safe identifier.
 */
const channelOf = "'tally_revoked_' || md5(coalesce(current_schema(), ''))";

/** Announces a revocation to every listening instance; inside the revoking transaction, so it is sent only on commit. */
export async function announcePostgresRevocation(db: Kysely<Database>, keyId: string): Promise<void> {
  await sql`SELECT pg_notify(${sql.raw(channelOf)}, ${keyId})`.execute(db);
}

/**
 * LISTENs on a connection of its own with the pool's settings (so the same search_path and
 * so the same channel). PostgreSQL may end that connection at any time (decision 0032): a
 * restart, a failover, `pg_terminate_backend`. Notifications sent meanwhile are lost for
 * good, so listeners are told at once (and drop their caches), and the feed reconnects
 * every `retryMs` until it listens again. Its timers are unref'd: a process that is done
 * never waits for them, and no 'error' goes unhandled.
 */
export function postgresRevocationFeed(settings: pg.ClientConfig, retryMs = 1_000): RevocationFeed {
  const listeners = new Set<RevocationListener>();
  let current: pg.Client | undefined;
  let live = false;
  let started = false;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const scheduleRetry = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, retryMs);
    retry.unref();
  };

  const connect = async () => {
    const client = new pg.Client(settings);
    let lost = false;
    const lose = (error: unknown) => {
      if (lost) return;
      lost = true;
      if (client === current) {
        current = undefined;
        if (live) {
          live = false;
          for (const listener of listeners) listener.lost(error);
        }
      }
      client.end().catch(() => {});
      scheduleRetry();
    };
    client.on('error', lose);
    client.on('end', () => lose(new Error('the revocation listener connection ended')));
    let channel: string | undefined;
    client.on('notification', (message) => {
      if (message.channel !== channel || !message.payload) return;
      for (const listener of listeners) listener.revoked(message.payload);
    });
    try {
      await client.connect();
      const { rows } = await client.query<{ channel: string }>(`SELECT ${channelOf} AS channel`);
      channel = rows[0]?.channel;
      if (channel === undefined) throw new Error('no channel name');
      await client.query(`LISTEN "${channel}"`);
    } catch (error) {
      lose(error);
      return;
    }
    if (lost) return;
    if (closed) {
      await client.end().catch(() => {});
      return;
    }
    current = client;
    live = true;
    for (const listener of listeners) listener.live();
  };

  return {
    get isLive() {
      return live;
    },
    subscribe(listener) {
      listeners.add(listener);
      if (live) listener.live();
      if (!started) {
        started = true;
        void connect();
      }
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const client = current;
      current = undefined;
      live = false;
      await client?.end().catch(() => {});
    },
  };
}
