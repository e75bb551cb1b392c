import { useState } from 'react';
import type { ApiClient } from '../api/client.js';
import type { Invoice } from '../api/types.js';
import { LinesTable } from '../components/lines-table.js';
import { formatDate, formatMoney, formatPeriod, saveBlob } from '../format.js';
import { navigate } from '../router.js';
import { useLoad } from '../use-load.js';

const kindLabels: Record<string, string> = {
  upfront: 'Subscription',
  overusage: 'Overusage',
  change: 'Plan change',
  credit_note: 'Credit note',
};

/** Invoices newest first; one opens to its lines and downloads as PDF. */
export function InvoicesPage({ client, invoiceId }: { client: ApiClient; invoiceId: string | undefined }) {
  const list = useLoad(() => client.json<{ data: Invoice[] }>('/v1/invoices?limit=500'), [client]);
  if (invoiceId) return <InvoiceDetail client={client} invoiceId={invoiceId} />;
  const invoices = [...(list.data?.data ?? [])].reverse();
  return (
    <div className="page">
      <div className="page-heading">
        <h1>Invoices</h1>
      </div>
      {list.error && (
        <p role="alert" className="error">
          {list.error.message}
        </p>
      )}
      {list.data && invoices.length === 0 && <p>No invoices yet.</p>}
      {invoices.length > 0 && (
        <section className="card">
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Invoices, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Number</th>
                  <th scope="col">Issued</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Period</th>
                  <th scope="col" className="number">
                    Total
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">PDF</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {invoices.map((invoice) => (
                  <tr key={invoice.id}>
                    <td>
                      <a
                        href={`/invoices/${encodeURIComponent(invoice.id)}`}
                        onClick={(event) => {
                          event.preventDefault();
                          navigate(`/invoices/${encodeURIComponent(invoice.id)}`);
                        }}
                      >
                        {invoice.number}
                      </a>
                    </td>
                    <td>{formatDate(invoice.issuedAt)}</td>
                    <td>{kindLabels[invoice.kind] ?? invoice.kind}</td>
                    <td>{invoice.period ? formatPeriod(invoice.period.start, invoice.period.end) : '—'}</td>
                    <td className="number">{formatMoney(invoice.total)}</td>
                    <td>
                      <PdfButton client={client} invoice={invoice} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}

function InvoiceDetail({ client, invoiceId }: { client: ApiClient; invoiceId: string }) {
  const invoice = useLoad(
    () => client.json<Invoice>(`/v1/invoices/${encodeURIComponent(invoiceId)}`),
    [client, invoiceId],
  );
  const data = invoice.data;
  return (
    <div className="page">
      <p>
        <a
          href="/invoices"
          onClick={(event) => {
            event.preventDefault();
            navigate('/invoices');
          }}
        >
          ← All invoices
        </a>
      </p>
      {invoice.error && (
        <p role="alert" className="error">
          {invoice.error.message}
        </p>
      )}
      {data && (
        <article className="card invoice" aria-labelledby="invoice-heading">
          <div className="page-heading">
            <h1 id="invoice-heading">Invoice {data.number}</h1>
            <PdfButton client={client} invoice={data} />
          </div>
          <dl className="figures">
            <div>
              <dt>Issued</dt>
              <dd>{formatDate(data.issuedAt)}</dd>
            </div>
            <div>
              <dt>Kind</dt>
              <dd>{kindLabels[data.kind] ?? data.kind}</dd>
            </div>
            {data.period && (
              <div>
                <dt>Period</dt>
                <dd>{formatPeriod(data.period.start, data.period.end)}</dd>
              </div>
            )}
            <div>
              <dt>From</dt>
              <dd>{data.seller.name}</dd>
            </div>
            <div>
              <dt>To</dt>
              <dd>{data.buyer.name}</dd>
            </div>
          </dl>
          <LinesTable lines={data.lines} total={data.net} totalLabel="Net" />
          <dl className="totals">
            <div>
              <dt>VAT ({data.vatRate} %)</dt>
              <dd>{formatMoney(data.vat)}</dd>
            </div>
            <div>
              <dt>Total</dt>
              <dd>
                <strong>{formatMoney(data.total)}</strong>
              </dd>
            </div>
          </dl>
          {data.notes.map((note) => (
            <p key={note} className="muted small">
              {note}
            </p>
          ))}
        </article>
      )}
    </div>
  );
}

function PdfButton({ client, invoice }: { client: ApiClient; invoice: Invoice }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      saveBlob(
        await client.blob(`/v1/invoices/${encodeURIComponent(invoice.id)}/pdf`, 'application/pdf'),
        `${invoice.number}.pdf`,
      );
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        onClick={() => void download()}
        disabled={busy}
        aria-label={`Download ${invoice.number} as PDF`}
      >
        {busy ? 'Preparing…' : 'PDF'}
      </button>
      {error && (
        <span role="alert" className="error small">
          {error}
        </span>
      )}
    </>
  );
}
