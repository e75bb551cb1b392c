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
import { TableScroll } from '../components/table-scroll.js';
import { ThresholdBanner } from '../components/threshold-banner.js';
import { UsageMeter } from '../components/usage-meter.js';
import { useLocale } from '../i18n/locale-context.js';
import { errorText } from '../i18n/server-text.js';
import { useLoad } from '../use-load.js';

const pageSize = 500;

/** Usage: this month's meter, chart, forecast and active contacts, and every past month. */
export function UsagePage({ client }: { client: ApiClient }) {
  const periodId = useId();
  const { t, format } = useLocale();
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
        <h1>{t.usage.heading}</h1>
        <div className="toolbar">
          <label htmlFor={periodId}>{t.usage.month}</label>
          <select id={periodId} value={period} onChange={(event) => setPeriod(event.target.value)}>
            <option value="current">
              {current
                ? t.usage.thisMonthPeriod(format.period(current.periodStart, current.periodEnd))
                : t.usage.thisMonth}
            </option>
            {months.data?.data.slice(1).map((month) => (
              <option key={month.period} value={month.period}>
                {format.period(month.periodStart, month.periodEnd)}
                {month.overusage > 0 ? t.usage.overAllowance : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && (
        <p role="alert" className="error">
          {errorText(t, error)}
        </p>
      )}
      {period === 'current' && usage.data && (
        <>
          <ThresholdBanner client={client} usage={usage.data} />
          <UsageMeter {...usage.data} />
          <NotificationsList client={client} version={usage.data.activeContacts} />
          <ForecastCard usage={usage.data} />
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
              ? t.usage.closed(format.count(selected.overusage), format.money(selected.overusageCost))
              : t.usage.notClosed}
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
  const { t, format } = useLocale();
  if (months.length === 0) return null;
  return (
    <section className="card" aria-labelledby="past-heading">
      <h2 id="past-heading">{t.usage.pastMonths}</h2>
      <TableScroll>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t.usage.month}</th>
              <th scope="col">{t.usage.active}</th>
              <th scope="col">{t.usage.allowance}</th>
              <th scope="col">{t.usage.overusage}</th>
              <th scope="col">{t.usage.status}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.period} className={month.overusage > 0 ? 'row-over' : undefined}>
                <td>
                  <button type="button" className="link-button" onClick={() => onPick(month.period)}>
                    {format.period(month.periodStart, month.periodEnd)}
                  </button>
                </td>
                <td>{format.count(month.activeContacts)}</td>
                <td>{month.allowance === null ? '—' : format.count(month.allowance)}</td>
                <td>
                  {month.overusage > 0
                    ? `${format.count(month.overusage)} · ${format.money(month.overusageCost)}`
                    : '—'}
                </td>
                <td>{month.closed ? t.usage.closedStatus : t.usage.openStatus}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
