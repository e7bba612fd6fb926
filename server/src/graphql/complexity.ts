/**
 * Rejects operations whose estimated cost exceeds MAX_QUERY_COMPLEXITY before they run (the depth limit alone
 * does not stop a wide query: hundreds of aliases, or big pages of nested lists). Each field costs 1; fields
 * that return pages declare their own cost in `complexity` (e.g. child cost × page size), see `pagedCost`.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getVariableValues } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { API_ERRORS } from '../api-errors.js';

export const MAX_QUERY_COMPLEXITY = 1000;
/**
 * Lexical tokens a document may have (graphql-js stops parsing beyond). Validation walks the whole document
 * before any limit above applies, so its work must be bounded by the document's size first: 3,600 operations,
 * 46,000 directives or 45,000 aliases in one document (under the 1 MB body limit) each held the event loop for
 * seconds while graphql-js validated them (hostile-query corpus, issue 14). The largest query of the client
 * has a few hundred tokens; 10,000 `__typename` aliases have 30,000.
 */
export const MAX_QUERY_TOKENS = 50_000;
/** As many variable errors as graphql-js reports during execution (its default in `execute`). */
const MAX_VARIABLE_ERRORS = 50;

/**
 * Cost of a field returning a list of up to `args[name]` items (or `fallback` when not given), priced per
 * `per` items. Sizes above `max` are clamped: the service rejects them anyway, with a clearer BAD_USER_INPUT.
 */
export function pagedCost(name: string, fallback: number, { max = 100, per = 1 } = {}) {
  return ({ args, childComplexity }: ComplexityEstimatorArgs): number => {
    const value: unknown = args[name];
    const size = Array.isArray(value) ? value.length : typeof value === 'number' ? value : fallback;
    const units = Math.ceil(Math.min(Math.max(1, size), max) / per);
    return 1 + units * Math.max(1, childComplexity);
  };
}

/** Fixed cost for fields that do heavy work in the store (traversals, region counts). */
export function fixedCost(cost: number) {
  return ({ childComplexity }: ComplexityEstimatorArgs): number => cost + childComplexity;
}

function tooComplex(message: string, extensions: Record<string, number>): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'QUERY_TOO_COMPLEX',
      ...extensions,
      http: { status: API_ERRORS.QUERY_TOO_COMPLEX.status },
    },
  });
}

export function complexityLimit<T extends object>(
  schema: GraphQLSchema,
  max: number = MAX_QUERY_COMPLEXITY,
): ApolloServerPlugin<T> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document, operation }) {
          // Bad variables: execution reports them and stops after 50. The estimator would coerce every value
          // and build an error for each: a 400 KB list of bad items blocked the event loop for seconds.
          // (`operation` is missing at run time when the document names no single operation.)
          const { errors } = getVariableValues(
            schema,
            (operation as typeof operation | undefined)?.variableDefinitions ?? [],
            request.variables ?? {},
            { maxErrors: MAX_VARIABLE_ERRORS },
          );
          if (errors) return Promise.resolve();
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables were checked above, so the estimate failed on the query itself, e.g. more than
            // 10,000 fields ("exceeds the maximum allowed number of nodes"). Fail closed: a query whose cost
            // cannot be estimated is never run (10,001 aliases let 40 state-wide analyses through).
            throw tooComplex(
              'The query is too large to estimate its cost. Ask for fewer fields or fewer aliases.',
              {},
            );
          }
          if (complexity > max) {
            throw tooComplex(
              `The query is too complex (cost ${complexity}, the maximum is ${max}). ` +
                'Ask for fewer fields, fewer aliases or smaller pages.',
              { complexity, maxComplexity: max },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
