import { extname } from 'node:path';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { noteDatabaseFault } from '../store/database-availability.js';
import type { Store } from '../store/store.js';
import { type AdmissionOptions, addAdmissionControl } from './admission-control.js';
import { defaultAdmissionLimits } from './admission-gate.js';
import type { AppContext, Caller } from './app-context.js';
import { authenticate, requireAccount, requireOperator } from './authenticate.js';
import { problemOfDomainError } from './domain-problems.js';
import {
  beginIdempotentRequest,
  finishIdempotentRequest,
  type IdempotencyReservation,
} from './idempotency.js';
import { type FieldError, Problem, problemBody, retryAfterSecondsOf, statusOf } from './problem.js';
import { accountRoutes } from './routes/account-routes.js';
import { activityRoutes } from './routes/activity-routes.js';
import { adminRoutes } from './routes/admin-routes.js';
import { alertRecipientRoutes } from './routes/alert-recipient-routes.js';
import { apiKeyRoutes } from './routes/api-key-routes.js';
import { billingRoutes } from './routes/billing-routes.js';
import { bulkContactRoutes } from './routes/bulk-contact-routes.js';
import { contactRoutes } from './routes/contact-routes.js';
import { funnelRoutes } from './routes/funnel-routes.js';
import { healthRoutes } from './routes/health-routes.js';
import { importRoutes } from './routes/import-routes.js';
import { invoiceRoutes } from './routes/invoice-routes.js';
import { messageRoutes } from './routes/message-routes.js';
import { messageSettingsRoutes } from './routes/message-settings-routes.js';
import { notificationRoutes } from './routes/notification-routes.js';
import { statusRoutes } from './routes/status-routes.js';
import { subscriptionRoutes } from './routes/subscription-routes.js';
import { usageRoutes } from './routes/usage-routes.js';
import { webhookEndpointRoutes } from './routes/webhook-endpoint-routes.js';
import { webhookTestRoutes } from './routes/webhook-test-routes.js';
import { apiDocument } from './schemas/api-document.js';
import { ProblemSchema } from './schemas/problem-schema.js';
import { declareSharedProblems } from './schemas/shared-problems.js';
import { addStrictResponseChecks } from './schemas/strict-responses.js';
import { addThresholdCheck } from './threshold-check.js';
import { addUnicodeInputChecks } from './unicode-input.js';
import { defaultWebRoot, isApiPath, WebDashboard } from './web-dashboard.js';

/** Who may call a route: nobody needs a key, the operator, an account, or either. */
export type Access = 'public' | 'operator' | 'account' | 'any';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /**
     * Top-level properties of a success answer that hold a secret shown only once: never
     * stored for an Idempotency-Key, whose replay answers 409 instead (decision 0041).
     */
    secretFields?: readonly string[];
    /** The route's use case checks the usage thresholds itself (a contact action): the hook does not. */
    checksThresholds?: boolean;
  }
  interface FastifyRequest {
    caller: Caller;
    idempotency: IdempotencyReservation | undefined;
    /** The account a public route (a funnel lead) wrote to, for the threshold check. */
    meteredAccountId: string | undefined;
  }
}

export interface ServerOptions {
  logger?: boolean;
  /** Largest request body in bytes (a 1,000-activity batch is about 200 KB). */
  bodyLimit?: number;
  /** The built dashboard (default dist/web at the repository root). */
  webRoot?: string;
  /** How much work the server takes on at once, and how long a request may take. */
  admission?: AdmissionOptions;
}

export const defaultBodyLimit = 1024 * 1024;
export const defaultAdmission: AdmissionOptions = { ...defaultAdmissionLimits, requestTimeoutMs: 30_000 };

