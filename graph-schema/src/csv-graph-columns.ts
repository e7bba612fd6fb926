/**
 * The column sets of the graph files: `nodes` (id, label, every node property) and `edges` (id, type,
 * source, target, every relationship property), the format the CSV export writes and the CSV import reads,
 * so an export can be imported as it is (nodes first, then edges). Properties of every label or type come in
 * schema order; a point becomes `latitude` and `longitude`; lists are joined with `|`. A row fills only the
 * properties of its own label or type.
 */
import type { ColumnDef } from './csv-columns.js';
import { NODE_LABELS } from './labels.js';
import type { PropertySpecs } from './properties.js';
import { RELATIONSHIP_TYPES } from './relationship-types.js';

/** Property column names of these spec lists, in schema order, each once; a point → latitude, longitude. */
export function propertyColumnNames(specLists: Iterable<PropertySpecs>): string[] {
  const names = new Set<string>();
  for (const specs of specLists) {
    for (const [name, spec] of Object.entries(specs)) {
      if (spec.type === 'point') names.add('latitude').add('longitude');
      else names.add(name);
    }
  }
  return [...names];
}

const fixed = (name: string, description: string): ColumnDef => ({
  name,
  aliases: [],
  required: true,
  description,
});

const property = (name: string, of: string): ColumnDef => ({
  name,
  aliases: [],
  required: false,
  description: `Property ${name} of the ${of} that have it (empty for the others); lists separated by |.`,
});

export const NODE_FILE_COLUMNS: readonly ColumnDef[] = [
  fixed('id', 'Node id; re-importing the same id updates it.'),
  fixed('label', 'Label, e.g. Institution, Person, Topic, Region, FundingProgramme.'),
  ...propertyColumnNames(Object.values(NODE_LABELS).map((label) => label.properties)).map((name) =>
    property(name, 'labels'),
  ),
];

export const EDGE_FILE_COLUMNS: readonly ColumnDef[] = [
  fixed('id', 'Relationship id (unique per type); re-importing it updates it.'),
  fixed('type', 'Relationship type, e.g. COOPERATES_WITH, MEMBER_OF, FUNDED_BY.'),
  fixed('source', 'Id of the start node (in the database or an earlier nodes file).'),
  fixed('target', 'Id of the end node.'),
  ...propertyColumnNames(Object.values(RELATIONSHIP_TYPES).map((type) => type.properties)).map(
    (name) => property(name, 'types'),
  ),
];
