import { findUsageCalendar } from '../accounts/account-repository.js';
import type { ContactFilter } from '../contacts/contact-filter.js';
import type { AppContext } from './app-context.js';
import { Problem } from './problem.js';

/** The board's filter as the API takes it: in the query string, or in a bulk selection. */
export interface ContactFilterQuery {
  status?: string;
  q?: string;
  active?: 'true' | 'false';
  propertyKey?: string;
  propertyValue?: string;
}

/**
 * The filter a board view or a bulk selection names, with the current usage month it is
 * read against; `propertyKey` and `propertyValue` come together or not at all.
 */
export async function contactFilterOrThrow(
  context: AppContext,
  accountId: string,
  query: ContactFilterQuery,
  fieldPrefix = 'querystring.',
): Promise<ContactFilter> {
  if ((query.propertyKey === undefined) !== (query.propertyValue === undefined)) {
    const field = `${fieldPrefix}${query.propertyKey === undefined ? 'propertyKey' : 'propertyValue'}`;
    throw new Problem('validation_failed', `${field} is required with the other property field`, [
      { field, code: 'required', message: 'propertyKey and propertyValue come together' },
    ]);
  }
  const month = (await findUsageCalendar(context.store, accountId))?.monthAt(context.clock.now());
  return {
    ...(query.status === undefined ? {} : { statusId: query.status }),
    ...(query.q === undefined ? {} : { search: query.q }),
    ...(query.active === undefined ? {} : { active: query.active === 'true' }),
    ...(month === undefined ? {} : { monthStart: month.start }),
    ...(query.propertyKey === undefined || query.propertyValue === undefined
      ? {}
      : { property: { key: query.propertyKey, value: query.propertyValue } }),
  };
}
