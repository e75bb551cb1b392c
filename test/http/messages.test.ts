import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchQueuedMessages, recoverInterruptedMessages } from '../../src/contacts/send-message.js';
import { engines } from '../support/engines.js';
import { type Harness, startHarness, type TestAccount } from '../support/http-harness.js';
import { startSmtp } from '../support/smtp-server.js';

interface WhatsAppRequest {
  path: string;
  authorization: string | undefined;
  body: { messaging_product: string; to: string; type: string; text: { body: string } };
}

/** A local HTTP server standing in for the WhatsApp Cloud API; its answer depends on the recipient. */
async function startWhatsApp(): Promise<{
  url: string;
  requests: WhatsAppRequest[];
  close(): Promise<void>;
}> {
  const requests: WhatsAppRequest[] = [];
  const readBody = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  };
  const server: Server = createServer(async (request, response) => {
    const body = await readBody(request);
    requests.push({ path: request.url ?? '', authorization: request.headers.authorization, body });
    const answer = (status: number, json: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(json));
    };
    if (body.to.endsWith('01'))
      return answer(200, {
        messaging_product: 'whatsapp',
        contacts: [{ wa_id: body.to }],
        messages: [{ id: `wamid.${requests.length}` }],
      });
    if (body.to.endsWith('02'))
      return answer(400, {
        error: { message: '(#131030) Recipient phone number not in allowed list', code: 131030 },
      });
    if (body.to.endsWith('03'))
      return answer(500, { error: { message: 'Service temporarily unavailable', code: 2 } });
    // …04: never answers, so the sender times out.
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/v21.0`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe.each(engines)('messages on %s', (engine) => {
  let api: Harness;
  let account: TestAccount;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let whatsapp: Awaited<ReturnType<typeof startWhatsApp>>;

  beforeAll(async () => {
    process.env.TALLY_WHATSAPP_TIMEOUT_MS = '300';
    smtp = await startSmtp();
    whatsapp = await startWhatsApp();
    api = await startHarness(engine);
    api.setClock('2026-02-10T10:00:00Z');
    account = await api.createAccount({
      plan: 'start',
      cycle: 'monthly',
      startsAt: '2026-01-01T00:00:00+01:00',
    });
    const settings = await api.request('PUT', '/v1/message-settings', {
      key: account.apiKey,
      body: {
        smtp: { host: '127.0.0.1', port: smtp.port, from: 'sales@acme.example' },
        whatsapp: { baseUrl: whatsapp.url, token: 'wa-token', phoneNumberId: '1055' },
      },
    });
    expect(settings.body).toEqual({ email: true, whatsapp: true });
  });
  afterAll(async () => {
    await api.dispose();
    await smtp.close();
    await whatsapp.close();
  });

  const contactInFebruary = async (fields: Record<string, string>) => {
    api.setClock('2026-02-10T10:00:00Z');
    const contact = (await api.request('POST', '/v1/contacts', { key: account.apiKey, body: fields })).body;
    api.setClock('2026-03-10T10:00:00Z');
    return contact;
  };
  const send = (contactId: string, body: Record<string, string>) =>
    api.request('POST', `/v1/contacts/${contactId}/messages`, { key: account.apiKey, body });
  const countedInMarch = async () =>
    Object.fromEntries(
      (await api.request('GET', '/v1/usage/contacts?period=2026-03', { key: account.apiKey })).body.data.map(
        (row: { contactId: string; firstActivity: { kind: string } }) => [
          row.contactId,
          row.firstActivity.kind,
        ],
      ),
    );

  it('delivers an e-mail to the SMTP server and counts it as message.sent', async () => {
    const contact = await contactInFebruary({ name: 'Mia', email: 'mia@example.com' });
    const sent = await send(contact.id, {
      channel: 'email',
      subject: 'Your demo',
      body: 'Hello Mia, here is your demo link.',
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ status: 'sent', recipient: 'mia@example.com', error: null });
    const mail = smtp.mails.find((candidate) => candidate.to.includes('mia@example.com'));
    expect(mail?.from).toBe('sales@acme.example');
    expect(mail?.raw).toContain('Subject: Your demo');
    expect(mail?.raw).toContain('Hello Mia, here is your demo link.');
    expect((await countedInMarch())[contact.id]).toBe('message.sent');
  });

  it('sends a WhatsApp message in the Cloud API’s shape and counts it once accepted', async () => {
    const contact = await contactInFebruary({ name: 'Noah', phone: '+49 151 000 0001' });
    const sent = await send(contact.id, { channel: 'whatsapp', body: 'Hi Noah!' });
    expect(sent.body).toMatchObject({ status: 'sent', providerMessageId: expect.stringMatching(/^wamid\./) });
    const request = whatsapp.requests.at(-1);
    expect(request).toMatchObject({
      path: '/v21.0/1055/messages',
      authorization: 'Bearer wa-token',
      body: { messaging_product: 'whatsapp', to: '491510000001', type: 'text', text: { body: 'Hi Noah!' } },
    });
    expect((await countedInMarch())[contact.id]).toBe('message.sent');
  });

  it('stores rejected and failed sends with their error and never counts them', async () => {
    const refusedMail = await contactInFebruary({ name: 'Rejected', email: 'nobody@reject.example' });
    const badNumber = await contactInFebruary({ name: 'Not allowed', phone: '+49 151 000 0002' });
    const serverError = await contactInFebruary({ name: 'Server error', phone: '+49 151 000 0003' });
    const silent = await contactInFebruary({ name: 'Silent', phone: '+49 151 000 0004' });
    const outcomes = [
      await send(refusedMail.id, { channel: 'email', subject: 'Hi', body: 'Hello' }),
      await send(badNumber.id, { channel: 'whatsapp', body: 'Hello' }),
      await send(serverError.id, { channel: 'whatsapp', body: 'Hello' }),
      await send(silent.id, { channel: 'whatsapp', body: 'Hello' }),
    ];
    expect(outcomes.map((outcome) => outcome.body.status)).toEqual(['failed', 'failed', 'failed', 'failed']);
    expect(outcomes[0]?.body.error).toMatch(/SMTP|rejected/);
    expect(outcomes[1]?.body.error).toContain('WhatsApp API 400');
    expect(outcomes[2]?.body.error).toContain('WhatsApp API 500');
    expect(outcomes[3]?.body.error).toContain('no answer within 300 ms');
    const counted = await countedInMarch();
    for (const contact of [refusedMail, badNumber, serverError, silent])
      expect(counted[contact.id]).toBeUndefined();
    const log = await api.request('GET', `/v1/contacts/${badNumber.id}/messages`, { key: account.apiKey });
    expect(log.body.data).toEqual([expect.objectContaining({ status: 'failed', channel: 'whatsapp' })]);
  });

  it('previews a bulk message to a column, then sends it: the preview matches what it did', async () => {
    const column = (
      await api.request('POST', '/v1/statuses', { key: account.apiKey, body: { name: 'Webinar' } })
    ).body;
    for (const name of ['b1', 'b2', 'b3'])
      await contactInFebruary({ name, email: `${name}@example.com`, statusId: column.id });
    await contactInFebruary({ name: 'no address', statusId: column.id });
    const before = Object.keys(await countedInMarch()).length;
    const bulk = (preview: boolean) =>
      api.request('POST', `/v1/messages/bulk${preview ? '?preview=true' : ''}`, {
        key: account.apiKey,
        body: { channel: 'email', subject: 'Webinar tomorrow', body: 'See you there!', statusId: column.id },
      });
    const preview = await bulk(true);
    expect(preview.body).toMatchObject({
      preview: true,
      impact: { contactsTouched: 3, newlyActive: 3 },
      sent: 0,
    });
    expect(Object.keys(await countedInMarch())).toHaveLength(before);
    const sent = await bulk(false);
    expect(sent.body).toMatchObject({ preview: false, sent: 3, failed: 0 });
    expect(Object.keys(await countedInMarch())).toHaveLength(before + preview.body.impact.newlyActive);
  });

  it('logs an inbound message without counting the contact', async () => {
    const contact = await contactInFebruary({ name: 'Writes in', email: 'writes@example.com' });
    const inbound = await api.request('POST', `/v1/contacts/${contact.id}/messages/inbound`, {
      key: account.apiKey,
      body: { channel: 'email', subject: 'Re: offer', body: 'Sounds good!' },
    });
    expect(inbound.body).toMatchObject({ direction: 'inbound', status: 'received' });
    expect((await countedInMarch())[contact.id]).toBeUndefined();
  });

  it('refuses a channel the contact cannot be reached on, and another account’s contact', async () => {
    const contact = await contactInFebruary({ name: 'Mail only', email: 'mailonly@example.com' });
    const noPhone = await send(contact.id, { channel: 'whatsapp', body: 'Hi' });
    expect(noPhone.status).toBe(400);
    expect(noPhone.body.errors[0].field).toBe('/channel');
    expect((await send(contact.id, { channel: 'email', body: 'no subject' })).status).toBe(400);
    const stranger = await api.createAccount();
    const foreign = await api.request('POST', `/v1/contacts/${contact.id}/messages`, {
      key: stranger.apiKey,
      body: { channel: 'email', subject: 'x', body: 'x' },
    });
    expect(foreign.status).toBe(404);
  });
});

describe.each(engines)('the message outbox on %s', (engine) => {
  it('sends messages queued before a crash, and never resends one interrupted mid-send', async () => {
    const smtp = await startSmtp();
    const api = await startHarness(engine);
    try {
      api.setClock('2026-03-10T10:00:00Z');
      const account = await api.createAccount({
        plan: 'start',
        cycle: 'monthly',
        startsAt: '2026-01-01T00:00:00+01:00',
      });
      await api.request('PUT', '/v1/message-settings', {
        key: account.apiKey,
        body: { smtp: { host: '127.0.0.1', port: smtp.port, from: 'sales@acme.example' } },
      });
      const contact = (
        await api.request('POST', '/v1/contacts', {
          key: account.apiKey,
          body: { email: 'queued@example.com' },
        })
      ).body;
      const store = api.server.context.store;
      const row = (id: string, status: string, claimedAt: number | null) => ({
        account_id: account.id,
        message_id: id,
        contact_id: contact.id,
        channel: 'email',
        direction: 'outbound',
        recipient: 'queued@example.com',
        subject: `Subject ${id}`,
        body: `Body ${id}`,
        status,
        error: null,
        provider_message_id: null,
        actor: 'user',
        created_at: Date.parse('2026-03-10T09:00:00Z'),
        claimed_at: claimedAt,
        finished_at: null,
      });
      // As a crash leaves them: one written but never claimed, one claimed but never finished.
      await store.db
        .insertInto('messages')
        .values([
          row('msg_queued', 'queued', null),
          row('msg_interrupted', 'sending', Date.parse('2026-03-10T09:00:00Z')),
        ])
        .execute();
      const now = () => Date.parse('2026-03-10T10:00:00Z');
      expect(await recoverInterruptedMessages(store, now())).toBe(1);
      expect(await dispatchQueuedMessages(store, now)).toBe(1);
      const statuses = await store.db
        .selectFrom('messages')
        .select(['message_id', 'status'])
        .orderBy('message_id')
        .execute();
      expect(statuses).toEqual([
        { message_id: 'msg_interrupted', status: 'unknown' },
        { message_id: 'msg_queued', status: 'sent' },
      ]);
      expect(smtp.mails.map((mail) => mail.raw.includes('Body msg_queued'))).toEqual([true]);
      expect(await dispatchQueuedMessages(store, now)).toBe(0);
    } finally {
      await api.dispose();
      await smtp.close();
    }
  });
});
