import type { Kysely } from 'kysely';
import type { Database, MessageSettingsTable } from '../store/schema.js';
import type { SmtpSettings } from './email-sender.js';
import type { WhatsAppSettings } from './whatsapp-sender.js';

/** How an account sends, as it is shown back: never the password or the token, only whether one is kept. */
export interface MessageSettingsView {
  smtp: {
    host: string;
    port: number;
    secure: boolean;
    user: string | null;
    from: string;
    hasPassword: boolean;
  } | null;
  whatsapp: { baseUrl: string; phoneNumberId: string; hasToken: boolean } | null;
}

/**
 * A change to one or both channels. A channel absent stays as it is; `null` removes it. A
 * password or token left out keeps the one stored, so the dashboard can change a host without
 * asking for a secret it never shows back.
 */
export interface MessageSettingsChange {
  smtp?: {
    host: string;
    port: number;
    secure?: boolean;
    user?: string;
    password?: string;
    from: string;
  } | null;
  whatsapp?: { baseUrl: string; token?: string; phoneNumberId: string } | null;
}

type Row = Omit<MessageSettingsTable, 'account_id'>;

const emptyRow: Row = {
  smtp_host: null,
  smtp_port: null,
  smtp_secure: 0,
  smtp_user: null,
  smtp_password: null,
  from_address: null,
  whatsapp_base_url: null,
  whatsapp_token: null,
  whatsapp_phone_number_id: null,
};

export async function readMessageSettings(db: Kysely<Database>, accountId: string): Promise<Row | undefined> {
  const row = await db
    .selectFrom('message_settings')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  if (!row) return undefined;
  const { account_id: _, ...settings } = row;
  return settings;
}

export function viewOf(row: Row | undefined): MessageSettingsView {
  return {
    smtp:
      row?.smtp_host && row.smtp_port && row.from_address
        ? {
            host: row.smtp_host,
            port: row.smtp_port,
            secure: row.smtp_secure === 1,
            user: row.smtp_user,
            from: row.from_address,
            hasPassword: Boolean(row.smtp_password),
          }
        : null,
    whatsapp:
      row?.whatsapp_base_url && row.whatsapp_phone_number_id
        ? {
            baseUrl: row.whatsapp_base_url,
            phoneNumberId: row.whatsapp_phone_number_id,
            hasToken: Boolean(row.whatsapp_token),
          }
        : null,
  };
}

/** The stored row after a change, or the field a missing secret leaves unusable. */
export function applyChange(
  current: Row | undefined,
  change: MessageSettingsChange,
): { ok: true; row: Row } | { ok: false; field: string; message: string } {
  const row: Row = { ...(current ?? emptyRow) };
  if (change.smtp === null) {
    Object.assign(row, {
      smtp_host: null,
      smtp_port: null,
      smtp_secure: 0,
      smtp_user: null,
      smtp_password: null,
      from_address: null,
    });
  } else if (change.smtp) {
    const { host, port, secure, user, password, from } = change.smtp;
    Object.assign(row, {
      smtp_host: host,
      smtp_port: port,
      smtp_secure: secure ? 1 : 0,
      smtp_user: user ? user : null,
      // Without a user no password is sent, so none is kept.
      smtp_password: !user ? null : password === undefined ? row.smtp_password : password || null,
      from_address: from,
    });
  }
  if (change.whatsapp === null) {
    Object.assign(row, { whatsapp_base_url: null, whatsapp_token: null, whatsapp_phone_number_id: null });
  } else if (change.whatsapp) {
    const token = change.whatsapp.token ?? row.whatsapp_token;
    if (!token) return { ok: false, field: '/whatsapp/token', message: 'a WhatsApp access token is needed' };
    Object.assign(row, {
      whatsapp_base_url: change.whatsapp.baseUrl,
      whatsapp_token: token,
      whatsapp_phone_number_id: change.whatsapp.phoneNumberId,
    });
  }
  return { ok: true, row };
}

export async function writeMessageSettings(db: Kysely<Database>, accountId: string, row: Row): Promise<void> {
  await db
    .insertInto('message_settings')
    .values({ account_id: accountId, ...row })
    .onConflict((conflict) => conflict.column('account_id').doUpdateSet(row))
    .execute();
}

export function smtpSettingsOf(row: Row | undefined): SmtpSettings | undefined {
  if (!row?.smtp_host || !row.smtp_port || !row.from_address) return undefined;
  return {
    host: row.smtp_host,
    port: row.smtp_port,
    secure: row.smtp_secure === 1,
    user: row.smtp_user ?? undefined,
    password: row.smtp_password ?? undefined,
    from: row.from_address,
  };
}

export function whatsAppSettingsOf(row: Row | undefined): WhatsAppSettings | undefined {
  if (!row?.whatsapp_base_url || !row.whatsapp_token || !row.whatsapp_phone_number_id) return undefined;
  return {
    baseUrl: row.whatsapp_base_url,
    token: row.whatsapp_token,
    phoneNumberId: row.whatsapp_phone_number_id,
  };
}
