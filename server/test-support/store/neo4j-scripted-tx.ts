/**
 * A scripted transaction for the Neo4j store's orchestration tests (orchestration.test.ts, traversal.test.ts):
 * records which statements run with which parameters and answers from a script, without a server.
 */
import neo4j from 'neo4j-driver';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { expect } from 'vitest';
import type { Statement } from '../../src/store/neo4j/cypher/names.js';
import type { Tx } from '../../src/store/neo4j/driver.js';
import type { Params } from '../../src/store/neo4j/params.js';

export type Row = Record<string, unknown>;
export type Script = (statement: Statement, params: Params) => Row[];

function record(row: Row): Neo4jRecord {
  return new neo4j.Record(Object.keys(row), Object.values(row));
}

export function scriptedTx(script: Script): Tx & { calls: { name: string; params: Params }[] } {
  const calls: { name: string; params: Params }[] = [];
  return {
    calls,
    async run(statement, params = {}) {
      // Every $parameter of the statement must be passed (Neo4j fails on a missing one).
      const used = [...statement.cypher.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1] ?? '');
      expect(used.filter((name) => !(name in params))).toEqual([]);
      calls.push({ name: statement.name, params });
      return script(statement, params).map(record);
    },
  };
}

const stamp = { version: 1, createdAt: 't0', updatedAt: 't0' };
export function personNode(id: string) {
  return new neo4j.types.Node(neo4j.int(0), ['Entity', 'Person'], {
    id,
    ...stamp,
    name: id,
    visibility: 'public',
  });
}
