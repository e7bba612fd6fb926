/**
 * Counts for the overview. The store counts everything, including persons a viewer may not see. Persons are
 * counted per visibility, so every viewer gets the number of persons they may see (a guest the public ones,
 * as the map shows them). Viewers below coordinator get no count of any relationship type that can touch a
 * person (MEMBER_OF, KNOWS, but also mixed types such as WORKS_ON or LOCATED_IN: a hidden person's ties
 * would shift them, which the visibility non-interference proof detects), and `personsHidden` says so.
 * Per-region counts of visible persons for every viewer: region statistics.
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

/** Relationship types that may have a person at either end. */
const PERSON_TYPES = RELATIONSHIP_TYPE_NAMES.filter((type) => {
  const ends: readonly string[] = [
    ...RELATIONSHIP_TYPES[type].from,
    ...RELATIONSHIP_TYPES[type].to,
  ];
  return ends.includes('Person');
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
    // personsByVisibility counts persons with valid consent only; while any person lacks it, even a
    // coordinator's counts leave out the types that could touch that person.
    const visiblePersons = this.viewer.visibilities.reduce(
      (sum, visibility) => sum + counts.personsByVisibility[visibility],
      0,
    );
    const listed = Object.values(counts.personsByVisibility).reduce((sum, n) => sum + n, 0);
    const all = seesEveryPerson(this.viewer) && listed === (counts.nodes.Person ?? 0);
    const nodes = NODE_LABEL_NAMES.map((label) => ({
      label,
      count: label === 'Person' && !all ? visiblePersons : (counts.nodes[label] ?? 0),
    }));
    const relationships = RELATIONSHIP_TYPE_NAMES.filter(
      (type) => all || !PERSON_TYPES.includes(type),
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
