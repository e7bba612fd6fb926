/**
 * Counts for the overview. The store counts everything, including persons a viewer may not see; counting
 * only visible persons would need a scan per request. So viewers who may see every person (coordinators,
 * admins) get all counts; everyone else gets no Person count and no counts of the person-only relationship
 * types (MEMBER_OF, KNOWS), and `personsHidden` says so. Counts of mixed types (e.g. WORKS_ON) stay: they
 * aggregate over all actors and identify nobody. Per-region person counts for every viewer: region statistics.
 */
import {
  NODE_LABEL_NAMES,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  VISIBILITIES,
} from '@nzr/graph-schema';
import type { Viewer } from '../../auth/viewer.js';
import type { GraphStore } from '../../store/port.js';
import type { Stats } from './stats.type.js';

/** Relationship types whose both ends are always persons or which start only at persons. */
const PERSON_ONLY_TYPES = RELATIONSHIP_TYPE_NAMES.filter((type) => {
  const from: readonly string[] = RELATIONSHIP_TYPES[type].from;
  const to: readonly string[] = RELATIONSHIP_TYPES[type].to;
  return (from.length === 1 && from[0] === 'Person') || (to.length === 1 && to[0] === 'Person');
});

export function seesEveryPerson(viewer: Viewer): boolean {
  return VISIBILITIES.every((entry) => viewer.visibilities.includes(entry.value));
}

export class StatsService {
  constructor(
    private readonly store: GraphStore,
    private readonly viewer: Viewer,
  ) {}

  async stats(): Promise<Stats> {
    const counts = await this.store.stats();
    const all = seesEveryPerson(this.viewer);
    const nodes = NODE_LABEL_NAMES.filter((label) => all || label !== 'Person').map((label) => ({
      label,
      count: counts.nodes[label] ?? 0,
    }));
    const relationships = RELATIONSHIP_TYPE_NAMES.filter(
      (type) => all || !PERSON_ONLY_TYPES.includes(type),
    ).map((type) => ({ type, count: counts.relationships[type] ?? 0 }));
    return {
      nodes,
      relationships,
      totalNodes: nodes.reduce((sum, entry) => sum + entry.count, 0),
      totalRelationships: relationships.reduce((sum, entry) => sum + entry.count, 0),
      personsHidden: !all,
    };
  }
}
