import type { Store } from '../store/store.js';
import { findAccount } from './account-repository.js';

/** The zone an account's instants are shown in (UTC should the account be gone). */
export async function timeZoneOfAccount(store: Store, accountId: string): Promise<string> {
  return (await findAccount(store.db, accountId))?.timeZone ?? 'UTC';
}
