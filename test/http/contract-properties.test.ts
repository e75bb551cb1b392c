import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type Harness, operatorKey, startHarness, type TestAccount } from '../support/http-harness.js';
import { invalidValueOf, validValueOf } from '../support/schema-arbitrary.js';

type Schema = Record<string, unknown>;

interface Operation {
  method: string;
  template: string;
  operationId: string;
  parameters: { name: string; in: string; required?: boolean; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

/** Requests per operation and engine: enough to meet each kind of fault, bounded in time. */
const runsPerOperation = 12;

/**
 * Every operation of the served document, called with random valid and invalid inputs
 * and each kind of key: no answer is a 5xx, and every answer is one the document declares
 * (checked by the shared contract hook in `requestAt`, which throws otherwise).
 */
describe.each(engines)('every operation of the document, fed random input, on %s', (engine) => {
  let api: Harness;
  let account: TestAccount;
  let document: Schema;
  let operations: Operation[];
  beforeAll(async () => {
    api = await startHarness(engine);
    account = await api.createAccount();
    document = (await api.request('GET', '/v1/openapi.json')).body;
    operations = Object.entries(document.paths as Record<string, Record<string, Schema>>).flatMap(
      ([template, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({
          method: method.toUpperCase(),
          template,
          operationId: String(operation.operationId ?? `${method} ${template}`),
          parameters: (operation.parameters ?? []) as Operation['parameters'],
          ...(operation.requestBody
            ? { requestBody: operation.requestBody as Operation['requestBody'] }
            : {}),
        })),
    );
  });
  afterAll(() => api.dispose());

  it('answers no 5xx and nothing outside the document', async () => {
    expect(operations.length).toBeGreaterThan(50);
    const statuses = new Map<string, Set<number>>();
    for (const operation of operations) {
      await fc.assert(
        fc.asyncProperty(requestOf(operation), async (request) => {
          const response = await api.request(operation.method, request.path, {
            ...(request.key === undefined ? {} : { key: request.key }),
            ...(request.body === undefined ? {} : { body: request.body }),
            headers: request.headers,
          });
          if (response.status >= 500) {
            throw new Error(
              `${operation.operationId} ${request.path} → ${response.status}: ${response.text}`,
            );
          }
          const seen = statuses.get(operation.operationId) ?? new Set();
          seen.add(response.status);
          statuses.set(operation.operationId, seen);
        }),
        { numRuns: runsPerOperation, seed: 20261130, endOnFailure: true },
      );
    }
    expect(statuses.size).toBe(operations.length);
  });

  function requestOf(operation: Operation) {
    const keys = fc.constantFrom<string | undefined>(account.apiKey, account.apiKey, operatorKey, undefined);
    const valid = fc.boolean();
    return fc.tuple(keys, valid).chain(([key, wantsValid]) => {
      const inputOf = (schema: Schema) =>
        wantsValid ? validValueOf(schema, document) : invalidValueOf(schema, document);
      const pathValues = fc.record(
        Object.fromEntries(
          operation.parameters
            .filter((parameter) => parameter.in === 'path')
            .map((parameter) => [
              parameter.name,
              fc.oneof(inputOf(parameter.schema), fc.constant(account.id)),
            ]),
        ),
      );
      const queryValues = fc.record(
        Object.fromEntries(
          operation.parameters
            .filter((parameter) => parameter.in === 'query')
            .map((parameter) => [parameter.name, inputOf(parameter.schema)]),
        ),
        { requiredKeys: [] },
      );
      const json = operation.requestBody?.content['application/json']?.schema;
      const text = operation.requestBody?.content['text/csv'];
      const body: fc.Arbitrary<unknown> = json
        ? inputOf(json)
        : text
          ? fc.string({ maxLength: 200 }).map((csv) => `name,email\n${csv}`)
          : fc.constant(undefined);
      return fc.record({ pathValues, queryValues, body }).map(({ pathValues, queryValues, body }) => {
        const path = operation.template.replace(/\{([^}]+)\}/g, (_, name: string) =>
          percentEncoded(String(pathValues[name] ?? '')),
        );
        const query = Object.entries(queryValues)
          .map(
            ([name, value]) =>
              `${name}=${percentEncoded(typeof value === 'string' ? value : JSON.stringify(value))}`,
          )
          .join('&');
        return {
          key,
          path: query ? `${path}?${query}` : path,
          body,
          headers: (text ? { 'content-type': 'text/csv' } : {}) as Record<string, string>,
        };
      });
    });
  }
});

/**
 * Percent-encodes text for a URL, lone surrogates included: they go out as the bytes a
 * careless encoder would write (WTF-8), which is invalid UTF-8 the server must refuse.
 */
function percentEncoded(text: string): string {
  if (!/\p{Cs}/u.test(text)) return encodeURIComponent(text);
  return [...text]
    .map((char) => {
      const unit = char.charCodeAt(0);
      if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
        const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)];
        return bytes.map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
      }
      return encodeURIComponent(char);
    })
    .join('');
}
