import { Temporal } from 'temporal-polyfill';
import type { ActivityKind, Actor } from '../src/domain/activity.js';
import { SeededRandom } from '../src/support/seeded-random.js';

/**
 * The synthetic month of issue 2, the same on every run: `accounts` accounts whose sizes
 * follow a Zipf law (the largest about 20,000 contacts), `activities` qualifying
 * activities of which about 30 % touch a contact already active that month, spread
 * evenly over November 2026 and shuffled across accounts as a real ingest stream would be.
 * Stored compactly (one packed integer per activity) and turned into objects per batch.
 */
export interface Workload {
  accountIds: string[];
  /** Every account is anchored here (1 January 2026, Berlin), so November is one usage month. */
  anchor: number;
  monthStart: number;
  monthEnd: number;
  /** `account << 15 | contact` per activity, in ingest order. */
  events: Uint32Array;
  /** Occurrence time of activity i is monthStart + i * step. */
  step: number;
  distinctContacts: number;
  largestAccount: number;
  largestAccountContacts: number;
}

export const activityMix: readonly { kind: ActivityKind; actor: Actor }[] = [
  { kind: 'message.sent', actor: 'automation' },
  { kind: 'message.sent', actor: 'user' },
  { kind: 'contact.status_changed', actor: 'user' },
  { kind: 'note.added', actor: 'user' },
  { kind: 'property.set', actor: 'api' },
  { kind: 'contact.created', actor: 'funnel' },
];

const contactBits = 15;
const contactMask = (1 << contactBits) - 1;

export function accountOf(event: number): number {
  return event >>> contactBits;
}

export function contactOf(event: number): number {
  return event & contactMask;
}

export function buildWorkload(options: {
  accounts: number;
  activities: number;
  largest: number;
  seed?: number;
}) {
  const random = new SeededRandom(options.seed ?? 42);
  const repeatShare = 0.3;
  const targetDistinct = Math.round(options.activities * (1 - repeatShare));
  // Zipf sizes largest / r^s; pick s so the sizes add up to the distinct contacts wanted.
  const sizesFor = (exponent: number) =>
    Array.from({ length: options.accounts }, (_, rank) =>
      Math.max(1, Math.round(options.largest / (rank + 1) ** exponent)),
    );
  let low = 0;
  let high = 3;
  for (let iteration = 0; iteration < 60; iteration++) {
    const middle = (low + high) / 2;
    const total = sizesFor(middle).reduce((sum, size) => sum + size, 0);
    if (total > targetDistinct) low = middle;
    else high = middle;
  }
  const sizes = sizesFor(high);
  const distinctContacts = sizes.reduce((sum, size) => sum + size, 0);
  const repeats = options.activities - distinctContacts;
  const events = new Uint32Array(options.activities);
  let cursor = 0;
  for (let account = 0; account < sizes.length; account++) {
    const size = sizes[account] as number;
    for (let contact = 0; contact < size; contact++) events[cursor++] = (account << contactBits) | contact;
  }
  // Repeats land on accounts in proportion to their size, on a random contact of theirs.
  for (let repeat = 0; repeat < repeats; repeat++) {
    const event = events[random.below(distinctContacts)] as number;
    const account = accountOf(event);
    events[cursor++] = (account << contactBits) | random.below(sizes[account] as number);
  }
  for (let index = events.length - 1; index > 0; index--) {
    const other = random.below(index + 1);
    const swap = events[index] as number;
    events[index] = events[other] as number;
    events[other] = swap;
  }
  const zone = 'Europe/Berlin';
  const monthStart = Temporal.ZonedDateTime.from(`2026-11-01T00:00[${zone}]`).epochMilliseconds;
  const monthEnd = Temporal.ZonedDateTime.from(`2026-12-01T00:00[${zone}]`).epochMilliseconds;
  return {
    accountIds: sizes.map((_, account) => `bench-${account}`),
    anchor: Temporal.ZonedDateTime.from(`2026-01-01T00:00[${zone}]`).epochMilliseconds,
    monthStart,
    monthEnd,
    events,
    step: Math.floor((monthEnd - monthStart) / options.activities),
    distinctContacts,
    largestAccount: 0,
    largestAccountContacts: sizes[0] as number,
  } satisfies Workload;
}

/** The workload of issue 2 at this scale: 10,000 accounts and 2,000,000 activities at 1. */
export function workloadAt(scale: number): Workload {
  return buildWorkload({
    accounts: Math.round(10_000 * scale),
    activities: Math.round(2_000_000 * scale),
    largest: Math.round(20_000 * Math.sqrt(scale)),
  });
}
