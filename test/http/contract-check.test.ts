import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAgainstContract } from '../support/contract-check.js';

/** The shared hook must catch what it exists for, or every HTTP test's check is hollow. */
describe('the contract check every HTTP test runs', () => {
  let server: Server;
  let url: string;
  const document = {
    openapi: '3.1.0',
    paths: {
      '/v1/things/{id}': {
        get: {
          responses: {
            200: {
              description: 'A thing',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { id: { type: 'string' }, count: { type: 'integer' } },
                    required: ['id', 'count'],
                    additionalProperties: false,
                  },
                },
              },
            },
            404: {
              description: 'Problem',
              content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
            },
          },
        },
        delete: { responses: { 204: { description: 'Deleted' } } },
      },
      '/v1/legacy': { get: { responses: { 200: { description: 'Default Response' } } } },
    },
    components: {
      schemas: { Problem: { type: 'object', properties: { code: { type: 'string' } }, required: ['code'] } },
    },
  };
  beforeAll(async () => {
    server = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(document));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const answer = (overrides: Partial<Parameters<typeof checkAgainstContract>[1]>) =>
    checkAgainstContract(url, {
      method: 'GET',
      path: '/v1/things/t1',
      status: 200,
      contentType: 'application/json; charset=utf-8',
      text: '{"id":"t1","count":2}',
      body: { id: 't1', count: 2 },
      ...overrides,
    });

  it('accepts answers the document declares', async () => {
    await expect(answer({})).resolves.toBeUndefined();
    await expect(
      answer({
        status: 404,
        contentType: 'application/problem+json',
        body: { code: 'not_found' },
        text: '{}',
      }),
    ).resolves.toBeUndefined();
    await expect(
      answer({ method: 'DELETE', status: 204, contentType: null, text: '', body: undefined }),
    ).resolves.toBeUndefined();
  });

  it('refuses a status, a media type or a body the document does not declare', async () => {
    await expect(answer({ status: 500 })).rejects.toThrow(/status not in the API document/);
    await expect(answer({ status: 404, body: { code: 'not_found' } })).rejects.toThrow(
      /media type application\/json/,
    );
    await expect(answer({ body: { id: 't1', count: 'two' } })).rejects.toThrow(
      /outside the document's schema/,
    );
    await expect(answer({ body: { id: 't1', count: 2, extra: true } })).rejects.toThrow(/outside/);
    await expect(
      answer({ method: 'DELETE', status: 204, contentType: null, text: 'x', body: 'x' }),
    ).rejects.toThrow(/declares no body/);
  });

  it('skips operations still on the generator’s default response', async () => {
    await expect(answer({ path: '/v1/legacy', status: 500 })).resolves.toBeUndefined();
  });
});
