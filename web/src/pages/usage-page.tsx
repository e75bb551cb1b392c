import { useEffect, useId, useState } from 'react';
import type { ApiClient } from '../api/client.js';
import type {
  ActiveContact,
  ActiveContactsPage,
  DailyUsage,
  Usage,
  UsageMonthSummary,
} from '../api/types.js';
import { ActiveContactsTable } from '../components/active-contacts-table.js';
import { DailyChart } from '../components/daily-chart.js';
import { ForecastCard } from '../components/forecast-card.js';
import { NotificationsList } from '../components/notifications-list.js';
import { ThresholdBanner } from '../components/threshold-banner.js';
import { UsageMeter } from '../components/usage-meter.js';
import { formatCount, formatMoney, formatPeriod } from '../format.js';
import { useLoad } from '../use-load.js';

const pageSize = 500;

/** Usage: this month's meter, chart, forecast and active contacts, and every past month. */
export function UsagePage({ client }: { client: ApiClient }) {
  const periodId = useId();
  const [period, setPeriod] = useState('current');
  const usage = useLoad(() => client.json<Usage>('/v1/usage'), [client]);
  const months = useLoad(
    () => client.json<{ data: UsageMonthSummary[] }>('/v1/usage/months?limit=24'),
    [client],
  );
  const current = months.data?.data[0];
  const selected =
    period === 'current' ? current : months.data?.data.find((month) => month.period === period);
  const periodParam = period === 'current' ? (current?.period ?? 'current') : period;

  const [contacts, setContacts] = useState<ActiveContact[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const firstPage = useLoad(
    () =>
      client.json<ActiveContactsPage>(
        `/v1/usage/contacts?period=${encodeURIComponent(period)}&limit=${pageSize}`,
      ),
    [client, period],
  );
  useEffect(() => {
    setContacts(firstPage.data?.data ?? []);
    setCursor(firstPage.data?.nextCursor ?? null);
  }, [firstPage.data]);
  const loadMore = async () => {
    if (!cursor) return;
    const page = await client.json<ActiveContactsPage>(
      `/v1/usage/contacts?period=${encodeURIComponent(period)}&limit=${pageSize}&cursor=${encodeURIComponent(cursor)}`,
    );
    setContacts((loaded) => [...loaded, ...page.data]);
    setCursor(page.nextCursor);
  };

  const daily = useLoad(
    () => client.optional<DailyUsage>(`/v1/usage/daily?period=${encodeURIComponent(period)}`),
    [client, period],
  );
  const error = usage.error ?? months.error ?? firstPage.error;
  return (
    <div className="page">
      <div className="page-heading">
        <h1>Usage</h1>
        <div className="toolbar">
          <label htmlFor={periodId}>Month</label>
          <select id={periodId} value={period} onChange={(event) => setPeriod(event.target.value)}>
            <option value="current">
              {current
                ? `This month (${formatPeriod(current.periodStart, current.periodEnd)})`
                : 'This month'}
            </option>
            {months.data?.data.slice(1).map((month) => (
              <option key={month.period} value={month.period}>
                {formatPeriod(month.periodStart, month.periodEnd)}
                {month.overusage > 0 ? ' — over allowance' : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      {period === 'current' && usage.data && (
        <>
          <ThresholdBanner client={client} usage={usage.data} />
          <UsageMeter {...usage.data} />
          <NotificationsList client={client} version={usage.data.activeContacts} />
          <ForecastCard client={client} usage={usage.data} />
        </>
      )}
      {period !== 'current' && selected && (
        <>
          <UsageMeter
            activeContacts={selected.activeContacts}
            includedContacts={null}
            addonContacts={null}
            allowance={selected.allowance}
            overusage={selected.overusage}
            overusageCost={selected.overusageCost}
          />
          <p className="muted">
            {selected.closed
              ? `Closed: ${formatCount(selected.overusage)} contacts over, ${formatMoney(selected.overusageCost)} invoiced as overusage.`
              : 'Not closed yet: the figures may still change until the month closes.'}
          </p>
        </>
      )}
      {daily.data && <DailyChart daily={daily.data} />}
      <PastMonths months={months.data?.data.slice(1) ?? []} onPick={setPeriod} />
      <ActiveContactsTable
        client={client}
        period={periodParam}
        contacts={contacts}
        hasMore={cursor !== null}
        onLoadMore={() => void loadMore()}
      />
    </div>
  );
}

function PastMonths({ months, onPick }: { months: UsageMonthSummary[]; onPick(period: string): void }) {
  if (months.length === 0) return null;
  return (
    <section className="card" aria-labelledby="past-heading">
      <h2 id="past-heading">Past months</h2>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Active</th>
              <th scope="col">Allowance</th>
              <th scope="col">Overusage</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.period} className={month.overusage > 0 ? 'row-over' : undefined}>
                <td>
                  <button type="button" className="link-button" onClick={() => onPick(month.period)}>
                    {formatPeriod(month.periodStart, month.periodEnd)}
                  </button>
                </td>
                <td>{formatCount(month.activeContacts)}</td>
                <td>{month.allowance === null ? '—' : formatCount(month.allowance)}</td>
                <td>
                  {month.overusage > 0
                    ? `${formatCount(month.overusage)} · ${formatMoney(month.overusageCost)}`
                    : '—'}
                </td>
                <td>{month.closed ? 'Closed' : 'Open'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
