import type { AdmissionOptions } from '../http/admission-control.js';
import { defaultAdmission } from '../http/server.js';
import { type Durability, isDurability } from '../store/store.js';

/** Settings of `tally serve` read from the environment, each refused with its name when malformed. */
export interface ServeSettings {
  admission: AdmissionOptions;
  durability: Durability;
  /** PostgreSQL connections in the pool (SQLite has its one). */
  databaseConnections: number;
}

/** Measured against 2, 4 and 20 (decision 0010, "Pool size and prepared statements"). */
export const defaultDatabaseConnections = 10;

export function serveSettingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): ServeSettings {
  const durability = env.TALLY_DURABILITY ?? 'full';
  if (!isDurability(durability)) throw new Error('TALLY_DURABILITY must be "full" or "normal"');
  return {
    durability,
    databaseConnections: wholeNumber(env, 'TALLY_DATABASE_CONNECTIONS', defaultDatabaseConnections, 1),
    admission: {
      maxActive: wholeNumber(env, 'TALLY_MAX_CONCURRENT_REQUESTS', defaultAdmission.maxActive, 1),
      maxQueued: wholeNumber(env, 'TALLY_MAX_QUEUED_REQUESTS', defaultAdmission.maxQueued, 0),
      queueTimeoutMs: wholeNumber(env, 'TALLY_QUEUE_TIMEOUT_MS', defaultAdmission.queueTimeoutMs, 1),
      requestTimeoutMs:
        wholeNumber(env, 'TALLY_REQUEST_TIMEOUT_SECONDS', defaultAdmission.requestTimeoutMs / 1000, 1) * 1000,
    },
  };
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, minimum: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new Error(`${name} must be a whole number of at least ${minimum}, not "${text}"`);
  }
  return value;
}
