/**
 * The pure analytics called directly on bounded snapshots, to separate compute time from HTTP and store time:
 * gap table, link suggestions and brokerage on a district of ~10k actors (at 100k), clusters on the whole
 * graph, allies nearby state-wide (the radius query and the scoring per asking actor, apart). Link-suggestion
 * quality has its own section (suggestion-quality.ts).
 * The district and whole-graph snapshots use the server's recipes (subgraphs.ts).
 */
import {
  alliesNearby,
  brokerage,
  buildSnapshot,
  gapTable,
  locationOf,
  suggestLinks,
  topicClusters,
} from '@nzr/server/analyses';
import type { Snapshot } from '@nzr/server/analyses';
import type { Dataset } from './datasets.js';
import { districtNear } from './graph-meta.js';
import { GOALS } from './goals.js';
import type { Goal } from './goals.js';
import type { Row } from './results.js';
import { measure, timeOnce } from './stats.js';
import { ALLIES, INSTITUTION_TIES, MAX_CORE, wholeGraph } from './subgraphs.js';
import type { Recipe } from './subgraphs.js';
import type { MeasureOptions } from './stats.js';

/** Sample actors asking for allies in the compute rows (more than the measured iterations). */
const ALLY_ASKERS = 64;

export async function runAnalytics(dataset: Dataset, options: MeasureOptions): Promise<Row[]> {
  const { store, meta } = dataset;
  const rows: Row[] = [];
  const base = { store: dataset.kind, actors: dataset.actors, group: 'compute' as const };
  const once = async <T>(
    operation: string,
    fn: () => T | Promise<T>,
    note: string,
    goal?: Goal,
  ): Promise<T> => {
    const t = await timeOnce(fn);
    const m = {
      n: 1,
      p50: t.ms,
      p95: t.ms,
      p99: t.ms,
      max: t.ms,
      mean: t.ms,
      total: t.ms,
      peakRssMb: t.peakRssMb,
      throughput: 1000 / t.ms,
    };
    rows.push({ ...base, operation, m, note, ...(goal ? { goal } : {}) });
    return t.value;
  };
  const snapshotOf = async (
    regionId: string | null,
    recipe: Recipe,
    what: string,
  ): Promise<Snapshot> => {
    const sub = await once(
      `store.subgraph: ${what}`,
      () =>
        regionId === null
          ? wholeGraph(store, meta, recipe)
          : store.subgraph({ scope: { regionId }, ...recipe, limit: MAX_CORE }),
      what,
    );
    return once(
      `buildSnapshot: ${what}`,
      () => buildSnapshot(sub),
      `${sub.nodes.length} nodes, ${sub.relationships.length} relationships`,
    );
  };
  const timed = async (
    operation: string,
    fn: (i: number) => unknown,
    note: string,
    goal?: Goal,
  ): Promise<void> => {
    const m = await measure((i) => Promise.resolve(fn(i)), options);
    rows.push({ ...base, operation, m, note, ...(goal ? { goal } : {}) });
  };

  const district = districtNear(meta, 10_000);
  const where = `${district.name} (${district.actors} actors)`;
  const regional = await snapshotOf(district.id, INSTITUTION_TIES, `district ${where}`);
  const note = `${regional.institutionIds.length} institutions, ${regional.activeCooperations.length} ties`;
  await timed('gapTable (district)', () => gapTable(regional), note, GOALS.gapTable);
  await timed(
    'suggestLinks (district, top 20)',
    () => suggestLinks(regional, { limit: 20 }),
    note,
    GOALS.suggestions,
  );
  await timed('brokerage (district)', () => brokerage(regional), note, GOALS.brokers);

  const state = await snapshotOf(null, INSTITUTION_TIES, 'whole graph, institutions');
  await once(
    'topicClusters (whole graph)',
    () => topicClusters(state),
    `${state.institutionIds.length} institutions, ${state.activeCooperations.length} cooperation ties`,
    { ...GOALS.clusters, atActors: 100_000 },
  );

  const social = await snapshotOf(null, ALLIES, 'whole graph, actors + ties');
  // Store and compute apart (the HTTP row holds the end-to-end goal): the radius queries of some sample
  // actors, then alliesNearby on their candidates, fetched beforehand.
  const askers = meta.sampleActorIds.slice(0, ALLY_ASKERS).flatMap((actorId) => {
    const center = locationOf(social, actorId);
    return center ? [{ actorId, center }] : [];
  });
  const nearby = (i: number) => {
    const asker = askers[i % askers.length];
    return asker
      ? store.withinRadius({
          center: asker.center,
          radiusKm: 30,
          limit: 500,
          filter: { labels: ['Person', 'Institution'] },
        })
      : Promise.resolve([]);
  };
  await timed(
    'withinRadius 30 km, 500 nearest (store, state-wide)',
    nearby,
    `${askers.length} sample actors`,
  );
  const candidates: { id: string; distanceKm: number }[][] = [];
  for (let i = 0; i < askers.length; i++)
    candidates.push((await nearby(i)).map((h) => ({ id: h.node.id, distanceKm: h.distanceKm })));
  await timed(
    'alliesNearby (state-wide snapshot, 500 candidates within 30 km)',
    (i) =>
      alliesNearby(social, {
        actorId: askers[i % askers.length]?.actorId ?? '',
        candidates: candidates[i % askers.length] ?? [],
      }),
    `${social.actorIds.length} actors in the snapshot; compute only`,
  );
  return rows;
}
