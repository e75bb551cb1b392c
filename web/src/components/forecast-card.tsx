import type { ApiClient } from '../api/client.js';
import type { Quote, Subscription, Usage } from '../api/types.js';
import { formatCount, formatMoney } from '../format.js';
import { addMoney } from '../money.js';
import { useLoad } from '../use-load.js';

/**
 * Where the month is heading: the server's forecast of the month-end count and overusage,
 * and the projected cost of the month — the plan's monthly price (fee and add-on contacts,
 * as the advisor prices them) plus the projected overusage. Hidden when the server sends
 * no forecast.
 */
export function ForecastCard({ client, usage }: { client: ApiClient; usage: Usage }) {
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
      <h2 id="forecast-heading">Forecast for the month end</h2>
      <dl className="figures">
        <div>
          <dt>Projected active contacts</dt>
          <dd data-testid="forecast-active">{formatCount(forecast.activeContacts)}</dd>
        </div>
        <div>
          <dt>Projected overusage</dt>
          <dd>
            {formatCount(forecast.overusage)} · {formatMoney(forecast.overusageCost)}
          </dd>
        </div>
        {planCost && (
          <div>
            <dt>Projected bill for the month</dt>
            <dd data-testid="projected-bill">
              {formatMoney(addMoney(planCost, forecast.overusageCost))}
              <span className="muted small">
                {' '}
                ({formatMoney(planCost)} plan + {formatMoney(forecast.overusageCost)} overusage)
              </span>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
