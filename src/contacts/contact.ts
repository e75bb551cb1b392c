/** A contact in the account's workspace. */
export interface Contact {
  id: string;
  statusId: string;
  name: string | undefined;
  email: string | undefined;
  phone: string | undefined;
  properties: Record<string, string>;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | undefined;
  erased: boolean;
}

/** What a create or update may set; `null` clears a field or property. */
export interface ContactInput {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  statusId?: string;
  properties?: Record<string, unknown>;
}

/** Why a contact action was refused: the field at fault and a message for people. */
export interface ContactRefusal {
  ok: false;
  code: 'not_found' | 'invalid' | 'duplicate';
  field: string;
  message: string;
}

export function refusal(code: ContactRefusal['code'], field: string, message: string): ContactRefusal {
  return { ok: false, code, field, message };
}
