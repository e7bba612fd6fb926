/**
 * `npm run neo4j:test-server`: a real Neo4j 5.26 for developers, in the foreground until Ctrl+C. Options:
 * `--port N` (default 7687), `--data-dir DIR` (kept; default: thrown away at exit).
 */
import { parseArgs } from 'node:util';
import {
  neo4jTestServerAvailability,
  startNeo4jTestServer,
  TEST_SERVER_PASSWORD,
} from './neo4j-test-server.js';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '7687' }, 'data-dir': { type: 'string' } },
});
const availability = neo4jTestServerAvailability();
if (!availability.ok) {
  console.error(`Neo4j test server: cannot start, ${availability.reason}`);
  process.exit(1);
}
console.log('Neo4j test server: starting (the first start downloads Neo4j from Maven Central) …');
const dataDir = values['data-dir'];
const server = await startNeo4jTestServer({
  port: Number(values.port),
  ...(dataDir ? { dataDir } : {}),
  heapMb: 4096,
  pageCacheMb: 1024,
});
console.log(
  `Neo4j ${server.version} (Community, GPLv3; a development tool) listens at ${server.uri}, auth off.`,
);
console.log(
  `Start the app on it:  NEO4J_URI=${server.uri} NEO4J_PASSWORD=${TEST_SERVER_PASSWORD} npm start`,
);
console.log(
  dataDir ? `Data kept in ${dataDir}.` : 'Data is thrown away when it stops. Ctrl+C stops it.',
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.stop().then(() => process.exit(0)));
}
