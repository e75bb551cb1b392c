import type { Impact } from '../api/types.js';
import { formatCount, formatMoney } from '../format.js';

/** The impact preview in one sentence: "touches 1,240 contacts, 310 newly active this month, about €77.50 more overusage". */
export function impactSentence(impact: Impact): string {
  const touches = `Touches ${formatCount(impact.contactsTouched)} ${impact.contactsTouched === 1 ? 'contact' : 'contacts'}`;
  const newly = `${formatCount(impact.newlyActive)} newly active this month`;
  const cost =
    impact.extraOverusage > 0
      ? `about ${formatMoney(impact.extraOverusageCost)} more overusage`
      : 'no extra overusage';
  return `${touches}, ${newly}, ${cost}.`;
}

export function ImpactSummary({ impact }: { impact: Impact }) {
  return (
    <div
      className={`impact${impact.extraOverusage > 0 ? ' impact-costly' : ''}`}
      role="status"
      data-testid="impact"
    >
      <p>
        <strong>{impactSentence(impact)}</strong>
      </p>
      <p className="muted small">
        After it: {formatCount(impact.activeContacts + impact.newlyActive)} active contacts
        {impact.allowance === null ? '' : ` of ${formatCount(impact.allowance)} allowed`}.
      </p>
    </div>
  );
}
