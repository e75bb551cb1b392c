import type { ApiClient } from '../api/client.js';
import type { Quote, Subscription, Usage } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';
import { addMoney } from '../money.js';
import { useLoad } from '../use-load.js';

/**
 * Where the month is heading: the server's forecast of the month-end count and overusage,
 * and the projected cost of the month — the plan's monthly price (fee and add-on contacts,
 * as the advisor prices them) plus the projected overusage. Hidden when the server sends
 * no forecast.
 */
export function ForecastCard({ client, usage }: { client: ApiClient; usage: Usage }) {
  const { t, format } = useLocale();
  const forecast = usage.forecast;
  const price = useLoad(async () => {
    if (!forecast || !usage.plan) return undefined;
    const subscription = await client.json<Subscription>('/v1/subscription');
    if (!subscription.cycle) return undefined;
    return client.json<Quote>('/v1/quotes', {
      method: 'POST',
      body: { plan: usage.plan, cycle: subscription.cycle, addonContacts: usage.addonContacts ?? 0 },
    });
  }, [client, forecast === undefined, usage.plan, usage.addonContacts]);
  if (!forecast) return null;
  const planCost = price.data?.monthlyCost;
  return (
    <section className="card forecast" aria-labelledby="forecast-heading">
      <h2 id="forecast-heading">{t.forecast.heading}</h2>
      <dl className="figures">
        <div>
          <dt>{t.forecast.active}</dt>
          <dd data-testid="forecast-active">{format.count(forecast.activeContacts)}</dd>
        </div>
        <div>
          <dt>{t.forecast.overusage}</dt>
          <dd>
            {format.count(forecast.overusage)} · {format.money(forecast.overusageCost)}
          </dd>
        </div>
        {planCost && (
          <div>
            <dt>{t.forecast.bill}</dt>
            <dd data-testid="projected-bill">
              {format.money(addMoney(planCost, forecast.overusageCost))}
              <span className="muted small">
                {' '}
                {t.forecast.billParts(format.money(planCost), format.money(forecast.overusageCost))}
              </span>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
