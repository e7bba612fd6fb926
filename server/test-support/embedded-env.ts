/**
 * Setup file of the embedded tier: its tests run on the embedded store even when NEO4J_URI is set in the shell;
 * the Neo4j tier (vitest.neo4j.config.ts) is where Neo4j is tested.
 */
delete process.env.NEO4J_URI;
