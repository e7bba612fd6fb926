/**
 * Possible duplicates and their merge through the real server (the Neo4j tier runs this file on Neo4j too):
 * the pair is found, the merge moves every relationship (also a hidden person's) in one transaction with one
 * audit entry, and bad or stale merges change nothing.
 */
import 'reflect-metadata';
import { regionId } from '@nzr/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { place } from '../../../test-support/fixture-builder.js';
import { startTestApi } from '../../../test-support/api/test-server.js';
import type { TestApi } from '../../../test-support/api/test-server.js';
import { tinyNetwork } from '../../../test-support/api/tiny-network.js';

const GOERLITZ = regionId('14626');
const ZITTAU = regionId('14626610');
const fixture = tinyNetwork()
  .region('14626610', 'Zittau', 'municipality', { location: place(50.896, 14.807) })
  .rel('PART_OF', ZITTAU, GOERLITZ)
  .institution('ins-bund-a', 'civil_society', { name: 'BUND Ortsgruppe Zittau', region: ZITTAU })
  .institution('ins-bund-b', 'civil_society', {
    name: 'BUND-Ortsgruppe Zittau e.V.',
    region: ZITTAU,
    props: { url: 'https://bund-zittau.de', description: 'Naturschutz im Zittauer Gebirge.' },
  })
  .worksOn('ins-bund-a', ['energy_climate'])
  .worksOn('ins-bund-b', ['energy_climate'])
  .coop('ins-bund-a', 'ins-kirche-zittau')
  .coop('ins-bund-b', 'ins-energietisch')
  .coop('ins-bund-b', 'ins-bund-a')
  .rel('MEMBER_OF', 'per-carla', 'ins-bund-b', { role: 'Kassenwartin' })
  .batch();

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ fixture });
});
afterAll(() => api.close());

const DUPLICATES = `query ($regionId: ID, $nodeId: ID) {
  possibleDuplicates(regionId: $regionId, nodeId: $nodeId) {
    pairs { a { id version } b { id version } similarity sameName sameMunicipality sharedContact } more truncated
  }
}`;
const MERGE = `mutation ($input: MergeNodesInput!) {
  mergeNodes(input: $input) { node { id version properties } removedId movedRelationships skippedRelationships takenProperties }
}`;
const AROUND = `query ($id: ID!) { neighbourhood(ids: [$id], depth: 1) { nodes { id } edges { type source target } } }`;
const AUDIT = `query ($id: ID) { auditLog(entityId: $id) { entries { action actorId note entityIds items { op kind id } } } }`;

async function as<T>(role: 'coordinator' | 'admin' | 'member' | null, query: string, vars = {}) {
  return api.gql<T>(query, vars, role ? await api.tokenFor(role) : null);
}
const codeOf = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined) =>
  errors?.[0]?.extensions?.['code'];

interface Pairs {
  possibleDuplicates: { pairs: { a: { id: string }; b: { id: string }; sameName: boolean }[] };
}

describe('possibleDuplicates', () => {
  it('finds the pair in the district and for either entry', async () => {
    const byRegion = await as<Pairs>('coordinator', DUPLICATES, { regionId: GOERLITZ });
    expect(byRegion.errors).toBeUndefined();
    expect(byRegion.data?.possibleDuplicates.pairs).toEqual([
      expect.objectContaining({
        a: { id: 'ins-bund-a', version: 1 },
        b: { id: 'ins-bund-b', version: 1 },
        similarity: 1,
        sameName: true,
        sameMunicipality: true,
        sharedContact: null,
      }),
    ]);
    const byNode = await as<Pairs>('coordinator', DUPLICATES, { nodeId: 'ins-bund-b' });
    expect(byNode.data?.possibleDuplicates.pairs.map((p) => p.a.id)).toEqual(['ins-bund-a']);
    const none = await as<Pairs>('coordinator', DUPLICATES, { nodeId: 'ins-gruene-liga' });
    expect(none.data?.possibleDuplicates.pairs).toEqual([]);
  });

  it('is for coordinators only, and checks its arguments', async () => {
    expect(codeOf((await as(null, DUPLICATES, { regionId: GOERLITZ })).errors)).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf((await as('member', DUPLICATES, { regionId: GOERLITZ })).errors)).toBe(
      'FORBIDDEN',
    );
    expect(codeOf((await as('coordinator', DUPLICATES, {})).errors)).toBe('BAD_USER_INPUT');
    expect(codeOf((await as('coordinator', DUPLICATES, { nodeId: 'ins-nope' })).errors)).toBe(
      'NOT_FOUND',
    );
  });
});

