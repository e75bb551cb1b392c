import type { InvoiceLine, Money } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';
import { TableScroll } from './table-scroll.js';

/** Invoice lines or a change's charges and credits, with their total. */
export function LinesTable({
  lines,
  total,
  totalLabel,
}: {
  lines: InvoiceLine[];
  total: Money;
  totalLabel?: string;
}) {
  const { t, format } = useLocale();
  if (lines.length === 0) return <p>{t.lines.none}</p>;
  return (
    <TableScroll>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t.lines.description}</th>
            <th scope="col" className="number">
              {t.lines.quantity}
            </th>
            <th scope="col" className="number">
              {t.lines.unitPrice}
            </th>
            <th scope="col" className="number">
              {t.lines.amount}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines never reorder; two may share a description
            <tr key={`${line.description}-${index}`}>
              <td>{line.description}</td>
              <td className="number">{format.count(line.quantity)}</td>
              <td className="number">{format.money(line.unitPrice)}</td>
              <td className="number">{format.money(line.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {totalLabel ?? t.lines.total}
            </th>
            <td className="number">
              <strong>{format.money(total)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
