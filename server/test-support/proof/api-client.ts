/**
 * A small HTTP client for the proof tests: raw status and body text (leak checks search the raw text), the
 * parsed JSON when there is one, and a Bearer token when given. Works against the in-process server and the
 * child-process server alike.
 */
export interface RawResponse {
  readonly status: number;
  readonly text: string;
  readonly contentType: string;
}

export interface GqlError {
  readonly message: string;
  readonly extensions?: Record<string, unknown>;
}

export interface GqlBody<T = unknown> {
  readonly data?: T | null;
  readonly errors?: readonly GqlError[];
}

export class ApiClient {
  constructor(
    readonly url: string,
    private token: string | null = null,
  ) {}

  as(token: string | null): ApiClient {
    return new ApiClient(this.url, token);
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...extra };
  }

  async raw(path: string, init: RequestInit = {}): Promise<RawResponse> {
    const response = await fetch(`${this.url}${path}`, {
      ...init,
      headers: { ...this.headers(), ...(init.headers as Record<string, string> | undefined) },
    });
    return {
      status: response.status,
      text: await response.text(),
      contentType: response.headers.get('content-type') ?? '',
    };
  }

  /** POST /graphql with a body given as text (so tests can send exactly the bytes they want). */
  postGraphQL(body: string): Promise<RawResponse> {
    return this.raw('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
  }

  async gqlRaw(query: string, variables: Record<string, unknown> = {}): Promise<RawResponse> {
    return this.postGraphQL(JSON.stringify({ query, variables }));
  }

  async gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<GqlBody<T>> {
    const response = await this.gqlRaw(query, variables);
    return JSON.parse(response.text) as GqlBody<T>;
  }

  /** Signs in; throws with the server's answer when that fails. */
  async login(email: string, password: string): Promise<string> {
    const body = await this.gql<{ login: { token: string } }>(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password },
    );
    if (!body.data?.login) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
    return body.data.login.token;
  }

  importCsv(
    kind: string,
    csv: string | Uint8Array,
    mode: 'dry-run' | 'apply',
  ): Promise<RawResponse> {
    return this.raw(`/api/import/${encodeURIComponent(kind)}?mode=${mode}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: csv,
    });
  }
}

/** Signs of internals in a response body: stack frames, source paths, Node error names. */
export const INTERNALS =
  /\n\s+at \S|\bat [\w.<>]+ \(|\/(?:src|node_modules)\/|\.ts:\d+|\bfile:\/\/|stacktrace|(?:Type|Reference|Range)Error\b/;

export function errorCodes(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  // GraphQL and the HTTP routes answer errors in one shape: { errors: [{ message, extensions: { code } }] }.
  const { errors } = body as { errors?: unknown };
  if (!Array.isArray(errors)) return [];
  return (errors as GqlError[]).map((entry) => String(entry.extensions?.code));
}
