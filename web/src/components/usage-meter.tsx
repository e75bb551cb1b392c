import type { Usage } from '../api/types.js';
import { formatCount, formatMoney } from '../format.js';

/** A month's figures, as `GET /v1/usage` and the usage history give them. */
type Props = Pick<
  Usage,
  'activeContacts' | 'includedContacts' | 'addonContacts' | 'allowance' | 'overusage' | 'overusageCost'
> & { compact?: boolean };

/**
 * The month's active contacts against the allowance: included contacts and add-on contacts
 * as two bands of the track, the contacts within the allowance in one colour and the
 * overused ones beyond it in another (striped, so the difference does not rest on colour).
 */
export function UsageMeter(props: Props) {
  const { activeContacts, allowance, overusage } = props;
  const included = props.includedContacts ?? 0;
  const addons = props.addonContacts ?? 0;
  if (allowance === null) {
    return (
      <section className="meter-card" aria-label="Active contacts">
        <p className="meter-figure">
          <strong data-testid="active-contacts">{formatCount(activeContacts)}</strong> active contacts this
          month
        </p>
        <p className="muted">Legacy plan: counted for information, never limited or billed.</p>
      </section>
    );
  }
  const scale = Math.max(allowance, activeContacts, 1) * 1.08;
  const percent = (value: number) => `${((value / scale) * 100).toFixed(3)}%`;
  const within = Math.min(activeContacts, allowance);
  const used = allowance === 0 ? 100 : Math.round((activeContacts / allowance) * 100);
  return (
    <section className={`meter-card${props.compact ? ' compact' : ''}`} aria-label="Active contacts">
      <div className="meter-heading">
        <p className="meter-figure">
          <strong data-testid="active-contacts">{formatCount(activeContacts)}</strong>
          <span> of {formatCount(allowance)} active contacts</span>
        </p>
        {overusage > 0 ? (
          <p className="overusage-figure" data-testid="overusage">
            {formatCount(overusage)} over · {formatMoney(props.overusageCost)} overusage
          </p>
        ) : (
          <p className="muted" data-testid="overusage">
            {formatCount(allowance - activeContacts)} left this month
          </p>
        )}
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a native <meter> cannot show the included, add-on and overused bands */}
      <div
        className="meter"
        role="meter"
        aria-label="Active contacts against the allowance"
        aria-valuemin={0}
        aria-valuemax={allowance}
        aria-valuenow={activeContacts}
        aria-valuetext={`${activeContacts} of ${allowance} active contacts (${used} %)${overusage > 0 ? `, ${overusage} over` : ''}`}
      >
        <div className="meter-band included" style={{ width: percent(included) }} />
        <div className="meter-band addon" style={{ left: percent(included), width: percent(addons) }} />
        <div className="meter-fill" style={{ width: percent(within) }} />
        {overusage > 0 && (
          <div className="meter-over" style={{ left: percent(allowance), width: percent(overusage) }} />
        )}
        <div className="meter-limit" style={{ left: percent(allowance) }} />
      </div>
      {!props.compact && (
        <ul className="meter-legend">
          <li>
            <span className="swatch included" aria-hidden="true" /> {formatCount(included)} included
          </li>
          <li>
            <span className="swatch addon" aria-hidden="true" /> {formatCount(addons)} add-on
          </li>
          <li>
            <span className="swatch fill" aria-hidden="true" /> {formatCount(within)} within allowance
          </li>
          <li>
            <span className="swatch over" aria-hidden="true" /> {formatCount(overusage)} overusage
          </li>
        </ul>
      )}
    </section>
  );
}
