import type { SmtpSettings } from './email-sender.js';

/**
 * Tally's own outgoing mail server (threshold alerts), from `TALLY_SMTP_URL`:
 * `smtp://user:password@host:587` (STARTTLS when offered) or `smtps://…:465` (TLS).
 */
export function parseSmtpUrl(text: string, from: string): SmtpSettings {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`TALLY_SMTP_URL is not a URL: ${text}`);
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error('TALLY_SMTP_URL must start with smtp:// or smtps://');
  }
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname,
    port: url.port === '' ? (secure ? 465 : 587) : Number(url.port),
    secure,
    user: url.username === '' ? undefined : decodeURIComponent(url.username),
    password: url.password === '' ? undefined : decodeURIComponent(url.password),
    from,
  };
}

export const defaultMailFrom = 'Tally <billing@tally.localhost>';
