/**
 * The pure analytics called directly on bounded snapshots, to separate compute time from HTTP and store time:
 * gap table, link suggestions and brokerage on a district of ~10k actors (at 100k), clusters on the whole
 * graph, allies nearby state-wide (the radius query and the scoring per asking actor, apart), and
 * link-prediction quality.
 * The district and whole-graph snapshots use the server's recipes (subgraphs.ts).
 */
import {
  alliesNearby,
  brokerage,
  buildSnapshot,
  evaluateLinkPrediction,
  FALLBACK_WEIGHTS,
  gapTable,
  locationOf,
  suggestLinks,
  topicClusters,
} from '@nzr/server/analyses';
import type { LinkPredictionOptions, Snapshot } from '@nzr/server/analyses';
import type { Dataset } from './datasets.js';
import { districtNear } from './graph-meta.js';
import { GOALS } from './goals.js';
import type { Goal } from './goals.js';
import type { QualityFigures, Row } from './results.js';
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

/** Link-prediction quality (10 % of the ties hidden) on the whole graph and on its largest district. */
export async function linkQuality(dataset: Dataset): Promise<QualityFigures[]> {
  const largest = dataset.meta.districts[0];
  const scopes = [
    {
      scope: 'whole graph',
      fetch: () => wholeGraph(dataset.store, dataset.meta, INSTITUTION_TIES),
    },
    ...(largest
      ? [
          {
            scope: `district ${largest.name} (${largest.actors} actors)`,
            fetch: () =>
              dataset.store.subgraph({
                scope: { regionId: largest.id },
                ...INSTITUTION_TIES,
                limit: MAX_CORE,
              }),
          },
        ]
      : []),
  ];
  const figures: QualityFigures[] = [];
  // The API's score (no options: rankSuggestions with the weights calibrated on the training snapshot, the
  // same function and seed the linkSuggestions query uses) is what the AUC goal measures. For comparison: the
  // same with a cross-sector bonus of 0.1 (kept available to callers, not used by the API), and the fixed
  // weights the API falls back to in regions with fewer than 20 cooperations.
  const variants: { label: string; options: LinkPredictionOptions }[] = [
    { label: ', API score (weights calibrated per snapshot)', options: {} },
    {
      label: ', API score + cross-sector bonus 0.1 (not used by the API)',
      options: { weights: { crossSector: 0.1 } },
    },
    {
      label: ', fixed fallback weights (regions under 20 ties)',
      options: { weights: FALLBACK_WEIGHTS },
    },
  ];
  for (const { scope, fetch } of scopes) {
    const sub = await fetch();
    for (const { label, options } of variants) {
      const t = await timeOnce(() => evaluateLinkPrediction(sub, { seed: 1, ...options }));
      const q = t.value;
      figures.push({
        actors: dataset.actors,
        scope: `${scope}${label}`,
        auc: q.auc,
        precisionAtK: q.precisionAtK,
        k: q.k,
        randomPrecision: q.randomPrecision,
        lift: q.lift,
        hiddenTies: q.hiddenTies,
        trainingTies: q.trainingTies,
        ms: t.ms,
      });
    }
  }
  return figures;
}
