import { type DragEvent, type FormEvent, useId, useState } from 'react';
import type { ApiClient } from '../api/client.js';
import type { Contact, Status, Usage } from '../api/types.js';
import { ColumnDialog } from '../components/column-dialog.js';
import { ColumnSelect } from '../components/column-select.js';
import { ContactDrawer } from '../components/contact-drawer.js';
import { Dialog } from '../components/dialog.js';
import { UsageMeter } from '../components/usage-meter.js';
import { useLocale } from '../i18n/locale-context.js';
import { columnNameText, errorText } from '../i18n/server-text.js';
import { useLoad } from '../use-load.js';

/** How many cards each column shows; the count in its header is always the full one. */
const cardsPerColumn = 100;

interface Board {
  columns: Status[];
  cards: Map<string, Contact[]>;
}

/** The contacts board: a column per status; dragging a card changes the contact's status. */
export function BoardPage({ client }: { client: ApiClient }) {
  const { t, format } = useLocale();
  const board = useLoad(async (): Promise<Board> => {
    const { data: columns } = await client.json<{ data: Status[] }>('/v1/statuses');
    const pages = await Promise.all(
      columns.map((column) =>
        client.json<{ data: Contact[] }>(
          `/v1/contacts?status=${encodeURIComponent(column.id)}&limit=${cardsPerColumn}`,
        ),
      ),
    );
    return { columns, cards: new Map(columns.map((column, index) => [column.id, pages[index]?.data ?? []])) };
  }, [client]);
  const usage = useLoad(() => client.json<Usage>('/v1/usage'), [client]);
  const [dragged, setDragged] = useState<Contact>();
  const [dropTarget, setDropTarget] = useState<string>();
  const [openContact, setOpenContact] = useState<string>();
  const [columnAction, setColumnAction] = useState<{ column: Status; mode: 'rename' | 'delete' }>();
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string>();
  const [announcement, setAnnouncement] = useState('');

  const refresh = async () => {
    await Promise.all([board.reload(), usage.reload()]);
  };

  const move = async (contact: Contact, statusId: string) => {
    if (contact.statusId === statusId) return;
    const target = board.data?.columns.find((column) => column.id === statusId);
    setError(undefined);
    try {
      await client.json(`/v1/contacts/${encodeURIComponent(contact.id)}`, {
        method: 'PATCH',
        body: { statusId },
      });
      setAnnouncement(
        t.board.moved(
          contact.name ?? contact.id,
          target ? columnNameText(t, target.name) : t.board.anotherColumn,
        ),
      );
    } catch (caught) {
      setError(errorText(t, caught));
    }
    await refresh();
  };

  const onDrop = (event: DragEvent, statusId: string) => {
    event.preventDefault();
    setDropTarget(undefined);
    const contact = dragged;
    setDragged(undefined);
    if (contact) void move(contact, statusId);
  };

  const columns = board.data?.columns ?? [];
  return (
    <div className="page page-wide">
      <div className="page-heading">
        <h1>{t.board.heading}</h1>
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t.board.newContact}
          </button>
          <AddColumn client={client} onAdded={() => void refresh()} />
        </div>
      </div>
      {usage.data && <UsageMeter {...usage.data} compact />}
      {(error ?? board.error?.message) && (
        <p role="alert" className="error">
          {error ?? board.error?.message}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <p className="muted small">{t.board.hint}</p>
      <div className="board">
        {columns.map((column) => (
          <section
            key={column.id}
            className={`column${dropTarget === column.id ? ' drop-target' : ''}`}
            aria-labelledby={`column-${column.id}`}
            data-column={column.name}
            onDragOver={(event) => {
              if (!dragged) return;
              event.preventDefault();
              event.dataTransfer.dropEffect = 'move';
              setDropTarget(column.id);
            }}
            onDragLeave={() => setDropTarget((current) => (current === column.id ? undefined : current))}
            onDrop={(event) => onDrop(event, column.id)}
          >
            <header className="column-header">
              <h2 id={`column-${column.id}`}>
                {columnNameText(t, column.name)}{' '}
                <span className="count">{format.count(column.contacts)}</span>
              </h2>
              <div className="column-actions">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t.board.renameColumn(columnNameText(t, column.name))}
                  title={t.board.rename}
                  onClick={() => setColumnAction({ column, mode: 'rename' })}
                >
                  ✎
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t.board.deleteColumn(columnNameText(t, column.name))}
                  title={t.board.delete}
                  onClick={() => setColumnAction({ column, mode: 'delete' })}
                >
                  ✕
                </button>
              </div>
            </header>
            <ul className="cards">
              {board.data?.cards.get(column.id)?.map((contact) => (
                <li
                  key={contact.id}
                  className={`contact-card${dragged?.id === contact.id ? ' dragging' : ''}`}
                  draggable
                  data-contact={contact.id}
                  onDragStart={(event) => {
                    event.dataTransfer.effectAllowed = 'move';
                    event.dataTransfer.setData('text/plain', contact.id);
                    setDragged(contact);
                  }}
                  onDragEnd={() => {
                    setDragged(undefined);
                    setDropTarget(undefined);
                  }}
                >
                  <button type="button" className="card-button" onClick={() => setOpenContact(contact.id)}>
                    <strong>{contact.name ?? contact.email ?? contact.phone ?? contact.id}</strong>
                    {contact.email && contact.name && <span className="muted small">{contact.email}</span>}
                  </button>
                </li>
              ))}
            </ul>
            {column.contacts > cardsPerColumn && (
              <p className="muted small">
                {t.board.showing(format.count(cardsPerColumn), format.count(column.contacts))}
              </p>
            )}
          </section>
        ))}
      </div>
      {openContact && (
        <ContactDrawer
          client={client}
          contactId={openContact}
          columns={columns}
          onClose={() => setOpenContact(undefined)}
          onChanged={() => void refresh()}
        />
      )}
      {columnAction && (
        <ColumnDialog
          client={client}
          column={columnAction.column}
          columns={columns}
          mode={columnAction.mode}
          onClose={() => setColumnAction(undefined)}
          onDone={() => {
            setColumnAction(undefined);
            setAnnouncement(columnAction.mode === 'rename' ? t.board.columnRenamed : t.board.columnDeleted);
            void refresh();
          }}
        />
      )}
      {creating && (
        <NewContact
          client={client}
          columns={columns}
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            setAnnouncement(t.board.contactCreated);
            void refresh();
          }}
        />
      )}
    </div>
  );
}

