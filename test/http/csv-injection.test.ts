import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, startHarness } from '../support/http-harness.js';

/**
 * A CSV export opened in a spreadsheet must never run a cell as a formula: text cells
 * starting with =, +, -, @, a tab or a carriage return get a leading single quote (OWASP
 * "CSV injection"). Contact and activity ids come from other systems, so they can be
 * anything.
 */
describe.each(engines)('CSV exports on %s', (engine) => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness(engine);
  });
  afterAll(() => api.dispose());

  const hostile = ['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1'];

  it('neutralises every text cell that a spreadsheet would run as a formula', async () => {
    const account = await api.createAccount();
    const ids = [...hostile, 'plain-id'];
    const recorded = await api.request('POST', '/v1/activities', {
      key: account.apiKey,
      body: {
        activities: ids.map((id) => ({
          id,
          contactId: id,
          kind: 'note.added',
          occurredAt: '2026-03-10T09:00:00Z',
        })),
      },
    });
    expect(recorded.status, recorded.text).toBe(200);
    const csv = await api.request('GET', '/v1/usage/contacts', {
      key: account.apiKey,
      headers: { accept: 'text/csv' },
    });
    expect(csv.status).toBe(200);
    const rows: Record<string, string>[] = parse(csv.text, { columns: true });
    const contactIds = rows.map((row) => row.contact_id);
    const activityIds = rows.map((row) => row.first_activity_id);
    expect(contactIds.sort()).toEqual([...hostile.map((id) => `'${id}`), 'plain-id'].sort());
    expect(activityIds.sort()).toEqual(contactIds);
    for (const row of rows) expect(row.first_occurred_at).toBe('2026-03-10T10:00:00+01:00');
  });
});
