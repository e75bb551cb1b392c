import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: string;
  value: string;
  /** The API's message for this field, shown beside it and announced with it. */
  error?: string;
  hint?: string;
  type?: 'text' | 'email' | 'password' | 'url';
  autoComplete?: string;
  disabled?: boolean;
  onValue(value: string): void;
  /** Another control in place of the text input (a select), with the same label and messages. */
  children?: (described: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}

/**
 * A labelled form control with its hint and its error beside it. The error is tied to the
 * control with `aria-describedby` and `aria-invalid`, so a screen reader reads it with the field.
 */
export function TextField({
  id,
  label,
  value,
  error,
  hint,
  type,
  autoComplete,
  disabled,
  onValue,
  children,
}: Props) {
  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined]
    .filter(Boolean)
    .join(' ');
  const described = {
    id,
    ...(error ? { 'aria-invalid': true as const } : {}),
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children ? (
        children(described)
      ) : (
        <input
          {...described}
          type={type ?? 'text'}
          autoComplete={autoComplete}
          value={value}
          disabled={disabled}
          onChange={(event) => onValue(event.target.value)}
        />
      )}
      {hint && (
        <p id={`${id}-hint`} className="muted small">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="error small" data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
