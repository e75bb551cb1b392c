/** One fault the API names in a problem body: `field` is a JSON pointer into the request (or the invoice). */
export interface ProblemFieldError {
  field: string;
  code: string;
  message: string;
}

/**
 * An API error: the problem body's `code`, message and field errors, or the HTTP status when
 * there is none. The field errors are kept so a form can show each one beside its input.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: ProblemFieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** A body sent as it is, e.g. a CSV file (`text/csv`), instead of JSON. */
  raw?: { contentType: string; text: string };
  accept?: string;
}

/**
 * The dashboard's only way to the server: the public API with the signed-in key. Every
 * change is made on behalf of a person, so it says so (`Tally-Actor: user`): the activity
 * log then tells a person's action from an integration's.
 */
export class ApiClient {
  constructor(readonly key: string) {}

  async json<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.send(path, options);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  async blob(path: string, accept: string): Promise<Blob> {
    return (await this.send(path, { accept })).blob();
  }

  /** Like `json`, but a 404 (an endpoint this server does not have yet) answers undefined. */
  async optional<T>(path: string): Promise<T | undefined> {
    try {
      return await this.json<T>(path);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  private async send(path: string, options: RequestOptions): Promise<Response> {
    const method = options.method ?? 'GET';
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.key}`,
      accept: options.accept ?? 'application/json',
    };
    if (method !== 'GET') headers['tally-actor'] = 'user';
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.raw) headers['content-type'] = options.raw.contentType;
    const body = options.raw
      ? options.raw.text
      : options.body === undefined
        ? undefined
        : JSON.stringify(options.body);
    let response: Response;
    try {
      response = await fetch(path, { method, headers, ...(body === undefined ? {} : { body }) });
    } catch {
      throw new ApiError(0, 'network', 'The server cannot be reached. Check your connection and try again.');
    }
    if (!response.ok) {
      let code = `http_${response.status}`;
      let message = `The server answered ${response.status}.`;
      let errors: ProblemFieldError[] = [];
      try {
        const problem = (await response.json()) as {
          code?: string;
          detail?: string;
          title?: string;
          errors?: unknown;
        };
        code = problem.code ?? code;
        message = problem.detail ?? problem.title ?? message;
        if (Array.isArray(problem.errors)) errors = problem.errors.filter(isFieldError);
      } catch {
        // Not a problem body: keep the status as the message.
      }
      throw new ApiError(response.status, code, message, errors);
    }
    return response;
  }
}

function isFieldError(value: unknown): value is ProblemFieldError {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.field === 'string' && typeof entry.message === 'string';
}
