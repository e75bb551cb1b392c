import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, type Peer, startHarness, type TestAccount } from '../support/http-harness.js';
import { startSmtp } from '../support/smtp-server.js';
import { eventually, startWebhookReceiver } from '../support/webhook-receiver.js';

/**
 * SPEC §6 end to end: contact actions push an account over 80 % and 100 % of its
 * allowance; each threshold sends exactly one dashboard notice, one e-mail (to a real
 * SMTP server) and one signed webhook (to a real HTTP receiver) per month.
 */
const notify = { notifyIntervalMs: 30, webhooks: { retryBaseMs: 100 } };
const smtpAt = (port: number) => ({
  host: '127.0.0.1',
  port,
  secure: false,
  user: undefined,
  password: undefined,
  from: 'Tally <billing@tally.test>',
});

describe.each(engines)('usage alerts on %s', (engine) => {
  let api: Harness;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startHarness(engine, { server: { ...notify, smtp: smtpAt(smtp.port) } });
  });
  afterAll(async () => {
    await api.dispose();
    await smtp.close();
  });

  /** A Start account (allowance 50) with a billing e-mail and a webhook endpoint. */
  async function alertedAccount(receiver: Awaited<ReturnType<typeof startWebhookReceiver>>, email: string) {
    const account = await api.createAccount({ plan: 'start' });
    expect(
      (await api.request('PUT', '/v1/billing-details', { key: account.apiKey, body: { email } })).status,
    ).toBe(200);
    const endpoint = await api.request('POST', '/v1/webhook-endpoints', {
      key: account.apiKey,
      body: { url: receiver.url, eventTypes: ['usage.threshold_reached'] },
    });
    expect(endpoint.status).toBe(201);
    expect(endpoint.body.secret).toMatch(/^whsec_/);
    receiver.useSecret(endpoint.body.secret);
    return account;
  }

  const createContacts = async (key: string, from: number, to: number, target: Harness = api) => {
    for (let index = from; index < to; index++) {
      const created = await target.request('POST', '/v1/contacts', {
        key,
        body: { name: `Contact ${index}` },
      });
      expect(created.status).toBe(201);
    }
  };
  const mailsTo = (address: string) => smtp.mails.filter((mail) => mail.to.includes(address));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

  it('crossing 80 % and then 100 % through contact actions notifies exactly once per threshold', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const account = await alertedAccount(receiver, `owner-${engine}@acme.test`);
      await createContacts(account.apiKey, 0, 39);
      await settle();
      expect(receiver.received).toHaveLength(0);
      expect((await api.request('GET', '/v1/notifications', { key: account.apiKey })).body.data).toEqual([]);

      // The 40th contact is 80 % of 50.
      await createContacts(account.apiKey, 39, 40);
      const notices = await api.request('GET', '/v1/notifications', { key: account.apiKey });
      expect(notices.body.data).toHaveLength(1);
      expect(notices.body.data[0]).toMatchObject({
        type: 'usage.threshold_reached',
        title: 'You have used 80 % of your active contacts',
        readAt: null,
        data: { percent: 80, activeContacts: 40, allowance: 50, overusage: 0 },
      });
      await eventually(
        () => receiver.received.length === 1 && mailsTo(`owner-${engine}@acme.test`).length === 1,
      );

      // Notes on contacts already active this month change nothing; the 50th new contact is 100 %.
      const contacts = await api.request('GET', '/v1/contacts?limit=5', { key: account.apiKey });
      for (const contact of contacts.body.data) {
        await api.request('POST', `/v1/contacts/${contact.id}/notes`, {
          key: account.apiKey,
          body: { body: 'called' },
        });
      }
      await createContacts(account.apiKey, 40, 49);
      await settle();
      expect(receiver.received).toHaveLength(1);
      await createContacts(account.apiKey, 49, 55);
      await eventually(
        () => receiver.received.length === 2 && mailsTo(`owner-${engine}@acme.test`).length === 2,
      );
      await settle();

      // Exactly one of each per threshold, signed, with the figures, forecast and cheapest option.
      expect(receiver.received.map((hook) => hook.body.data.percent)).toEqual([80, 100]);
      expect(receiver.received.every((hook) => hook.verified)).toBe(true);
      expect(new Set(receiver.received.map((hook) => hook.id)).size).toBe(2);
      const reached = receiver.received[1]?.body;
      expect(reached).toMatchObject({
        type: 'usage.threshold_reached',
        data: {
          accountId: account.id,
          percent: 100,
          activeContacts: 50,
          allowance: 50,
          includedContacts: 50,
          addonContacts: 0,
          periodStart: '2026-03-01T00:00+01:00',
          forecast: { activeContacts: expect.any(Number) },
          cheapestOption: { kind: expect.any(String), monthlyCost: { currency: 'EUR' } },
        },
      });
      const mails = mailsTo(`owner-${engine}@acme.test`);
      expect(mails).toHaveLength(2);
      expect(mails[0]?.raw).toContain('Subject: You have used 80 % of your active contacts');
      expect(mails[1]?.raw).toContain('Subject: You have reached your allowance of active contacts');
      expect(mails[1]?.raw).toContain('Active contacts this month: 50');
      expect(mails[1]?.raw).toContain('Cheapest option:');
      const all = await api.request('GET', '/v1/notifications', { key: account.apiKey });
      expect(all.body.data.map((notice: { data: { percent: number } }) => notice.data.percent)).toEqual([
        100, 80,
      ]);
      const usage = await api.request('GET', '/v1/usage', { key: account.apiKey });
      expect(usage.body.activeContacts).toBe(55);
      expect(usage.body.thresholds).toEqual([
        { percent: 80, reachedAt: expect.any(String) },
        { percent: 100, reachedAt: expect.any(String) },
      ]);

      // A restart (a fresh instance on the same database) sweeps and finds nothing left to send.
      const restarted = await api.startPeer();
      try {
        await settle();
        expect(receiver.received).toHaveLength(2);
        expect(mailsTo(`owner-${engine}@acme.test`)).toHaveLength(2);
      } finally {
        await restarted.close();
      }

      // Marking a notice read.
      const first = all.body.data[0];
      const read = await api.request('POST', `/v1/notifications/${first.id}/read`, { key: account.apiKey });
      expect(read.status).toBe(200);
      expect(read.body.readAt).toBe('2026-03-15T13:00:00+01:00');
      const unread = await api.request('GET', '/v1/notifications?unread=true', { key: account.apiKey });
      expect(unread.body.data.map((notice: { id: string }) => notice.id)).toEqual([all.body.data[1].id]);
    } finally {
      await receiver.close();
    }
  });

  it('a jump past both thresholds at once sends one notice, the 100 % one; the next month starts afresh', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const account = await alertedAccount(receiver, `jump-${engine}@acme.test`);
      const batch = Array.from({ length: 60 }, (_, index) => ({
        id: `jump-${index}`,
        contactId: `ext-${index}`,
        kind: 'note.added',
        occurredAt: '2026-03-14T09:00:00Z',
      }));
      expect(
        (await api.request('POST', '/v1/activities', { key: account.apiKey, body: { activities: batch } }))
          .status,
      ).toBe(200);
      await eventually(() => receiver.received.length === 1);
      await settle();
      expect(receiver.received.map((hook) => hook.body.data.percent)).toEqual([100]);
      expect(mailsTo(`jump-${engine}@acme.test`)).toHaveLength(1);
      const usage = await api.request('GET', '/v1/usage', { key: account.apiKey });
      expect(
        usage.body.thresholds.map((threshold: { reachedAt: string | null }) => threshold.reachedAt !== null),
      ).toEqual([true, true]);
      // The 100 % notice says what 60 of 50 costs and what the advisor recommends.
      expect(receiver.received[0]?.body.data).toMatchObject({
        overusage: 10,
        overusageCost: { amount: '2.50', currency: 'EUR' },
      });

      // April: the same contacts again cross the thresholds of a new month.
      api.setClock('2026-04-10T12:00:00Z');
      const april = batch.map((activity) => ({
        ...activity,
        id: `april-${activity.id}`,
        occurredAt: '2026-04-10T09:00:00Z',
      }));
      await api.request('POST', '/v1/activities', { key: account.apiKey, body: { activities: april } });
      await eventually(() => receiver.received.length === 2);
      expect(receiver.received[1]?.body.data.periodStart).toBe('2026-04-01T00:00+02:00');
    } finally {
      api.setClock('2026-03-15T12:00:00Z');
      await receiver.close();
    }
  });

  it('legacy accounts and accounts under 80 % hear nothing', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const legacy = await api.createAccount({ plan: 'volume' });
      const endpoint = await api.request('POST', '/v1/webhook-endpoints', {
        key: legacy.apiKey,
        body: { url: receiver.url },
      });
      receiver.useSecret(endpoint.body.secret);
      const activities = Array.from({ length: 300 }, (_, index) => ({
        id: `legacy-${index}`,
        contactId: `c-${index}`,
        kind: 'contact.created',
        occurredAt: '2026-03-12T09:00:00Z',
      }));
      await api.request('POST', '/v1/activities', { key: legacy.apiKey, body: { activities } });
      const grow: TestAccount = await api.createAccount({ plan: 'grow' });
      await api.request('POST', '/v1/activities', {
        key: grow.apiKey,
        body: { activities: activities.slice(0, 199) },
      });
      await settle();
      expect(receiver.received).toHaveLength(0);
      expect((await api.request('GET', '/v1/notifications', { key: legacy.apiKey })).body.data).toEqual([]);
      expect((await api.request('GET', '/v1/notifications', { key: grow.apiKey })).body.data).toEqual([]);
      expect((await api.request('GET', '/v1/usage', { key: legacy.apiKey })).body.thresholds).toEqual([]);
    } finally {
      await receiver.close();
    }
  });
});

