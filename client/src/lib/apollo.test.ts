import { gql } from '@apollo/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApolloClient, session } from './apollo';

const ME = gql`
  query Me {
    me {
      id
    }
  }
`;

function answer(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/graphql-response+json' },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe('Apollo session links', () => {
  it('sends the token from sessionStorage as a Bearer header', async () => {
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) =>
      answer(200, { data: { me: null } }),
    );
    vi.stubGlobal('fetch', fetch);
    session.set('token-1');
    expect(sessionStorage.getItem('nzr.session')).toBe('token-1');
    expect(localStorage.getItem('nzr.session')).toBeNull();
    await createApolloClient('http://localhost/graphql').query({ query: ME });
    const init = fetch.mock.calls[0]?.[1];
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer token-1');
  });

  it('drops an expired token on UNAUTHENTICATED and says why', async () => {
    vi.stubGlobal('fetch', async () =>
      answer(401, { errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    const reasons: string[] = [];
    const stop = session.subscribe((reason) => reasons.push(reason));
    session.set('old-token');
    await expect(
      createApolloClient('http://localhost/graphql').query({ query: ME }),
    ).rejects.toThrow();
    stop();
    expect(session.token()).toBeNull();
    expect(reasons).toEqual(['login', 'expired']);
  });
});
