/**
 * For tests outside the server package (the store parity test in seed): the introspection-driven query builder
 * and the raw HTTP client of the proof tests.
 */
export { ApiClient } from '../src/proof/api-client.js';
export { INTROSPECTION, queryFor } from '../src/proof/visibility-queries.js';
export type { IntrospectedField, IntrospectedType } from '../src/proof/visibility-queries.js';
