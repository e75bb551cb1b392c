import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../src/cli/output.js';
import { runCli } from '../../src/cli/program.js';
import { engines } from '../support/engines.js';
import { type Harness, startHarness, type TestAccount } from '../support/http-harness.js';

const csv = [
  'Name,Email,Phone,Status,Company',
  'Ada Lovelace,ada@example.com,+44 20 7946 0000,Qualified,Analytical Engines',
  'Existing Person,KNOWN@example.com,,,New Corp',
  'Same Again,same@example.com,,,',
  'Broken,not-an-email,,,',
  'Lost Column,lost@example.com,,Nowhere,',
  ',,,,',
  '"Quoted, Name",quoted@example.com,,,"Comma, Inc"',
  'Bad Phone,,12345,,',
].join('\n');

describe.each(engines)('contact import on %s', (engine) => {
  let api: Harness;
  let account: TestAccount;

  beforeAll(async () => {
    api = await startHarness(engine);
    api.setClock('2026-03-10T10:00:00Z');
    account = await api.createAccount({
      plan: 'start',
      cycle: 'monthly',
      startsAt: '2026-01-01T00:00:00+01:00',
    });
    await api.request('POST', '/v1/contacts', {
      key: account.apiKey,
      body: { name: 'Existing Person', email: 'known@example.com' },
    });
    await api.request('POST', '/v1/contacts', {
      key: account.apiKey,
      body: { name: 'Same Again', email: 'same@example.com' },
    });
  });
  afterAll(() => api.dispose());

  it('imports new rows, updates matching contacts, skips unchanged ones and reports rejected rows with reasons', async () => {
    const activeBefore = (await api.request('GET', '/v1/usage', { key: account.apiKey })).body.activeContacts;
    const preview = await api.request('POST', '/v1/imports?preview=true', {
      key: account.apiKey,
      body: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ preview: true, rows: 8, imported: 2, updated: 1, unchanged: 1 });
    expect(preview.body.rejected.map((rejection: { code: string }) => rejection.code)).toEqual([
      'email_format',
      'unknown_status',
      'missing_identity',
      'phone_format',
    ]);
    expect(preview.body.impact).toMatchObject({ contactsTouched: 3, newlyActive: 2 });
    expect((await api.request('GET', '/v1/usage', { key: account.apiKey })).body.activeContacts).toBe(
      activeBefore,
    );
    const response = await api.request('POST', '/v1/imports', {
      key: account.apiKey,
      body: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(response.status, response.text).toBe(201);
    expect(response.body).toEqual({
      preview: false,
      rows: 8,
      imported: 2,
      updated: 1,
      unchanged: 1,
      rejected: [
        { row: 5, code: 'email_format', reason: 'email "not-an-email" is not a valid e-mail address' },
        { row: 6, code: 'unknown_status', reason: 'no board column "Nowhere"' },
        {
          row: 7,
          code: 'missing_identity',
          reason: 'a row needs a name, an e-mail address or a phone number',
        },
        { row: 9, code: 'phone_format', reason: 'phone "12345" is not an international number' },
      ],
    });
    const ada = (await api.request('GET', '/v1/contacts?q=ada%40example.com', { key: account.apiKey })).body
      .data[0];
    const columns = (await api.request('GET', '/v1/statuses', { key: account.apiKey })).body.data;
    expect(ada).toMatchObject({
      name: 'Ada Lovelace',
      phone: '+442079460000',
      statusId: columns[2].id,
      properties: { company: 'Analytical Engines' },
    });
    const quoted = (await api.request('GET', '/v1/contacts?q=quoted', { key: account.apiKey })).body.data[0];
    expect(quoted).toMatchObject({ name: 'Quoted, Name', properties: { company: 'Comma, Inc' } });
    const why = (await api.request('GET', '/v1/usage/contacts', { key: account.apiKey })).body.data;
    expect(why.find((row: { contactId: string }) => row.contactId === ada.id).firstActivity).toMatchObject({
      kind: 'contact.created',
      actor: 'import',
    });
  });

  it('gives an import job’s rejected rows the same codes', async () => {
    const started = await api.request('POST', '/v1/import-jobs', {
      key: account.apiKey,
      body: 'name,email,phone\nJob Row,job@example.com,\nJob Broken,,0301234\n',
      headers: { 'content-type': 'text/csv' },
    });
    expect(started.status, started.text).toBe(202);
    let job = started.body;
    while (job.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      job = (await api.request('GET', `/v1/import-jobs/${started.body.id}`, { key: account.apiKey })).body;
    }
    expect(job.report.rejected).toEqual([
      { row: 3, code: 'phone_format', reason: 'phone "0301234" is not an international number' },
    ]);
  });

  it('runs from the command line with the same report', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'tally-import-'));
    try {
      writeFileSync(
        join(directory, 'contacts.csv'),
        'name,email\nCli Person,cli@example.com\nCli Person,cli@example.com\n',
      );
      const lines: string[] = [];
      const output: Output = { out: (line) => lines.push(line), error: (line) => lines.push(line) };
      const store = api.server.context.store;
      const url =
        store.engine === 'postgres' && store.schema
          ? `${store.url}?options=${encodeURIComponent(`-c search_path=${store.schema}`)}`
          : store.url;
      const code = await runCli(
        ['import', join(directory, 'contacts.csv'), '--account', account.id, '--database', url],
        output,
      );
      expect(code).toBe(0);
      expect(lines[0]).toBe('import: 2 rows — 1 imported, 0 updated, 1 unchanged, 0 rejected');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('refuses CSV sent as something else and unreadable CSV', async () => {
    expect((await api.request('POST', '/v1/imports', { key: account.apiKey, body: { csv } })).status).toBe(
      415,
    );
    const broken = await api.request('POST', '/v1/imports', {
      key: account.apiKey,
      body: 'name,email\n"unterminated,x@example.com\n',
      headers: { 'content-type': 'text/csv' },
    });
    expect(broken.status).toBe(400);
  });
});
