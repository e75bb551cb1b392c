import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * The shared test hook of the API contract: every answer an HTTP test receives is checked
 * against what the served OpenAPI document declares for its route, status and media type.
 * An undeclared status, media type or a body outside its schema fails the test that made
 * the call. Operations not yet declared (only the generator's "Default Response") are
 * skipped; the document test requires every operation to be declared.
 */

interface OperationContract {
  method: string;
  template: string;
  pattern: RegExp;
  declared: boolean;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

interface Contract {
  operations: OperationContract[];
  validator(schema: unknown): ValidateFunction;
}

const contracts = new Map<string, Promise<Contract>>();

export interface ObservedResponse {
  method: string;
  path: string;
  status: number;
  contentType: string | null;
  text: string;
  body: unknown;
}

/** Throws when the response is outside the contract of the server at `baseUrl`. */
export async function checkAgainstContract(baseUrl: string, response: ObservedResponse): Promise<void> {
  if (!response.path.startsWith('/v1/') || response.path.startsWith('/v1/docs')) return;
  if (response.path === '/v1/openapi.json') return;
  const contract = await contractOf(baseUrl);
  const path = response.path.split('?')[0] ?? response.path;
  const operation = contract.operations.find(
    (candidate) => candidate.method === response.method && candidate.pattern.test(path),
  );
  if (!operation?.declared) return;
  const where = `${response.method} ${operation.template} → ${response.status}`;
  const declared = operation.responses[String(response.status)] ?? operation.responses.default;
  if (!declared) {
    throw new Error(`${where}: status not in the API document (body: ${response.text.slice(0, 300)})`);
  }
  const content = declared.content;
  if (!content) {
    if (response.text.length > 0) throw new Error(`${where}: the document declares no body, got one`);
    return;
  }
  const mediaType = (response.contentType ?? '').split(';')[0]?.trim() ?? '';
  const media = content[mediaType];
  if (!media) {
    throw new Error(
      `${where}: media type ${mediaType || '(none)'} not declared (${Object.keys(content).join(', ')})`,
    );
  }
  if (!/json$/.test(mediaType) || media.schema === undefined) return;
  const validate = contract.validator(media.schema);
  if (!validate(response.body)) {
    throw new Error(
      `${where}: body outside the document's schema: ${JSON.stringify(validate.errors?.slice(0, 5))}\nbody: ${response.text.slice(0, 500)}`,
    );
  }
}

function contractOf(baseUrl: string): Promise<Contract> {
  let contract = contracts.get(baseUrl);
  if (!contract) {
    contract = loadContract(baseUrl);
    contracts.set(baseUrl, contract);
  }
  return contract;
}

async function loadContract(baseUrl: string): Promise<Contract> {
  const document = (await (await fetch(`${baseUrl}/v1/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { responses?: OperationContract['responses'] }>>;
    components?: unknown;
  };
  const operations: OperationContract[] = [];
  for (const [template, methods] of Object.entries(document.paths)) {
    const pattern = new RegExp(
      `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`,
    );
    for (const [method, operation] of Object.entries(methods)) {
      const responses = operation.responses ?? {};
      const declared = !(
        Object.keys(responses).length === 1 &&
        (responses['200'] as { description?: string } | undefined)?.description === 'Default Response'
      );
      operations.push({ method: method.toUpperCase(), template, pattern, declared, responses });
    }
  }
  // Static paths before templated ones, so /v1/usage/contacts never matches /v1/usage/{x}.
  operations.sort((a, b) => a.template.split('{').length - b.template.split('{').length);
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  const compiled = new Map<unknown, ValidateFunction>();
  return {
    operations,
    validator(schema) {
      let validate = compiled.get(schema);
      if (!validate) {
        validate = ajv.compile({ allOf: [schema], components: document.components });
        compiled.set(schema, validate);
      }
      return validate;
    },
  };
}
