/**
 * Who is signed in, kept in this tab's session storage: closing the tab signs out, and the
 * key never sits in a cookie the browser would send by itself.
 */
export interface Session {
  /** The key every API call uses: the account's own, or one the operator issued for it. */
  accountKey: string;
  accountId: string;
  accountName: string;
  /** The account's time zone (IANA), in which every time is shown; absent in older sessions. */
  timeZone?: string;
  /** Set when an operator signed in: they can go back and pick another account. */
  operatorKey?: string;
}

const storageKey = 'tally.session';

export function loadSession(): Session | undefined {
  try {
    const raw = sessionStorage.getItem(storageKey);
    return raw ? (JSON.parse(raw) as Session) : undefined;
  } catch {
    return undefined;
  }
}

export function saveSession(session: Session | undefined): void {
  if (session) sessionStorage.setItem(storageKey, JSON.stringify(session));
  else sessionStorage.removeItem(storageKey);
}
