import type { FastifyInstance } from 'fastify';
import { type FieldError, Problem } from './problem.js';

/**
 * Text a database cannot keep as sent is refused at the edge, once for every route:
 * PostgreSQL rejects a NUL character and invalid UTF-8 (a 500 if it got that far), and
 * SQLite silently stores U+FFFD in place of bytes that are not UTF-8 or a lone surrogate.
 * A JSON body must be UTF-8 (RFC 8259 §8.1) and may not hold U+0000 or an unpaired
 * surrogate (escaped `\ud800` parses to one) in any string or property name; the query
 * string and path parameters are held to the same rule. The answer is 400
 * `validation_failed` naming the field, before any route runs, so nothing is written.
 */
export function addUnicodeInputChecks(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, raw, done) => {
    const bytes = raw as Buffer;
    let text: string;
    let validUtf8 = true;
    try {
      text = strictUtf8.decode(bytes);
    } catch {
      // Parsed anyway, with U+FFFD for the bad bytes, only to name the field that held them.
      validUtf8 = false;
      text = bytes.toString('utf8');
    }
    parseJson(request, text, (error, body) => {
      if (error) return done(error, undefined);
      const fault = validUtf8
        ? firstInvalidText(body, '')
        : (firstReplacedText(body, '') ?? { pointer: '', message: 'is not valid UTF-8' });
      if (fault) return done(invalidText('', fault), undefined);
      done(null, body);
    });
  });
  app.addHook('preValidation', async (request) => {
    for (const [where, value] of [
      ['querystring', request.query],
      ['params', request.params],
    ] as const) {
      const fault = firstInvalidText(value, '');
      if (fault) throw invalidText(where, fault);
    }
  });
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A text body (a CSV import) held to the same rule: UTF-8 without a NUL character, else
 * 400 `validation_failed` on the body (`/`) naming the line at fault.
 */
export function textBodyOrThrow(bytes: Buffer): string {
  let text: string;
  let fault: { at: number; message: string } | undefined;
  try {
    text = strictUtf8.decode(bytes);
    const nul = text.indexOf('\u0000');
    if (nul >= 0) fault = { at: nul, message: 'contains a NUL character' };
  } catch {
    text = bytes.toString('utf8');
    fault = { at: Math.max(text.indexOf('\ufffd'), 0), message: 'is not valid UTF-8' };
  }
  if (!fault) return text;
  const line = text.slice(0, fault.at).split('\n').length;
  const message = `line ${line} ${fault.message}`;
  throw new Problem('validation_failed', `the body: ${message}`, [
    { field: '/', code: 'invalid_text', message },
  ]);
}

/** U+0000, or a surrogate not part of a pair. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding U+0000 is the point
const forbiddenCharacter = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

interface TextFault {
  /** JSON pointer of the string, or of the object whose property name is at fault. */
  pointer: string;
  message: string;
}

function firstInvalidText(value: unknown, pointer: string): TextFault | undefined {
  return firstText(value, pointer, (text) => {
    const found = forbiddenCharacter.exec(text);
    if (!found) return undefined;
    return found[0] === '\u0000' ? 'contains a NUL character' : 'contains an unpaired UTF-16 surrogate';
  });
}

function firstReplacedText(value: unknown, pointer: string): TextFault | undefined {
  return firstText(value, pointer, (text) => (text.includes('\ufffd') ? 'is not valid UTF-8' : undefined));
}

/** Walks a parsed JSON value depth first; the first string `check` objects to wins. */
function firstText(
  value: unknown,
  pointer: string,
  check: (text: string) => string | undefined,
): TextFault | undefined {
  if (typeof value === 'string') {
    const message = check(value);
    return message === undefined ? undefined : { pointer, message };
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [String(index), item])
    : Object.entries(value);
  for (const [name, item] of entries) {
    if (!Array.isArray(value)) {
      const message = check(name);
      if (message !== undefined) return { pointer, message: `has a property name that ${message}` };
    }
    const fault = firstText(item, `${pointer}/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`, check);
    if (fault) return fault;
  }
  return undefined;
}

/** The problem for a bad string: `where` is '' for the body, else the parameter's part. */
function invalidText(where: string, fault: TextFault): Problem {
  const message = fault.message;
  const field =
    where === ''
      ? fault.pointer || '/'
      : `${where}${fault.pointer === '' ? '' : fault.pointer.replace('/', '.')}`;
  const error: FieldError = { field, code: 'invalid_text', message };
  return new Problem('validation_failed', `${field} ${message}`, [error]);
}
