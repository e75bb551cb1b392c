import type { ApiClient } from '../api/client.js';
import type { Quote, Subscription, Usage } from '../api/types.js';
import { formatCount, formatMoney } from '../format.js';
import { navigate } from '../router.js';
import { useLoad } from '../use-load.js';
import { describeOption } from './describe-option.js';

/** The highest threshold the month has reached: from the server's record, else from the figures. */
export function reachedThreshold(usage: Usage): 80 | 100 | undefined {
  if (usage.thresholds) {
    const reached = usage.thresholds.filter((threshold) => threshold.reachedAt !== null);
    if (reached.some((threshold) => threshold.percent >= 100)) return 100;
    if (reached.some((threshold) => threshold.percent >= 80)) return 80;
    return undefined;
  }
  if (usage.allowance === null || usage.allowance === 0) return undefined;
  // Integer comparison: active / allowance >= 80 % without a fraction.
  if (usage.activeContacts * 100 >= usage.allowance * 100) return 100;
  if (usage.activeContacts * 100 >= usage.allowance * 80) return 80;
  return undefined;
}

/**
 * The 80 % and 100 % warning, with the advisor's cheapest way to cover the contacts the
 * month is heading for (the forecast when there is one, else today's count).
 */
export function ThresholdBanner({ client, usage }: { client: ApiClient; usage: Usage }) {
  const threshold = reachedThreshold(usage);
  const expected = Math.max(usage.forecast?.activeContacts ?? 0, usage.activeContacts);
  const advice = useLoad(async () => {
    if (!threshold || !usage.plan) return undefined;
    const subscription = await client.json<Subscription>('/v1/subscription');
    if (!subscription.cycle) return undefined;
    return client.json<Quote>('/v1/quotes', {
      method: 'POST',
      body: {
        plan: usage.plan,
        cycle: subscription.cycle,
        addonContacts: usage.addonContacts ?? 0,
        expectedActiveContacts: expected,
      },
    });
  }, [client, threshold, usage.plan, usage.addonContacts, expected]);
  if (!threshold || usage.allowance === null) return null;
  const cheapest = advice.data?.options?.[0];
  return (
    <section
      className={`banner ${threshold === 100 ? 'banner-over' : 'banner-warn'}`}
      role="status"
      aria-live="polite"
      data-testid="threshold-banner"
    >
      <p>
        <strong>
          {threshold === 100
            ? `You have reached 100 % of your allowance (${formatCount(usage.allowance)} active contacts).`
            : `You have used 80 % of your allowance (${formatCount(usage.allowance)} active contacts).`}
        </strong>{' '}
        {usage.overusage > 0
          ? `${formatCount(usage.overusage)} contacts are over so far: ${formatMoney(usage.overusageCost)} overusage at the end of the month.`
          : threshold === 100
            ? 'Every further contact this month is billed as overusage.'
            : `${formatCount(usage.allowance - usage.activeContacts)} contacts left before overusage.`}
      </p>
      {cheapest && (
        <p>
          Cheapest for the {formatCount(expected)} contacts expected:{' '}
          {describeOption(cheapest.kind, cheapest.planName ?? cheapest.plan, cheapest.addonContacts)} at{' '}
          {formatMoney(cheapest.monthlyCost)} a month.{' '}
          <a
            href="/plan"
            onClick={(event) => {
              event.preventDefault();
              navigate('/plan');
            }}
          >
            Compare options
          </a>
        </p>
      )}
    </section>
  );
}
