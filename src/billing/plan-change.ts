import { formatCents, prorateHalfUp } from '../domain/money.js';
import type { Catalog, Plan } from './catalog.js';
import { type Configuration, InvalidConfigurationError, planOfOrThrow } from './configuration.js';
import type { InvoiceLine } from './invoice-line.js';

/** Where the change falls in a billing cycle, in the account's local calendar. */
export interface CycleFacts {
  /** Local calendar days in the cycle. */
  days: number;
  /** Days from the change's local date (counted) to the cycle's end. */
  daysLeft: number;
  /** Whole usage months of the cycle after the current one. */
  monthsAfterCurrent: number;
}

export interface ChangeTiming {
  /** The billing cycle in force now. */
  current: CycleFacts;
  /** A yearly cycle starting at the current usage month, for a switch from monthly to yearly. */
  yearlyFromCurrentMonth: CycleFacts;
}

export interface PlanChange {
  /** The configuration in force from now on, if anything changes now. */
  immediate: Configuration | undefined;
  /** The configuration that takes over at the end of the billing cycle, if any. */
  scheduled: Configuration | undefined;
  /** Charges (positive) and credits (negative) due now. */
  lines: InvoiceLine[];
}

/**
 * Splits a requested configuration into what happens now and what waits for the cycle's
 * end (SPEC §4), and prices what happens now.
 *
 * - A higher plan, monthly → yearly and more add-on contacts take effect at once.
 * - A lower plan, yearly → monthly and fewer add-on contacts wait for the end of the
 *   billing cycle (allowed while over limits). A mixed request does both.
 * - The fee: the new plan's fee for the rest of its cycle, against a credit for the unused
 *   rest of the fee paid, both pro rata by local days, rounded half-up per line.
 * - Add-on contacts are priced per usage month and never prorated by days: the current
 *   month is charged in full for contacts added, so buying on the last day is never
 *   cheaper than the overusage it avoids; the whole months after it are charged at the
 *   new price, and the old add-on contacts' whole months after it are credited.
 */
export function computePlanChange(
  catalog: Catalog,
  current: Configuration,
  target: Configuration,
  timing: ChangeTiming,
): PlanChange {
  const currentPlan = planOfOrThrow(catalog, current);
  const targetPlan = planOfOrThrow(catalog, target);
  if (targetPlan.legacy && targetPlan.id !== currentPlan.id) {
    throw new InvalidConfigurationError(
      'plan',
      `${targetPlan.name} is a legacy plan and closed to new subscriptions`,
    );
  }
  const planUp = targetPlan.id !== currentPlan.id && isHigher(targetPlan, currentPlan);
  const cycleUp = current.cycle === 'monthly' && target.cycle === 'yearly';
  const immediatePlan = planUp ? targetPlan : currentPlan;
  const immediate: Configuration = {
    planId: immediatePlan.id,
    cycle: cycleUp ? 'yearly' : current.cycle,
    // E.g. Expand with add-ons → Scale: add-on contacts end with the plan that sold them.
    addonContacts: immediatePlan.addonPerContact ? Math.max(current.addonContacts, target.addonContacts) : 0,
  };
  const changesNow = !sameConfiguration(immediate, current);
  const scheduled = sameConfiguration(target, changesNow ? immediate : current) ? undefined : target;
  if (!changesNow) return { immediate: undefined, scheduled, lines: [] };

  const lines: InvoiceLine[] = [];
  const oldCycle = timing.current;
  const newCycle = cycleUp ? timing.yearlyFromCurrentMonth : timing.current;
  if (planUp || cycleUp) {
    const newFee = immediatePlan.fees[immediate.cycle];
    const oldFee = currentPlan.fees[current.cycle];
    lines.push({
      description: `${immediatePlan.name} plan, ${immediate.cycle} fee for ${newCycle.daysLeft} of ${newCycle.days} days`,
      quantity: 1,
      unitPrice: prorateHalfUp(newFee, newCycle.daysLeft, newCycle.days),
      amount: prorateHalfUp(newFee, newCycle.daysLeft, newCycle.days),
    });
    lines.push({
      description: `Credit: unused ${currentPlan.name} plan, ${current.cycle} fee for ${oldCycle.daysLeft} of ${oldCycle.days} days`,
      quantity: 1,
      unitPrice: -prorateHalfUp(oldFee, oldCycle.daysLeft, oldCycle.days),
      amount: -prorateHalfUp(oldFee, oldCycle.daysLeft, oldCycle.days),
    });
  }
  const oldPrice = currentPlan.addonPerContact?.[current.cycle] ?? 0;
  const newPrice = immediatePlan.addonPerContact?.[immediate.cycle] ?? 0;
  const added = immediate.addonContacts - Math.min(current.addonContacts, immediate.addonContacts);
  const kept = Math.min(current.addonContacts, immediate.addonContacts);
  // The current month: contacts added at the new price, kept ones only if the price rose.
  const currentMonthDearer = Math.max(0, newPrice - oldPrice);
  if (added > 0) {
    lines.push(addonLine(`${added} added add-on contacts, current month`, added, newPrice));
  }
  if (kept > 0 && currentMonthDearer > 0) {
    lines.push(
      addonLine(`${kept} add-on contacts, current month, price difference`, kept, currentMonthDearer),
    );
  }
  if (newCycle.monthsAfterCurrent > 0 && immediate.addonContacts > 0) {
    lines.push(
      addonLine(
        `${immediate.addonContacts} add-on contacts × ${newCycle.monthsAfterCurrent} remaining months`,
        immediate.addonContacts * newCycle.monthsAfterCurrent,
        newPrice,
      ),
    );
  }
  if (oldCycle.monthsAfterCurrent > 0 && current.addonContacts > 0) {
    lines.push(
      addonLine(
        `Credit: ${current.addonContacts} add-on contacts × ${oldCycle.monthsAfterCurrent} remaining months`,
        current.addonContacts * oldCycle.monthsAfterCurrent,
        -oldPrice,
      ),
    );
  }
  return { immediate, scheduled, lines };
}

function addonLine(description: string, quantity: number, unitPrice: number): InvoiceLine {
  return {
    description: `${description} at €${formatCents(Math.abs(unitPrice))}`,
    quantity,
    unitPrice,
    amount: quantity * unitPrice,
  };
}

/** Plans rank by the contacts they include; moving off a legacy plan is always up. */
function isHigher(candidate: Plan, than: Plan): boolean {
  if (than.legacy) return true;
  return candidate.includedContacts > than.includedContacts;
}

function sameConfiguration(a: Configuration, b: Configuration): boolean {
  return a.planId === b.planId && a.cycle === b.cycle && a.addonContacts === b.addonContacts;
}
