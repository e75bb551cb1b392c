import { type TSchema, Type } from 'typebox';
import { type ProblemCode, statusOf } from '../problem.js';
import { problemMediaType } from './problem-schema.js';

/** A response whose body is not JSON (CSV, PDF, XML), declared by media type. */
export interface MediaResponse {
  description: string;
  content: Record<string, { schema: TSchema | Record<string, unknown> }>;
}

/** A success response with a JSON body and a description for the document. */
export function json<T extends TSchema>(description: string, schema: T): T {
  return { ...schema, description } as T;
}

/** A success response with no body (204): the document then declares no content. */
export function noContent(description: string) {
  return Type.Null({ description });
}

/** A success response in another media type: the body is text or bytes. */
export function media(description: string, types: Record<string, 'text' | 'binary'>): MediaResponse {
  return {
    description,
    content: Object.fromEntries(
      Object.entries(types).map(([type, kind]) => [
        type,
        { schema: kind === 'text' ? { type: 'string' } : { type: 'string', contentMediaType: type } },
      ]),
    ),
  };
}

const codesOfProblemResponse = new WeakMap<object, readonly ProblemCode[]>();

/** The Problem answer for a status, naming the codes it can carry. */
export function problemResponse(codes: readonly ProblemCode[]): MediaResponse {
  const response = {
    description: `Problem: ${codes.map((code) => `\`${code}\``).join(', ')}`,
    content: { [problemMediaType]: { schema: { $ref: 'Problem#' } } },
  };
  codesOfProblemResponse.set(response, codes);
  return response;
}

/** The codes a declared response carries (none for a success response). */
export function problemCodesOf(response: unknown): readonly ProblemCode[] {
  return typeof response === 'object' && response !== null
    ? (codesOfProblemResponse.get(response) ?? [])
    : [];
}

/**
 * The error statuses a route answers beyond the ones every route shares (those are added
 * by `declareSharedProblems`): e.g. `problems('not_found', 'e_invoice_incomplete')`.
 */
export function problems(...codes: ProblemCode[]): Record<number, MediaResponse> {
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of codes) {
    const status = statusOf(code);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries([...byStatus].map(([status, list]) => [status, problemResponse(list)]));
}
