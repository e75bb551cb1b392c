import { useId, useState } from 'react';
import type { ApiClient } from '../api/client.js';
import { type ActiveContact, type ActivityKind, activityKinds } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';
import { errorText, lookup } from '../i18n/server-text.js';
import { saveBlob } from '../save-blob.js';
import { TableScroll } from './table-scroll.js';

interface Props {
  client: ApiClient;
  period: string;
  contacts: readonly ActiveContact[];
  /** More pages wait on the server. */
  hasMore: boolean;
  onLoadMore(): void;
}

/** The month's active contacts with why each counts: the first qualifying activity's kind, time and actor. */
/** Rows drawn at a time: a long month stays quick to render and to scroll past. */
const rowsPerStep = 50;

export function ActiveContactsTable({ client, period, contacts, hasMore, onLoadMore }: Props) {
  const filterId = useId();
  const { t, format, locale } = useLocale();
  const [kind, setKind] = useState<ActivityKind | ''>('');
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string>();
  const [rows, setRows] = useState(rowsPerStep);
  const matching = kind === '' ? contacts : contacts.filter((contact) => contact.firstActivity.kind === kind);
  const shown = matching.slice(0, rows);

  const exportCsv = async () => {
    setExporting(true);
    setError(undefined);
    try {
      const filter = kind === '' ? '' : `&kind=${encodeURIComponent(kind)}`;
      // A spreadsheet in a German locale splits on `;` (its comma is the decimal separator).
      const delimiter = locale === 'de-DE' ? '&delimiter=semicolon' : '';
      const blob = await client.blob(
        `/v1/usage/contacts?period=${encodeURIComponent(period)}${filter}${delimiter}`,
        'text/csv',
      );
      saveBlob(blob, `active-contacts-${period}.csv`);
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setExporting(false);
    }
  };

  return (
    <section className="card" aria-labelledby="active-heading">
      <div className="section-heading">
        <h2 id="active-heading">{t.activeContacts.heading}</h2>
        <div className="toolbar">
          <label htmlFor={filterId}>{t.activeContacts.firstActivity}</label>
          <select
            id={filterId}
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as ActivityKind | '');
              setRows(rowsPerStep);
            }}
          >
            <option value="">{t.activeContacts.allKinds}</option>
            {activityKinds.map((value) => (
              <option key={value} value={value}>
                {t.kinds[value]}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void exportCsv()} disabled={exporting}>
            {exporting ? t.activeContacts.exporting : t.activeContacts.exportCsv}
          </button>
        </div>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p className="muted" aria-live="polite">
        {t.activeContacts.showing(
          format.count(shown.length),
          format.count(matching.length),
          kind === '' ? undefined : t.kinds[kind],
          hasMore,
        )}
      </p>
      <TableScroll>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t.activeContacts.contact}</th>
              <th scope="col">{t.activeContacts.countedBecause}</th>
              <th scope="col">{t.activeContacts.when}</th>
              <th scope="col">{t.activeContacts.by}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((contact) => (
              <tr key={contact.contactId}>
                <td>
                  {contact.contact?.name || contact.contact?.email ? (
                    <>
                      {contact.contact.name ?? contact.contact.email}
                      {contact.contact.deleted && <span className="badge">{t.activeContacts.deleted}</span>}
                      <span className="mono muted block">{contact.contactId}</span>
                    </>
                  ) : (
                    <span className="mono">{contact.contactId}</span>
                  )}
                </td>
                <td>
                  <span className={`kind kind-${contact.firstActivity.kind.replace('.', '-')}`}>
                    {lookup(t.kinds, contact.firstActivity.kind) ?? contact.firstActivity.kind}
                  </span>
                </td>
                <td>{format.dateTime(contact.firstActivity.occurredAt)}</td>
                <td>{contact.firstActivity.actor}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {(matching.length > rows || hasMore) && (
        <button
          type="button"
          onClick={() => {
            setRows(rows + rowsPerStep);
            if (matching.length <= rows + rowsPerStep && hasMore) onLoadMore();
          }}
        >
          {t.activeContacts.showMore}
        </button>
      )}
    </section>
  );
}
