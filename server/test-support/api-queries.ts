/**
 * For tests outside the server package (the store parity test in seed): the introspection-driven query builder
 * and the raw HTTP client of the proof tests.
 */
export { ApiClient } from './proof/api-client.js';
export { INTROSPECTION, queryFor } from './proof/visibility-queries.js';
export type { IntrospectedField, IntrospectedType } from './proof/visibility-queries.js';
