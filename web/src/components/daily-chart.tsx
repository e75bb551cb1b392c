import type { DailyUsage } from '../api/types.js';
import { formatCount, formatDate } from '../format.js';

const width = 720;
const height = 240;
const margin = { top: 16, right: 48, bottom: 28, left: 44 };

/**
 * Newly active contacts per day (bars, left axis) and the running total (line, right axis)
 * against the allowance (dashed). Hand-drawn SVG: a chart library would cost more than the
 * whole dashboard. The same figures are available as a table for screen readers.
 */
export function DailyChart({ daily }: { daily: DailyUsage }) {
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
  const summary = `${formatCount(last?.cumulative ?? 0)} active contacts by ${formatDate(last?.date ?? '')}${
    daily.allowance === null ? '' : ` against an allowance of ${formatCount(daily.allowance)}`
  }; at most ${formatCount(maxDaily)} newly active on one day.`;
  return (
    <figure className="chart-card">
      <figcaption>
        <h2>Newly active contacts per day</h2>
        <ul className="chart-legend">
          <li>
            <span className="swatch bar" aria-hidden="true" /> newly active (left axis)
          </li>
          <li>
            <span className="swatch line" aria-hidden="true" /> cumulative (right axis)
          </li>
          {daily.allowance !== null && (
            <li>
              <span className="swatch limit" aria-hidden="true" /> allowance
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
              {Math.round(maxDaily * fraction)}
            </text>
            <text x={width - margin.right + 6} y={yTotal(maxTotal * fraction) + 4} className="tick">
              {Math.round(maxTotal * fraction)}
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
            <title>{`${formatDate(day.date)}: ${day.newlyActive} newly active, ${day.cumulative} in total`}</title>
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
              {Number(day.date.slice(8, 10))}
            </text>
          ) : null,
        )}
      </svg>
      <details>
        <summary>Show the figures as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Newly active</th>
              <th scope="col">Cumulative</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.date}>
                <td>{formatDate(day.date)}</td>
                <td>{day.newlyActive}</td>
                <td>{day.cumulative}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
