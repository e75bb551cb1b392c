import { randomBytes } from 'node:crypto';
import type { SmtpSettings } from './email-sender.js';
import { sendEmail } from './email-sender.js';
import type { SendResult } from './send-result.js';
import { sendWhatsApp, type WhatsAppSettings, whatsAppTimeoutMs } from './whatsapp-sender.js';

export const testMessageSubject = 'Tally test message';
export const testMessageText =
  'This is a test message from Tally. Your sender settings work: messages to your contacts go out this way.';

/**
 * Sends the fixed test message through the account's settings and says what the provider
 * answered. Nothing is recorded: a test is no message to a contact and no activity.
 */
export function sendTestEmail(settings: SmtpSettings, to: string): Promise<SendResult> {
  return sendEmail(settings, {
    to,
    subject: testMessageSubject,
    text: testMessageText,
    messageId: `<test_${randomBytes(10).toString('hex')}@tally>`,
  });
}

export function sendTestWhatsApp(settings: WhatsAppSettings, to: string): Promise<SendResult> {
  return sendWhatsApp(
    settings,
    to,
    testMessageText,
    Number(process.env.TALLY_WHATSAPP_TIMEOUT_MS ?? whatsAppTimeoutMs),
  );
}
