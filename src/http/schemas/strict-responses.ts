import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import { ProblemSchema } from './problem-schema.js';

/**
 * Checks what a handler returns against its declared response schema before it is
 * serialized. Serialization keeps only declared properties, so a field a handler returns
 * but the schema lacks would silently vanish from the answer: with this check (on in the
 * tests, `TALLY_STRICT_RESPONSES=true`) it fails the request loudly instead.
 */
export function addStrictResponseChecks(app: FastifyInstance): void {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...ProblemSchema, $id: 'Problem' });
  const compiled = new WeakMap<object, ValidateFunction>();

  app.addHook('preSerialization', async (request, reply, payload) => {
    const responses = request.routeOptions.schema?.response as Record<string, unknown> | undefined;
    if (!responses || payload === null || typeof payload !== 'object' || Buffer.isBuffer(payload))
      return payload;
    const declared = (responses[String(reply.statusCode)] ?? responses.default) as
      | { content?: Record<string, { schema: object }> }
      | undefined;
    if (!declared)
      throw new Error(`${request.method} ${request.url}: status ${reply.statusCode} is not declared`);
    const mediaType = String(reply.getHeader('content-type') ?? 'application/json').split(';')[0] ?? '';
    const schema = declared.content ? declared.content[mediaType]?.schema : declared;
    if (!schema) throw new Error(`${request.method} ${request.url}: ${mediaType} is not declared`);
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(schema);
      compiled.set(schema, validate);
    }
    if (!validate(payload)) {
      throw new Error(
        `${request.method} ${request.url} → ${reply.statusCode}: answer outside its schema: ${ajv.errorsText(validate.errors)}`,
      );
    }
    return payload;
  });
}
