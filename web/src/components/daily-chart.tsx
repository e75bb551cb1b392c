import type { DailyUsage } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';

const width = 720;
const height = 240;
const margin = { top: 16, right: 48, bottom: 28, left: 44 };

/**
 * Newly active contacts per day (bars, left axis) and the running total (line, right axis)
 * against the allowance (dashed). Hand-drawn SVG: a chart library would cost more than the
 * whole dashboard. The same figures are available as a table for screen readers.
 */
export function DailyChart({ daily }: { daily: DailyUsage }) {
  const { t, format } = useLocale();
  const days = daily.days;
  if (days.length === 0) return null;
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const maxDaily = Math.max(1, ...days.map((day) => day.newlyActive));
  const maxTotal = Math.max(1, daily.allowance ?? 0, ...days.map((day) => day.cumulative)) * 1.05;
  const step = plotWidth / days.length;
  const barWidth = Math.max(2, step * 0.7);
  const x = (index: number) => margin.left + index * step + step / 2;
  const yDaily = (value: number) => margin.top + plotHeight - (value / maxDaily) * plotHeight;
  const yTotal = (value: number) => margin.top + plotHeight - (value / maxTotal) * plotHeight;
  const line = days
    .map(
      (day, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)},${yTotal(day.cumulative).toFixed(1)}`,
    )
    .join(' ');
  const last = days.at(-1);
  const labelEvery = Math.ceil(days.length / 8);
  const summary = t.chart.summary(
    format.count(last?.cumulative ?? 0),
    format.date(last?.date ?? ''),
    daily.allowance === null ? undefined : format.count(daily.allowance),
    format.count(maxDaily),
  );
  return (
    <figure className="chart-card">
      <figcaption>
        <h2>{t.chart.heading}</h2>
        <ul className="chart-legend">
          <li>
            <span className="swatch bar" aria-hidden="true" /> {t.chart.newlyActive}
          </li>
          <li>
            <span className="swatch line" aria-hidden="true" /> {t.chart.cumulative}
          </li>
          {daily.allowance !== null && (
            <li>
              <span className="swatch limit" aria-hidden="true" /> {t.chart.allowance}
            </li>
          )}
        </ul>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} className="chart">
        <line
          x1={margin.left}
          x2={width - margin.right}
          y1={margin.top + plotHeight}
          y2={margin.top + plotHeight}
          className="axis"
        />
        {[0, 0.5, 1].map((fraction) => (
          <g key={fraction}>
            <text x={margin.left - 6} y={yDaily(maxDaily * fraction) + 4} className="tick" textAnchor="end">
              {format.count(Math.round(maxDaily * fraction))}
            </text>
            <text x={width - margin.right + 6} y={yTotal(maxTotal * fraction) + 4} className="tick">
              {format.count(Math.round(maxTotal * fraction))}
            </text>
          </g>
        ))}
        {days.map((day, index) => (
          <rect
            key={day.date}
            x={x(index) - barWidth / 2}
            y={yDaily(day.newlyActive)}
            width={barWidth}
            height={margin.top + plotHeight - yDaily(day.newlyActive)}
            className="bar"
          >
            <title>
              {t.chart.barTitle(
                format.date(day.date),
                format.count(day.newlyActive),
                format.count(day.cumulative),
              )}
            </title>
          </rect>
        ))}
        {daily.allowance !== null && (
          <line
            x1={margin.left}
            x2={width - margin.right}
            y1={yTotal(daily.allowance)}
            y2={yTotal(daily.allowance)}
            className="allowance"
          />
        )}
        <path d={line} className="cumulative" />
        {days.map((day, index) =>
          index % labelEvery === 0 ? (
            <text key={day.date} x={x(index)} y={height - 8} className="tick" textAnchor="middle">
              {format.dayOfMonth(day.date)}
            </text>
          ) : null,
        )}
      </svg>
      <details>
        <summary>{t.chart.showTable}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.chart.day}</th>
              <th scope="col">{t.chart.newlyActiveColumn}</th>
              <th scope="col">{t.chart.cumulativeColumn}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.date}>
                <td>{format.date(day.date)}</td>
                <td>{format.count(day.newlyActive)}</td>
                <td>{format.count(day.cumulative)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
