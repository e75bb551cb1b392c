import type { ApiClient } from '../api/client.js';
import type { Invoice } from '../api/types.js';
import { InvoiceDownloads } from '../components/invoice-downloads.js';
import { LinesTable } from '../components/lines-table.js';
import { TableScroll } from '../components/table-scroll.js';
import { useLocale } from '../i18n/locale-context.js';
import { errorText, lookup } from '../i18n/server-text.js';
import { navigate } from '../router.js';
import { useLoad } from '../use-load.js';

/**
 * Invoices newest first; one opens to its lines and downloads as PDF or e-invoice. Status, due
 * date and amount due are shown only when the server sends them (older servers do not).
 */
export function InvoicesPage({ client, invoiceId }: { client: ApiClient; invoiceId: string | undefined }) {
  const { t, format } = useLocale();
  const statusLabel = (status: string | undefined) =>
    status === undefined ? '—' : (lookup(t.invoices.statuses, status) ?? status);
  const list = useLoad(() => client.json<{ data: Invoice[] }>('/v1/invoices?limit=500'), [client]);
  if (invoiceId) return <InvoiceDetail client={client} invoiceId={invoiceId} />;
  const invoices = [...(list.data?.data ?? [])].reverse();
  const withStatus = invoices.some((invoice) => invoice.status !== undefined);
  const withDueDate = invoices.some((invoice) => invoice.dueDate !== undefined);
  const withAmountDue = invoices.some((invoice) => invoice.amountDue !== undefined);
  return (
    <div className="page">
      <div className="page-heading">
        <h1>{t.invoices.heading}</h1>
      </div>
      {list.error && (
        <p role="alert" className="error">
          {errorText(t, list.error)}
        </p>
      )}
      {list.data && invoices.length === 0 && <p>{t.invoices.none}</p>}
      {invoices.length > 0 && (
        <section className="card">
          <TableScroll>
            <table className="data-table">
              <caption className="visually-hidden">{t.invoices.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.invoices.number}</th>
                  <th scope="col">{t.invoices.issued}</th>
                  <th scope="col">{t.invoices.kind}</th>
                  <th scope="col">{t.invoices.period}</th>
                  <th scope="col" className="number">
                    {t.invoices.total}
                  </th>
                  {withStatus && <th scope="col">{t.invoices.status}</th>}
                  {withDueDate && <th scope="col">{t.invoices.dueDate}</th>}
                  {withAmountDue && (
                    <th scope="col" className="number">
                      {t.invoices.amountDue}
                    </th>
                  )}
                  <th scope="col">
                    <span className="visually-hidden">{t.invoices.downloads}</span>
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
                    <td>{format.date(invoice.issuedAt)}</td>
                    <td>{lookup(t.invoices.kinds, invoice.kind) ?? invoice.kind}</td>
                    <td>{invoice.period ? format.period(invoice.period.start, invoice.period.end) : '—'}</td>
                    <td className="number">{format.money(invoice.total)}</td>
                    {withStatus && <td data-testid="invoice-status">{statusLabel(invoice.status)}</td>}
                    {withDueDate && <td>{invoice.dueDate ? format.date(invoice.dueDate) : '—'}</td>}
                    {withAmountDue && (
                      <td className="number">{invoice.amountDue ? format.money(invoice.amountDue) : '—'}</td>
                    )}
                    <td>
                      <InvoiceDownloads client={client} invoice={invoice} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}
    </div>
  );
}

function InvoiceDetail({ client, invoiceId }: { client: ApiClient; invoiceId: string }) {
  const { t, format } = useLocale();
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
          {t.invoices.all}
        </a>
      </p>
      {invoice.error && (
        <p role="alert" className="error">
          {errorText(t, invoice.error)}
        </p>
      )}
      {data && (
        <article className="card invoice" aria-labelledby="invoice-heading">
          <div className="page-heading">
            <h1 id="invoice-heading">{t.invoices.invoice(data.number)}</h1>
            <InvoiceDownloads client={client} invoice={data} />
          </div>
          <dl className="figures">
            <div>
              <dt>{t.invoices.issued}</dt>
              <dd>{format.date(data.issuedAt)}</dd>
            </div>
            <div>
              <dt>{t.invoices.kind}</dt>
              <dd>{lookup(t.invoices.kinds, data.kind) ?? data.kind}</dd>
            </div>
            {data.period && (
              <div>
                <dt>{t.invoices.period}</dt>
                <dd>{format.period(data.period.start, data.period.end)}</dd>
              </div>
            )}
            {data.status !== undefined && (
              <div>
                <dt>{t.invoices.status}</dt>
                <dd>{lookup(t.invoices.statuses, data.status) ?? data.status}</dd>
              </div>
            )}
            {data.dueDate && (
              <div>
                <dt>{t.invoices.dueDate}</dt>
                <dd>{format.date(data.dueDate)}</dd>
              </div>
            )}
            {data.amountDue && (
              <div>
                <dt>{t.invoices.amountDue}</dt>
                <dd>{format.money(data.amountDue)}</dd>
              </div>
            )}
            <div>
              <dt>{t.invoices.from}</dt>
              <dd>{data.seller.name}</dd>
            </div>
            <div>
              <dt>{t.invoices.to}</dt>
              <dd>{data.buyer.name}</dd>
            </div>
          </dl>
          <LinesTable lines={data.lines} total={data.net} totalLabel={t.lines.net} />
          <dl className="totals">
            <div>
              <dt>{t.invoices.vat(format.decimal(data.vatRate))}</dt>
              <dd>{format.money(data.vat)}</dd>
            </div>
            <div>
              <dt>{t.invoices.total}</dt>
              <dd>
                <strong>{format.money(data.total)}</strong>
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