describe('mergeNodes', () => {
  const input = { keepId: 'ins-bund-a', keepVersion: 1, removeId: 'ins-bund-b', removeVersion: 1 };

  it('refuses bad, foreign and stale merges and changes nothing', async () => {
    const cases: [Record<string, unknown>, string, 'coordinator' | 'member' | null][] = [
      [{ ...input, removeId: 'ins-bund-a' }, 'BAD_USER_INPUT', 'coordinator'],
      [{ ...input, removeId: 'per-anna' }, 'BAD_USER_INPUT', 'coordinator'],
      [{ ...input, takeProperties: ['sector', 'nonsense'] }, 'BAD_USER_INPUT', 'coordinator'],
      [{ ...input, removeId: 'ins-nope' }, 'NOT_FOUND', 'coordinator'],
      [{ ...input, removeVersion: 2 }, 'CONFLICT', 'coordinator'],
      [input, 'FORBIDDEN', 'member'],
      [input, 'UNAUTHENTICATED', null],
    ];
    for (const [variables, code, role] of cases) {
      const { errors } = await as(role, MERGE, { input: variables });
      expect(codeOf(errors), JSON.stringify(variables)).toBe(code);
    }
    const after = await as<Pairs>('coordinator', DUPLICATES, { regionId: GOERLITZ });
    expect(after.data?.possibleDuplicates.pairs).toHaveLength(1);
  });

  it('moves the relationships, takes missing properties, deletes the other, audits once', async () => {
    type Merged = {
      mergeNodes: {
        node: { id: string; version: number; properties: Record<string, unknown> };
        removedId: string;
        movedRelationships: number;
        skippedRelationships: number;
        takenProperties: string[];
      };
    };
    const { data, errors } = await as<Merged>('coordinator', MERGE, {
      input: { ...input, takeProperties: ['name'] },
    });
    expect(errors).toBeUndefined();
    // Moved: the cooperation with the Energietisch and Carla's membership; skipped: LOCATED_IN and WORKS_ON
    // (the kept entry has them) and the cooperation between the two.
    expect(data?.mergeNodes).toMatchObject({
      removedId: 'ins-bund-b',
      movedRelationships: 2,
      skippedRelationships: 3,
      takenProperties: ['description', 'name', 'url'],
      node: {
        id: 'ins-bund-a',
        version: 2,
        properties: expect.objectContaining({
          name: 'BUND-Ortsgruppe Zittau e.V.',
          url: 'https://bund-zittau.de',
        }),
      },
    });
    type Around = {
      neighbourhood: {
        nodes: { id: string }[];
        edges: { type: string; source: string; target: string }[];
      };
    };
    const kept = await as<Around>('coordinator', AROUND, { id: 'ins-bund-a' });
    const partners = kept.data?.neighbourhood.edges
      .map((e) => `${e.type} ${e.source === 'ins-bund-a' ? e.target : e.source}`)
      .sort();
    expect(partners).toEqual([
      'COOPERATES_WITH ins-energietisch',
      'COOPERATES_WITH ins-kirche-zittau',
      'LOCATED_IN reg-14626610',
      'MEMBER_OF per-carla',
      'WORKS_ON top-energy_climate',
    ]);
    const gone = await as<{ node: unknown }>(
      'coordinator',
      `query { node(id: "ins-bund-b") { id } }`,
    );
    expect(gone.data?.node).toBeNull();
    type Audit = {
      auditLog: { entries: { action: string; actorId: string; entityIds: string[] }[] };
    };
    const audit = await as<Audit>('admin', AUDIT, { id: 'ins-bund-b' });
    expect(audit.data?.auditLog.entries).toHaveLength(1);
    expect(audit.data?.auditLog.entries[0]).toMatchObject({
      action: 'node.merge',
      note: 'ins-bund-b → ins-bund-a',
      actorId: api.accountIds.coordinator,
      entityIds: expect.arrayContaining(['ins-bund-a', 'ins-bund-b']),
    });
    const after = await as<Pairs>('coordinator', DUPLICATES, { regionId: GOERLITZ });
    expect(after.data?.possibleDuplicates.pairs).toEqual([]);
  });
});
