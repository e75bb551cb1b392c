import type { Kysely } from 'kysely';
import { publicUrlOrThrow } from '../channels/refused-url-error.js';
import type { Database } from '../store/schema.js';

/** How an account sends: its SMTP server and its WhatsApp Cloud API credentials. */
export interface MessageSettings {
  smtp?: { host: string; port: number; secure?: boolean; user?: string; password?: string; from: string };
  whatsapp?: { baseUrl: string; token: string; phoneNumberId: string };
}

/**
 * Replaces the account's message settings (a channel left out is switched off) and
 * answers which channels are set up; secrets are kept, never answered. A WhatsApp base URL
 * that reaches a private address is refused (`RefusedUrlError`) and nothing is written.
 */
export async function saveMessageSettings(
  db: Kysely<Database>,
  accountId: string,
  { smtp, whatsapp }: MessageSettings,
): Promise<{ email: boolean; whatsapp: boolean }> {
  if (whatsapp !== undefined) await publicUrlOrThrow('/whatsapp/baseUrl', whatsapp.baseUrl);
  const row = {
    smtp_host: smtp?.host ?? null,
    smtp_port: smtp?.port ?? null,
    smtp_secure: smtp?.secure ? 1 : 0,
    smtp_user: smtp?.user ?? null,
    smtp_password: smtp?.password ?? null,
    from_address: smtp?.from ?? null,
    whatsapp_base_url: whatsapp?.baseUrl ?? null,
    whatsapp_token: whatsapp?.token ?? null,
    whatsapp_phone_number_id: whatsapp?.phoneNumberId ?? null,
  };
  await db
    .insertInto('message_settings')
    .values({ account_id: accountId, ...row })
    .onConflict((conflict) => conflict.column('account_id').doUpdateSet(row))
    .execute();
  return { email: smtp !== undefined, whatsapp: whatsapp !== undefined };
}
