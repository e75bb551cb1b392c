import type { RevocationFeed } from '../store/revocation-feed.js';

/** What is kept of a verified key: never the token, only its secret's SHA-256 and its account. */
export interface CachedApiKey {
  accountId: string;
  secretSha256: string;
}

/**
 * Verified API keys of this process, by key id, so an authenticated request needs no
 * database round trip (decision 0047). It is trusted only while revocations reach it: the
 * revocation feed drops a key when any instance revokes it, and the whole cache (turning it
 * off) when the feed's connection is lost, until it listens again.
 *
 * A request that missed reads the key from the database, then remembers it. A revocation
 * may land between the two; remembering the key then would keep a revoked key for good.
 * Every invalidation bumps `generation`, and a key read under an older one is not kept.
 */
export class ApiKeyCache {
  readonly #entries = new Map<string, CachedApiKey>();
  #generation = 0;
  #usable = false;
  /** Lookups answered from the cache, missed, or not tried because the cache was off. */
  readonly lookups = { hit: 0, miss: 0, off: 0 };

  constructor(readonly maxEntries = 10_000) {}

  get usable(): boolean {
    return this.#usable;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Read before the database lookup and handed back to `remember`. */
  get generation(): number {
    return this.#generation;
  }

  lookup(keyId: string): CachedApiKey | undefined {
    if (!this.#usable) {
      this.lookups.off += 1;
      return undefined;
    }
    const entry = this.#entries.get(keyId);
    if (!entry) {
      this.lookups.miss += 1;
      return undefined;
    }
    this.lookups.hit += 1;
    // Re-inserted so the Map's order is least recently used first: the bound evicts cold keys.
    this.#entries.delete(keyId);
    this.#entries.set(keyId, entry);
    return entry;
  }

  /** Keeps a key verified against the database; false if an invalidation came since `generation`. */
  remember(keyId: string, entry: CachedApiKey, generation: number): boolean {
    if (!this.#usable || generation !== this.#generation) return false;
    this.#entries.delete(keyId);
    if (this.#entries.size >= this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(keyId, entry);
    return true;
  }

  forget(keyId: string): void {
    this.#generation += 1;
    this.#entries.delete(keyId);
  }

  /** Revocations may be missed from now on: forget everything and answer nothing. */
  suspend(): void {
    this.#generation += 1;
    this.#usable = false;
    this.#entries.clear();
  }

  /** Revocations are heard again; a key read while they were not is still not kept (generation). */
  resume(): void {
    this.#generation += 1;
    this.#entries.clear();
    this.#usable = true;
  }
}

/**
 * A cache fed by the store's revocation feed, or undefined where the store has none (then
 * every request reads its key). `onLost`/`onLive` let the server log the changes; `warm`
 * fills the cache each time it is turned on (`warmApiKeyCache`).
 */
export function cacheApiKeys(
  feed: RevocationFeed | undefined,
  events: {
    onLost?(error: unknown): void;
    onLive?(): void;
    warm?(cache: ApiKeyCache): Promise<unknown>;
  } = {},
  maxEntries = 10_000,
): { cache: ApiKeyCache; stop(): void } | undefined {
  if (!feed) return undefined;
  const cache = new ApiKeyCache(maxEntries);
  const stop = feed.subscribe({
    revoked: (keyId) => cache.forget(keyId),
    lost: (error) => {
      cache.suspend();
      events.onLost?.(error);
    },
    live: () => {
      cache.resume();
      // Best effort: a key the warm-up could not load is read on its first use, as before.
      events.warm?.(cache).catch(() => {});
      events.onLive?.();
    },
  });
  return { cache, stop };
}
