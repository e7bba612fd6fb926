/**
 * Properties in the order graph-schema declares them, names it does not declare after them alphabetically.
 * Both stores return nodes and relationships in this order, so the same data gives the same JSON, exports and
 * API answers from either store, whatever order it was written in (Neo4j keeps its own order of properties).
 */
import { NODE_LABELS, RELATIONSHIP_TYPES } from '@nzr/graph-schema';
import type { NodeLabel, PropertySpecs, RelationshipType } from '@nzr/graph-schema';
import type { Properties } from '../port.js';

const rankCache = new Map<PropertySpecs, ReadonlyMap<string, number>>();

function ranksOf(specs: PropertySpecs): ReadonlyMap<string, number> {
  let ranks = rankCache.get(specs);
  if (!ranks) {
    ranks = new Map(Object.keys(specs).map((name, index) => [name, index]));
    rankCache.set(specs, ranks);
  }
  return ranks;
}

export function inSchemaOrder(specs: PropertySpecs, properties: Properties): Properties {
  const ranks = ranksOf(specs);
  const names = Object.keys(properties);
  names.sort((a, b) => {
    const rankA = ranks.get(a) ?? Number.MAX_SAFE_INTEGER;
    const rankB = ranks.get(b) ?? Number.MAX_SAFE_INTEGER;
    return rankA - rankB || (a < b ? -1 : a > b ? 1 : 0);
  });
  const ordered: Properties = {};
  for (const name of names) ordered[name] = properties[name] as Properties[string];
  return ordered;
}

export const nodePropertySpecs = (label: NodeLabel): PropertySpecs => NODE_LABELS[label].properties;
export const relationshipPropertySpecs = (type: RelationshipType): PropertySpecs =>
  RELATIONSHIP_TYPES[type].properties;
