import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from './schema.js';

export type { components, operations, paths };

/** A problem body: every error the API answers, with its stable `code`. */
export type Problem = components['schemas']['Problem'];

export interface TallyClientOptions {
  /** Where Tally is served, e.g. `https://tally.example.com` (no trailing `/v1`). */
  baseUrl: string;
  /** An account API key (`tly_…`), or the operator key for operator routes. */
  apiKey: string;
  /** Sent as `Tally-Actor` on writes: `user` when a person acted (the dashboard), else omitted. */
  actor?: 'user';
  /** A fetch of your own (tests, proxies); the global one by default. */
  fetch?: typeof globalThis.fetch;
}

/** Answers and problems are both JSON (`application/json`, `application/problem+json`). */
type JsonMedia = `${string}/${string}json`;

export type TallyClient = Client<paths, JsonMedia>;

/**
 * A client whose paths, parameters, bodies and answers are typed from Tally's OpenAPI
 * document: `client.POST('/v1/activities', { body })` checks the body at compile time and
 * gives `data` (the success body) or `error` (the problem body) back.
 */
export function createTallyClient(options: TallyClientOptions): TallyClient {
  const client = createClient<paths, JsonMedia>({
    baseUrl: options.baseUrl.replace(/\/$/, ''),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const authenticate: Middleware = {
    onRequest({ request }) {
      request.headers.set('authorization', `Bearer ${options.apiKey}`);
      if (options.actor && request.method !== 'GET') request.headers.set('tally-actor', options.actor);
      return request;
    },
  };
  client.use(authenticate);
  return client;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type OperationOf<P extends keyof paths, M extends Method> = NonNullable<paths[P][M & keyof paths[P]]>;

/** The JSON body a successful call answers with (status 200 unless told). */
export type ResponseBody<P extends keyof paths, M extends Method = 'get', S extends number = 200> =
  OperationOf<P, M> extends { responses: { [K in S]: { content: { 'application/json': infer Body } } } }
    ? Body
    : never;

/** The JSON body a call sends. */
export type RequestBody<P extends keyof paths, M extends Method = 'post'> =
  OperationOf<P, M> extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never;
