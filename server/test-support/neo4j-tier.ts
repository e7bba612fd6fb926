/**
 * Whether `npm test` runs the Neo4j tier (vitest.neo4j.config.ts): against NEO4J_URI when it is set, else against
 * the Neo4j test server when Java 17+ and Maven are present. Otherwise one line says why it was skipped, and
 * with NZR_REQUIRE_NEO4J=1 (set by .ci/run) a skipped tier is an error, so CI can never pass without Neo4j.
 */
import { neo4jTestServerAvailability } from './neo4j-test-server.js';

export const NEO4J_TIER_PROJECT = 'vitest.neo4j.config.ts';

export function neo4jTierProjects(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.NEO4J_URI) return [NEO4J_TIER_PROJECT];
  const availability = neo4jTestServerAvailability();
  if (availability.ok) return [NEO4J_TIER_PROJECT];
  const line = `Neo4j tier: skipped (${availability.reason})`;
  if (env.NZR_REQUIRE_NEO4J === '1') {
    throw new Error(`${line}, but NZR_REQUIRE_NEO4J=1 requires it`);
  }
  console.log(line);
  return [];
}
