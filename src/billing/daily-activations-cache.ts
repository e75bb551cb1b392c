import { Temporal } from 'temporal-polyfill';
import type { DailyActivations } from '../metering/daily-activations.js';
import type { Store } from '../store/store.js';

/**
 * The forecast's daily activations cost a pass over the month's active set, which grows
 * with the account; `GET /v1/usage` is read far more often than the pace changes. So each
 * instance keeps them for up to 30 seconds while the local day is the same, and brings
 * them up to date with the live count: the contacts counted since are added to today.
 * The count itself is never cached.
 */
interface Entry {
  days: DailyActivations[];
  cachedAt: number;
  /** Business time the days were computed for, and when the next local day begins. */
  computedFor: number;
  nextDayStart: number;
}

const ttlMs = 30_000;
const maxEntries = 20_000;
const caches = new WeakMap<Store, Map<string, Entry>>();

export async function cachedDailyActivations(
  store: Store,
  key: string,
  now: number,
  timeZone: string,
  activeContacts: number,
  load: () => Promise<DailyActivations[]>,
): Promise<DailyActivations[]> {
  let cache = caches.get(store);
  if (!cache) {
    cache = new Map();
    caches.set(store, cache);
  }
  const entry = cache.get(key);
  const counted = entry?.days.at(-1)?.cumulative ?? 0;
  if (
    entry &&
    Date.now() - entry.cachedAt < ttlMs &&
    now >= entry.computedFor &&
    now < entry.nextDayStart &&
    activeContacts >= counted
  ) {
    return withToday(entry.days, activeContacts - counted);
  }
  const days = await load();
  if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string);
  cache.delete(key);
  cache.set(key, {
    days,
    cachedAt: Date.now(),
    computedFor: now,
    nextDayStart: Temporal.Instant.fromEpochMilliseconds(now)
      .toZonedDateTimeISO(timeZone)
      .startOfDay()
      .add({ days: 1 }).epochMilliseconds,
  });
  return days;
}

function withToday(days: DailyActivations[], added: number): DailyActivations[] {
  const today = days.at(-1);
  if (added === 0 || !today) return days;
  return [
    ...days.slice(0, -1),
    { ...today, newlyActive: today.newlyActive + added, cumulative: today.cumulative + added },
  ];
}
