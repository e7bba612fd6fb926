/** Direct GraphQL calls for the browser tests: set-up (accounts) and changes "by someone else". */
export async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
  }
  return body.data;
}

export async function login(url: string, email: string, password: string): Promise<string> {
  const data = await graphql<{ login: { token: string } }>(
    url,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: password },
  );
  return data.login.token;
}

export async function createAccount(
  url: string,
  adminToken: string,
  input: { email: string; password: string; role: string; displayName: string },
): Promise<void> {
  await graphql(
    url,
    'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
    { i: input },
    adminToken,
  );
}

/** Renames a node as another coordinator would, based on its current version. */
export async function renameNode(
  url: string,
  token: string,
  id: string,
  name: string,
): Promise<void> {
  const { node } = await graphql<{ node: { version: number } }>(
    url,
    'query($id: ID!) { node(id: $id) { version } }',
    { id },
    token,
  );
  await graphql(
    url,
    'mutation($id: ID!, $p: JSONObject!, $v: Int!) { updateNode(id: $id, properties: $p, expectedVersion: $v) { id } }',
    { id, p: { name }, v: node.version },
    token,
  );
}
