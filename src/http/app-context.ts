import type { ApiKeyCache } from '../accounts/api-key-cache.js';
import type { KeyUseRecorder } from '../accounts/key-use-recorder.js';
import type { OperatorKey } from '../accounts/operator-key.js';
import type { Catalog } from '../billing/catalog.js';
import type { Store } from '../store/store.js';
import type { Clock } from './clock.js';
import type { Metrics } from './metrics.js';

/** Everything a route needs, built once per server. */
export interface AppContext {
  store: Store;
  catalog: Catalog;
  clock: Clock;
  operator: OperatorKey;
  metrics: Metrics;
  billing: { graceMs: number };
  /** Verified API keys, where the store can announce revocations to every instance (decision 0047). */
  apiKeyCache?: ApiKeyCache;
  /** Writes each API key's "last used" at most once a minute (decision 0052). */
  keyUses?: KeyUseRecorder;
  /** The outbox worker, when this server runs one: kicked when a request queued a notice. */
  notifications?: { kick(): void };
}

/** Who is calling: the operator, or one account through one of its keys. */
export type Caller = { kind: 'operator' } | { kind: 'account'; accountId: string };
