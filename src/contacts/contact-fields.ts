/** Normalises an e-mail address for storage and matching: trimmed and lower-cased. */
export function normaliseEmail(value: string): string | undefined {
  const email = value.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254 ? email : undefined;
}

/**
 * Normalises a phone number to E.164 ("+4930123456"). Numbers must be given in
 * international form (a leading "+" or "00"); spaces, dots, dashes and brackets are
 * dropped. National forms are refused rather than guessed (see decision 0011).
 */
export function normalisePhone(value: string): string | undefined {
  const compact = value.trim().replace(/[\s().-]/g, '');
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  return /^\+[1-9]\d{6,14}$/.test(international) ? international : undefined;
}

export const propertyTypes = ['text', 'number', 'date', 'single_select'] as const;
export type PropertyType = (typeof propertyTypes)[number];

export interface PropertyDefinition {
  key: string;
  label: string;
  type: PropertyType;
  options: string[] | undefined;
}

/** The canonical text of a property value, or a reason it does not fit the definition. */
export function canonicalPropertyValue(
  definition: PropertyDefinition,
  value: unknown,
): { ok: true; value: string } | { ok: false; message: string } {
  switch (definition.type) {
    case 'text':
      return typeof value === 'string' && value.length <= 2000
        ? { ok: true, value }
        : { ok: false, message: 'must be text of at most 2,000 characters' };
    case 'number': {
      const number =
        typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
      return Number.isFinite(number) && !(typeof value === 'string' && value.trim() === '')
        ? { ok: true, value: String(number) }
        : { ok: false, message: 'must be a finite number' };
    }
    case 'date': {
      const valid =
        typeof value === 'string' &&
        /^\d{4}-\d{2}-\d{2}$/.test(value) &&
        new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
      return valid
        ? { ok: true, value: value as string }
        : { ok: false, message: 'must be a date YYYY-MM-DD' };
    }
    case 'single_select':
      return typeof value === 'string' && (definition.options ?? []).includes(value)
        ? { ok: true, value }
        : { ok: false, message: `must be one of ${(definition.options ?? []).join(', ')}` };
  }
}
