import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyMetering } from '../../src/metering/verify-metering.js';
import { openStore, type SqliteStore } from '../../src/store/store.js';
import { requestAt } from '../support/http-harness.js';
import { type ServeProcess, startServeProcess } from '../support/serve-process.js';

const operatorKey = 'disk-full-operator-key';

/** Mounts a small tmpfs of the test's own: a real file system that really fills up (needs root, as in CI). */
function mountSmallDisk(directory: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', directory], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * `tally serve` on a SQLite file on a 24 MiB file system that a filler file then fills up
 * to its last megabyte: the WAL cannot grow, SQLite answers SQLITE_FULL, and the disk is
 * freed again by deleting the filler, as an operator would.
 */
describe('tally serve on SQLite when the disk fills up', () => {
  const directory = mkdtempSync(join(tmpdir(), 'tally-disk-'));
  const mounted = mountSmallDisk(directory);
  const databasePath = join(directory, 'tally.db');
  const filler = join(directory, 'filler');
  let instance: ServeProcess;

  beforeAll(async () => {
    if (!mounted) return;
    instance = await startServeProcess(databasePath, {
      TALLY_OPERATOR_KEY: operatorKey,
      TALLY_CLOCK: 'manual',
      TALLY_CLOSE_INTERVAL_SECONDS: '0',
    });
  }, 60_000);

  afterAll(async () => {
    await instance?.stop();
    if (mounted) execFileSync('umount', [directory]);
    rmSync(directory, { recursive: true, force: true });
  });

  it.skipIf(!mounted)(
    'answers 507 storage_full while the disk is full and takes the same writes once space is freed',
    async () => {
      const call = (method: string, path: string, key?: string, body?: unknown) =>
        requestAt(instance.url, method, path, { ...(key ? { key } : {}), ...(body ? { body } : {}) });
      await call('POST', '/v1/admin/clock', operatorKey, { now: '2026-03-15T12:00:00Z' });
      const created = await call('POST', '/v1/accounts', operatorKey, {
        name: 'Full Disk GmbH',
        plan: 'grow',
        cycle: 'monthly',
        startsAt: '2026-03-01T00:00:00+01:00',
      });
      const apiKey = created.body.apiKey as string;
      const batch = (round: number) => ({
        activities: Array.from({ length: 200 }, (_, index) => ({
          id: `disk-${round}-${index}`,
          contactId: `contact-${round}-${index}`,
          kind: 'note.added',
          occurredAt: '2026-03-10T09:00:00Z',
        })),
      });

      // Leave one megabyte free, then write until a batch does not fit.
      const disk = statfsSync(directory);
      writeFileSync(filler, Buffer.alloc(Number(disk.bavail) * Number(disk.bsize) - 1024 * 1024));
      let round = 0;
      let refused: Awaited<ReturnType<typeof call>> | undefined;
      for (; round < 200 && !refused; round++) {
        const answer = await call('POST', '/v1/activities', apiKey, batch(round));
        if (answer.status !== 200) refused = answer;
      }
      const failedRound = round - 1;
      expect([refused?.status, refused?.body.code]).toEqual([507, 'storage_full']);
      expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await call('GET', '/readyz')).body).toEqual({ status: 'not_ready', database: 'storage_full' });
      const usageWhenFull = (await call('GET', '/v1/usage', apiKey)).body.activeContacts as number;
      expect(usageWhenFull).toBe(failedRound * 200);

      // The operator frees space: ready again without a restart, and the refused batch goes in.
      rmSync(filler);
      const deadline = Date.now() + 10_000;
      while ((await call('GET', '/readyz')).status !== 200) {
        if (Date.now() > deadline) throw new Error('never ready again after space was freed');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect((await call('POST', '/v1/activities', apiKey, batch(failedRound))).status).toBe(200);
      expect((await call('GET', '/v1/usage', apiKey)).body.activeContacts).toBe((failedRound + 1) * 200);
      expect(instance.process.exitCode).toBeNull();

      await instance.stop();
      const store = (await openStore(databasePath)) as SqliteStore;
      try {
        expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        expect((await verifyMetering(store)).differences).toEqual([]);
      } finally {
        await store.close();
      }
    },
  );
});
