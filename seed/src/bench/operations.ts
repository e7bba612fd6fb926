/**
 * The key read operations over HTTP against the in-process server: search (words and prefixes), node,
 * 1- and 2-hop neighbourhoods of random actors, and — when the running schema has them — the analytics
 * queries (allies nearby, gap table, link suggestions, clusters, brokers), built from the introspected schema.
 */
import type { Dataset } from './datasets.js';
import { districtNear } from './graph-meta.js';
import type { BenchServer } from './server.js';
import { GOALS } from './goals.js';
import type { Goal } from './goals.js';
import { buildQuery } from './query-builder.js';
import {
  NEIGHBOURHOOD,
  NEIGHBOURHOOD_LIMIT,
  NODE,
  TWO_HOP_SMALL_LIMIT,
  SEARCH,
  SEARCH_PREFIXES,
  SEARCH_WORDS,
} from './queries.js';
import type { NeighbourhoodData } from './queries.js';
import type { Row } from './results.js';
import { measure } from './stats.js';
import type { MeasureOptions } from './stats.js';

export interface OperationSettings {
  readonly reads: MeasureOptions;
  readonly analytics: MeasureOptions;
}

interface Scope {
  readonly actorId: string;
  readonly institutionId: string;
  readonly districtId: string;
  readonly stateId: string;
}

/** HTTP analytics operations: a pattern for the query field name, the arguments chosen, the goal. */
const ANALYTICS: readonly {
  name: string;
  pattern: RegExp;
  args: (s: Scope) => Record<string, unknown>;
  district: boolean;
  goal?: Goal;
}[] = [
  {
    name: 'allies nearby (actor, 20 km, state-wide data)',
    pattern: /^allies/i,
    args: (s) => ({ actorId: s.actorId, radiusKm: 20 }),
    district: false,
    goal: GOALS.allies,
  },
  {
    name: 'gap table (district)',
    pattern: /^gap/i,
    args: (s) => ({ regionId: s.districtId }),
    district: true,
    goal: GOALS.gapTable,
  },
  {
    name: 'link suggestions (district)',
    pattern: /suggest/i,
    args: (s) => ({ regionId: s.districtId, limit: 20 }),
    district: true,
    goal: GOALS.suggestions,
  },
  {
    name: 'link suggestions (one institution)',
    pattern: /suggest/i,
    args: (s) => ({ regionId: s.districtId, actorId: s.institutionId, limit: 20 }),
    district: true,
  },
  {
    name: 'clusters (district)',
    pattern: /cluster/i,
    args: (s) => ({ regionId: s.districtId }),
    district: true,
  },
  {
    name: 'clusters (state)',
    pattern: /cluster/i,
    args: (s) => ({ regionId: s.stateId }),
    district: false,
  },
  {
    name: 'brokers (district)',
    pattern: /broker/i,
    args: (s) => ({ regionId: s.districtId }),
    district: true,
    goal: GOALS.brokers,
  },
];

export async function runOperations(
  dataset: Dataset,
  bench: BenchServer,
  settings: OperationSettings,
  notes: string[],
): Promise<Row[]> {
  const { client } = bench;
  const actors = dataset.meta.sampleActorIds;
  const actor = (i: number): string => actors[i % actors.length] ?? '';
  const rows: Row[] = [];
  const base = { store: dataset.kind, actors: dataset.actors, group: 'http' as const };
  const errors = { count: 0, first: '' };
  const checked = async (query: string, variables: object): Promise<unknown> => {
    const body = await client.request(query, variables);
    if (body.errors?.length) {
      errors.count++;
      errors.first ||= body.errors[0]?.message ?? '';
    }
    return body.data;
  };
  const run = async (
    operation: string,
    fn: (i: number) => Promise<unknown>,
    options: MeasureOptions,
    goal?: Goal,
  ): Promise<void> => {
    errors.count = 0;
    errors.first = '';
    const m = await measure(fn, options);
    const note =
      errors.count > 0 ? `${errors.count} GraphQL errors, e.g. "${errors.first}"` : undefined;
    rows.push({ ...base, operation, m, ...(goal ? { goal } : {}), ...(note ? { note } : {}) });
  };

  await run(
    'search: whole words',
    (i) => checked(SEARCH, { text: SEARCH_WORDS[i % SEARCH_WORDS.length], first: 20 }),
    settings.reads,
  );
  await run(
    'search: prefixes',
    (i) => checked(SEARCH, { text: SEARCH_PREFIXES[i % SEARCH_PREFIXES.length], first: 20 }),
    settings.reads,
  );
  await run('node by id', (i) => checked(NODE, { id: actor(i) }), settings.reads);
  // The API default limit (500 nodes, about 1,000 elements at 2 hops) and a 2-hop map of about 500 elements
  // (nodes + edges), the size the 2-hop goal is stated for.
  const variants = [
    { depth: 1, limit: NEIGHBOURHOOD_LIMIT, goal: GOALS.oneHop },
    { depth: 2, limit: NEIGHBOURHOOD_LIMIT, goal: undefined },
    { depth: 2, limit: TWO_HOP_SMALL_LIMIT, goal: GOALS.twoHop },
  ];
  for (const { depth, limit, goal } of variants) {
    let elements = 0;
    let calls = 0;
    await run(
      `neighbourhood ${depth}-hop (limit ${limit} nodes)`,
      async (i) => {
        const data = (await checked(NEIGHBOURHOOD, {
          ids: [actor(i)],
          depth,
          limit,
        })) as NeighbourhoodData | undefined;
        elements +=
          (data?.neighbourhood.nodes.length ?? 0) + (data?.neighbourhood.edges.length ?? 0);
        calls++;
      },
      settings.reads,
      goal,
    );
    const last = rows.at(-1);
    if (last)
      rows[rows.length - 1] = {
        ...last,
        note: `${last.note ?? ''} mean ${Math.round(elements / calls)} elements (nodes+edges)`.trim(),
      };
  }

  const district = districtNear(dataset.meta, 10_000);
  const institutions = district.sampleInstitutionIds;
  const fields = bench.schema.queryFields();
  for (const op of ANALYTICS) {
    const field = fields.find((f) => op.pattern.test(f.name));
    if (!field) {
      notes.push(
        `HTTP ${op.name}: skipped, the running schema has no query matching ${String(op.pattern)}.`,
      );
      continue;
    }
    const scope = (i: number): Scope => ({
      actorId: actor(i),
      institutionId: institutions[i % institutions.length] ?? '',
      districtId: district.id,
      stateId: dataset.meta.stateId,
    });
    const built = (i: number) =>
      buildQuery(bench.schema, field, op.args(scope(i)), {
        actorId: actor(i),
        regionId: op.district ? district.id : dataset.meta.stateId,
        topicId: dataset.meta.sampleTopicIds[i % dataset.meta.sampleTopicIds.length] ?? '',
        location: { latitude: 51.05, longitude: 13.74 },
      });
    const first = built(0);
    if ('skip' in first) {
      notes.push(`HTTP ${op.name}: skipped, ${first.skip}.`);
      continue;
    }
    const where = op.district ? `${district.name}, ${district.actors} actors` : 'state';
    await run(
      `${op.name}: ${field.name}`,
      (i) => {
        const q = built(i);
        return 'skip' in q ? Promise.resolve() : checked(q.query, q.variables);
      },
      settings.analytics,
      op.goal,
    );
    const last = rows.at(-1);
    if (last)
      rows[rows.length - 1] = { ...last, note: `${where}${last.note ? `; ${last.note}` : ''}` };
  }
  return rows;
}
