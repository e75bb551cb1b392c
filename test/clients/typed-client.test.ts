import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientSources } from '../../clients/typescript/client-sources.js';
import { createTallyClient } from '../../clients/typescript/src/index.js';
import { engines } from '../support/engines.js';
import { type Harness, startHarness } from '../support/http-harness.js';

describe('the typed client package (clients/typescript)', () => {
  it('is generated from the document the server serves now (run `npm run generate:client` if not)', async () => {
    const sources = await clientSources();
    const committed = (file: string) =>
      readFileSync(new URL(`../../clients/typescript/${file}`, import.meta.url), 'utf8');
    expect(committed('openapi.json')).toBe(sources.document);
    expect(committed('src/schema.ts')).toBe(sources.types);
  });
});

describe.each(engines)('an integrator using the typed client on %s', (engine) => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness(engine);
  });
  afterAll(() => api.dispose());

  it('records activities and reads usage with typed bodies and answers', async () => {
    const account = await api.createAccount({ plan: 'start', addonContacts: 0 });
    const tally = createTallyClient({ baseUrl: api.url, apiKey: account.apiKey });
    const recorded = await tally.POST('/v1/activities', {
      body: {
        activities: Array.from({ length: 52 }, (_, index) => ({
          id: `typed-${index}`,
          contactId: `c${index}`,
          kind: 'message.sent' as const,
          occurredAt: '2026-03-10T09:00:00Z',
        })),
      },
    });
    expect(recorded.response.status).toBe(200);
    expect(recorded.data?.accepted).toBe(52);

    const usage = await tally.GET('/v1/usage');
    expect(usage.error).toBeUndefined();
    expect(usage.data).toMatchObject({ plan: 'start', activeContacts: 52, allowance: 50, overusage: 2 });
    expect(usage.data?.overusageCost).toEqual({ amount: '0.50', currency: 'EUR' });
  });

  it('hands back the problem body, typed, when the API refuses', async () => {
    const account = await api.createAccount();
    const tally = createTallyClient({ baseUrl: api.url, apiKey: account.apiKey });
    const refused = await tally.POST('/v1/activities', {
      body: { activities: [{ id: 'x', contactId: 'c', kind: 'note.added', occurredAt: 'yesterday' }] },
    });
    expect(refused.response.status).toBe(422);
    expect(refused.error?.code).toBe('invalid_activities');
    expect(refused.error?.errors?.[0]?.field).toBe('/activities/0/occurredAt');
    const stranger = createTallyClient({ baseUrl: api.url, apiKey: 'tly_not_a_key' });
    expect((await stranger.GET('/v1/usage')).error?.code).toBe('unauthenticated');
  });
});
