import { describe, expect, it } from 'vitest';
import {
  INSTITUTION_KINDS,
  INSTITUTION_KIND_SECTOR,
  KEY_THEMES,
  SECTORS,
  enumValues,
} from './enums.js';
import { NODE_LABELS, NODE_LABEL_NAMES } from './labels.js';
import {
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  allowsEndpoints,
} from './relationship-types.js';
import { SCHEMA_ITEMS } from './constraints.js';
import { TOPIC_TREE, topicId } from './topics.js';

describe('the graph model', () => {
  it('maps every institution kind to a known sector', () => {
    const sectors = enumValues(SECTORS);
    for (const kind of enumValues(INSTITUTION_KINDS)) {
      expect(sectors).toContain(INSTITUTION_KIND_SECTOR[kind]);
    }
  });

  it('only names known labels as relationship endpoints', () => {
    for (const type of RELATIONSHIP_TYPE_NAMES) {
      const spec = RELATIONSHIP_TYPES[type];
      for (const label of [...spec.from, ...spec.to]) expect(NODE_LABEL_NAMES).toContain(label);
    }
  });

  it('lets PART_OF link like with like only', () => {
    expect(allowsEndpoints('PART_OF', 'Region', 'Region')).toBe(true);
    expect(allowsEndpoints('PART_OF', 'Topic', 'Region')).toBe(false);
    expect(allowsEndpoints('COOPERATES_WITH', 'Person', 'Institution')).toBe(false);
  });

  it('gives every label a name property and a distinct id prefix', () => {
    const prefixes = NODE_LABEL_NAMES.map((label) => NODE_LABELS[label].idPrefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const label of NODE_LABEL_NAMES)
      expect(NODE_LABELS[label].properties.name.required).toBe(true);
  });

  it('holds the six key themes, each with sub-topics', () => {
    expect(KEY_THEMES).toHaveLength(6);
    for (const theme of enumValues(KEY_THEMES)) {
      expect(TOPIC_TREE.filter((topic) => topic.parent === theme).length).toBeGreaterThan(0);
    }
    const keys = TOPIC_TREE.map((topic) => topic.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(topicId('energy_climate')).toBe('top-energy_climate');
  });
});

describe('constraints and indexes', () => {
  it('have unique names, a unique id per relationship type, a point and a folding full-text index', () => {
    const names = SCHEMA_ITEMS.map((item) => item.name);
    expect(new Set(names).size).toBe(names.length);
    for (const type of RELATIONSHIP_TYPE_NAMES) {
      expect(
        SCHEMA_ITEMS.some((item) => item.kind === 'relationship-unique' && item.type === type),
      ).toBe(true);
    }
    expect(SCHEMA_ITEMS.filter((item) => item.kind === 'point')).toHaveLength(1);
    expect(SCHEMA_ITEMS.find((item) => item.kind === 'fulltext')).toMatchObject({
      analyzer: 'standard-folding',
    });
  });
});
