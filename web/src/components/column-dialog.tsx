import { type FormEvent, useId, useState } from 'react';
import type { ApiClient } from '../api/client.js';
import type { Impact, Status } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';
import { columnNameText, errorText } from '../i18n/server-text.js';
import { Dialog } from './dialog.js';
import { ImpactSummary } from './impact-summary.js';

interface Props {
  client: ApiClient;
  column: Status;
  columns: readonly Status[];
  mode: 'rename' | 'delete';
  onClose(): void;
  onDone(): void;
}

/**
 * Renaming a column touches every contact in it, and deleting one moves them all: both
 * first ask the server for the impact (`?preview=true`, which changes nothing) and only
 * then offer to confirm. Changing the input throws the preview away.
 */
export function ColumnDialog({ client, column, columns, mode, onClose, onDone }: Props) {
  const nameId = useId();
  const { t, format } = useLocale();
  const moveId = useId();
  const targets = columns.filter((other) => other.id !== column.id);
  const [name, setName] = useState(columnNameText(t, column.name));
  const [moveTo, setMoveTo] = useState(targets[0]?.id ?? '');
  const [impact, setImpact] = useState<Impact>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const request = (preview: boolean) =>
    mode === 'rename'
      ? client.json<{ impact: Impact }>(
          `/v1/statuses/${encodeURIComponent(column.id)}${preview ? '?preview=true' : ''}`,
          {
            method: 'PATCH',
            body: { name: name.trim() },
          },
        )
      : client.json<{ impact: Impact }>(
          `/v1/statuses/${encodeURIComponent(column.id)}?moveTo=${encodeURIComponent(moveTo)}${preview ? '&preview=true' : ''}`,
          { method: 'DELETE' },
        );

  const run = async (preview: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      const answer = await request(preview);
      if (preview) setImpact(answer.impact);
      else onDone();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'rename' && name.trim().length === 0) {
      setError(t.columnDialog.enterName);
      return;
    }
    if (
      mode === 'rename' &&
      (name.trim() === column.name || name.trim() === columnNameText(t, column.name))
    ) {
      setError(t.columnDialog.sameName);
      return;
    }
    void run(impact === undefined);
  };

  return (
    <Dialog
      title={
        mode === 'rename'
          ? t.columnDialog.renameTitle(columnNameText(t, column.name))
          : t.columnDialog.deleteTitle(columnNameText(t, column.name))
      }
      onClose={onClose}
    >
      <form onSubmit={submit} className="stack">
        {mode === 'rename' ? (
          <>
            <label htmlFor={nameId}>{t.columnDialog.newName}</label>
            <input
              id={nameId}
              value={name}
              maxLength={100}
              onChange={(event) => {
                setName(event.target.value);
                setImpact(undefined);
              }}
              required
            />
            <p className="muted small">{t.columnDialog.renameHint}</p>
          </>
        ) : targets.length === 0 ? (
          <p>{t.columnDialog.onlyColumn}</p>
        ) : (
          <>
            <label htmlFor={moveId}>{t.columnDialog.moveTo(format.count(column.contacts))}</label>
            <select
              id={moveId}
              value={moveTo}
              onChange={(event) => {
                setMoveTo(event.target.value);
                setImpact(undefined);
              }}
            >
              {targets.map((target) => (
                <option key={target.id} value={target.id}>
                  {columnNameText(t, target.name)}
                </option>
              ))}
            </select>
            <p className="muted small">{t.columnDialog.moveHint}</p>
          </>
        )}
        {impact && <ImpactSummary impact={impact} />}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t.dialog.cancel}
          </button>
          {(mode === 'rename' || targets.length > 0) && (
            <button
              type="submit"
              className={impact ? (mode === 'delete' ? 'danger' : 'primary') : undefined}
              disabled={busy}
            >
              {impact === undefined
                ? t.columnDialog.preview
                : mode === 'rename'
                  ? t.columnDialog.confirmRename
                  : t.columnDialog.confirmDelete}
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
