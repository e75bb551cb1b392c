import type { Kysely } from 'kysely';
import type { UsageCalendar } from '../domain/usage-calendar.js';
import type { Dialect } from '../store/dialect.js';
import type { Database } from '../store/schema.js';
import { lockBillingState, updateBillingState } from './billing-state-repository.js';
import type { Catalog } from './catalog.js';
import { monthsPerCycle } from './configuration.js';
import type { InvoiceDraft } from './invoice.js';
import { issueInvoices } from './invoice-repository.js';
import { loadTerms } from './subscription-repository.js';
import { type SubscriptionTerm, termInForce } from './subscription-term.js';
import { upfrontLines } from './upfront-lines.js';

/**
 * Upfront invoices for every billing cycle that has started by `asOf`: the fee and the
 * add-on contacts of the configuration in force at the cycle's start. Pure: returns the
 * drafts and where the next cycle starts (null once the subscription has ended).
 */
export function planUpfrontInvoices(
  catalog: Catalog,
  calendar: UsageCalendar,
  terms: readonly SubscriptionTerm[],
  firstMonth: number | null,
  asOf: number,
): { drafts: InvoiceDraft[]; nextMonth: number | null } {
  const drafts: InvoiceDraft[] = [];
  let index = firstMonth;
  while (index !== null && calendar.month(index).start <= asOf) {
    const start = calendar.month(index).start;
    const term = termInForce(terms, start);
    if (!term?.configuration) return { drafts, nextMonth: null };
    const length = monthsPerCycle(term.configuration.cycle);
    const offset: number = index - term.cycleStartMonth;
    if (offset % length !== 0) {
      // Not a cycle start under the term in force (its cycle began elsewhere): move to the next one.
      index = term.cycleStartMonth + Math.ceil(offset / length) * length;
      continue;
    }
    drafts.push({
      kind: 'upfront',
      sourceKey: `upfront:${start}`,
      period: { start, end: calendar.month(index + length).start },
      lines: upfrontLines(catalog, term.configuration),
    });
    index += length;
  }
  return { drafts, nextMonth: index };
}

/**
 * Issues the upfront invoices due by `asOf` inside the caller's transaction; a plan change
 * runs this first, so it never credits a fee that was not invoiced.
 */
export async function issueDueUpfrontInvoices(
  db: Kysely<Database>,
  dialect: Dialect,
  catalog: Catalog,
  accountId: string,
  calendar: UsageCalendar,
  options: { asOf: number; now: number },
): Promise<number> {
  const state = await lockBillingState(db, dialect, accountId);
  if (!state) return 0;
  const upfront = planUpfrontInvoices(
    catalog,
    calendar,
    await loadTerms(db, accountId),
    state.next_upfront_month,
    options.asOf,
  );
  if (upfront.nextMonth !== state.next_upfront_month) {
    await updateBillingState(db, accountId, {
      next_upfront_month: upfront.nextMonth,
      next_upfront_due: upfront.nextMonth === null ? null : calendar.month(upfront.nextMonth).start,
    });
  }
  await issueInvoices(db, dialect, accountId, upfront.drafts, catalog.seller, options.now, {
    enqueue: state.hasWebhookEndpoints,
  });
  return upfront.drafts.length;
}
