import type { Impact } from '../api/types.js';
import type { Formatter } from '../i18n/formatter.js';
import { useLocale } from '../i18n/locale-context.js';
import type { Messages } from '../i18n/messages-en.js';

/** The impact preview in one sentence: "touches 1,240 contacts, 310 newly active this month, about €77.50 more overusage". */
export function impactSentence(t: Messages, format: Formatter, impact: Impact): string {
  const touches = t.impact.touches(format.count(impact.contactsTouched), impact.contactsTouched === 1);
  const newly = t.impact.newly(format.count(impact.newlyActive));
  const cost =
    impact.extraOverusage > 0 ? t.impact.cost(format.money(impact.extraOverusageCost)) : t.impact.noCost;
  return `${touches}, ${newly}, ${cost}.`;
}

export function ImpactSummary({ impact }: { impact: Impact }) {
  const { t, format } = useLocale();
  return (
    <div
      className={`impact${impact.extraOverusage > 0 ? ' impact-costly' : ''}`}
      role="status"
      data-testid="impact"
    >
      <p>
        <strong>{impactSentence(t, format, impact)}</strong>
      </p>
      <p className="muted small">
        {t.impact.after(
          format.count(impact.activeContacts + impact.newlyActive),
          impact.allowance === null ? undefined : format.count(impact.allowance),
        )}
      </p>
    </div>
  );
}
