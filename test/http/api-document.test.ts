import SwaggerParser from '@apidevtools/swagger-parser';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/http-harness.js';

/** The served document, judged by tools nobody here wrote. */
describe('the OpenAPI document', () => {
  let api: Harness;
  let document: Record<string, unknown>;
  beforeAll(async () => {
    api = await startHarness('sqlite');
    document = (await api.request('GET', '/v1/openapi.json')).body;
  });
  afterAll(() => api.dispose());

  it('is OpenAPI 3.1 that swagger-parser validates', async () => {
    expect(document.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it('passes Redocly lint (recommended rules) with no errors', async () => {
    const results = await lintFromString({
      source: JSON.stringify(document),
      absoluteRef: 'openapi.json',
      config: await createConfig({ extends: ['recommended'] }),
    });
    const errors = results.filter((problem) => problem.severity === 'error');
    expect(
      errors.map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`),
    ).toEqual([]);
  });

  it('declares every operation: an id, tags, a success body or none, and problem+json for errors', () => {
    const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>;
    const ids = new Set<string>();
    const faults: string[] = [];
    for (const [path, methods] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const where = `${method.toUpperCase()} ${path}`;
        const id = operation.operationId as string | undefined;
        if (!id) faults.push(`${where}: no operationId`);
        else if (ids.has(id)) faults.push(`${where}: operationId ${id} used twice`);
        else ids.add(id);
        if (!Array.isArray(operation.tags) || operation.tags.length === 0) faults.push(`${where}: no tags`);
        const responses = operation.responses as Record<string, { description?: string; content?: object }>;
        const statuses = Object.keys(responses);
        if (!statuses.some((status) => status.startsWith('2'))) faults.push(`${where}: no success status`);
        for (const [status, response] of Object.entries(responses)) {
          if (response.description === 'Default Response') faults.push(`${where} ${status}: undeclared`);
          const media = Object.keys(response.content ?? {});
          if (/^[45]/.test(status) && !media.includes('application/problem+json')) {
            faults.push(`${where} ${status}: not problem+json`);
          }
        }
      }
    }
    expect(faults).toEqual([]);
    expect(ids.size).toBeGreaterThanOrEqual(70);
  });
});
