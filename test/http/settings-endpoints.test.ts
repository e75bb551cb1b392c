import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, startHarness, type TestAccount } from '../support/http-harness.js';
import { startSmtp } from '../support/smtp-server.js';
import { eventually, startWebhookReceiver } from '../support/webhook-receiver.js';

/** A stand-in for the WhatsApp Cloud API: numbers ending in 02 are refused as the real API refuses them. */
async function startWhatsApp() {
  const requests: { to: string; text: string }[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      requests.push({ to: body.to, text: body.text.body });
      response.writeHead(body.to.endsWith('02') ? 400 : 200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify(
          body.to.endsWith('02')
            ? { error: { message: '(#131030) Recipient phone number not in allowed list' } }
            : { messages: [{ id: `wamid.${requests.length}` }] },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v21.0`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const problemOf = (response: {
  status: number;
  headers: Headers;
  body: { errors?: { field: string }[] };
}) => ({
  status: response.status,
  type: response.headers.get('content-type'),
  fields: (response.body.errors ?? []).map((error) => error.field),
});

describe.each(engines)('the settings pages’ endpoints on %s', (engine) => {
  let api: Harness;
  let account: TestAccount;
  let other: TestAccount;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let whatsapp: Awaited<ReturnType<typeof startWhatsApp>>;
  const db = () => api.server.context.store.db;

  beforeAll(async () => {
    smtp = await startSmtp();
    whatsapp = await startWhatsApp();
    api = await startHarness(engine);
    api.setClock('2026-02-10T10:00:00Z');
    account = await api.createAccount({ plan: 'start' });
    other = await api.createAccount({ name: 'Other GmbH' });
  });
  afterAll(async () => {
    await api?.dispose();
    await smtp?.close();
    await whatsapp?.close();
  });

  describe('API keys: last used', () => {
    it('is written on use, at most once a minute, and never for another key', async () => {
      const created = await api.request('POST', '/v1/api-keys', {
        key: account.apiKey,
        body: { label: 'CRM sync' },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ label: 'CRM sync', lastUsedAt: null, revokedAt: null });
      const second = created.body as { id: string; token: string };

      api.setClock('2026-02-10T10:05:00Z');
      await api.request('GET', '/v1/usage', { key: second.token });
      const byId = async () =>
        Object.fromEntries(
          (await api.request('GET', '/v1/api-keys', { key: account.apiKey })).body.data.map(
            (key: { id: string; lastUsedAt: string | null }) => [key.id, key.lastUsedAt],
          ),
        );
      await expect.poll(async () => (await byId())[second.id]).toBe('2026-02-10T10:05:00.000Z');

      // Within the minute: no new write.
      api.setClock('2026-02-10T10:05:40Z');
      await api.request('GET', '/v1/usage', { key: second.token });
      // The write is not awaited by the request: give one that should not happen time to land.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await byId())[second.id]).toBe('2026-02-10T10:05:00.000Z');

      api.setClock('2026-02-10T10:06:01Z');
      await api.request('GET', '/v1/usage', { key: second.token });
      await expect.poll(async () => (await byId())[second.id]).toBe('2026-02-10T10:06:01.000Z');
      // The other account's key list is its own: this key is not there.
      const others = await api.request('GET', '/v1/api-keys', { key: other.apiKey });
      expect(others.body.data.map((key: { id: string }) => key.id)).not.toContain(second.id);
      expect((await api.request('DELETE', `/v1/api-keys/${second.id}`, { key: other.apiKey })).status).toBe(
        404,
      );
    });
  });

  describe('sender settings and the test send', () => {
    it('reads nothing set up, refuses bad settings naming the field and writes nothing', async () => {
      expect((await api.request('GET', '/v1/message-settings', { key: account.apiKey })).body).toEqual({
        smtp: null,
        whatsapp: null,
      });
      const badPort = await api.request('PATCH', '/v1/message-settings', {
        key: account.apiKey,
        body: { smtp: { host: '127.0.0.1', port: 70_000, from: 'a@b.example' } },
      });
      expect(problemOf(badPort)).toEqual({
        status: 400,
        type: 'application/problem+json; charset=utf-8',
        fields: ['/smtp/port'],
      });
      const badFrom = await api.request('PATCH', '/v1/message-settings', {
        key: account.apiKey,
        body: { smtp: { host: '127.0.0.1', port: 25, from: 'not an address' } },
      });
      expect(problemOf(badFrom).fields).toEqual(['/smtp/from']);
      const noToken = await api.request('PATCH', '/v1/message-settings', {
        key: account.apiKey,
        body: { whatsapp: { baseUrl: whatsapp.url, phoneNumberId: '555' } },
      });
      expect(problemOf(noToken)).toMatchObject({ status: 400, fields: ['/whatsapp/token'] });
      expect(await db().selectFrom('message_settings').selectAll().execute()).toEqual([]);
    });

    it('keeps the password when a change leaves it out, and never shows it', async () => {
      const saved = await api.request('PATCH', '/v1/message-settings', {
        key: account.apiKey,
        body: {
          smtp: {
            host: '127.0.0.1',
            port: smtp.port,
            user: 'mailer',
            password: 's3cret',
            from: 'Acme <hi@acme.example>',
          },
        },
      });
      expect(saved.status).toBe(200);
      expect(saved.text).not.toContain('s3cret');
      expect(saved.body).toEqual({
        smtp: {
          host: '127.0.0.1',
          port: smtp.port,
          secure: false,
          user: 'mailer',
          from: 'Acme <hi@acme.example>',
          hasPassword: true,
        },
        whatsapp: null,
      });
      const whatsappSaved = await api.request('PATCH', '/v1/message-settings', {
        key: account.apiKey,
        body: { whatsapp: { baseUrl: whatsapp.url, token: 'wa-token', phoneNumberId: '555' } },
      });
      // The SMTP settings and their password stay as they were.
      expect(whatsappSaved.body).toMatchObject({ smtp: { hasPassword: true }, whatsapp: { hasToken: true } });
      const row = await db().selectFrom('message_settings').selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({ smtp_password: 's3cret', whatsapp_token: 'wa-token' });
    });

    it('sends a test e-mail to the SMTP server, and reports its refusal in its words', async () => {
      // The test server takes no login: the saved user is refused, in the server's words.
      const login = await api.request('POST', '/v1/message-settings/test', {
        key: account.apiKey,
        body: { channel: 'email', to: 'ops@acme.example' },
      });
      expect(login.body).toMatchObject({
        sent: false,
        error: 'SMTP: Invalid login: 535 Authentication not implemented',
      });
      const withoutLogin = await api.request('PATCH', '/v1/message-settings', {
        key: account.apiKey,
        body: { smtp: { host: '127.0.0.1', port: smtp.port, from: 'Acme <hi@acme.example>' } },
      });
      expect(withoutLogin.body.smtp).toMatchObject({ user: null, hasPassword: false });
      const sent = await api.request('POST', '/v1/message-settings/test', {
        key: account.apiKey,
        body: { channel: 'email', to: 'Ops@Acme.example' },
      });
      expect(sent.status).toBe(200);
      expect(sent.body).toMatchObject({ channel: 'email', to: 'ops@acme.example', sent: true, error: null });
      expect(smtp.mails.at(-1)?.to).toEqual(['ops@acme.example']);
      expect(smtp.mails.at(-1)?.raw).toContain('Subject: Tally test message');

      const refused = await api.request('POST', '/v1/message-settings/test', {
        key: account.apiKey,
        body: { channel: 'email', to: 'nobody@reject.example' },
      });
      expect(refused.status).toBe(200);
      expect(refused.body.sent).toBe(false);
      expect(refused.body.error).toContain('Mailbox unavailable');
      // A test is no message and no activity.
      expect(await db().selectFrom('messages').selectAll().execute()).toEqual([]);
    });

    it('sends a test WhatsApp message, and reports the API’s error', async () => {
      const sent = await api.request('POST', '/v1/message-settings/test', {
        key: account.apiKey,
        body: { channel: 'whatsapp', to: '+49 151 2345 6701' },
      });
      expect(sent.body).toMatchObject({ sent: true, to: '+4915123456701', providerMessageId: 'wamid.1' });
      expect(whatsapp.requests.at(-1)?.to).toBe('4915123456701');
      const refused = await api.request('POST', '/v1/message-settings/test', {
        key: account.apiKey,
        body: { channel: 'whatsapp', to: '+4915123456702' },
      });
      expect(refused.body).toMatchObject({ sent: false });
      expect(refused.body.error).toContain('Recipient phone number not in allowed list');
    });

    it('refuses a test to a bad address, or on a channel not set up, naming the field', async () => {
      const badTo = await api.request('POST', '/v1/message-settings/test', {
        key: account.apiKey,
        body: { channel: 'email', to: 'no-at-sign' },
      });
      expect(problemOf(badTo)).toMatchObject({ status: 400, fields: ['/to'] });
      const notSetUp = await api.request('POST', '/v1/message-settings/test', {
        key: other.apiKey,
        body: { channel: 'whatsapp', to: '+4915123456701' },
      });
      expect(problemOf(notSetUp)).toMatchObject({ status: 400, fields: ['/channel'] });
      const badChannel = await api.request('POST', '/v1/message-settings/test', {
        key: account.apiKey,
        body: { channel: 'fax', to: '+4915123456701' },
      });
      expect(problemOf(badChannel)).toMatchObject({ status: 400, fields: ['/channel'] });
    });
  });

  describe('webhook test deliveries and re-sends', () => {
    it('delivers a signed test, logs it, and re-sends it with the same webhook-id', async () => {
      const receiver = await startWebhookReceiver();
      try {
        const created = await api.request('POST', '/v1/webhook-endpoints', {
          key: account.apiKey,
          body: { url: receiver.url, eventTypes: ['invoice.paid'] },
        });
        receiver.useSecret(created.body.secret);
        const endpointId = created.body.id as string;

        const test = await api.request('POST', `/v1/webhook-endpoints/${endpointId}/test`, {
          key: account.apiKey,
        });
        expect(test.status).toBe(202);
        await eventually(() => receiver.received.length === 1);
        expect(receiver.received[0]).toMatchObject({ id: test.body.messageId, verified: true });
        expect(receiver.received[0]?.body.type).toBe('webhook.test');

        const log = async () =>
          (
            await api.request('GET', `/v1/webhook-endpoints/${endpointId}/deliveries`, {
              key: account.apiKey,
            })
          ).body.data;
        await eventually(async () => (await log())[0]?.status === 'succeeded');
        expect((await log())[0]).toMatchObject({
          id: test.body.deliveryId,
          eventType: 'webhook.test',
          attempts: [{ attempt: 1, statusCode: 200, error: null }],
        });

        receiver.answerNext(500);
        const resent = await api.request(
          'POST',
          `/v1/webhook-endpoints/${endpointId}/deliveries/${test.body.deliveryId}/resend`,
          { key: account.apiKey },
        );
        expect(resent.status).toBe(202);
        await eventually(() => receiver.received.length === 2);
        expect(receiver.received[1]?.id).toBe(test.body.messageId);
        await eventually(async () => (await log())[0]?.attempts.length === 2);
        expect((await log())[0].attempts[1]).toMatchObject({ attempt: 2, statusCode: 500 });
      } finally {
        await receiver.close();
      }
    });

    it('answers 404 for another account’s endpoint or delivery, and queues nothing', async () => {
      const created = await api.request('POST', '/v1/webhook-endpoints', {
        key: account.apiKey,
        body: { url: 'http://127.0.0.1:9/hooks' },
      });
      const before = await db().selectFrom('webhook_deliveries').select('delivery_id').execute();
      const test = await api.request('POST', `/v1/webhook-endpoints/${created.body.id}/test`, {
        key: other.apiKey,
      });
      expect(problemOf(test)).toMatchObject({ status: 404, type: 'application/problem+json; charset=utf-8' });
      const resend = await api.request(
        'POST',
        `/v1/webhook-endpoints/${created.body.id}/deliveries/${before[0]?.delivery_id}/resend`,
        { key: other.apiKey },
      );
      expect(resend.status).toBe(404);
      const unknown = await api.request(
        'POST',
        `/v1/webhook-endpoints/${created.body.id}/deliveries/whd_none/resend`,
        {
          key: account.apiKey,
        },
      );
      expect(unknown.status).toBe(404);
      expect(await db().selectFrom('webhook_deliveries').select('delivery_id').execute()).toHaveLength(
        before.length,
      );
      await api.request('DELETE', `/v1/webhook-endpoints/${created.body.id}`, { key: account.apiKey });
    });
  });

  describe('alert recipients', () => {
    it('adds, lists, refuses bad or repeated addresses naming the field, and removes', async () => {
      const added = await api.request('POST', '/v1/alert-recipients', {
        key: account.apiKey,
        body: { email: ' Ops@Acme.example ' },
      });
      expect(added.status).toBe(201);
      expect(added.body).toEqual({ email: 'ops@acme.example', createdAt: '2026-02-10T10:06:01.000Z' });
      // One code per reason: the dashboard words each in the user's language.
      for (const [email, code] of [
        ['not-an-address', 'format'],
        ['OPS@acme.example', 'already_recipient'],
      ]) {
        const refused = await api.request('POST', '/v1/alert-recipients', {
          key: account.apiKey,
          body: { email },
        });
        expect(problemOf(refused)).toMatchObject({ status: 400, fields: ['/email'] });
        expect(refused.body.errors.map((error: { code: string }) => error.code)).toEqual([code]);
      }
      expect(
        problemOf(await api.request('POST', '/v1/alert-recipients', { key: account.apiKey, body: {} })),
      ).toMatchObject({ status: 400, fields: ['/email'] });
      const listed = await api.request('GET', '/v1/alert-recipients', { key: account.apiKey });
      expect(listed.body).toEqual({
        billingEmail: null,
        data: [{ email: 'ops@acme.example', createdAt: '2026-02-10T10:06:01.000Z' }],
      });
      expect((await api.request('GET', '/v1/alert-recipients', { key: other.apiKey })).body.data).toEqual([]);
      const foreign = await api.request('DELETE', '/v1/alert-recipients/ops@acme.example', {
        key: other.apiKey,
      });
      expect(foreign.status).toBe(404);
      await api.request('POST', '/v1/alert-recipients', {
        key: account.apiKey,
        body: { email: 'cfo@acme.example' },
      });
      expect(
        (await api.request('DELETE', '/v1/alert-recipients/cfo@acme.example', { key: account.apiKey }))
          .status,
      ).toBe(204);
    });

    it('sends the threshold e-mail to the billing address and every recipient, once each', async () => {
      await api.request('PUT', '/v1/billing-details', {
        key: account.apiKey,
        body: { email: 'billing@acme.example' },
      });
      await api.request('POST', '/v1/alert-recipients', {
        key: account.apiKey,
        body: { email: 'billing@acme.example' },
      });
      // 40 of Start's 50 contacts: the 80 % threshold.
      expect((await api.recordNotes(account.apiKey, 40, '2026-02-10T09:00:00Z')).status).toBe(200);
      await eventually(async () => (await db().selectFrom('email_outbox').selectAll().execute()).length >= 2);
      const emails = await db()
        .selectFrom('email_outbox')
        .select(['recipient', 'subject'])
        .orderBy('recipient')
        .execute();
      expect(emails).toEqual([
        { recipient: 'billing@acme.example', subject: 'You have used 80 % of your active contacts' },
        { recipient: 'ops@acme.example', subject: 'You have used 80 % of your active contacts' },
      ]);
    });
  });

  describe('import jobs', () => {
    const csv = (rows: number) =>
      [
        'name,email,city',
        ...Array.from({ length: rows }, (_, index) => `Kontakt ${index},k${index}@import.example,Köln`),
      ].join('\n');

    it('imports in the background and reports progress until the report', async () => {
      const started = await api.request('POST', '/v1/import-jobs', {
        key: other.apiKey,
        body: csv(1_200),
        headers: { 'content-type': 'text/csv' },
      });
      expect(started.status).toBe(202);
      expect(started.body).toMatchObject({ status: 'running', rowsTotal: 1_200, rowsDone: 0, report: null });
      const seen = new Set<number>();
      let job = started.body;
      while (job.status === 'running') {
        seen.add(job.rowsDone);
        await new Promise((resolve) => setTimeout(resolve, 20));
        job = (await api.request('GET', `/v1/import-jobs/${started.body.id}`, { key: other.apiKey })).body;
      }
      expect(job).toMatchObject({
        status: 'succeeded',
        rowsTotal: 1_200,
        rowsDone: 1_200,
        report: { rows: 1_200, imported: 1_200, updated: 0, unchanged: 0, rejected: [] },
        error: null,
      });
      expect([...seen].every((done) => done <= 1_200)).toBe(true);
      const contacts = await db()
        .selectFrom('contacts')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('account_id', '=', other.id)
        .executeTakeFirstOrThrow();
      expect(Number(contacts.count)).toBe(1_200);
    });

    it('refuses a broken CSV or another type naming the problem, and starts no job', async () => {
      const broken = await api.request('POST', '/v1/import-jobs', {
        key: account.apiKey,
        body: 'name,email\n"unterminated,a@b.example\n',
        headers: { 'content-type': 'text/csv' },
      });
      expect(problemOf(broken)).toMatchObject({ status: 400, fields: ['/'] });
      const json = await api.request('POST', '/v1/import-jobs', { key: account.apiKey, body: { rows: [] } });
      expect(json.status).toBe(415);
      const jobs = await db()
        .selectFrom('import_jobs')
        .select('job_id')
        .where('account_id', '=', account.id)
        .execute();
      expect(jobs).toEqual([]);
    });

    it('reports a job whose process stopped beating as interrupted, keeping what it wrote', async () => {
      const stale = Date.now() - 5 * 60_000;
      await db()
        .insertInto('import_jobs')
        .values({
          account_id: other.id,
          job_id: 'imp_stale',
          status: 'running',
          rows_total: 5_000,
          rows_done: 1_500,
          report: null,
          error: null,
          created_at: stale,
          heartbeat_at: stale,
          finished_at: null,
        })
        .execute();
      const job = await api.request('GET', '/v1/import-jobs/imp_stale', { key: other.apiKey });
      expect(job.body).toMatchObject({
        status: 'interrupted',
        rowsDone: 1_500,
        rowsTotal: 5_000,
        report: null,
      });
    });

    it('answers 404 for another account’s job', async () => {
      const started = await api.request('POST', '/v1/import-jobs', {
        key: other.apiKey,
        body: csv(3),
        headers: { 'content-type': 'text/csv' },
      });
      expect(
        (await api.request('GET', `/v1/import-jobs/${started.body.id}`, { key: account.apiKey })).status,
      ).toBe(404);
      await eventually(
        async () =>
          (await api.request('GET', `/v1/import-jobs/${started.body.id}`, { key: other.apiKey })).body
            .status === 'succeeded',
      );
    });
  });
});
