import { describe, expect, it } from 'vitest';
import { AdmissionGate } from './admission-gate.js';

const never = () => {};

describe('AdmissionGate', () => {
  it('admits up to maxActive at once, queues up to maxQueued in arrival order, and refuses the rest at once', async () => {
    const gate = new AdmissionGate({ maxActive: 2, maxQueued: 2, queueTimeoutMs: 10_000 });
    expect(gate.enter(never)).toBe(true);
    expect(gate.enter(never)).toBe(true);
    const third = gate.enter(never);
    const fourth = gate.enter(never);
    expect(await gate.enter(never)).toBe(false);
    expect([gate.active, gate.queued]).toEqual([2, 2]);
    const order: string[] = [];
    void (third as Promise<boolean>).then(() => order.push('third'));
    void (fourth as Promise<boolean>).then(() => order.push('fourth'));
    gate.leave();
    await Promise.resolve();
    expect(order).toEqual(['third']);
    gate.leave();
    await Promise.resolve();
    expect(order).toEqual(['third', 'fourth']);
    expect([gate.active, gate.queued]).toEqual([2, 0]);
    gate.leave();
    gate.leave();
    expect(gate.active).toBe(0);
  });

  it('refuses a queued request whose wait passes the queue timeout, and frees its place', async () => {
    const gate = new AdmissionGate({ maxActive: 1, maxQueued: 1, queueTimeoutMs: 20 });
    gate.enter(never);
    expect(await gate.enter(never)).toBe(false);
    expect(gate.queued).toBe(0);
    expect(gate.enter(never)).toBeInstanceOf(Promise);
  });

  it('drops a queued request whose client went away, so it never takes a place', async () => {
    const gate = new AdmissionGate({ maxActive: 1, maxQueued: 4, queueTimeoutMs: 10_000 });
    gate.enter(never);
    let cancel = () => {};
    const waiting = gate.enter((giveUp) => {
      cancel = giveUp;
    });
    cancel();
    expect(await waiting).toBe(false);
    gate.leave();
    expect([gate.active, gate.queued]).toEqual([0, 0]);
  });
});

describe('AdmissionGate at its recent pace', () => {
  it('refuses at once a request that would wait past the queue timeout behind those already queued', async () => {
    const gate = new AdmissionGate({ maxActive: 1, maxQueued: 100, queueTimeoutMs: 250 });
    gate.enter(never);
    gate.leave(100);
    gate.enter(never);
    // One request runs at 100 ms a request: the first two queued would wait 100 and 200 ms.
    expect(gate.enter(never)).toBeInstanceOf(Promise);
    expect(gate.enter(never)).toBeInstanceOf(Promise);
    expect(gate.expectedWaitMs()).toBe(300);
    expect(await gate.enter(never)).toBe(false);
    expect(gate.queued).toBe(2);
  });
});
