import { findAccount } from '../accounts/account-repository.js';
import type { AppContext } from './app-context.js';

/** The zone an account's instants are shown in (UTC should the account be gone). */
export async function accountTimeZone(context: AppContext, accountId: string): Promise<string> {
  return (await findAccount(context.store.db, accountId))?.timeZone ?? 'UTC';
}
