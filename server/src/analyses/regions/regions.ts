/**
 * Regions compared: every district and municipality of the snapshot, and urban against rural districts.
 * An actor counts for its LOCATED_IN region and every region above it. Per region R:
 *   actorsPer10k        (persons + institutions in R) / population · 10,000 (null without population)
 *   institutionsPer10k  institutions in R / population · 10,000
 *   ties                active cooperations with at least one end in R
 *   crossSectorShare    ties whose ends are in different sectors / ties (null without ties)
 *   density             cooperations with both ends in R / (i_R (i_R - 1) / 2), i_R institutions in R
 * Urban (Region.urban, the kreisfreie Städte) against rural: the same figures pooled over the districts of
 * each group (sums of actors, population, ties before dividing), not averaged over districts; a tie between
 * two districts of the same group is counted in each of them, in numerator and denominator alike.
 * Change (options.since, optional until): cooperations whose `from` date lies in [since, until], any status,
 * with the cross-sector ones counted separately ("neue sektorübergreifende Kooperationen seit …").
 */
import { explainDe } from '../kernel/explain.js';
import type { Reason } from '../kernel/explain.js';
import { regionChain, str } from '../kernel/snapshot.js';
import type { Snapshot } from '../kernel/snapshot.js';

export interface RegionFigures {
  readonly actors: number;
  readonly institutions: number;
  readonly population: number | null;
  readonly actorsPer10k: number | null;
  readonly institutionsPer10k: number | null;
  readonly ties: number;
  readonly crossSectorTies: number;
  readonly crossSectorShare: number | null;
  readonly internalTies: number;
  readonly density: number | null;
  readonly newTies: number;
  readonly newCrossSectorTies: number;
}

export interface RegionRow extends RegionFigures {
  readonly regionId: string;
  readonly level: 'district' | 'municipality';
  readonly urban: boolean;
  readonly reasons: readonly Reason[];
  readonly explanationDe: string;
}

export interface RegionComparison {
  readonly regions: readonly RegionRow[];
  readonly urban: RegionFigures;
  readonly rural: RegionFigures;
}

interface Tally {
  actors: number;
  institutions: number;
  population: number | null;
  ties: number;
  cross: number;
  internal: number;
  fresh: number;
  freshCross: number;
}

const blank = (population: number | null): Tally => ({
  actors: 0,
  institutions: 0,
  population,
  ties: 0,
  cross: 0,
  internal: 0,
  fresh: 0,
  freshCross: 0,
});

export function compareRegions(
  snapshot: Snapshot,
  options: { readonly since?: string; readonly until?: string } = {},
): RegionComparison {
  const tallies = new Map<string, Tally>();
  for (const node of snapshot.nodes.values()) {
    const level = str(node, 'level');
    if (node.label !== 'Region' || (level !== 'district' && level !== 'municipality')) continue;
    const population = node.properties['population'];
    tallies.set(node.id, blank(typeof population === 'number' ? population : null));
  }
  const chains = new Map<string, string[]>();
  const chainOf = (actor: string): string[] => {
    const region = snapshot.regionOf.get(actor);
    if (region === undefined) return [];
    let chain = chains.get(region);
    if (!chain)
      chains.set(region, (chain = regionChain(snapshot, region).filter((r) => tallies.has(r))));
    return chain;
  };
  for (const actor of snapshot.actorIds) {
    const isInstitution = snapshot.nodes.get(actor)?.label === 'Institution';
    for (const r of chainOf(actor)) {
      const t = tallies.get(r);
      if (!t) continue;
      t.actors++;
      if (isInstitution) t.institutions++;
    }
  }
  const crossSector = (a: string, b: string): boolean => {
    const sa = snapshot.sectorOf.get(a);
    const sb = snapshot.sectorOf.get(b);
    return sa !== undefined && sb !== undefined && sa !== sb;
  };
  const count = (a: string, b: string, add: (t: Tally, both: boolean) => void): void => {
    const ca = chainOf(a);
    const cb = chainOf(b);
    for (const r of new Set([...ca, ...cb])) {
      const t = tallies.get(r);
      if (t) add(t, ca.includes(r) && cb.includes(r));
    }
  };
  for (const c of snapshot.activeCooperations) {
    const cross = crossSector(c.a, c.b);
    count(c.a, c.b, (t, both) => {
      t.ties++;
      if (cross) t.cross++;
      if (both) t.internal++;
    });
  }
  const { since, until } = options;
  if (since !== undefined) {
    for (const c of snapshot.cooperations) {
      if (c.from === null || c.from < since || (until !== undefined && c.from > until)) continue;
      const cross = crossSector(c.a, c.b);
      count(c.a, c.b, (t) => {
        t.fresh++;
        if (cross) t.freshCross++;
      });
    }
  }
  const rows = [...tallies].map(([regionId, t]) => row(snapshot, regionId, t, since));
  const districts = rows.filter((r) => r.level === 'district');
  return {
    regions: rows.sort(
      (a, b) => a.level.localeCompare(b.level) || a.regionId.localeCompare(b.regionId),
    ),
    urban: pool(districts.filter((r) => r.urban)),
    rural: pool(districts.filter((r) => !r.urban)),
  };
}

function figures(t: Tally): RegionFigures {
  const per10k = (x: number) => (t.population ? (x / t.population) * 10_000 : null);
  const pairs = (t.institutions * (t.institutions - 1)) / 2;
  return {
    actors: t.actors,
    institutions: t.institutions,
    population: t.population,
    actorsPer10k: per10k(t.actors),
    institutionsPer10k: per10k(t.institutions),
    ties: t.ties,
    crossSectorTies: t.cross,
    crossSectorShare: t.ties > 0 ? t.cross / t.ties : null,
    internalTies: t.internal,
    density: pairs > 0 ? t.internal / pairs : null,
    newTies: t.fresh,
    newCrossSectorTies: t.freshCross,
  };
}

function row(snapshot: Snapshot, regionId: string, t: Tally, since: string | undefined): RegionRow {
  const node = snapshot.nodes.get(regionId);
  const f = figures(t);
  const reasons: Reason[] = [
    { kind: 'regionProfile', actorsPer10k: f.actorsPer10k, crossSectorShare: f.crossSectorShare },
  ];
  if (since !== undefined)
    reasons.push({ kind: 'newCrossSector', count: f.newCrossSectorTies, since });
  return {
    ...f,
    regionId,
    level: str(node, 'level') === 'district' ? 'district' : 'municipality',
    urban: node?.properties['urban'] === true,
    reasons,
    explanationDe: explainDe(snapshot, reasons),
  };
}

function pool(rows: readonly RegionRow[]): RegionFigures {
  const t = blank(null);
  for (const r of rows) {
    t.actors += r.actors;
    t.institutions += r.institutions;
    if (r.population !== null) t.population = (t.population ?? 0) + r.population;
    t.ties += r.ties;
    t.cross += r.crossSectorTies;
    t.internal += r.internalTies;
    t.fresh += r.newTies;
    t.freshCross += r.newCrossSectorTies;
  }
  // Pooled density divides pooled internal ties by pooled within-district pairs.
  const pairs = rows.reduce((s, r) => s + (r.institutions * (r.institutions - 1)) / 2, 0);
  return { ...figures(t), density: pairs > 0 ? t.internal / pairs : null };
}
