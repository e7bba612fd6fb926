/**
 * The store's orchestration (state reads, checks, batching, count verification, paging, levels) against a
 * scripted transaction: which statements run with which parameters, without a server.
 */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { isStoreError } from '../errors.js';
import { distanceKm } from '../shared/geo.js';
import type { Change } from '../port.js';
import type { Params } from './params.js';
import { search, stats, withinRadius } from './reads.js';
import { personNode, scriptedTx } from '../../../test-support/store/neo4j-scripted-tx.js';
import type { Row } from '../../../test-support/store/neo4j-scripted-tx.js';
import { subgraph } from './traversal.js';
import { upsert } from './upsert.js';
import { applyChanges } from './writes.js';

const rowsOf = (params: Params): Row[] => params.rows as Row[];

describe('applyChanges', () => {
  const changes: Change[] = [
    {
      op: 'createNode',
      label: 'Person',
      id: 'p1',
      properties: { name: 'A', visibility: 'public' },
    },
    {
      op: 'createNode',
      label: 'Person',
      id: 'p2',
      properties: { name: 'B', visibility: 'public' },
    },
    { op: 'createRelationship', type: 'KNOWS', id: 'k1', from: 'p1', to: 'p2', properties: {} },
    { op: 'updateNode', id: 'p1', properties: { description: 'x' } },
    { op: 'updateNode', id: 'p1', properties: { description: null } },
  ];

  it('locks and reads state, batches consecutive changes, never one id twice per batch', async () => {
    const tx = scriptedTx((statement, params) => {
      if (statement.name === 'lockNodes' || statement.name.startsWith('lockRelationships'))
        return [];
      if (statement.name === 'getNodes')
        return (params.ids as string[]).map((id) => ({ n: personNode(id) }));
      if (statement.name.startsWith('getRelationships')) return [];
      return [{ count: rowsOf(params).length }];
    });
    const result = await applyChanges(tx, changes);
    expect(tx.calls.map((c) => c.name)).toEqual([
      'lockNodes',
      'lockRelationships:KNOWS',
      'createNodes:Person',
      'createRelationships:KNOWS',
      'updateNodes',
      'updateNodes',
      'getNodes',
      'getRelationships:KNOWS',
    ]);
    expect(rowsOf(tx.calls[2]?.params ?? {}).map((r) => r.id)).toEqual(['p1', 'p2']);
    expect(tx.calls[0]?.params.ids).toEqual(['p1', 'p2']);
    expect(result.nodes.map((n) => n.id)).toEqual(['p1', 'p2']);
    // null survives to the statement, where SET += removes the property.
    expect(rowsOf(tx.calls[5]?.params ?? {})[0]).toMatchObject({
      props: { description: null },
      expected: null,
    });
  });

  it('rejects a duplicate id found in the state before writing anything', async () => {
    const tx = scriptedTx((statement) =>
      statement.name === 'lockNodes'
        ? [{ id: 'p1', labels: ['Entity', 'Person'], version: 1 }]
        : [],
    );
    await expect(applyChanges(tx, changes)).rejects.toSatisfy((e) =>
      isStoreError(e, 'DUPLICATE_ID'),
    );
    expect(tx.calls.some((c) => c.name.startsWith('create'))).toBe(false);
  });

  it('fails with CONFLICT (rolling back) when a statement touches fewer rows than sent', async () => {
    const tx = scriptedTx((statement) => {
      if (statement.name === 'lockNodes')
        return [{ id: 'p1', labels: ['Entity', 'Person'], version: 4 }];
      return [{ count: 0 }];
    });
    const update: Change[] = [
      { op: 'updateNode', id: 'p1', properties: { name: 'X' }, expectedVersion: 4 },
    ];
    await expect(applyChanges(tx, update)).rejects.toSatisfy((e) => isStoreError(e, 'CONFLICT'));
    const params = tx.calls[1]?.params ?? {};
    expect(neo4j.isInt(rowsOf(params)[0]?.expected)).toBe(true);
  });

  it('reports relationships removed by DETACH DELETE and explicit deletes in change order', async () => {
    const tx = scriptedTx((statement, params) => {
      if (statement.name === 'lockNodes')
        return [{ id: 'p1', labels: ['Entity', 'Person'], version: 1 }];
      if (statement.name.startsWith('lockRelationships')) {
        return [{ id: 'k9', from: 'p3', to: 'p4', version: 1 }];
      }
      if (statement.name === 'deleteNodes')
        return [{ id: 'p1', detached: [{ type: 'KNOWS', id: 'k1' }] }];
      if (statement.name.startsWith('get')) return [];
      if (statement.name === 'createAuditEntry') return [];
      return [{ count: rowsOf(params).length }];
    });
    const result = await applyChanges(
      tx,
      [
        { op: 'deleteRelationship', type: 'KNOWS', id: 'k9' },
        { op: 'deleteNode', id: 'p1' },
      ],
      { actorId: 'acc-1', action: 'person.erase' },
    );
    expect(result.deletedNodeIds).toEqual(['p1']);
    expect(result.deletedRelationshipIds).toEqual(['k9', 'k1']);
    expect(result.nodes).toEqual([]);
    // One audit entry in the same transaction, naming the cascaded relationship.
    const audits = tx.calls.filter((call) => call.name === 'createAuditEntry');
    expect(audits).toHaveLength(1);
    const audit = audits[0];
    const entry = audit?.params.entry as Record<string, unknown>;
    expect(entry).toMatchObject({ actorId: 'acc-1', action: 'person.erase', note: null });
    expect(entry.entityIds).toEqual(['k9', 'k1', 'p1']);
    expect(JSON.parse(String(entry.items))).toEqual([
      { op: 'delete', kind: 'KNOWS', id: 'k9', properties: [] },
      { op: 'delete', kind: 'KNOWS', id: 'k1', properties: [] },
      { op: 'delete', kind: 'Person', id: 'p1', properties: [] },
    ]);
  });
});

