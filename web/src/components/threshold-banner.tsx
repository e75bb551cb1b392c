import type { ApiClient } from '../api/client.js';
import type { Quote, Subscription, Usage } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';
import { planNameText } from '../i18n/server-text.js';
import { navigate } from '../router.js';
import { usedShare } from '../usage-share.js';
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
  const share = usedShare(usage.activeContacts, usage.allowance);
  if (share >= 100) return 100;
  if (share >= 80) return 80;
  return undefined;
}

/**
 * The 80 % and 100 % warning: the true share used (239 of 250 is 95 %, not "80 %") and the
 * threshold it passed, with the advisor's cheapest way to cover the contacts the
 * month is heading for (the forecast when there is one, else today's count).
 */
export function ThresholdBanner({ client, usage }: { client: ApiClient; usage: Usage }) {
  const { t, format } = useLocale();
  const threshold = reachedThreshold(usage);
  const expected = Math.max(usage.forecast?.activeContacts ?? 0, usage.activeContacts);
  const advice = useLoad(async () => {
    if (!threshold || !usage.plan) return undefined;
    const subscription = await client.json<Subscription>('/v1/subscription');
    if (!('cycle' in subscription)) return undefined;
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
          {(threshold === 100 ? t.banner.reached100 : t.banner.reached80)(
            format.count(usedShare(usage.activeContacts, usage.allowance)),
            format.count(usage.activeContacts),
            format.count(usage.allowance),
          )}
        </strong>{' '}
        {usage.overusage > 0
          ? t.banner.overSoFar(format.count(usage.overusage), format.money(usage.overusageCost))
          : threshold === 100
            ? t.banner.everyFurther
            : t.banner.left(format.count(usage.allowance - usage.activeContacts))}
      </p>
      {cheapest && (
        <p>
          {t.banner.cheapest(
            format.count(expected),
            describeOption(
              t,
              format,
              cheapest.kind,
              planNameText(t, cheapest.plan, cheapest.planName),
              cheapest.addonContacts,
            ),
            format.money(cheapest.monthlyCost),
          )}{' '}
          <a
            href="/plan"
            onClick={(event) => {
              event.preventDefault();
              navigate('/plan');
            }}
          >
            {t.banner.compare}
          </a>
        </p>
      )}
    </section>
  );
}
