import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, startHarness, type TestAccount } from '../support/http-harness.js';
import { type ReceivedMail, startSmtp } from '../support/smtp-server.js';

/**
 * SPEC §9 and issue #15: a name in any script survives every output unchanged. The PDF's limits
 * are in docs/invoice-pdf-scripts.md; e-mails and CSV exports are UTF-8 throughout and keep
 * every script exactly, including those the PDF's font lacks.
 */
const names = {
  chinese: '北京星辰科技有限公司',
  japanese: '株式会社さくらテック',
  korean: '주식회사 한빛',
  arabic: 'شركة الأمل للتجارة',
  hebrew: 'אורית כהן בע"מ',
  greek: 'Σωκράτης Παπαδόπουλος',
  cyrillic: 'Юлия Щербакова',
  devanagari: 'अनिल कुमार',
  thai: 'บริษัท สยาม จำกัด',
  emoji: 'Zoë 🌸 Ærøskøbing',
} as const;

/** A mail's subject and text as the sender wrote them, decoded: RFC 2047 words, quoted-printable or base64, SMTP's CRLF as LF. */
function decodeMail(mail: ReceivedMail): { subject: string; body: string } {
  const [head = '', ...rest] = mail.raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const rawSubject = /^Subject: (.*)$/m.exec(headers)?.[1] ?? '';
  const subject = rawSubject
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('latin1')
        : text
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    );
  const rawBody = rest.join('\n\n').replace(/\r?\n\.\r?\n?$/, '');
  const transfer = /^Content-Transfer-Encoding: (.*)$/im.exec(headers)?.[1]?.trim().toLowerCase();
  const bodyBytes =
    transfer === 'base64'
      ? Buffer.from(rawBody.replace(/\s+/g, ''), 'base64')
      : transfer === 'quoted-printable'
        ? Buffer.from(
            rawBody
              .replace(/=\r?\n/g, '')
              .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
            'latin1',
          )
        : Buffer.from(rawBody, 'utf8');
  // Encoded words and quoted-printable carry UTF-8 bytes; the raw mail was read as UTF-8 already.
  const utf8 = (latin1: string) => Buffer.from(latin1, 'latin1').toString('utf8');
  return {
    subject: /=\?/.test(rawSubject) ? utf8(subject) : rawSubject,
    body: bodyBytes.toString('utf8').replace(/\r\n/g, '\n').trim(),
  };
}

describe.each(engines)('names in every script through e-mails and CSV on %s', (engine) => {
  let api: Harness;
  let account: TestAccount;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const contactIds = new Map<string, string>();

  beforeAll(async () => {
    smtp = await startSmtp();
    api = await startHarness(engine, { clock: 'manual' });
    api.setClock('2026-03-20T12:00:00Z');
    account = await api.createAccount({ name: 'Scripts GmbH' });
    const settings = await api.request('PUT', '/v1/message-settings', {
      key: account.apiKey,
      body: { smtp: { host: '127.0.0.1', port: smtp.port, from: 'sales@acme.example' } },
    });
    expect(settings.status, settings.text).toBe(200);
    for (const [script, name] of Object.entries(names)) {
      const created = await api.request('POST', '/v1/contacts', {
        key: account.apiKey,
        body: { name, email: `${script}@example.com` },
      });
      expect(created.status, created.text).toBe(201);
      contactIds.set(script, created.body.id);
    }
  });
  afterAll(async () => {
    await api?.dispose();
    await smtp?.close();
  });

  it('sends each name exactly in an e-mail’s subject and body', async () => {
    for (const [script, name] of Object.entries(names)) {
      const sent = await api.request('POST', `/v1/contacts/${contactIds.get(script)}/messages`, {
        key: account.apiKey,
        body: { channel: 'email', subject: `Angebot für ${name}`, body: `Guten Tag ${name},\nIhr Angebot.` },
      });
      expect(sent.status, sent.text).toBe(201);
      expect(sent.body.status).toBe('sent');
      const mail = smtp.mails.find((candidate) => candidate.to.includes(`${script}@example.com`));
      expect(mail, script).toBeDefined();
      expect(mail?.raw).toMatch(/charset=utf-8/i);
      const decoded = decodeMail(mail as ReceivedMail);
      expect(decoded.subject, script).toBe(`Angebot für ${name}`);
      expect(decoded.body, script).toBe(`Guten Tag ${name},\nIhr Angebot.`);
    }
  });

  it('exports each name exactly in the active contacts CSV, comma and semicolon', async () => {
    for (const delimiter of ['comma', 'semicolon'] as const) {
      const response = await fetch(`${api.url}/v1/usage/contacts?delimiter=${delimiter}`, {
        headers: { authorization: `Bearer ${account.apiKey}`, accept: 'text/csv' },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/charset=utf-8/);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      const rows: Record<string, string>[] = parse(text, {
        columns: true,
        bom: true,
        delimiter: delimiter === 'comma' ? ',' : ';',
      });
      for (const [script, name] of Object.entries(names)) {
        const row = rows.find((candidate) => candidate.contact_id === contactIds.get(script));
        expect(row?.name, `${script} (${delimiter})`).toBe(name);
      }
    }
  });

  it('imports each name exactly from a UTF-8 CSV and answers it back', async () => {
    const csv = `name,email\n${Object.entries(names)
      .map(([script, name]) => `"${name.replaceAll('"', '""')}",imported-${script}@example.com`)
      .join('\n')}\n`;
    const imported = await fetch(`${api.url}/v1/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${account.apiKey}`, 'content-type': 'text/csv; charset=utf-8' },
      body: csv,
    });
    expect(imported.status, await imported.clone().text()).toBe(201);
    for (const [script, name] of Object.entries(names)) {
      const found = await api.request('GET', `/v1/contacts?q=${encodeURIComponent(`imported-${script}`)}`, {
        key: account.apiKey,
      });
      expect(
        found.body.data.map((contact: { name: string }) => contact.name),
        script,
      ).toEqual([name]);
    }
  });
});
