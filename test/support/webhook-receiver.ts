import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '../../src/notify/webhook-signature.js';

export interface ReceivedWebhook {
  id: string;
  /** Wall-clock arrival, for checking the backoff between retries. */
  receivedAt: number;
  /** Whether the Standard Webhooks signature verified under the endpoint's secret. */
  verified: boolean;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary event payloads
  body: any;
  /** What this receiver answered. */
  answered: number;
}

/**
 * A local HTTP server receiving webhooks: it verifies each signature with the secret it
 * is given and answers with the next status of `answers` (then 200 for ever).
 */
export async function startWebhookReceiver(answers: number[] = []) {
  const received: ReceivedWebhook[] = [];
  const state = { secret: '', answers: [...answers] };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const status = state.answers.shift() ?? 200;
      received.push({
        id: String(request.headers['webhook-id']),
        receivedAt: Date.now(),
        verified: verifyWebhook(state.secret, request.headers, text, Math.floor(Date.now() / 1000)),
        body: JSON.parse(text),
        answered: status,
      });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    /** The endpoint's secret, known once the endpoint is created. */
    useSecret(secret: string) {
      state.secret = secret;
    },
    answerNext(...statuses: number[]) {
      state.answers.push(...statuses);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls until the condition holds (outboxes deliver in the background), or fails after `timeoutMs`. */
export async function eventually(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
