import { timeZoneOfAccount } from '../accounts/account-time-zone.js';
import type { AppContext } from './app-context.js';

/** The zone an account's instants are shown in (UTC should the account be gone). */
export function accountTimeZone(context: AppContext, accountId: string): Promise<string> {
  return timeZoneOfAccount(context.store, accountId);
}
