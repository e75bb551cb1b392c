import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { findAccount, findUsageCalendar } from '../accounts/account-repository.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { inWriteTransaction } from '../store/write-transaction.js';
import type { BillingCycle, Catalog } from './catalog.js';
import { changeTiming, cycleAround } from './change-timing.js';
import type { Configuration } from './configuration.js';
import { totalOf } from './invoice-line.js';
import { issueInvoice } from './invoice-repository.js';
import { computePlanChange } from './plan-change.js';
import {
  deletePendingTerms,
  insertChange,
  insertTerm,
  loadTerms,
  type RecordedChange,
} from './subscription-repository.js';
import { pendingTerms, type SubscriptionTerm, termInForce } from './subscription-term.js';
import { issueDueUpfrontInvoices } from './upfront-invoices.js';

/** What the account asks for: new values for some fields, or to cancel at the cycle's end. */
export type ChangeRequest =
  | { kind: 'configure'; planId?: string; cycle?: BillingCycle; addonContacts?: number }
  | { kind: 'cancel' };

export type ChangeOutcome =
  | { ok: true; change: RecordedChange; applied: boolean }
  | { ok: false; code: 'unknown_account' | 'subscription_ended' | 'not_started'; message: string };

/**
 * Changes an account's subscription: load the terms, compute the change with the pure
 * pricing rules, then write the new terms and the history entry in one transaction. With
 * `preview`, stops after computing and changes nothing.
 *
 * A request builds on what is already scheduled (a pending downgrade stays unless the
 * request overrides its fields) and replaces it; a cancellation replaces any pending change.
 */
export async function changeSubscription(
  store: Store,
  catalog: Catalog,
  accountId: string,
  request: ChangeRequest,
  now: number,
  options: { preview: boolean },
): Promise<ChangeOutcome> {
  const [account, calendar] = await Promise.all([
    findAccount(store.db, accountId),
    findUsageCalendar(store, accountId),
  ]);
  if (!account || !calendar)
    return { ok: false, code: 'unknown_account', message: `no account ${accountId}` };
  const month = calendar.monthAt(now);
  if (!month) return { ok: false, code: 'not_started', message: 'the subscription has not started yet' };

  const write = async (db: Kysely<Database>): Promise<ChangeOutcome> => {
    const terms = await loadTerms(db, accountId);
    const current = termInForce(terms, now);
    if (!current?.configuration) {
      return { ok: false, code: 'subscription_ended', message: 'the subscription has ended' };
    }
    const pending = pendingTerms(terms, now).at(-1);
    const currentCycle = cycleAround(current.cycleStartMonth, current.configuration.cycle, month.index);
    const change = computeChange(catalog, request, current, pending, () =>
      changeTiming(
        calendar,
        account.timeZone,
        current.cycleStartMonth,
        current.configuration?.cycle ?? 'monthly',
        now,
      ),
    );
    const immediate = change.immediate;
    const cycleStartMonth =
      immediate && immediate.cycle !== current.configuration.cycle ? month.index : current.cycleStartMonth;
    const cycleEndMonth =
      immediate && immediate.cycle !== current.configuration.cycle
        ? cycleAround(cycleStartMonth, immediate.cycle, month.index).endMonth
        : currentCycle.endMonth;
    const recorded: RecordedChange = {
      changeId: `chg_${randomBytes(8).toString('hex')}`,
      requestedAt: now,
      request,
      immediate: immediate && { effectiveAt: now, configuration: immediate },
      scheduled: change.scheduled && {
        effectiveAt: calendar.month(cycleEndMonth).start,
        configuration: change.scheduled === 'cancel' ? undefined : change.scheduled,
      },
      lines: change.lines,
      total: totalOf(change.lines),
    };
    if (options.preview) return { ok: true, change: recorded, applied: false };
    if (recorded.lines.length > 0) {
      await issueInvoice(
        db,
        store.dialect,
        accountId,
        {
          kind: 'change',
          sourceKey: `change:${recorded.changeId}`,
          period: undefined,
          lines: recorded.lines,
        },
        catalog.seller,
        now,
      );
    }

    await deletePendingTerms(db, accountId, now);
    let sequence = Math.max(0, ...terms.map((term) => term.sequence));
    if (recorded.immediate) {
      await insertTerm(db, accountId, {
        sequence: ++sequence,
        effectiveFrom: now,
        configuration: recorded.immediate.configuration,
        cycleStartMonth,
        changeId: recorded.changeId,
      });
    }
    if (recorded.scheduled) {
      await insertTerm(db, accountId, {
        sequence: ++sequence,
        effectiveFrom: recorded.scheduled.effectiveAt,
        configuration: recorded.scheduled.configuration,
        cycleStartMonth: cycleEndMonth,
        changeId: recorded.changeId,
      });
    }
    await insertChange(db, accountId, recorded);
    return { ok: true, change: recorded, applied: true };
  };

  if (options.preview) return write(store.db);
  return inWriteTransaction(store, async (db) => {
    // One change at a time per account: the billing state row is the lock (SQLite's
    // write lock does the same). Upfront invoices due so far are issued first, so a
    // credit never refers to a fee that was not invoiced.
    await issueDueUpfrontInvoices(db, store.dialect, catalog, accountId, calendar, { asOf: now, now });
    return write(db);
  });
}

function computeChange(
  catalog: Catalog,
  request: ChangeRequest,
  current: SubscriptionTerm,
  pending: SubscriptionTerm | undefined,
  timing: () => ReturnType<typeof changeTiming>,
): {
  immediate: Configuration | undefined;
  scheduled: Configuration | 'cancel' | undefined;
  lines: RecordedChange['lines'];
} {
  const inForce = current.configuration as Configuration;
  if (request.kind === 'cancel') return { immediate: undefined, scheduled: 'cancel', lines: [] };
  const base = pending?.configuration ?? inForce;
  const target: Configuration = {
    planId: request.planId ?? base.planId,
    cycle: request.cycle ?? base.cycle,
    addonContacts: request.addonContacts ?? base.addonContacts,
  };
  const change = computePlanChange(catalog, inForce, target, timing());
  return { immediate: change.immediate, scheduled: change.scheduled, lines: change.lines };
}
