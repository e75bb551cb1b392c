import type { Usage } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';
import { VatTotals } from './vat-totals.js';

/**
 * Where the month is heading: the server's forecast of the month-end count and overusage,
 * and the projected bill of the month — the plan's monthly price plus the projected
 * overusage, with net, VAT and gross as the server computes them by the invoice's VAT rule.
 * Hidden when the server sends no forecast.
 */
export function ForecastCard({ usage }: { usage: Usage }) {
  const { t, format } = useLocale();
  const forecast = usage.forecast;
  if (!forecast) return null;
  const bill = forecast.projectedBill;
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
        {bill && (
          <div>
            <dt>{t.forecast.bill}</dt>
            <dd data-testid="projected-bill">
              {format.money(bill.gross)}
              <span className="muted small">
                {' '}
                {t.forecast.billParts(format.money(bill.planCost), format.money(bill.overusageCost))}
              </span>
            </dd>
          </div>
        )}
      </dl>
      {bill && <VatTotals amounts={bill} testId="projected-bill-vat" />}
    </section>
  );
}
