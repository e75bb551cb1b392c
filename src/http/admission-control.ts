import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AdmissionGate, type AdmissionLimits } from './admission-gate.js';
import type { Metrics } from './metrics.js';
import { Problem, problemBody, retryAfterSecondsOf, statusOf } from './problem.js';

export interface AdmissionOptions extends AdmissionLimits {
  /**
   * The longest a client waits for an answer once its request is admitted. Past it the
   * request is answered 503 `overloaded`; its work may still finish (a write commits), so
   * the answer says to retry with the same Idempotency-Key or activity ids.
   */
  requestTimeoutMs: number;
}

/** Probes an orchestrator must get through whatever the load. */
const unguardedPaths = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Puts every request but the health probes through an `AdmissionGate` before anything
 * else runs (before its body is even read), answers refused ones 503 `overloaded` with
 * Retry-After, and answers admitted ones that overrun the request timeout the same way.
 */
export function addAdmissionControl(
  app: FastifyInstance,
  options: AdmissionOptions,
  metrics: Metrics,
): AdmissionGate {
  const gate = new AdmissionGate(options);
  metrics.observeAdmission(gate);
  app.addHook('onRequest', async (request, reply) => {
    if (unguardedPaths.has(request.url.split('?')[0] ?? request.url)) return;
    const admitted = await gate.enter((cancel) => reply.raw.once('close', cancel));
    if (!admitted) {
      metrics.requestsRefused.inc({ reason: 'overloaded' });
      if (reply.raw.destroyed) return reply;
      return sendOverloaded(request, reply, 'the server is at capacity; retry after the time in Retry-After');
    }
    // 'close' fires once the answer is sent or the client went away, whichever is first.
    const timer = setTimeout(() => {
      if (reply.sent || reply.raw.destroyed) return;
      metrics.requestsRefused.inc({ reason: 'timeout' });
      // The handler may still finish and commit: it must not also complete the key's record.
      request.idempotency = undefined;
      sendOverloaded(
        request,
        reply,
        `the request did not finish within ${options.requestTimeoutMs / 1000} s and may still take effect; ` +
          'retry with the same Idempotency-Key (or the same activity ids)',
      );
    }, options.requestTimeoutMs);
    let left = false;
    const admittedAt = performance.now();
    const leave = () => {
      if (left) return;
      left = true;
      clearTimeout(timer);
      gate.leave(performance.now() - admittedAt);
    };
    reply.raw.once('close', leave);
    // The client may have gone while the request waited, its 'close' already past.
    if (reply.raw.destroyed) {
      leave();
      return reply;
    }
  });
  app.addHook('preValidation', async () => {
    // Back to the event loop before any work: every request that has arrived meanwhile
    // reaches the gate first. Without this, on SQLite (synchronous work) one loop turn would
    // run each arrived request to its end in turn, and the gate would never see them queue.
    await new Promise((resolve) => setImmediate(resolve));
  });
  return gate;
}

function sendOverloaded(request: FastifyRequest, reply: FastifyReply, detail: string): FastifyReply {
  return reply
    .code(statusOf('overloaded'))
    .header('retry-after', String(retryAfterSecondsOf('overloaded')))
    .header('connection', 'close')
    .type('application/problem+json')
    .send(problemBody(new Problem('overloaded', detail), request.url.split('?')[0] ?? request.url));
}
