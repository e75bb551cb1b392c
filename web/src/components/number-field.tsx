import { useLocale } from '../i18n/locale-context.js';
import type { Locale } from '../i18n/locales.js';
import type { Messages } from '../i18n/messages-en.js';
import { type DecimalRefusal, type DecimalRules, parseDecimal } from '../i18n/parse-decimal.js';

interface Props {
  id: string;
  label: string;
  /** What the person typed, as they typed it. */
  text: string;
  rules?: DecimalRules;
  disabled?: boolean;
  /** A message from elsewhere (the API's), shown when the text itself reads well. */
  error?: string;
  onText(text: string): void;
}

/**
 * A number typed in the user's locale ("1.500,50" in German, "1,500.50" in English). A
 * plain text input: the browser's number input would read the separators by its own rules
 * and silently drop what it cannot read. What cannot be read unambiguously is refused
 * with a message beside the field.
 */
export function NumberField({ id, label, text, rules, disabled, error: given, onText }: Props) {
  const { t, locale } = useLocale();
  const parsed = text.trim() === '' ? undefined : parseDecimal(text, locale, rules);
  const error = parsed && !parsed.ok ? refusalMessage(t, locale, parsed.reason, rules) : given;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={rules?.whole ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={text}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onText(event.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="error small" data-testid="number-error">
          {error}
        </p>
      )}
    </div>
  );
}

function refusalMessage(t: Messages, locale: Locale, reason: DecimalRefusal, rules?: DecimalRules): string {
  const example = rules?.whole
    ? locale === 'de-DE'
      ? '1.500'
      : '1,500'
    : locale === 'de-DE'
      ? '1.500,50'
      : '1,500.50';
  switch (reason) {
    case 'ambiguous':
      return t.numberInput.ambiguous(locale === 'de-DE' ? ',' : '.', example);
    case 'not_whole':
      return t.numberInput.notWhole;
    case 'negative':
      return t.numberInput.negative;
    default:
      return t.numberInput.malformed(example);
  }
}
