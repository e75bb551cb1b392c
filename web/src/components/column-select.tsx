import type { Status } from '../api/types.js';
import { useLocale } from '../i18n/locale-context.js';
import { columnNameText } from '../i18n/server-text.js';

interface Props {
  id: string;
  label: string;
  value: string;
  columns: readonly Status[];
  onChange(statusId: string): void;
}

/** A board column picker: the keyboard's way to move a contact, and where a new one starts. */
export function ColumnSelect({ id, label, value, columns, onChange }: Props) {
  const { t } = useLocale();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {columns.map((column) => (
          <option key={column.id} value={column.id}>
            {columnNameText(t, column.name)}
          </option>
        ))}
      </select>
    </div>
  );
}
