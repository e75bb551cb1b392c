import { describe, expect, it } from 'vitest';
import { defaultDatabaseConnections, serveSettingsFromEnvironment } from '../../src/cli/serve-settings.js';
import { defaultAdmission } from '../../src/http/server.js';

describe('tally serve settings from the environment', () => {
  it('takes the defaults when nothing is set', () => {
    const settings = serveSettingsFromEnvironment({});
    expect(settings).toEqual({
      durability: 'full',
      databaseConnections: defaultDatabaseConnections,
      admission: defaultAdmission,
    });
  });

  it('reads each setting', () => {
    const settings = serveSettingsFromEnvironment({
      TALLY_DURABILITY: 'normal',
      TALLY_DATABASE_CONNECTIONS: '4',
      TALLY_MAX_CONCURRENT_REQUESTS: '16',
      TALLY_MAX_QUEUED_REQUESTS: '0',
      TALLY_QUEUE_TIMEOUT_MS: '250',
      TALLY_REQUEST_TIMEOUT_SECONDS: '5',
    });
    expect(settings).toEqual({
      durability: 'normal',
      databaseConnections: 4,
      admission: { maxActive: 16, maxQueued: 0, queueTimeoutMs: 250, requestTimeoutMs: 5_000 },
    });
  });

  it.each([
    [
      'TALLY_DATABASE_CONNECTIONS',
      '0',
      'TALLY_DATABASE_CONNECTIONS must be a whole number of at least 1, not "0"',
    ],
    [
      'TALLY_DATABASE_CONNECTIONS',
      '2.5',
      'TALLY_DATABASE_CONNECTIONS must be a whole number of at least 1, not "2.5"',
    ],
    [
      'TALLY_MAX_CONCURRENT_REQUESTS',
      'many',
      'TALLY_MAX_CONCURRENT_REQUESTS must be a whole number of at least 1',
    ],
    ['TALLY_DURABILITY', 'fast', 'TALLY_DURABILITY must be "full" or "normal"'],
  ])('refuses %s=%s naming it', (name, value, message) => {
    expect(() => serveSettingsFromEnvironment({ [name]: value })).toThrow(message);
  });
});
