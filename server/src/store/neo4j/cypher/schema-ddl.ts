/**
 * graph-schema's constraints and indexes (SCHEMA_ITEMS, data) as the Cypher that creates each one idempotently
 * (IF NOT EXISTS). Cypher lives with the Neo4j store; graph-schema only says what must exist.
 */
import { SCHEMA_ITEMS } from '@nzr/graph-schema';
import type { SchemaItem } from '@nzr/graph-schema';

/** The Cypher statement that creates one item if it does not exist yet. */
export function renderSchemaItem(item: SchemaItem): string {
  switch (item.kind) {
    case 'node-unique':
      return `CREATE CONSTRAINT ${item.name} IF NOT EXISTS FOR (n:${item.label}) REQUIRE n.${item.property} IS UNIQUE`;
    case 'relationship-unique':
      return `CREATE CONSTRAINT ${item.name} IF NOT EXISTS FOR ()-[r:${item.type}]-() REQUIRE r.${item.property} IS UNIQUE`;
    case 'range':
      return `CREATE INDEX ${item.name} IF NOT EXISTS FOR (n:${item.label}) ON (n.${item.property})`;
    case 'point':
      return `CREATE POINT INDEX ${item.name} IF NOT EXISTS FOR (n:${item.label}) ON (n.${item.property})`;
    case 'fulltext': {
      const properties = item.properties.map((property) => `n.${property}`).join(', ');
      return (
        `CREATE FULLTEXT INDEX ${item.name} IF NOT EXISTS FOR (n:${item.label}) ON EACH [${properties}] ` +
        `OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${item.analyzer}'}}`
      );
    }
  }
}

export function renderSchemaStatements(): string[] {
  return SCHEMA_ITEMS.map(renderSchemaItem);
}
