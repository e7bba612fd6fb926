/** Setup file of the Neo4j tier: every test file of it sees the tier's database as NEO4J_URI. */
import { inject } from 'vitest';

process.env.NEO4J_URI = inject('neo4jUri');
process.env.NEO4J_PASSWORD = inject('neo4jPassword');
process.env.NEO4J_USER ??= 'neo4j';
