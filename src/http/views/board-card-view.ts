import type { BoardCard } from '../../contacts/board-column.js';
import { formatInstantIn } from '../instants.js';
import { contactView } from './contact-view.js';

/** A board card: the contact, its last activity and why it counts this month (null: it does not). */
export function boardCardView(card: BoardCard, zone: string) {
  return {
    ...contactView(card, zone),
    lastActivityAt: formatInstantIn(card.lastActivityAt, zone),
    activeThisMonth: card.activeThisMonth
      ? {
          kind: card.activeThisMonth.kind,
          actor: card.activeThisMonth.actor,
          occurredAt: formatInstantIn(card.activeThisMonth.occurredAt, zone),
        }
      : null,
  };
}