function AddColumn({ client, onAdded }: { client: ApiClient; onAdded(): void }) {
  const id = useId();
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await client.json('/v1/statuses', { method: 'POST', body: { name: name.trim() } });
      setOpen(false);
      setName('');
      onAdded();
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t.board.addColumn}
      </button>
    );
  }
  return (
    <Dialog title={t.board.addColumnTitle} onClose={() => setOpen(false)}>
      <form className="stack" onSubmit={(event) => void submit(event)}>
        <label htmlFor={id}>{t.board.columnName}</label>
        <input
          id={id}
          value={name}
          maxLength={100}
          required
          onChange={(event) => setName(event.target.value)}
        />
        <p className="muted small">{t.board.newColumnTouchesNone}</p>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => setOpen(false)}>
            {t.dialog.cancel}
          </button>
          <button type="submit" className="primary">
            {t.board.addColumn}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function NewContact({
  client,
  columns,
  onClose,
  onCreated,
}: {
  client: ApiClient;
  columns: readonly Status[];
  onClose(): void;
  onCreated(): void;
}) {
  const id = useId();
  const { t } = useLocale();
  const [fields, setFields] = useState({ name: '', email: '', phone: '', statusId: columns[0]?.id ?? '' });
  const [error, setError] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
    if (!text(fields.name) && !text(fields.email) && !text(fields.phone)) {
      setError(t.board.needsIdentity);
      return;
    }
    try {
      await client.json('/v1/contacts', {
        method: 'POST',
        body: {
          ...(text(fields.name) ? { name: text(fields.name) } : {}),
          ...(text(fields.email) ? { email: text(fields.email) } : {}),
          ...(text(fields.phone) ? { phone: text(fields.phone) } : {}),
          ...(fields.statusId ? { statusId: fields.statusId } : {}),
        },
      });
      onCreated();
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };
  const field = (key: 'name' | 'email' | 'phone', label: string, type: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        value={fields[key]}
        onChange={(event) => setFields({ ...fields, [key]: event.target.value })}
      />
    </div>
  );
  return (
    <Dialog title={t.board.newContact} onClose={onClose}>
      <form className="stack" onSubmit={(event) => void submit(event)}>
        {field('name', t.board.name, 'text')}
        {field('email', t.board.email, 'email')}
        {field('phone', t.board.phone, 'tel')}
        <ColumnSelect
          id={`${id}-status`}
          label={t.board.column}
          value={fields.statusId}
          columns={columns}
          onChange={(statusId) => setFields({ ...fields, statusId })}
        />
        <p className="muted small">{t.board.createMakesActive}</p>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t.dialog.cancel}
          </button>
          <button type="submit" className="primary">
            {t.board.createContact}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
