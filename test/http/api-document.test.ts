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
});
