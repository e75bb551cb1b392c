import { useState } from 'react';
import { type ApiClient, ApiError, type ProblemFieldError } from '../api/client.js';
import type { Invoice } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';
import { errorText, lookup } from '../i18n/server-text.js';
import { navigate } from '../router.js';
import { saveBlob } from '../save-blob.js';

type Format = 'pdf' | 'e-invoice';

const formats: Record<Format, { accept: string; extension: string }> = {
  pdf: { accept: 'application/pdf', extension: 'pdf' },
  'e-invoice': { accept: 'application/xml', extension: 'xml' },
};

/**
 * An invoice's two downloads: the PDF and the e-invoice (CII XML). Both need the API key in a
 * header, so they are fetched and saved rather than plain links. An invoice issued without
 * the details an e-invoice needs answers 409 naming the missing fields: that is said in words,
 * with the way to the billing details, instead of a failed download.
 */
export function InvoiceDownloads({ client, invoice }: { client: ApiClient; invoice: Invoice }) {
  const { t } = useLocale();
  const [busy, setBusy] = useState<Format>();
  const [error, setError] = useState<string>();
  const [missing, setMissing] = useState<ProblemFieldError[]>();
  const download = async (format: Format) => {
    setBusy(format);
    setError(undefined);
    setMissing(undefined);
    try {
      const { accept, extension } = formats[format];
      saveBlob(
        await client.blob(`/v1/invoices/${encodeURIComponent(invoice.id)}/${format}`, accept),
        `${invoice.number}.${extension}`,
      );
    } catch (caught) {
      // Without named fields there is nothing to fill in: the server's own message then says more.
      if (caught instanceof ApiError && caught.code === 'e_invoice_incomplete' && caught.errors.length > 0)
        setMissing(caught.errors);
      else setError(errorText(t, caught));
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <div className="downloads">
      <button
        type="button"
        onClick={() => void download('pdf')}
        disabled={busy !== undefined}
        aria-label={t.invoices.download(invoice.number)}
      >
        {busy === 'pdf' ? t.invoices.preparing : 'PDF'}
      </button>
      <button
        type="button"
        onClick={() => void download('e-invoice')}
        disabled={busy !== undefined}
        aria-label={t.invoices.downloadEInvoice(invoice.number)}
      >
        {busy === 'e-invoice' ? t.invoices.preparing : t.invoices.eInvoice}
      </button>
      {error && (
        <span role="alert" className="error small">
          {error}
        </span>
      )}
      {missing && <MissingDetails number={invoice.number} errors={missing} />}
    </div>
  );
}

/** What the e-invoice lacks, in the user's words, and where the buyer's part is filled in. */
function MissingDetails({ number, errors }: { number: string; errors: ProblemFieldError[] }) {
  const { t, format } = useLocale();
  // The seller's parts are Tally's catalog; everything else is set on the billing details page.
  const seller = errors.filter((error) => error.field.startsWith('/seller'));
  const buyer = errors.filter((error) => !error.field.startsWith('/seller'));
  const names = errors.map((error) =>
    error.field.startsWith('/seller')
      ? error.field
      : (lookup(t.invoices.missingFields, error.field) ?? error.field),
  );
  return (
    <div role="alert" className="small missing-details" data-testid="e-invoice-missing">
      <p className="error">{t.invoices.eInvoiceIncomplete(number, format.list(names))}</p>
      {buyer.length > 0 && (
        <p>
          {t.invoices.eInvoiceBuyerHint}{' '}
          <a
            href="/settings/billing"
            onClick={(event) => {
              event.preventDefault();
              navigate('/settings/billing');
            }}
          >
            {t.billing.heading}
          </a>
        </p>
      )}
      {seller.length > 0 && <p>{t.invoices.eInvoiceSellerHint}</p>}
    </div>
  );
}
