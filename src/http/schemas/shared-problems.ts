import type { RouteOptions } from 'fastify';
import type { ProblemCode } from '../problem.js';
import { type MediaResponse, problemCodesOf, problems } from './responses.js';

/**
 * The problems any route can answer because of what it is rather than what it does: a
 * keyed route may be refused for its key, a route with input for its input, a write for
 * a full disk, a POST for its Idempotency-Key, and every route for a lost database or
 * overload. Added to each route that declares its responses, merged with the route's own,
 * so the document lists every status a client can meet.
 */
export function sharedProblemCodes(route: RouteOptions): ProblemCode[] {
  const schema = route.schema ?? {};
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  const writes = methods.some((method) => method !== 'GET' && method !== 'HEAD');
  const access = route.config?.access ?? 'public';
  const codes: ProblemCode[] = ['internal', 'database_unavailable', 'overloaded'];
  if (access !== 'public') codes.push('unauthenticated', 'forbidden');
  if (schema.body || schema.querystring || schema.params || writes) codes.push('validation_failed');
  if (schema.body) codes.push('invalid_json', 'payload_too_large', 'unsupported_media_type');
  if (writes) codes.push('storage_full');
  if (access !== 'public' && methods.includes('POST')) {
    codes.push('idempotency_key_reused', 'idempotency_request_in_progress');
    if (route.config?.secretFields?.length) codes.push('idempotency_secret_withheld');
  }
  return codes;
}

/** Declares the shared problems on a route that declares its responses (an onRoute hook). */
export function declareSharedProblems(route: RouteOptions): void {
  const response = route.schema?.response as Record<string, unknown> | undefined;
  if (!response || route.schema?.hide) return;
  const declared = Object.values(response).flatMap(problemCodesOf);
  const merged = problems(...new Set([...declared, ...sharedProblemCodes(route)]));
  for (const [status, answer] of Object.entries(merged)) {
    const own = ownAnswers.get(response[status] as object) ?? response[status];
    response[status] = own && problemCodesOf(own).length === 0 ? besideProblem(own, answer) : answer;
  }
}

/** The route's own answer behind a merged one: the hook runs again for the HEAD twin of a GET. */
const ownAnswers = new WeakMap<object, unknown>();

/**
 * A route's own non-problem answer at a status problems also use (the readiness probe's
 * 503 body) is kept beside the Problem, each under its media type, rather than replaced.
 */
function besideProblem(own: unknown, problem: MediaResponse): MediaResponse {
  const { description, content, ...schema } = own as {
    description?: string;
    content?: MediaResponse['content'];
  };
  const merged = {
    description: `${description ?? 'Answer'}; or ${problem.description}`,
    content: { ...(content ?? { 'application/json': { schema } }), ...problem.content },
  };
  ownAnswers.set(merged, own);
  return merged;
}