describe('upsert', () => {
  it('creates what is new, merges what exists, and counts both per label and type', async () => {
    const tx = scriptedTx((statement, params) => {
      if (statement.name === 'nodeState')
        return [{ id: 'p1', labels: ['Entity', 'Person'], version: 2 }];
      if (statement.name.startsWith('relationshipState')) return [];
      if (statement.name.startsWith('create')) return [{ count: rowsOf(params).length }];
      return [{ count: rowsOf(params).length, created: 0, mismatched: 0 }];
    });
    const result = await upsert(tx, {
      nodes: [
        { label: 'Person', id: 'p1', properties: { name: 'A', visibility: 'public' } },
        { label: 'Person', id: 'p2', properties: { name: 'B', visibility: 'public' } },
      ],
      relationships: [{ type: 'KNOWS', id: 'k1', from: 'p1', to: 'p2', properties: {} }],
    });
    expect(result).toEqual({
      nodesCreated: 1,
      nodesUpdated: 1,
      relationshipsCreated: 1,
      relationshipsUpdated: 0,
    });
    expect(tx.calls.map((c) => [c.name, (rowsOf(c.params) ?? []).map((row) => row.id)])).toEqual([
      ['nodeState', []],
      ['relationshipState:KNOWS', []],
      ['createNodes:Person', ['p2']],
      ['upsertNodes:Person', ['p1']],
      ['createRelationships:KNOWS', ['k1']],
    ]);
  });

  it('rejects a label change with VALIDATION', async () => {
    const tx = scriptedTx((statement) =>
      statement.name === 'nodeState'
        ? [{ id: 'p1', labels: ['Entity', 'Institution'], version: 1 }]
        : [],
    );
    const batch = {
      nodes: [
        { label: 'Person' as const, id: 'p1', properties: { name: 'A', visibility: 'public' } },
      ],
      relationships: [],
    };
    await expect(upsert(tx, batch)).rejects.toSatisfy((e) => isStoreError(e, 'VALIDATION'));
  });
});

describe('search', () => {
  it('uses the full-text statement with a Lucene query and pages with one extra row', async () => {
    const tx = scriptedTx(() => [1, 2, 3].map((i) => ({ n: personNode(`p${i}`), score: 1.5 })));
    const page = await search(tx, { text: 'Görlitz', first: 2, filter: { labels: ['Person'] } });
    expect(tx.calls[0]?.name).toBe('searchText');
    expect(tx.calls[0]?.params).toMatchObject({
      index: 'entity_text',
      query: '+gorlitz*',
      labels: ['Person'],
    });
    expect(Number(tx.calls[0]?.params.limit)).toBe(3);
    expect(page.hits.map((h) => h.node.id)).toEqual(['p1', 'p2']);
    expect(page.hasNextPage).toBe(true);
    const next = scriptedTx(() => []);
    await search(next, { text: '', first: 2, after: page.endCursor ?? undefined });
    expect(next.calls[0]?.name).toBe('searchAll');
    expect(Number(next.calls[0]?.params.offset)).toBe(2);
  });
});

