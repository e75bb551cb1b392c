import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serveCommand } from '../../src/cli/commands/serve-command.js';
import { openStore } from '../../src/store/store.js';
import { countRows } from '../support/row-counts.js';

describe('tally serve', () => {
  const directory = mkdtempSync(join(tmpdir(), 'tally-serve-'));
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('prints a generated operator key once, drains in-flight requests on SIGTERM, then stops listening', async () => {
    const lines: string[] = [];
    let announce: (url: string) => void = () => {};
    const listening = new Promise<string>((resolve) => {
      announce = resolve;
    });
    const previousKey = process.env.TALLY_OPERATOR_KEY;
    delete process.env.TALLY_OPERATOR_KEY;
    process.env.TALLY_LOG = 'off';
    const serving = serveCommand(
      { database: join(directory, 'tally.db'), port: 0, host: '127.0.0.1' },
      {
        out: (line) => {
          lines.push(line);
          const match = /listening on (\S+)/.exec(line);
          if (match) announce(match[1] as string);
        },
        error: (line) => lines.push(line),
      },
    );
    const url = await listening;
    if (previousKey !== undefined) process.env.TALLY_OPERATOR_KEY = previousKey;
    const keyLine = lines.find((line) => line.startsWith('Operator key'));
    const operatorKey = keyLine?.split(': ')[1] as string;
    expect(operatorKey).toMatch(/^tally_operator_/);

    const created = await fetch(`${url}/v1/accounts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${operatorKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Drain',
        plan: 'grow',
        cycle: 'monthly',
        startsAt: '2026-01-01T00:00:00Z',
      }),
    });
    const { apiKey } = (await created.json()) as { apiKey: string };
    const batch = (index: number) =>
      fetch(`${url}/v1/activities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          activities: Array.from({ length: 1000 }, (_, item) => ({
            id: `b${index}-${item}`,
            contactId: `c${item}`,
            kind: 'note.added',
            occurredAt: '2026-02-10T09:00:00Z',
          })),
        }),
      });
    // Ten 1,000-activity batches queue on the one SQLite connection, and SIGTERM arrives
    // while most are still waiting their turn. A request the server had begun completes;
    // one it had not yet read is refused whole (503 or a reset the client may retry).
    const inFlight = Array.from({ length: 10 }, async (_, index) => {
      try {
        const response = await batch(index);
        return { status: response.status, finishedAt: performance.now() };
      } catch {
        return { status: 0, finishedAt: performance.now() };
      }
    });
    // SIGTERM once the server has begun at least one batch (a fixed pause raced a busy
    // machine: all ten could still be unread and refused, leaving nothing to drain).
    const deadline = performance.now() + 10_000;
    while (performance.now() < deadline) {
      const metrics = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${operatorKey}` } });
      const active = Number(/^tally_http_requests_active (\d+)$/m.exec(await metrics.text())?.[1] ?? 0);
      if (active > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const stoppedAt = performance.now();
    process.emit('SIGTERM');
    const answers = await Promise.all(inFlight);
    const completed = answers.filter((answer) => answer.status === 200);
    expect(answers.every((answer) => [200, 503, 0].includes(answer.status))).toBe(true);
    expect(completed.some((answer) => answer.finishedAt > stoppedAt)).toBe(true);
    expect(await serving).toBe(0);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    expect(lines).toContain('Shutting down: draining requests…');
    // Nothing half-written: exactly the completed batches are in the ledger.
    const store = await openStore(join(directory, 'tally.db'));
    const rows = await countRows(store.db, 'activity_ledger');
    await store.close();
    expect(rows).toBe(completed.length * 1000);
  });
});
