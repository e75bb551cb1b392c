import { type FormEvent, useEffect, useId, useState } from 'react';
import type { ApiClient } from '../api/client.js';
import type { BulkOutcome, Status } from '../api/types.js';
import { type BoardSelection, selectionBody } from '../board-query.js';
import { useLocale } from '../i18n/locale-context.js';
import { errorText } from '../i18n/server-text.js';
import { ColumnSelect } from './column-select.js';
import { Dialog } from './dialog.js';
import { ImpactSummary } from './impact-summary.js';

export type BulkActionType = 'move' | 'note' | 'message';

interface Props {
  client: ApiClient;
  action: BulkActionType;
  selection: BoardSelection;
  columns: readonly Status[];
  onClose(): void;
  onDone(outcome: BulkOutcome): void;
}

/**
 * A bulk action's form: what to do, its impact preview from the server (the same figures the
 * action then has), and a confirmation. Nothing changes before "Confirm".
 */
export function BulkDialog({ client, action, selection, columns, onClose, onDone }: Props) {
  const id = useId();
  const { t } = useLocale();
  const [statusId, setStatusId] = useState(columns[0]?.id ?? '');
  const [channel, setChannel] = useState<'email' | 'whatsapp'>('email');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [preview, setPreview] = useState<BulkOutcome>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const request = (withText: boolean) => ({
    selection: selectionBody(selection),
    action,
    ...(action === 'move' ? { statusId } : {}),
    ...(action === 'message'
      ? { channel, ...(subject.trim() === '' ? {} : { subject: subject.trim() }) }
      : {}),
    ...(action !== 'move' && withText ? { body } : {}),
  });

  // The impact depends on the selection, the target column and the channel, never on the text.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-preview exactly when those change
  useEffect(() => {
    let current = true;
    setPreview(undefined);
    setError(undefined);
    client
      .json<BulkOutcome>('/v1/contacts/bulk?preview=true', { method: 'POST', body: request(false) })
      .then((outcome) => {
        if (current) setPreview(outcome);
      })
      .catch((caught: unknown) => {
        if (current) setError(errorText(t, caught));
      });
    return () => {
      current = false;
    };
  }, [client, selection, action, statusId, channel]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (action !== 'move' && body.trim() === '') {
      setError(t.bulk.needsText);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      onDone(await client.json<BulkOutcome>('/v1/contacts/bulk', { method: 'POST', body: request(true) }));
    } catch (caught) {
      setError(errorText(t, caught));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t.bulk.title[action]} onClose={onClose}>
      <form className="stack" onSubmit={(event) => void submit(event)}>
        {action === 'move' && (
          <ColumnSelect
            id={`${id}-column`}
            label={t.bulk.moveTo}
            value={statusId}
            columns={columns}
            onChange={setStatusId}
          />
        )}
        {action === 'message' && (
          <>
            <div className="field">
              <label htmlFor={`${id}-channel`}>{t.bulk.channel}</label>
              <select
                id={`${id}-channel`}
                value={channel}
                onChange={(event) => setChannel(event.target.value as 'email' | 'whatsapp')}
              >
                <option value="email">{t.bulk.email}</option>
                <option value="whatsapp">{t.bulk.whatsapp}</option>
              </select>
            </div>
            {channel === 'email' && (
              <div className="field">
                <label htmlFor={`${id}-subject`}>{t.bulk.subject}</label>
                <input
                  id={`${id}-subject`}
                  value={subject}
                  maxLength={300}
                  onChange={(e) => setSubject(e.target.value)}
                />
              </div>
            )}
          </>
        )}
        {action !== 'move' && (
          <div className="field">
            <label htmlFor={`${id}-body`}>{action === 'note' ? t.bulk.note : t.bulk.message}</label>
            <textarea
              id={`${id}-body`}
              value={body}
              maxLength={10_000}
              rows={4}
              onChange={(event) => setBody(event.target.value)}
            />
          </div>
        )}
        {preview ? (
          <ImpactSummary impact={preview.impact} />
        ) : (
          !error && <p className="muted">{t.bulk.previewing}</p>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t.dialog.cancel}
          </button>
          <button
            type="submit"
            className="primary"
            disabled={!preview || busy || preview.impact.contactsTouched === 0}
          >
            {t.bulk.confirm[action]}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
