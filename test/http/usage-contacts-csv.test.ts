import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, startHarness, type TestAccount } from '../support/http-harness.js';

/**
 * The active contacts' CSV as a spreadsheet opens it: names and e-mails beside the ids, a
 * UTF-8 byte order mark so Excel reads non-ASCII names, and a `;` variant for spreadsheets
 * in German locales. Read as raw bytes: `Response.text()` would silently drop the mark.
 */
describe.each(engines)('the active contacts CSV on %s', (engine) => {
  let api: Harness;
  let account: TestAccount;

  const exportCsv = async (query = '') => {
    const response = await fetch(`${api.url}/v1/usage/contacts${query}`, {
      headers: { authorization: `Bearer ${account.apiKey}`, accept: 'text/csv' },
    });
    expect(response.status).toBe(200);
    return new Uint8Array(await response.arrayBuffer());
  };
  const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

  beforeAll(async () => {
    api = await startHarness(engine, { clock: 'manual' });
    api.setClock('2026-03-20T12:00:00Z');
    account = await api.createAccount({ name: 'Export GmbH' });
    for (const body of [
      { name: 'Łukasz Żółć', email: 'lukasz@example.com' },
      { name: 'Zoë', email: 'zoe@example.com' },
      { name: 'Müller; Söhne', email: 'info@mueller.example' },
      { name: '=HYPERLINK("x")' },
    ]) {
      const created = await api.request('POST', '/v1/contacts', { key: account.apiKey, body });
      expect(created.status, created.text).toBe(201);
    }
    // A contact known only from another CRM's activity: Tally hosts no name or e-mail for it.
    const recorded = await api.request('POST', '/v1/activities', {
      key: account.apiKey,
      body: {
        activities: [
          { id: 'ext-1', contactId: 'external-7', kind: 'note.added', occurredAt: '2026-03-19T09:00:00Z' },
        ],
      },
    });
    expect(recorded.status, recorded.text).toBe(200);
  });
  afterAll(async () => {
    await api?.dispose();
  });

  it('starts with a UTF-8 byte order mark and keeps non-ASCII names and e-mails', async () => {
    const bytes = await exportCsv();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: Record<string, string>[] = parse(decode(bytes), { columns: true, bom: true });
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'contact_id',
      'name',
      'email',
      'first_kind',
      'first_actor',
      'first_occurred_at',
      'first_activity_id',
    ]);
    const byName = (name: string) => rows.find((row) => row.name === name);
    expect(byName('Łukasz Żółć')?.email).toBe('lukasz@example.com');
    expect(byName('Zoë')?.email).toBe('zoe@example.com');
    expect(byName('Müller; Söhne')?.email).toBe('info@mueller.example');
    // Names are text from people: a formula still shows as text.
    expect(byName(`'=HYPERLINK("x")`)?.email).toBe('');
    const external = rows.find((row) => row.contact_id === 'external-7');
    expect(external).toMatchObject({ name: '', email: '', first_kind: 'note.added' });
    expect(rows).toHaveLength(5);
  });

  it('separates by semicolons on request, quoting a value that holds one', async () => {
    const bytes = await exportCsv('?delimiter=semicolon');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decode(bytes).slice(1);
    expect(text.split('\r\n')[0]).toBe(
      'contact_id;name;email;first_kind;first_actor;first_occurred_at;first_activity_id',
    );
    expect(text).toContain(';"Müller; Söhne";info@mueller.example;');
    const rows: string[][] = parse(text, { delimiter: ';' });
    expect(rows.every((row) => row.length === 7)).toBe(true);
    expect(rows.map((row) => row[1])).toContain('Müller; Söhne');
    expect(rows.map((row) => row[1])).toContain('Łukasz Żółć');
  });

  it('refuses an unknown delimiter, naming the field', async () => {
    const refused = await api.request('GET', '/v1/usage/contacts?delimiter=tab', {
      key: account.apiKey,
      headers: { accept: 'text/csv' },
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('delimiter');
  });
});
