import { privateUrlProblem } from './private-address.js';
import type { SendResult } from './send-result.js';

export interface WhatsAppSettings {
  /** e.g. https://graph.facebook.com/v21.0 — configurable, so tests and proxies can stand in. */
  baseUrl: string;
  token: string;
  phoneNumberId: string;
}

export const whatsAppTimeoutMs = 10_000;

/**
 * Sends a text message through the WhatsApp Cloud API (`POST /{phone-number-id}/messages`).
 * Accepted means the API answered 2xx with a message id; an error answer or a timeout is
 * not accepted and carries the reason.
 */
export async function sendWhatsApp(
  settings: WhatsAppSettings,
  to: string,
  text: string,
  timeoutMs = whatsAppTimeoutMs,
): Promise<SendResult> {
  // Checked again here: the name may resolve elsewhere than when the settings were saved.
  const unreachable = await privateUrlProblem(settings.baseUrl);
  if (unreachable) return { accepted: false, error: `WhatsApp API not called: the base URL ${unreachable}` };
  try {
    const response = await fetch(
      `${settings.baseUrl.replace(/\/$/, '')}/${encodeURIComponent(settings.phoneNumberId)}/messages`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${settings.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          messaging_product: 'whatsapp',
          recipient_type: 'individual',
          to: to.replace(/^\+/, ''),
          type: 'text',
          text: { preview_url: false, body: text },
        }),
        signal: AbortSignal.timeout(timeoutMs),
        // A redirect is not followed: it could lead to an address the guard above refuses.
        redirect: 'manual',
      },
    );
    const answer = (await response.json().catch(() => undefined)) as
      | { messages?: { id?: string }[]; error?: { message?: string; code?: number } }
      | undefined;
    const id = answer?.messages?.[0]?.id;
    if (response.ok && id) return { accepted: true, providerMessageId: id };
    return {
      accepted: false,
      error: `WhatsApp API ${response.status}: ${answer?.error?.message ?? 'no message id in the answer'}`,
    };
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${timeoutMs} ms`
        : (error as Error).message;
    return { accepted: false, error: `WhatsApp API: ${reason}` };
  }
}
