/**
 * The Apollo client: one cache for the whole app. Type policies say how to identify objects whose `id` alone
 * is not unique and how search pages are merged when more are loaded.
 *
 * Sessions: the token of a signed-in account lives in sessionStorage (see `session`), an auth link sends it as
 * `Authorization: Bearer`, and an error link drops it when the API answers UNAUTHENTICATED (expired or revoked
 * token), so the next request runs anonymously and the app can say "Sitzung abgelaufen".
 */
import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
} from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { relayStylePagination } from '@apollo/client/utilities';

const TOKEN_KEY = 'nzr.session';
type Listener = (reason: 'login' | 'logout' | 'expired') => void;
const listeners = new Set<Listener>();
/** Why the last session ended, until read: the header may mount after the first request failed. */
let ended: 'logout' | 'expired' | null = null;

/**
 * The session token. sessionStorage, not localStorage: the token ends with the browser tab (a shared office
 * computer does not stay signed in), it is not shared between tabs, and it is never sent automatically like a
 * cookie (no CSRF). Script injection could still read it; the API's short token lifetime limits that.
 */
export const session = {
  token(): string | null {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(TOKEN_KEY);
  },
  set(token: string): void {
    sessionStorage.setItem(TOKEN_KEY, token);
    ended = null;
    for (const listener of listeners) listener('login');
  },
  clear(reason: 'logout' | 'expired' = 'logout'): void {
    if (typeof sessionStorage !== 'undefined') sessionStorage.removeItem(TOKEN_KEY);
    ended = reason;
    for (const listener of listeners) listener(reason);
  },
  /** Why the last session ended (shown once), or null. */
  takeEnded(): 'logout' | 'expired' | null {
    const reason = ended;
    ended = null;
    return reason;
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Headers for plain fetch/XHR calls (import, export). */
  headers(): Record<string, string> {
    const token = session.token();
    return token ? { Authorization: `Bearer ${token}` } : {};
  },
};

/** Whether an error from the API means "your token is no longer valid". */
export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  }
  return ServerError.is(error) && error.statusCode === 401;
}

function authLinks(): ApolloLink {
  const auth = new SetContextLink((previous) => {
    const token = session.token();
    return token ? { headers: { ...previous.headers, Authorization: `Bearer ${token}` } } : {};
  });
  const expired = new ErrorLink(({ error, operation }) => {
    const sent = Boolean(operation.getContext().headers?.Authorization);
    if (sent && operation.operationName !== 'Login' && isUnauthenticated(error)) {
      session.clear('expired');
    }
  });
  return ApolloLink.from([expired, auth]);
}

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([authLinks(), new HttpLink({ uri })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Relationship ids are unique per relationship type only.
        GraphEdge: { keyFields: ['type', 'id'] },
        Query: {
          fields: {
            // Pages of one search (same text and filter) are appended into one list for "load more".
            search: relayStylePagination(['text', 'filter']),
          },
        },
      },
    }),
  });
}