/** Builds the HTTP API over an opened store; the caller listens and closes. */
export async function buildServer(
  context: AppContext,
  options: ServerOptions = {},
): Promise<FastifyInstance> {
  const admission = options.admission ?? defaultAdmission;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? defaultBodyLimit,
    // A client sending its request slower than this is cut off (Node's own bound on receiving).
    requestTimeout: admission.requestTimeoutMs,
    // Reject, never repair: no type coercion and no silently dropped unknown fields.
    ajv: {
      customOptions: {
        removeAdditional: false,
        coerceTypes: false,
        allErrors: true,
        useDefaults: false,
        allowUnionTypes: true,
      },
    },
    return503OnClosing: true,
    // Faults the router meets before any route or hook runs (a path that is not valid
    // percent-encoded UTF-8) get the same problem body as every other error.
    frameworkErrors: (error, request, frameworkReply) => {
      const reply = frameworkReply as FastifyReply;
      const problem = new Problem('validation_failed', error.message, [
        { field: 'path', code: 'invalid', message: 'is not valid percent-encoded UTF-8' },
      ]);
      return reply
        .code(statusOf(problem.code))
        .type('application/problem+json')
        .send(problemBody(problem, request.url.split('?')[0] ?? request.url));
    },
  });
  // Per-request fields, declared up front so every request object keeps one shape.
  const decorate = app.decorateRequest.bind(app) as (name: string, value: unknown) => void;
  decorate('caller', null);
  decorate('idempotency', undefined);
  decorate('meteredAccountId', undefined);

  // Shared schemas first, and the shared problems added to each route before the document
  // generator sees it (onRoute hooks run in the order they were added).
  app.addSchema(ProblemSchema);
  app.addHook('onRoute', declareSharedProblems);
  await app.register(swagger, apiDocument);
  if (process.env.TALLY_STRICT_RESPONSES === 'true') addStrictResponseChecks(app);
  await app.register(swaggerUi, { routePrefix: '/v1/docs' });

  // Timed from its first hook, so a refused request's answer is in the latency histogram too.
  app.addHook('onRequest', async (request) => {
    (request as unknown as { startedAt: bigint }).startedAt = process.hrtime.bigint();
  });
  // First of the hooks that work: a refused request costs no more than its answer.
  addAdmissionControl(app, admission, context.metrics);
  context.metrics.observeDatabase(context.store);

  addUnicodeInputChecks(app);

  // The key is checked when the request arrives, before its body is read or validated: a
  // caller without a valid key gets 401 whatever it sent, and learns nothing of what the
  // route accepts (SPEC §7: `unauthenticated` is checked before the body).
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access ?? 'public';
    if (access === 'public') return;
    request.caller = await authenticate(context, request);
    if (access === 'operator') requireOperator(request.caller);
    if (access === 'account') requireAccount(request.caller);
  });

  // The Idempotency-Key fingerprint covers the parsed body, so it waits for the body.
  app.addHook('preHandler', async (request, reply) => {
    const access = request.routeOptions.config.access ?? 'public';
    if (access === 'public') return;
    if (request.method === 'POST') {
      const scope = request.caller.kind === 'operator' ? '' : request.caller.accountId;
      const reservation = await beginIdempotentRequest(context, request, reply, scope);
      if (reservation === 'replayed') return reply;
      request.idempotency = reservation;
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const reservation = request.idempotency;
    if (reservation) {
      request.idempotency = undefined;
      // The answer stands even if its record cannot be kept (the database went away after
      // the request ran): an unfinished record is taken over once its lease runs out.
      await finishIdempotentRequest(
        context,
        reservation,
        reply.statusCode,
        typeof payload === 'string' ? payload : '',
        request.routeOptions.config.secretFields,
      ).catch((error: unknown) => {
        noteDatabaseFault(context.store, error);
        request.log.error(error, 'could not record the Idempotency-Key response');
      });
    }
    return payload;
  });

  addThresholdCheck(app, context);

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const startedAt = (request as unknown as { startedAt: bigint }).startedAt;
    context.metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    context.metrics.requestSeconds.observe(
      { method: request.method, route },
      Number(process.hrtime.bigint() - startedAt) / 1e9,
    );
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error, context.store);
    if (problem.code === 'internal') request.log.error(error);
    const retryAfter = retryAfterSecondsOf(problem.code);
    if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
    return reply
      .code(statusOf(problem.code))
      .type('application/problem+json')
      .send(problemBody(problem, request.url.split('?')[0] ?? request.url));
  });
  // The dashboard answers GET requests the API has no route for: its hashed assets, and its
  // shell for any page path (the app routes itself). API paths always get the API's 404.
  const dashboard = new WebDashboard(options.webRoot ?? defaultWebRoot());
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? request.url;
    if ((request.method === 'GET' || request.method === 'HEAD') && !isApiPath(path)) {
      if (dashboard.serveFile(request, reply, path)) return reply;
      const wantsPage = (request.headers.accept ?? '').includes('text/html') || extname(path) === '';
      if (wantsPage) {
        dashboard.serveApp(request, reply);
        return reply;
      }
    }
    return reply
      .code(404)
      .type('application/problem+json')
      .send(
        problemBody(
          new Problem('not_found', `no route ${request.method} ${request.url.split('?')[0]}`),
          request.url,
        ),
      );
  });

  await app.register(healthRoutes(context));
  await app.register(accountRoutes(context));
  await app.register(apiKeyRoutes(context));
  await app.register(activityRoutes(context));
  await app.register(usageRoutes(context));
  await app.register(subscriptionRoutes(context));
  await app.register(invoiceRoutes(context));
  await app.register(billingRoutes(context));
  await app.register(contactRoutes(context));
  await app.register(bulkContactRoutes(context));
  await app.register(statusRoutes(context));
  await app.register(funnelRoutes(context));
  await app.register(importRoutes(context));
  await app.register(messageRoutes(context));
  await app.register(messageSettingsRoutes(context));
  await app.register(webhookTestRoutes(context));
  await app.register(alertRecipientRoutes(context));
  await app.register(notificationRoutes(context));
  await app.register(webhookEndpointRoutes(context));
  if (context.clock.manual) await app.register(adminRoutes(context));
  app.get('/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}

/** Maps anything thrown to the closed set of problems. */
function toProblem(error: FastifyError, store: Store): Problem {
  if (error instanceof Problem) return error;
  const domainProblem = problemOfDomainError(error);
  if (domainProblem) return domainProblem;
  if (error.validation) {
    const where = error.validationContext ?? 'body';
    const errors: FieldError[] = error.validation.map((issue) => {
      const params = issue.params as Record<string, unknown>;
      const path =
        issue.keyword === 'required'
          ? `${issue.instancePath}/${String(params.missingProperty)}`
          : issue.keyword === 'additionalProperties'
            ? `${issue.instancePath}/${String(params.additionalProperty)}`
            : issue.instancePath || '/';
      const itemIndex = /^\/activities\/(\d+)/.exec(path);
      return {
        field: where === 'body' ? path : `${where}${path === '/' ? '' : path.replace('/', '.')}`,
        code: issue.keyword === 'additionalProperties' ? 'unknown_field' : issue.keyword,
        message: issue.keyword === 'additionalProperties' ? 'unknown field' : (issue.message ?? 'is invalid'),
        ...(itemIndex ? { index: Number(itemIndex[1]) } : {}),
      };
    });
    const first = errors[0];
    return new Problem(
      'validation_failed',
      first ? `${first.field} ${first.message}` : 'the request is invalid',
      errors.slice(0, 100),
    );
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new Problem('payload_too_large', error.message);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new Problem('unsupported_media_type', 'send the body as application/json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new Problem('invalid_json', error.message);
  }
  if (error instanceof SyntaxError) return new Problem('invalid_json', error.message);
  if (error.statusCode === 415) return new Problem('unsupported_media_type', error.message);
  if (error.statusCode === 413) return new Problem('payload_too_large', error.message);
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new Problem('validation_failed', error.message);
  }
  switch (noteDatabaseFault(store, error)) {
    case 'unavailable':
      return new Problem(
        'database_unavailable',
        'the database cannot be reached; retry with the same Idempotency-Key or activity ids, which is safe whether or not this attempt took effect',
      );
    case 'storage_full':
      return new Problem('storage_full', 'the database has no room left for writes; nothing was written');
  }
  return new Problem('internal', 'an unexpected error occurred; it has been logged');
}
