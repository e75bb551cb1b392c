import type { Usage } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';
import { usedShare } from '../usage-share.js';

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
  const { t, format } = useLocale();
  const { activeContacts, allowance, overusage } = props;
  const included = props.includedContacts ?? 0;
  const addons = props.addonContacts ?? 0;
  if (allowance === null) {
    return (
      <section className="meter-card" aria-label={t.meter.region}>
        <p className="meter-figure">
          <strong data-testid="active-contacts">{format.count(activeContacts)}</strong>{' '}
          {t.meter.activeThisMonth}
        </p>
        <p className="muted">{t.meter.legacy}</p>
      </section>
    );
  }
  const scale = Math.max(allowance, activeContacts, 1) * 1.08;
  const percent = (value: number) => `${((value / scale) * 100).toFixed(3)}%`;
  const within = Math.min(activeContacts, allowance);
  const used = usedShare(activeContacts, allowance);
  return (
    <section className={`meter-card${props.compact ? ' compact' : ''}`} aria-label={t.meter.region}>
      <div className="meter-heading">
        <p className="meter-figure">
          <strong data-testid="active-contacts">{format.count(activeContacts)}</strong>
          <span>{t.meter.ofAllowance(format.count(allowance))}</span>
        </p>
        {overusage > 0 ? (
          <p className="overusage-figure" data-testid="overusage">
            {t.meter.over(format.count(overusage), format.money(props.overusageCost))}
          </p>
        ) : (
          <p className="muted" data-testid="overusage">
            {t.meter.left(format.count(allowance - activeContacts))}
          </p>
        )}
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a native <meter> cannot show the included, add-on and overused bands */}
      <div
        className="meter"
        role="meter"
        aria-label={t.meter.meterLabel}
        aria-valuemin={0}
        aria-valuemax={allowance}
        aria-valuenow={activeContacts}
        aria-valuetext={t.meter.valueText(
          format.count(activeContacts),
          format.count(allowance),
          format.count(used),
          overusage > 0 ? format.count(overusage) : undefined,
        )}
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
            <span className="swatch included" aria-hidden="true" /> {t.meter.included(format.count(included))}
          </li>
          <li>
            <span className="swatch addon" aria-hidden="true" /> {t.meter.addon(format.count(addons))}
          </li>
          <li>
            <span className="swatch fill" aria-hidden="true" /> {t.meter.within(format.count(within))}
          </li>
          <li>
            <span className="swatch over" aria-hidden="true" /> {t.meter.overusage(format.count(overusage))}
          </li>
        </ul>
      )}
    </section>
  );
}
