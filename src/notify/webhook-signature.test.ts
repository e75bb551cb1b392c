import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateWebhookSecret, signWebhook, verifyWebhook, webhookHeaders } from './webhook-signature.js';

describe('Standard Webhooks signatures', () => {
  it('matches the specification’s published example', () => {
    // The example from the Standard Webhooks specification's reference libraries.
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const body = '{"test": 2432232314}';
    expect(signWebhook(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, body)).toBe(
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
  });

  it('verifies its own headers, and refuses a changed body, a wrong secret or an old timestamp', () => {
    const secret = generateWebhookSecret();
    const body = JSON.stringify({ type: 'usage.threshold_reached', data: { percent: 80 } });
    const headers = webhookHeaders(secret, 'msg_1', 1_800_000_000, body);
    expect(verifyWebhook(secret, { ...headers }, body, 1_800_000_010)).toBe(true);
    expect(verifyWebhook(secret, { ...headers }, `${body} `, 1_800_000_010)).toBe(false);
    expect(verifyWebhook(generateWebhookSecret(), { ...headers }, body, 1_800_000_010)).toBe(false);
    expect(verifyWebhook(secret, { ...headers }, body, 1_800_000_000 + 301)).toBe(false);
    // A rotated secret: any one matching signature among several is enough.
    const rotated = { ...headers, 'webhook-signature': `v1,bm90IGl0 ${headers['webhook-signature']}` };
    expect(verifyWebhook(secret, rotated, body, 1_800_000_000)).toBe(true);
  });

  it('signs id, timestamp and body with HMAC-SHA256 under the decoded secret', () => {
    const secret = generateWebhookSecret();
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key).update('msg_2.1700000000.{}').digest('base64');
    expect(signWebhook(secret, 'msg_2', 1_700_000_000, '{}')).toBe(`v1,${expected}`);
  });
});
