import fc from 'fast-check';

type Schema = Record<string, unknown>;

/** Instants kept within a few years of the test clock, so no request asks for centuries of months. */
const instants = fc
  .date({ min: new Date('2025-06-01T00:00:00Z'), max: new Date('2027-06-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z'));

/**
 * Values for a JSON Schema of the served document (the subset its schemas use): what a
 * well-behaved client would send. Resolves `$ref`s against the document's components.
 */
export function validValueOf(schema: Schema, document: Schema, depth = 0): fc.Arbitrary<unknown> {
  if (typeof schema.$ref === 'string') return validValueOf(resolve(schema.$ref, document), document, depth);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alternatives)
    return fc.oneof(...alternatives.map((option) => validValueOf(option, document, depth + 1)));
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => validValueOf({ ...schema, type }, document, depth + 1)));
  }
  switch (schema.type) {
    case 'string':
      return stringOf(schema);
    case 'integer':
      return fc.integer({ min: numberOr(schema.minimum, -1_000), max: numberOr(schema.maximum, 100_000) });
    case 'number':
      return fc.integer({ min: numberOr(schema.minimum, -1_000), max: numberOr(schema.maximum, 100_000) });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (depth > 4) return fc.constant([]);
      const items = (schema.items as Schema | undefined) ?? {};
      return fc.array(validValueOf(items, document, depth + 1), {
        minLength: numberOr(schema.minItems, 0),
        maxLength: Math.min(numberOr(schema.maxItems, 4), Math.max(numberOr(schema.minItems, 0), 4)),
      });
    }
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      if (depth > 4 || Object.keys(properties).length === 0) return fc.constant({});
      const record = Object.fromEntries(
        Object.entries(properties).map(([name, property]) => [
          name,
          validValueOf(property, document, depth + 1),
        ]),
      );
      return fc.record(record, { requiredKeys: (schema.required as string[] | undefined) ?? [] });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/**
 * What a careless or hostile client sends instead: a valid value with one property
 * replaced by anything, an unknown property, the wrong type altogether, or text with
 * NUL characters and lone surrogates.
 */
export function invalidValueOf(schema: Schema, document: Schema): fc.Arbitrary<unknown> {
  const valid = validValueOf(schema, document);
  const hostileText = fc.string({ unit: 'binary', maxLength: 20 }).map((text) => `${text}\u0000\ud800`);
  return fc.oneof(
    fc
      .tuple(valid, fc.string({ maxLength: 12 }), fc.anything({ maxDepth: 2 }))
      .map(([value, key, junk]) =>
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? replaceOne(value as Record<string, unknown>, key, junk)
          : junk,
      ),
    fc.anything({ maxDepth: 2 }),
    hostileText,
  );
}

function replaceOne(
  value: Record<string, unknown>,
  extraKey: string,
  junk: unknown,
): Record<string, unknown> {
  const keys = Object.keys(value);
  if (keys.length === 0) return { [extraKey || 'unexpected']: junk };
  const victim = keys[extraKey.length % keys.length] as string;
  return { ...value, [victim]: junk };
}

function stringOf(schema: Schema): fc.Arbitrary<string> {
  const minLength = numberOr(schema.minLength, 0);
  const maxLength = Math.min(numberOr(schema.maxLength, 40), 200);
  if (schema.format === 'date-time') return instants;
  if (schema.format === 'date') return instants.map((instant) => instant.slice(0, 10));
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.format === 'uri') return fc.webUrl();
  if (typeof schema.pattern === 'string') {
    return fc
      .stringMatching(new RegExp(schema.pattern, 'u'))
      .filter((text) => text.length >= minLength && text.length <= maxLength);
  }
  return fc.string({ unit: 'grapheme', minLength, maxLength });
}

function resolve(reference: string, document: Schema): Schema {
  const path = reference.replace(/^#\//, '').split('/');
  let node: unknown = document;
  for (const part of path) node = (node as Record<string, unknown>)[part];
  if (!node) throw new Error(`cannot resolve ${reference}`);
  return node as Schema;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}
