import type { InvoiceLine, Money } from '../api/types.js';
import { formatCount, formatMoney } from '../format.js';

/** Invoice lines or a change's charges and credits, with their total. */
export function LinesTable({
  lines,
  total,
  totalLabel = 'Total',
}: {
  lines: InvoiceLine[];
  total: Money;
  totalLabel?: string;
}) {
  if (lines.length === 0) return <p>No charges or credits now.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Description</th>
            <th scope="col" className="number">
              Quantity
            </th>
            <th scope="col" className="number">
              Unit price
            </th>
            <th scope="col" className="number">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines never reorder; two may share a description
            <tr key={`${line.description}-${index}`}>
              <td>{line.description}</td>
              <td className="number">{formatCount(line.quantity)}</td>
              <td className="number">{formatMoney(line.unitPrice)}</td>
              <td className="number">{formatMoney(line.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {totalLabel}
            </th>
            <td className="number">
              <strong>{formatMoney(total)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
