import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { ApiClient } from '../api/client.js';
import type { Contact, Message, Note, Status } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';
import type { Locale } from '../i18n/locales.js';
import { decimalForInput, parseDecimal } from '../i18n/parse-decimal.js';
import { errorText } from '../i18n/server-text.js';
import { useLoad } from '../use-load.js';
import { ColumnSelect } from './column-select.js';
import { Dialog } from './dialog.js';
import { NumberField } from './number-field.js';

interface PropertyDefinition {
  key: string;
  label: string;
  type: 'text' | 'number' | 'date' | 'single_select';
  options?: string[];
}

interface Props {
  client: ApiClient;
  contactId: string;
  columns: readonly Status[];
  onClose(): void;
  /** Something was changed: the board and the meter reload. */
  onChanged(): void;
}

/** One contact: its fields and properties, notes and messages; every change is an API call. */
export function ContactDrawer({ client, contactId, columns, onClose, onChanged }: Props) {
  const { t, format } = useLocale();
  const path = `/v1/contacts/${encodeURIComponent(contactId)}`;
  const contact = useLoad(() => client.json<Contact>(path), [client, path]);
  const definitions = useLoad(
    () => client.json<{ data: PropertyDefinition[] }>('/v1/property-definitions'),
    [client],
  );
  const notes = useLoad(() => client.json<{ data: Note[] }>(`${path}/notes`), [client, path]);
  const messages = useLoad(() => client.json<{ data: Message[] }>(`${path}/messages`), [client, path]);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();

  const act = async (what: string, action: () => Promise<unknown>) => {
    setError(undefined);
    setSaved(undefined);
    try {
      await action();
      setSaved(what);
      onChanged();
    } catch (caught) {
      setError(errorText(t, caught));
    }
  };

  const title = contact.data
    ? (contact.data.name ?? contact.data.email ?? contact.data.phone ?? contact.data.id)
    : t.drawer.contact;
  return (
    <Dialog title={title} onClose={onClose} className="drawer">
      {contact.error && (
        <p role="alert" className="error">
          {errorText(t, contact.error)}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {saved && (
        <p role="status" className="success">
          {saved}
        </p>
      )}
      {contact.data && (
        <ContactFields
          key={contact.data.updatedAt}
          contact={contact.data}
          columns={columns}
          definitions={definitions.data?.data ?? []}
          onSave={(changes) =>
            act(t.drawer.saved, async () => {
              await client.json(path, { method: 'PATCH', body: changes });
              await contact.reload();
            })
          }
        />
      )}
      <section aria-labelledby={`${contactId}-notes`} className="drawer-section">
        <h3 id={`${contactId}-notes`}>{t.drawer.notes}</h3>
        <AddNote
          onAdd={(body) =>
            act(t.drawer.noteAdded, async () => {
              await client.json(`${path}/notes`, { method: 'POST', body: { body } });
              await notes.reload();
            })
          }
        />
        <ul className="timeline">
          {notes.data?.data.map((note) => (
            <li key={note.id}>
              <p>{note.body}</p>
              <p className="muted small">
                {format.dateTime(note.createdAt)} · {note.actor}
              </p>
            </li>
          ))}
          {notes.data?.data.length === 0 && <li className="muted">{t.drawer.noNotes}</li>}
        </ul>
      </section>
      <section aria-labelledby={`${contactId}-messages`} className="drawer-section">
        <h3 id={`${contactId}-messages`}>{t.drawer.messages}</h3>
        <SendMessage
          hasEmail={Boolean(contact.data?.email)}
          hasPhone={Boolean(contact.data?.phone)}
          onSend={async (message) => {
            // Not through `act`: a refused send must reach the form, which keeps the text and
            // shows why beside it, instead of the drawer's top where nobody typing looks.
            setError(undefined);
            setSaved(undefined);
            await client.json(`${path}/messages`, { method: 'POST', body: message });
            setSaved(t.drawer.messageSent);
            onChanged();
            await messages.reload();
          }}
        />
        <ul className="timeline">
          {messages.data?.data.map((message) => (
            <li key={message.id}>
              <p>
                <span className="badge">
                  {message.channel === 'email' ? t.drawer.email : t.drawer.whatsapp}
                </span>{' '}
                <span className={`badge status-${message.status}`}>{message.status}</span>{' '}
                {message.subject && <strong>{message.subject}: </strong>}
                {message.body}
              </p>
              {message.error && <p className="error small">{message.error}</p>}
              {message.createdAt && <p className="muted small">{format.dateTime(message.createdAt)}</p>}
            </li>
          ))}
          {messages.data?.data.length === 0 && <li className="muted">{t.drawer.noMessages}</li>}
        </ul>
      </section>
      <section className="drawer-section">
        <button
          type="button"
          className="danger"
          onClick={() => {
            if (!window.confirm(t.drawer.confirmDelete)) return;
            void act(t.drawer.deleted, async () => {
              await client.json(path, { method: 'DELETE' });
              onClose();
            });
          }}
        >
          {t.drawer.deleteContact}
        </button>
      </section>
    </Dialog>
  );
}

function ContactFields({
  contact,
  columns,
  definitions,
  onSave,
}: {
  contact: Contact;
  columns: readonly Status[];
  definitions: readonly PropertyDefinition[];
  onSave(changes: Record<string, unknown>): Promise<void>;
}) {
  const prefix = useId();
  const { t, locale } = useLocale();
  const [fields, setFields] = useState({
    name: contact.name ?? '',
    email: contact.email ?? '',
    phone: contact.phone ?? '',
    statusId: contact.statusId,
  });
  const [properties, setProperties] = useState<Record<string, string>>(() =>
    propertyTexts(definitions, contact, locale),
  );
  useEffect(() => {
    setProperties(propertyTexts(definitions, contact, locale));
  }, [definitions, contact, locale]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Only what changed is sent: the same value again would record nothing anyway, but a
    // smaller request says what the person did.
    const changes: Record<string, unknown> = {};
    const text = (value: string) => (value.trim() === '' ? null : value.trim());
    if (text(fields.name) !== contact.name) changes.name = text(fields.name);
    if (text(fields.email) !== contact.email) changes.email = text(fields.email);
    if (text(fields.phone) !== contact.phone) changes.phone = text(fields.phone);
    if (fields.statusId !== contact.statusId) changes.statusId = fields.statusId;
    const changedProperties: Record<string, string | number | null> = {};
    const before = propertyTexts(definitions, contact, locale);
    for (const definition of definitions) {
      const after = properties[definition.key] ?? '';
      if (after === before[definition.key]) continue;
      if (after.trim() === '') {
        changedProperties[definition.key] = null;
      } else if (definition.type === 'number') {
        const parsed = parseDecimal(after, locale);
        // The field shows why; nothing is saved while a number cannot be read.
        if (!parsed.ok) return;
        // The API takes a number property as a decimal string too: sent as read, never
        // through a float.
        changedProperties[definition.key] = parsed.value;
      } else {
        changedProperties[definition.key] = after;
      }
    }
    if (Object.keys(changedProperties).length > 0) changes.properties = changedProperties;
    if (Object.keys(changes).length === 0) return;
    void onSave(changes);
  };

  const input = (key: 'name' | 'email' | 'phone', label: string, type: string) => (
    <div className="field">
      <label htmlFor={`${prefix}-${key}`}>{label}</label>
      <input
        id={`${prefix}-${key}`}
        type={type}
        value={fields[key]}
        onChange={(event) => setFields({ ...fields, [key]: event.target.value })}
      />
    </div>
  );
  return (
    <form onSubmit={submit} className="drawer-section" aria-label={t.drawer.details}>
      <div className="field-grid">
        {input('name', t.drawer.name, 'text')}
        {input('email', t.drawer.email, 'email')}
        {input('phone', t.drawer.phone, 'tel')}
        <ColumnSelect
          id={`${prefix}-status`}
          label={t.drawer.status}
          value={fields.statusId}
          columns={columns}
          onChange={(statusId) => setFields({ ...fields, statusId })}
        />
        {definitions.map((definition) =>
          definition.type === 'number' ? (
            <NumberField
              key={definition.key}
              id={`${prefix}-p-${definition.key}`}
              label={definition.label}
              text={properties[definition.key] ?? ''}
              onText={(text) => setProperties({ ...properties, [definition.key]: text })}
            />
          ) : (
            <div className="field" key={definition.key}>
              <label htmlFor={`${prefix}-p-${definition.key}`}>{definition.label}</label>
              {definition.type === 'single_select' ? (
                <select
                  id={`${prefix}-p-${definition.key}`}
                  value={properties[definition.key] ?? ''}
                  onChange={(event) => setProperties({ ...properties, [definition.key]: event.target.value })}
                >
                  <option value="">—</option>
                  {definition.options?.map((option) => (
                    <option key={option} value={option}>
                      {option}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={`${prefix}-p-${definition.key}`}
                  type={definition.type === 'date' ? 'date' : 'text'}
                  value={properties[definition.key] ?? ''}
                  onChange={(event) => setProperties({ ...properties, [definition.key]: event.target.value })}
                />
              )}
            </div>
          ),
        )}
      </div>
      <button type="submit" className="primary">
        {t.drawer.saveChanges}
      </button>
    </form>
  );
}

function AddNote({ onAdd }: { onAdd(body: string): Promise<void> }) {
  const id = useId();
  const { t } = useLocale();
  const [body, setBody] = useState('');
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (body.trim() === '') return;
        void onAdd(body).then(() => setBody(''));
      }}
    >
      <label htmlFor={id}>{t.drawer.newNote}</label>
      <textarea
        id={id}
        rows={2}
        value={body}
        maxLength={10_000}
        onChange={(event) => setBody(event.target.value)}
      />
      <button type="submit">{t.drawer.addNote}</button>
    </form>
  );
}

function SendMessage({
  hasEmail,
  hasPhone,
  onSend,
}: {
  hasEmail: boolean;
  hasPhone: boolean;
  onSend(message: { channel: 'email' | 'whatsapp'; subject?: string; body: string }): Promise<void>;
}) {
  const id = useId();
  const { t } = useLocale();
  const [channel, setChannel] = useState<'email' | 'whatsapp'>(hasEmail || !hasPhone ? 'email' : 'whatsapp');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string>();
  const errorRef = useRef<HTMLParagraphElement>(null);
  // A refusal is announced and focused where the person is, so they can fix it and send again.
  useEffect(() => {
    if (error !== undefined) errorRef.current?.focus();
  }, [error]);
  return (
    <form
      className="stack"
      aria-label={t.drawer.sendMessage}
      aria-describedby={error === undefined ? undefined : `${id}-error`}
      onSubmit={(event) => {
        event.preventDefault();
        if (body.trim() === '') return;
        setError(undefined);
        onSend({
          channel,
          ...(channel === 'email' && subject.trim() ? { subject: subject.trim() } : {}),
          body,
        }).then(
          () => {
            setBody('');
            setSubject('');
          },
          // What was typed stays: only a sent message clears the form.
          (caught: unknown) => setError(errorText(t, caught)),
        );
      }}
    >
      <fieldset className="inline">
        <legend>{t.drawer.sendBy}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-channel`}
            checked={channel === 'email'}
            onChange={() => setChannel('email')}
          />{' '}
          {t.drawer.email}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-channel`}
            checked={channel === 'whatsapp'}
            onChange={() => setChannel('whatsapp')}
          />{' '}
          {t.drawer.whatsapp}
        </label>
      </fieldset>
      {channel === 'email' && (
        <>
          <label htmlFor={`${id}-subject`}>{t.drawer.subject}</label>
          <input id={`${id}-subject`} value={subject} onChange={(event) => setSubject(event.target.value)} />
        </>
      )}
      <label htmlFor={`${id}-body`}>{t.drawer.message}</label>
      <textarea id={`${id}-body`} rows={3} value={body} onChange={(event) => setBody(event.target.value)} />
      <button type="submit">{channel === 'email' ? t.drawer.sendEmail : t.drawer.sendWhatsapp}</button>
      {error !== undefined && (
        <p id={`${id}-error`} ref={errorRef} role="alert" tabIndex={-1} className="error">
          {t.drawer.notSent(error)}
        </p>
      )}
    </form>
  );
}

/** The properties as the form edits them: numbers with the locale's decimal separator. */
function propertyTexts(
  definitions: readonly PropertyDefinition[],
  contact: Contact,
  locale: Locale,
): Record<string, string> {
  return Object.fromEntries(
    definitions.map((definition) => {
      const value = contact.properties[definition.key];
      if (value === null || value === undefined) return [definition.key, ''];
      return [
        definition.key,
        definition.type === 'number' ? decimalForInput(String(value), locale) : String(value),
      ];
    }),
  );
}