describe('usage alerts with two instances sharing one PostgreSQL database', () => {
  let first: Harness;
  let second: Peer;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  beforeAll(async () => {
    smtp = await startSmtp();
    first = await startHarness('postgres', { server: { ...notify, smtp: smtpAt(smtp.port) } });
    second = await first.startPeer();
  });
  afterAll(async () => {
    await first.dispose();
    await smtp.close();
  });

  it('both instances race over the thresholds; each is sent exactly once', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const account = await first.createAccount({ plan: 'start' });
      await first.request('PUT', '/v1/billing-details', {
        key: account.apiKey,
        body: { email: 'race@acme.test' },
      });
      const endpoint = await first.request('POST', '/v1/webhook-endpoints', {
        key: account.apiKey,
        body: { url: receiver.url },
      });
      receiver.useSecret(endpoint.body.secret);
      // 60 new contacts, two at a time, one request to each instance.
      for (let index = 0; index < 60; index += 2) {
        const results = await Promise.all([
          first.request('POST', '/v1/contacts', { key: account.apiKey, body: { name: `A${index}` } }),
          second.request('POST', '/v1/contacts', { key: account.apiKey, body: { name: `B${index}` } }),
        ]);
        expect(results.map((result) => result.status)).toEqual([201, 201]);
      }
      await eventually(() => receiver.received.length >= 2 && smtp.mails.length >= 2);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(receiver.received.map((hook) => hook.body.data.percent).sort()).toEqual([100, 80]);
      expect(receiver.received.every((hook) => hook.verified)).toBe(true);
      expect(smtp.mails.filter((mail) => mail.to.includes('race@acme.test'))).toHaveLength(2);
      const notices = await second.request('GET', '/v1/notifications', { key: account.apiKey });
      expect(notices.body.data).toHaveLength(2);
    } finally {
      await receiver.close();
    }
  });
});
