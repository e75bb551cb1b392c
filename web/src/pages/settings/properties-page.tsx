import { useState } from 'react';
import { type ApiClient, ApiError } from '../../api/client.js';
import type { PropertyDefinitionView, PropertyType } from '../../api/types.js';
import { Dialog } from '../../components/dialog.js';
import { type Outcome, OutcomeMessage } from '../../components/outcome-message.js';
import { SettingsForm } from '../../components/settings-form.js';
import { SettingsPage } from '../../components/settings-page.js';
import { TextField } from '../../components/text-field.js';
import { useLocale } from '../../i18n/locale-context.js';
import { errorText, fieldErrorText } from '../../i18n/server-text.js';
import type { ServerTexts } from '../../i18n/server-texts-en.js';
import { useLoad } from '../../use-load.js';

const propertyTypes: PropertyType[] = ['text', 'number', 'date', 'single_select'];

const fieldErrorsOf = (t: ServerTexts, error: unknown) =>
  error instanceof ApiError && error.errors.length > 0
    ? Object.fromEntries(error.errors.map((entry) => [entry.field, fieldErrorText(t, entry)]))
    : undefined;

/** The account's contact properties: list them, add one (key, label, type, options), rename a label. */
export function PropertiesPage({ client }: { client: ApiClient }) {
  const { t } = useLocale();
  const definitions = useLoad(
    () => client.json<{ data: PropertyDefinitionView[] }>('/v1/property-definitions'),
    [client],
  );
  const [key, setKey] = useState('');
  const [label, setLabel] = useState('');
  const [type, setType] = useState<PropertyType>('text');
  const [options, setOptions] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome>();
  const [saving, setSaving] = useState(false);
  const [renaming, setRenaming] = useState<PropertyDefinitionView>();

  const add = async () => {
    setSaving(true);
    setOutcome(undefined);
    const optionList = options
      .split('\n')
      .map((option) => option.trim())
      .filter(Boolean);
    try {
      const created = await client.json<PropertyDefinitionView>('/v1/property-definitions', {
        method: 'POST',
        body: {
          key: key.trim(),
          label: label.trim(),
          type,
          ...(type === 'single_select' ? { options: optionList } : {}),
        },
      });
      setErrors({});
      setKey('');
      setLabel('');
      setOptions('');
      setType('text');
      setOutcome({ ok: true, text: t.properties.added(created.label) });
      await definitions.reload();
    } catch (error) {
      const byField = fieldErrorsOf(t, error);
      setErrors(byField ?? {});
      setOutcome({ ok: false, text: byField ? t.settings.refused : t.settings.failed(errorText(t, error)) });
      const first = byField
        ? ['/key', '/label', '/type', '/options'].find((field) => byField[field])
        : undefined;
      if (first) document.getElementById(`property-${first.slice(1)}`)?.focus();
    } finally {
      setSaving(false);
    }
  };

  return (
    <SettingsPage heading={t.properties.heading} intro={t.properties.intro} loadError={definitions.error}>
      {definitions.data && definitions.data.data.length === 0 && <p className="muted">{t.properties.none}</p>}
      {definitions.data && definitions.data.data.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t.properties.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.properties.label}</th>
                <th scope="col">{t.properties.key}</th>
                <th scope="col">{t.properties.type}</th>
                <th scope="col">{t.properties.options}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.properties.rename}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {definitions.data.data.map((definition) => (
                <tr key={definition.key} data-testid="property-row">
                  <th scope="row">{definition.label}</th>
                  <td className="mono">{definition.key}</td>
                  <td>{t.properties.types[definition.type] ?? definition.type}</td>
                  <td>{definition.options?.join(', ') ?? ''}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t.properties.renameLabel(definition.label)}
                      onClick={() => setRenaming(definition)}
                    >
                      {t.properties.rename}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <OutcomeMessage outcome={outcome} testId="properties-outcome" />
      <SettingsForm
        submitLabel={t.properties.add}
        busy={saving}
        labelledBy="add-property-heading"
        onSubmit={() => void add()}
      >
        <h2 id="add-property-heading">{t.properties.add}</h2>
        <div className="field-grid">
          <TextField
            id="property-key"
            label={t.properties.key}
            hint={t.properties.keyHint}
            value={key}
            error={errors['/key']}
            onValue={setKey}
          />
          <TextField
            id="property-label"
            label={t.properties.label}
            value={label}
            error={errors['/label']}
            onValue={setLabel}
          />
          <TextField
            id="property-type"
            label={t.properties.type}
            value={type}
            error={errors['/type']}
            onValue={() => {}}
          >
            {(described) => (
              <select
                {...described}
                value={type}
                onChange={(event) => setType(event.target.value as PropertyType)}
              >
                {propertyTypes.map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {t.properties.types[candidate]}
                  </option>
                ))}
              </select>
            )}
          </TextField>
        </div>
        {type === 'single_select' && (
          <TextField
            id="property-options"
            label={t.properties.options}
            hint={t.properties.optionsHint}
            value={options}
            error={errors['/options']}
            onValue={setOptions}
          >
            {(described) => (
              <textarea
                {...described}
                rows={4}
                value={options}
                onChange={(event) => setOptions(event.target.value)}
              />
            )}
          </TextField>
        )}
      </SettingsForm>
      {renaming && (
        <RenameDialog
          client={client}
          definition={renaming}
          onClose={() => setRenaming(undefined)}
          onRenamed={async (renamed) => {
            setRenaming(undefined);
            setOutcome({ ok: true, text: t.properties.renamed(renamed.label) });
            await definitions.reload();
          }}
        />
      )}
    </SettingsPage>
  );
}

function RenameDialog({
  client,
  definition,
  onClose,
  onRenamed,
}: {
  client: ApiClient;
  definition: PropertyDefinitionView;
  onClose(): void;
  onRenamed(definition: PropertyDefinitionView): void;
}) {
  const { t } = useLocale();
  const [label, setLabel] = useState(definition.label);
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      onRenamed(
        await client.json<PropertyDefinitionView>(
          `/v1/property-definitions/${encodeURIComponent(definition.key)}`,
          {
            method: 'PATCH',
            body: { label: label.trim() },
          },
        ),
      );
    } catch (caught) {
      setError(fieldErrorsOf(t, caught)?.['/label'] ?? errorText(t, caught));
      document.getElementById('rename-label')?.focus();
    } finally {
      setSaving(false);
    }
  };
  return (
    <Dialog title={t.properties.renameTitle(definition.key)} onClose={onClose}>
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField
          id="rename-label"
          label={t.properties.newLabel}
          value={label}
          error={error}
          onValue={setLabel}
        />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t.dialog.cancel}
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {t.properties.save}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
