/**
 * Marks a GraphQL query as heavy work: `@UseMiddleware(HeavyRequest)` next to `@Query` on every analysis.
 * The request is admitted by the server's HeavyGate (or refused at once with SERVER_BUSY or
 * TOO_MANY_HEAVY_REQUESTS and `retryAfterSeconds`) before its resolver runs.
 */
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context.js';

export const HeavyRequest: MiddlewareFn<Context> = ({ context }, next) =>
  context.services.analyses.heavy.admit(next);
