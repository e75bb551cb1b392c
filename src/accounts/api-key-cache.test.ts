import { describe, expect, it } from 'vitest';
import type { RevocationFeed, RevocationListener } from '../store/revocation-feed.js';
import { ApiKeyCache, cacheApiKeys } from './api-key-cache.js';

const entry = (accountId: string) => ({ accountId, secretSha256: 'ab'.repeat(32) });

function liveCache(maxEntries?: number): ApiKeyCache {
  const cache = new ApiKeyCache(maxEntries);
  cache.resume();
  return cache;
}

describe('ApiKeyCache', () => {
  it('misses a key it never verified, then hits it once remembered', () => {
    const cache = liveCache();
    expect(cache.lookup('k1')).toBeUndefined();
    expect(cache.remember('k1', entry('acc_1'), cache.generation)).toBe(true);
    expect(cache.lookup('k1')).toEqual(entry('acc_1'));
    expect(cache.lookups).toEqual({ hit: 1, miss: 1, off: 0 });
  });

  it('forgets a revoked key and keeps the others', () => {
    const cache = liveCache();
    cache.remember('k1', entry('acc_1'), cache.generation);
    cache.remember('k2', entry('acc_2'), cache.generation);
    cache.forget('k1');
    expect(cache.lookup('k1')).toBeUndefined();
    expect(cache.lookup('k2')).toEqual(entry('acc_2'));
  });

  it('does not keep a key read before a revocation that landed before it was remembered', () => {
    const cache = liveCache();
    const generation = cache.generation; // the request reads the key from the database …
    cache.forget('k1'); // … while another instance revokes it
    expect(cache.remember('k1', entry('acc_1'), generation)).toBe(false);
    expect(cache.lookup('k1')).toBeUndefined();
  });

  it('answers nothing and keeps nothing while off, and keeps nothing read while it was off', () => {
    const cache = liveCache();
    cache.remember('k1', entry('acc_1'), cache.generation);
    cache.suspend();
    expect(cache.usable).toBe(false);
    expect(cache.lookup('k1')).toBeUndefined();
    const readWhileOff = cache.generation;
    expect(cache.remember('k2', entry('acc_2'), readWhileOff)).toBe(false);
    cache.resume();
    // Dropped at the loss, not restored by the reconnect.
    expect(cache.lookup('k1')).toBeUndefined();
    expect(cache.remember('k2', entry('acc_2'), readWhileOff)).toBe(false);
    expect(cache.lookups).toEqual({ hit: 0, miss: 1, off: 1 });
  });

  it('starts off until told revocations are heard', () => {
    const cache = new ApiKeyCache();
    expect(cache.remember('k1', entry('acc_1'), cache.generation)).toBe(false);
    expect(cache.lookup('k1')).toBeUndefined();
  });

  it('holds at most maxEntries keys, evicting the least recently used', () => {
    const cache = liveCache(3);
    for (const key of ['k1', 'k2', 'k3']) cache.remember(key, entry(key), cache.generation);
    cache.lookup('k1');
    cache.remember('k4', entry('k4'), cache.generation);
    expect(cache.size).toBe(3);
    expect(cache.lookup('k2')).toBeUndefined();
    expect(cache.lookup('k1')).toEqual(entry('k1'));
    expect(cache.lookup('k3')).toEqual(entry('k3'));
    expect(cache.lookup('k4')).toEqual(entry('k4'));
  });
});

describe('cacheApiKeys', () => {
  it('has no cache without a revocation feed', () => {
    expect(cacheApiKeys(undefined)).toBeUndefined();
  });

  it('follows the feed: on when live, forgets revoked keys, drops everything when lost', () => {
    let listener: RevocationListener | undefined;
    const feed: RevocationFeed = {
      isLive: false,
      subscribe: (subscriber) => {
        listener = subscriber;
        return () => {};
      },
      close: async () => {},
    };
    const events: string[] = [];
    const cached = cacheApiKeys(feed, {
      onLost: () => events.push('lost'),
      onLive: () => events.push('live'),
    });
    if (!cached || !listener) throw new Error('expected a subscribed cache');
    const { cache } = cached;
    expect(cache.usable).toBe(false);
    listener.live();
    cache.remember('k1', entry('acc_1'), cache.generation);
    cache.remember('k2', entry('acc_2'), cache.generation);
    listener.revoked('k1');
    expect(cache.lookup('k1')).toBeUndefined();
    expect(cache.lookup('k2')).toEqual(entry('acc_2'));
    listener.lost(new Error('terminated'));
    expect(cache.usable).toBe(false);
    listener.live();
    expect(cache.lookup('k2')).toBeUndefined();
    expect(events).toEqual(['live', 'lost', 'live']);
  });
});
