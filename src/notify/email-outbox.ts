import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { type SmtpSettings, sendEmail } from '../channels/email-sender.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { retryDelayMs } from './deliver-webhooks.js';

/** Queues an e-mail to the account inside the caller's transaction (sent by `sendDueEmails`). */
export async function enqueueEmail(
  db: Kysely<Database>,
  accountId: string,
  email: { to: string; subject: string; body: string },
  now: number,
): Promise<string> {
  const emailId = `eml_${randomBytes(10).toString('hex')}`;
  await db
    .insertInto('email_outbox')
    .values({
      account_id: accountId,
      email_id: emailId,
      recipient: email.to,
      subject: email.subject,
      body: email.body,
      status: 'pending',
      attempts: 0,
      // Due at once: sending follows the wall clock, not the business clock.
      next_attempt_at: 0,
      lease_until: null,
      last_error: null,
      created_at: now,
      sent_at: null,
    })
    .execute();
  return emailId;
}

export interface EmailDeliveryOptions {
  now?: () => number;
  /** The first retry's delay, doubling after each failure (default 60 s). */
  retryBaseMs?: number;
  /** Attempts before an e-mail is given up (default 8). */
  maxAttempts?: number;
}

/** Longer than any SMTP conversation (nodemailer gives up after 40 s). */
const leaseMs = 120_000;

/**
 * One pass of the e-mail outbox. Each e-mail is claimed with a lease by a conditional
 * UPDATE, so one instance sends it. A crash between the SMTP server accepting it and the
 * row being marked sent resends it once the lease expires; its Message-ID is the same,
 * so mail clients show the two as one message (decision 0013).
 */
export async function sendDueEmails(
  store: Store,
  smtp: SmtpSettings,
  options: EmailDeliveryOptions = {},
): Promise<number> {
  const now = options.now ?? Date.now;
  const retryBaseMs = options.retryBaseMs ?? 60_000;
  const maxAttempts = options.maxAttempts ?? 8;
  const due = await store.db
    .selectFrom('email_outbox')
    .select(['account_id', 'email_id'])
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now())
    .where((where) => where.or([where('lease_until', 'is', null), where('lease_until', '<', now())]))
    .orderBy('next_attempt_at')
    .limit(20)
    .execute();
  let sent = 0;
  for (const key of due) {
    const claimedAt = now();
    const claim = await store.db
      .updateTable('email_outbox')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), lease_until: claimedAt + leaseMs }))
      .where('account_id', '=', key.account_id)
      .where('email_id', '=', key.email_id)
      .where('status', '=', 'pending')
      .where((where) => where.or([where('lease_until', 'is', null), where('lease_until', '<', claimedAt)]))
      .returning(['recipient', 'subject', 'body', 'attempts'])
      .executeTakeFirst();
    if (!claim) continue;
    const result = await sendEmail(smtp, {
      to: claim.recipient,
      subject: claim.subject,
      text: claim.body,
      messageId: `<${key.email_id}@tally>`,
    });
    const finishedAt = now();
    const givenUp = !result.accepted && claim.attempts >= maxAttempts;
    await store.db
      .updateTable('email_outbox')
      .set(
        result.accepted
          ? { status: 'sent', sent_at: finishedAt, lease_until: null, last_error: null }
          : {
              status: givenUp ? 'failed' : 'pending',
              next_attempt_at: finishedAt + retryDelayMs(claim.attempts, retryBaseMs),
              lease_until: null,
              last_error: result.error,
            },
      )
      .where('account_id', '=', key.account_id)
      .where('email_id', '=', key.email_id)
      .execute();
    if (result.accepted) sent++;
  }
  return sent;
}
