/**
 * What a failed database call says about the database itself, as opposed to the request:
 * - `unavailable`: the database cannot be reached or has gone away (a restart, a failover,
 *   a terminated connection, refused connections, a lock held past the timeout); the same
 *   request may succeed once it is back.
 * - `storage_full`: the database cannot grow (a full disk, or SQLite's page limit); writes
 *   succeed again once space is freed.
 * Anything else is not a database fault (a bug, a constraint the caller should have
 * checked) and stays an internal error.
 */
export type DatabaseFault = 'unavailable' | 'storage_full';

/**
 * Thrown when no connection could be had at all. pg reports a refused or failed connect
 * with whatever the server or the socket said (a database not accepting connections says
 * SQLSTATE 55000, a starting server 57P03), so the failure to connect is what classifies it.
 */
export class DatabaseUnavailableError extends Error {
  constructor(override readonly cause: unknown) {
    super(`the database cannot be reached: ${messageOf(cause)}`);
    this.name = 'DatabaseUnavailableError';
  }
}

/** PostgreSQL SQLSTATEs that mean the server, not the statement, failed. */
const unavailableStates = new Set([
  '57P01', // admin_shutdown: a restart, a failover, pg_terminate_backend
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up, in recovery
  '57P05', // idle_session_timeout
  '57014', // query_canceled: the statement ran past the timeout (an overloaded or locked database)
  '53300', // too_many_connections
  '25P03', // idle_in_transaction_session_timeout
  '58000', // system_error
  '58030', // io_error
]);

/** Socket errors: the server is not there, or went away mid-conversation. */
const unavailableSocketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** pg's own errors for a connection that broke or could not be had in time. */
const unavailableMessages = [
  'Connection terminated',
  'not queryable',
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
];

export function classifyDatabaseFault(error: unknown): DatabaseFault | undefined {
  if (error instanceof DatabaseUnavailableError) return 'unavailable';
  if (typeof error !== 'object' || error === null) return undefined;
  const code = 'code' in error ? String((error as { code: unknown }).code) : '';
  // SQLite: its extended codes share the primary code's prefix (SQLITE_IOERR_WRITE …).
  if (code === 'SQLITE_FULL') return 'storage_full';
  // Another process holding the write lock past the busy timeout, an I/O error, a file
  // that cannot be opened or was made read-only: the file, not the request, is at fault.
  if (/^SQLITE_(BUSY|IOERR|CANTOPEN|READONLY)/.test(code)) return 'unavailable';
  // PostgreSQL: 53100 disk_full; class 08 is connection exceptions.
  if (code === '53100') return 'storage_full';
  if (code.startsWith('08') || unavailableStates.has(code)) return 'unavailable';
  if (code === 'ENOSPC') return 'storage_full';
  if (unavailableSocketCodes.has(code)) return 'unavailable';
  const message = messageOf(error);
  if (unavailableMessages.some((text) => message.includes(text))) return 'unavailable';
  return undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
