import type { VatBreakdown } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';

/**
 * Net, VAT and gross of an amount still to be invoiced, as the server computed them by the
 * invoice's own VAT rule: the dashboard shows them and never works VAT out itself.
 */
export function VatTotals({ amounts, testId }: { amounts: VatBreakdown; testId: string }) {
  const { t, format } = useLocale();
  return (
    <dl className="totals" data-testid={testId} aria-label={t.vatTotals.label}>
      <div>
        <dt>{t.vatTotals.net}</dt>
        <dd data-testid={`${testId}-net`}>{format.money(amounts.net)}</dd>
      </div>
      <div>
        <dt>
          {amounts.reverseCharge
            ? t.vatTotals.reverseCharge
            : t.vatTotals.vat(format.decimal(amounts.vatRate))}
        </dt>
        <dd data-testid={`${testId}-vat`}>{format.money(amounts.vat)}</dd>
      </div>
      <div>
        <dt>{t.vatTotals.gross}</dt>
        <dd data-testid={`${testId}-gross`}>
          <strong>{format.money(amounts.gross)}</strong>
        </dd>
      </div>
    </dl>
  );
}
