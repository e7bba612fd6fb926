/**
 * A minimal GraphQL-over-HTTP client for the bench (fetch with keep-alive), and the introspected schema so the
 * bench can tell which operations the running server offers.
 */

export interface GraphQLResponse<T> {
  readonly data?: T;
  readonly errors?: readonly { readonly message: string }[];
}

/**
 * fetch that retries once when the connection failed before an answer (a keep-alive socket the server closed
 * while idle, which undici does not retry for POST). Other errors and every HTTP status are returned as is.
 */
export async function fetchRetrying(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return fetch(url, init);
  }
}

export class GraphQLClient {
  token: string | null = null;

  constructor(readonly baseUrl: string) {}

  headers(): Record<string, string> {
    return {
      'content-type': 'application/json',
      ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
    };
  }

  async request<T>(query: string, variables: object = {}): Promise<GraphQLResponse<T>> {
    const response = await fetchRetrying(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<T>;
    if (!response.ok && !body.errors) throw new Error(`HTTP ${response.status}`);
    return body;
  }

  /** The data of a successful response; throws with the first error message otherwise. */
  async data<T>(query: string, variables: object = {}): Promise<T> {
    const body = await this.request<T>(query, variables);
    if (body.errors?.length || body.data === undefined)
      throw new Error(body.errors?.[0]?.message ?? 'no data');
    return body.data;
  }
}

export interface TypeRef {
  readonly kind: string;
  readonly name: string | null;
  readonly ofType: TypeRef | null;
}

export interface InputValue {
  readonly name: string;
  readonly type: TypeRef;
  readonly defaultValue: string | null;
}

export interface FieldInfo {
  readonly name: string;
  readonly args: readonly InputValue[];
  readonly type: TypeRef;
}

export interface TypeInfo {
  readonly kind: string;
  readonly name: string;
  readonly fields: readonly FieldInfo[] | null;
  readonly inputFields: readonly InputValue[] | null;
  readonly enumValues: readonly { readonly name: string }[] | null;
}

const TYPE_REF =
  'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{ __schema {
  queryType { name } mutationType { name }
  types { kind name enumValues { name }
    fields { name type { ${TYPE_REF} } args { name defaultValue type { ${TYPE_REF} } } }
    inputFields { name defaultValue type { ${TYPE_REF} } } } } }`;

interface IntrospectionData {
  readonly __schema: {
    readonly queryType: { readonly name: string };
    readonly mutationType: { readonly name: string } | null;
    readonly types: readonly TypeInfo[];
  };
}

/** Innermost named type of a wrapped (NON_NULL / LIST) type reference. */
export function namedType(ref: TypeRef): TypeRef {
  return ref.ofType ? namedType(ref.ofType) : ref;
}

export class SchemaInfo {
  private constructor(
    private readonly types: ReadonlyMap<string, TypeInfo>,
    private readonly queryName: string,
    private readonly mutationName: string | null,
  ) {}

  static async load(client: GraphQLClient): Promise<SchemaInfo> {
    const { __schema: schema } = await client.data<IntrospectionData>(INTROSPECTION);
    return new SchemaInfo(
      new Map(schema.types.map((t) => [t.name, t])),
      schema.queryType.name,
      schema.mutationType?.name ?? null,
    );
  }

  type(name: string | null): TypeInfo | undefined {
    return name === null ? undefined : this.types.get(name);
  }

  queryFields(): readonly FieldInfo[] {
    return this.type(this.queryName)?.fields ?? [];
  }

  mutationFields(): readonly FieldInfo[] {
    return this.mutationName === null ? [] : (this.type(this.mutationName)?.fields ?? []);
  }

  queryField(name: string): FieldInfo | undefined {
    return this.queryFields().find((f) => f.name === name);
  }

  mutationField(name: string): FieldInfo | undefined {
    return this.mutationFields().find((f) => f.name === name);
  }
}
