import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

/** A bound that keeps one threshold from becoming a mass mailing. */
export const maxAlertRecipients = 20;

export interface AlertRecipient {
  email: string;
  createdAt: number;
}

/**
 * Who receives the threshold e-mails besides the billing e-mail address (decision 0052):
 * the people who act on usage are often not the ones who pay the invoices.
 */
export async function listAlertRecipients(
  db: Kysely<Database>,
  accountId: string,
): Promise<AlertRecipient[]> {
  const rows = await db
    .selectFrom('alert_recipients')
    .select(['email', 'created_at'])
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .orderBy('email')
    .execute();
  return rows.map((row) => ({ email: row.email, createdAt: Number(row.created_at) }));
}

/** Adds an (already normalised) address; `exists` if it is there, `full` at the bound. */
export async function addAlertRecipient(
  db: Kysely<Database>,
  accountId: string,
  email: string,
  now: number,
): Promise<'added' | 'exists' | 'full'> {
  const current = await listAlertRecipients(db, accountId);
  if (current.some((recipient) => recipient.email === email)) return 'exists';
  if (current.length >= maxAlertRecipients) return 'full';
  await db
    .insertInto('alert_recipients')
    .values({ account_id: accountId, email, created_at: now })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
  return 'added';
}

export async function removeAlertRecipient(
  db: Kysely<Database>,
  accountId: string,
  email: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('alert_recipients')
    .where('account_id', '=', accountId)
    .where('email', '=', email)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Every address a threshold e-mail goes to: the billing address first, each address once. */
export function thresholdEmailAddresses(
  billingEmail: string | undefined,
  recipients: AlertRecipient[],
): string[] {
  const addresses = [billingEmail, ...recipients.map((recipient) => recipient.email)].filter(
    (address): address is string => Boolean(address),
  );
  return [...new Map(addresses.map((address) => [address.toLowerCase(), address])).values()];
}
