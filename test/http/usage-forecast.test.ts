import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordActivities } from '../../src/metering/record-activities.js';
import { engines } from '../support/engines.js';
import { type Harness, startHarness } from '../support/http-harness.js';
import { eventually } from '../support/webhook-receiver.js';

describe.each(engines)('daily usage and the forecast on %s', (engine) => {
  let api: Harness;
  beforeAll(async () => {
    api = await startHarness(engine, { server: { notifyIntervalMs: 30 } });
  });
  afterAll(() => api.dispose());

  it('a steady month with a status rename spike: the chart shows the spike, the forecast does not extrapolate it', async () => {
    const account = await api.createAccount({ plan: 'grow' });
    const key = account.apiKey;
    // February: 150 contacts land in a column of their own (active in February only).
    api.setClock('2026-02-10T10:00:00Z');
    const column = await api.request('POST', '/v1/statuses', { key, body: { name: 'Webinar' } });
    expect(column.status).toBe(201);
    for (let index = 0; index < 150; index++) {
      const created = await api.request('POST', '/v1/contacts', {
        key,
        body: { name: `Webinar ${index}`, statusId: column.body.id },
      });
      expect(created.status).toBe(201);
    }
    // March: five new contacts a day from an external CRM, 1st to 19th.
    api.setClock('2026-03-20T12:00:00Z');
    const activities = [];
    for (let day = 1; day <= 19; day++) {
      for (let index = 0; index < 5; index++) {
        activities.push({
          id: `d${day}-${index}`,
          contactId: `ext-${day}-${index}`,
          kind: 'message.sent',
          occurredAt: `2026-03-${String(day).padStart(2, '0')}T10:00:00Z`,
        });
      }
    }
    expect((await api.request('POST', '/v1/activities', { key, body: { activities } })).status).toBe(200);
    // On the 18th the column is renamed: its 150 contacts become active at once.
    api.setClock('2026-03-18T15:00:00Z');
    expect(
      (await api.request('PATCH', `/v1/statuses/${column.body.id}`, { key, body: { name: 'Webinar March' } }))
        .status,
    ).toBe(200);
    api.setClock('2026-03-20T12:00:00Z');

    const daily = await api.request('GET', '/v1/usage/daily', { key });
    expect(daily.status).toBe(200);
    expect(daily.body).toMatchObject({
      periodStart: '2026-03-01T00:00:00+01:00',
      activeContacts: 245,
      allowance: 250,
    });
    expect(daily.body.days).toHaveLength(20);
    expect(daily.body.days[0]).toEqual({ date: '2026-03-01', newlyActive: 5, cumulative: 5 });
    expect(daily.body.days[17]).toEqual({ date: '2026-03-18', newlyActive: 155, cumulative: 240 });
    expect(daily.body.days[19]).toEqual({ date: '2026-03-20', newlyActive: 0, cumulative: 245 });

    const usage = await api.request('GET', '/v1/usage', { key });
    const forecast = usage.body.forecast;
    // About five a day for the 11½ days left, blended with the count: well above 245, far below
    // the 390 a straight line through the rename would give.
    expect(forecast.activeContacts).toBeGreaterThan(260);
    expect(forecast.activeContacts).toBeLessThan(300);
    expect(forecast.overusage).toBe(forecast.activeContacts - 250);
    expect(forecast.overusageCost).toEqual({
      amount: `${Math.floor((forecast.overusage * 25) / 100)}.${String((forecast.overusage * 25) % 100).padStart(2, '0')}`,
      currency: 'EUR',
    });

    // A past month: February, day by day.
    const february = await api.request('GET', '/v1/usage/daily?period=2026-02', { key });
    expect(february.body.days).toHaveLength(28);
    expect(february.body.days[9]).toEqual({ date: '2026-02-10', newlyActive: 150, cumulative: 150 });
    expect(february.body.days[27].cumulative).toBe(150);
    const refused = await api.request('GET', '/v1/usage/daily?period=2025-12', { key });
    expect(refused.status).toBe(404);
    expect((await api.request('GET', '/v1/usage/daily?period=March', { key })).status).toBe(400);
  });

  it('early in a month the forecast leans on the previous month’s final count', async () => {
    const account = await api.createAccount({ plan: 'grow' });
    const key = account.apiKey;
    const activitiesOn = (date: string, contacts: number, prefix: string) =>
      Array.from({ length: contacts }, (_, index) => ({
        id: `${prefix}-${index}`,
        contactId: `${prefix}-${index}`,
        kind: 'note.added',
        occurredAt: `${date}T10:00:00Z`,
      }));
    api.setClock('2026-02-20T12:00:00Z');
    const february = activitiesOn('2026-02-10', 60, 'feb');
    expect(
      (await api.request('POST', '/v1/activities', { key, body: { activities: february } })).status,
    ).toBe(200);
    api.setClock('2026-03-02T12:00:00Z');
    const march = activitiesOn('2026-03-01', 30, 'mar');
    expect((await api.request('POST', '/v1/activities', { key, body: { activities: march } })).status).toBe(
      200,
    );

    const usage = await api.request('GET', '/v1/usage', { key });
    expect(usage.status).toBe(200);
    expect(usage.body.activeContacts).toBe(30);
    // About 5 % of March has passed at a pace of ~20 a day (~620 by the month's end): the
    // blend is ~0.05 × 620 + 0.95 × 60. With the allowance (250) as the prior instead, as
    // in a first month, it would be above 250.
    expect(usage.body.forecast.activeContacts).toBeGreaterThanOrEqual(60);
    expect(usage.body.forecast.activeContacts).toBeLessThan(120);
  });

  it('activities recorded outside the API (the library, an import) are caught by the sweep', async () => {
    const account = await api.createAccount({ plan: 'start' });
    const outcome = await recordActivities(
      api.server.context.store,
      Array.from({ length: 42 }, (_, index) => ({
        accountId: account.id,
        key: `lib-${index}`,
        contactId: `lib-${index}`,
        kind: 'contact.created' as const,
        actor: 'import' as const,
        occurredAt: Date.parse('2026-03-15T08:00:00Z'),
      })),
    );
    expect(outcome.ok).toBe(true);
    await eventually(async () => {
      const notices = await api.request('GET', '/v1/notifications', { key: account.apiKey });
      return notices.body.data.length === 1;
    });
    const notices = await api.request('GET', '/v1/notifications', { key: account.apiKey });
    expect(notices.body.data[0].data).toMatchObject({ percent: 80, activeContacts: 42, allowance: 50 });
  });
});
