import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { Type } from 'typebox';

const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      pattern: '^[\\x21-\\x7E]{1,255}$',
      description:
        'Makes the POST safe to retry: the same key with the same request answers the first answer again (secrets excepted), with another request 422',
    }),
  ),
});

/**
 * The OpenAPI 3.1 document's frame; the operations come from the routes' schemas, the
 * one place the server validates requests and serializes answers against.
 */
export const apiDocument: FastifyDynamicSwaggerOptions = {
  openapi: {
    openapi: '3.1.0',
    info: {
      title: 'Tally API',
      version: '1.0.0',
      description:
        'Usage billing for active contacts. Every error is `application/problem+json` with a stable `code`; ' +
        'every POST accepts an `Idempotency-Key` header.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Tally' },
    },
    servers: [{ url: '/', description: 'The Tally instance serving this document' }],
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'An account API key (`tly_…`), or the operator key for operator routes',
        },
      },
    },
    security: [{ bearer: [] }],
    tags: [
      { name: 'accounts', description: 'Accounts, opened by the operator' },
      { name: 'api keys', description: 'An account’s API keys' },
      { name: 'activities', description: 'Recording what makes contacts active' },
      { name: 'usage', description: 'Active contacts, forecast and history' },
      { name: 'subscription', description: 'Plans, add-ons and plan changes' },
      { name: 'invoices', description: 'Invoices, credit notes, payments and e-invoices' },
      { name: 'billing', description: 'Billing details and month close' },
      { name: 'contacts', description: 'The contacts workspace' },
      { name: 'board', description: 'Board columns (contact statuses)' },
      { name: 'properties', description: 'Contact property definitions' },
      { name: 'messages', description: 'E-mail and WhatsApp messages' },
      { name: 'funnels', description: 'Public lead capture' },
      { name: 'imports', description: 'CSV imports' },
      { name: 'notifications', description: 'Threshold notices' },
      { name: 'webhooks', description: 'Webhook endpoints and deliveries' },
      { name: 'admin', description: 'Test-clock routes, only on a server with a manual clock' },
      { name: 'operations', description: 'Probes and metrics for the operator’s infrastructure' },
    ],
  },
  transform: ({ schema, url, route }) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const keyed = (route.config?.access ?? 'public') !== 'public';
    if (!keyed || !methods.includes('POST') || !schema) return { schema, url };
    // Checked by the idempotency layer itself (src/http/idempotency.ts), declared here so
    // that clients see it; validating it twice would answer with two shapes of error.
    // A route's own headers (Tally-Actor) are kept beside it.
    const own = schema.headers as { properties?: Record<string, unknown> } | undefined;
    const headers = own
      ? { ...own, properties: { ...own.properties, ...IdempotencyHeaders.properties } }
      : IdempotencyHeaders;
    return { schema: { ...schema, headers }, url };
  },
  // Shared schemas keep their $id as their name in components.schemas.
  refResolver: {
    buildLocalReference: (json, _baseUri, _fragment, index) =>
      typeof json.$id === 'string' ? json.$id : `def-${index}`,
  },
};
