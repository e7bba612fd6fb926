/**
 * The Apollo client: one cache for the whole app. Type policies say how to identify objects whose `id` alone
 * is not unique and how search pages are merged when more are loaded.
 */
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
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
