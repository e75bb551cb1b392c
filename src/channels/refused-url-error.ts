import { privateUrlProblem } from './private-address.js';

/** A URL Tally will not call, with the request field it came from and why. */
export class RefusedUrlError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field} ${reason}`);
    this.name = 'RefusedUrlError';
  }
}

/** Refuses a URL that reaches loopback, a private network or a link-local address. */
export async function publicUrlOrThrow(field: string, url: string): Promise<void> {
  const reason = await privateUrlProblem(url);
  if (reason) throw new RefusedUrlError(field, reason);
}
