import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../src/http/start-server.js';
import { operatorKey } from '../support/http-harness.js';

describe('the close scheduler inside tally serve', () => {
  const directory = mkdtempSync(join(tmpdir(), 'tally-scheduler-'));
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('closes due months and issues due invoices by itself, catching up on missed months', async () => {
    const server = await startServer({
      databaseUrl: join(directory, 'tally.db'),
      port: 0,
      host: '127.0.0.1',
      clock: 'manual',
      operatorKey,
      closeIntervalMs: 20,
    });
    try {
      const clock = server.context.clock as unknown as { set(epochMs: number): void };
      clock.set(Date.parse('2026-01-01T00:00:00Z'));
      const created = await fetch(`${server.url}/v1/accounts`, {
        method: 'POST',
        headers: { authorization: `Bearer ${operatorKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          name: 'Scheduled',
          plan: 'start',
          cycle: 'monthly',
          startsAt: '2026-01-01T00:00:00+01:00',
        }),
      });
      const { apiKey } = (await created.json()) as { apiKey: string };
      // Four months of downtime later, the next tick catches up.
      clock.set(Date.parse('2026-05-01T02:00:00Z'));
      const invoices = async () =>
        (
          (await (
            await fetch(`${server.url}/v1/invoices`, { headers: { authorization: `Bearer ${apiKey}` } })
          ).json()) as {
            data: { kind: string; period: { start: string } }[];
          }
        ).data;
      const deadline = Date.now() + 10_000;
      while ((await invoices()).length < 5 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect((await invoices()).map((invoice) => [invoice.kind, invoice.period.start.slice(0, 10)])).toEqual([
        ['upfront', '2026-01-01'],
        ['upfront', '2026-02-01'],
        ['upfront', '2026-03-01'],
        ['upfront', '2026-04-01'],
        ['upfront', '2026-05-01'],
      ]);
      const closed = await server.context.store.db
        .selectFrom('usage_months')
        .select('period_start')
        .where('closed_at', 'is not', null)
        .execute();
      expect(closed).toHaveLength(4);
    } finally {
      await server.close();
    }
  });
});
