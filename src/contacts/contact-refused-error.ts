import type { ContactRefusal } from './contact.js';

/**
 * A refused contact action as an error, for callers that let refusals travel up: the
 * HTTP layer turns it into a problem in one place (src/http/domain-problems.ts).
 */
export class ContactRefusedError extends Error {
  constructor(readonly refusal: ContactRefusal) {
    super(refusal.message);
    this.name = 'ContactRefusedError';
  }
}

/** The outcome of an accepted action; a refusal is thrown as `ContactRefusedError`. */
export function acceptedOrThrow<Accepted extends { ok: true }>(outcome: Accepted | ContactRefusal): Accepted {
  if (!outcome.ok) throw new ContactRefusedError(outcome);
  return outcome;
}