describe('withinRadius, subgraph and stats', () => {
  it('asks a millimetre wider, then cuts, measures and orders with shared/geo.ts', async () => {
    const at = (id: string, latitude: number) =>
      new neo4j.types.Node(neo4j.int(0), ['Entity', 'Person'], {
        ...personNode(id).properties,
        location: new neo4j.types.Point(neo4j.int(4326), 14, latitude),
      });
    // Neo4j's order and metres are ignored: c lies outside 2.5 km by shared/geo.ts, b is nearer than a.
    const tx = scriptedTx(() => [
      { n: at('a', 51.02), meters: 1 },
      { n: at('c', 51.03), meters: 2 },
      { n: at('b', 51.01), meters: 3 },
    ]);
    const center = { latitude: 51, longitude: 14 };
    const hits = await withinRadius(tx, { center, radiusKm: 2.5, limit: 10 });
    expect(tx.calls[0]?.params).toMatchObject({ latitude: 51, longitude: 14, meters: 2500.001 });
    expect(hits.map((hit) => hit.node.id)).toEqual(['b', 'a']);
    expect(hits[0]?.distanceKm).toBe(distanceKm(center, { latitude: 51.01, longitude: 14 }));
  });

  it('takes limit + 1 core nodes, then relationships among them and attached neighbours', async () => {
    const tx = scriptedTx((statement) => {
      if (statement.name === 'subgraphCore:regionId') {
        return ['a', 'b', 'c'].map((id) => ({ n: personNode(id) }));
      }
      return [];
    });
    const graph = await subgraph(tx, {
      scope: { regionId: 'reg-1' },
      attachLabels: ['Topic'],
      limit: 2,
    });
    expect(graph.truncated).toBe(true);
    expect(graph.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(tx.calls.map((c) => c.name)).toEqual([
      'getNodes',
      'subgraphCore:regionId',
      'relationshipsAmong',
      'subgraphAttached',
    ]);
    expect(tx.calls[0]?.params).toEqual({ ids: ['reg-1'] });
    expect(graph.scopeNode).toBeNull();
    expect(tx.calls[1]?.params.labels).toEqual(['Person', 'Institution']);
    expect(tx.calls[3]?.params).toMatchObject({ ids: ['a', 'b'], attachLabels: ['Topic'] });
  });

  it('attaches more relationships than the call stack has room for arguments', async () => {
    const attached = 200_000;
    const topic = new neo4j.types.Node(neo4j.int(1), ['Entity', 'Topic'], {
      ...personNode('top-x').properties,
      key: 'x',
    });
    const tx = scriptedTx((statement) => {
      if (statement.name === 'subgraphCore:regionId') return [{ n: personNode('a') }];
      if (statement.name !== 'subgraphAttached') return [];
      return Array.from({ length: attached }, (_, i) => ({
        r: new neo4j.types.Relationship(neo4j.int(i), neo4j.int(0), neo4j.int(1), 'WORKS_ON', {
          id: `w${i}`,
          version: 1,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        }),
        from: 'a',
        to: 'top-x',
        n: topic,
      }));
    });
    const graph = await subgraph(tx, {
      scope: { regionId: 'reg-1' },
      attachLabels: ['Topic'],
      limit: 10,
    });
    expect(graph.relationships).toHaveLength(attached);
  });

  it('counts every label and type, zeros included', async () => {
    const tx = scriptedTx((statement) =>
      statement.name === 'countPersonsByVisibility'
        ? [
            { visibility: 'public', count: 2 },
            { visibility: 'members', count: 1 },
          ]
        : [{ count: statement.name === 'countNodes:Person' ? 3 : 0 }],
    );
    const result = await stats(tx);
    expect(result.nodes.Person).toBe(3);
    expect(result.personsByVisibility).toEqual({ public: 2, members: 1, coordinators: 0 });
    expect(Object.keys(result.nodes)).toHaveLength(8);
    expect(Object.values(result.relationships).every((n) => n === 0)).toBe(true);
  });
});
