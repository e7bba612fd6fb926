import { RELATIONSHIP_TYPE_NAMES, SCHEMA_ITEMS } from '@nzr/graph-schema';
import { describe, expect, it } from 'vitest';
import { renderSchemaStatements } from './schema-ddl.js';

describe('schema DDL from graph-schema', () => {
  it('renders idempotent statements with unique names', () => {
    const statements = renderSchemaStatements();
    expect(statements).toHaveLength(SCHEMA_ITEMS.length);
    for (const statement of statements) expect(statement).toContain('IF NOT EXISTS');
    const names = SCHEMA_ITEMS.map((item) => item.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has a unique id per relationship type, a point index and a folding full-text index', () => {
    const statements = renderSchemaStatements();
    expect(statements).toContain(
      'CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    );
    for (const type of RELATIONSHIP_TYPE_NAMES) {
      expect(statements.some((s) => s.includes(`()-[r:${type}]-() REQUIRE r.id IS UNIQUE`))).toBe(
        true,
      );
    }
    expect(statements).toContain(
      'CREATE POINT INDEX entity_location IF NOT EXISTS FOR (n:Entity) ON (n.location)',
    );
    expect(statements.find((s) => s.startsWith('CREATE FULLTEXT'))).toMatch(/standard-folding/);
  });
});
