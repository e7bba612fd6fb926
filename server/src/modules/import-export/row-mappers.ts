/**
 * One mapper per file kind: reads a row's cells (columns: graph-schema's csv-columns.ts) into nodes, relationships
 * and references.
 * Derived relationships (LOCATED_IN, WORKS_ON, MEMBER_OF, PART_OF) get deterministic ids from their ends.
 */
import {
  AGS_PATTERN,
  COOPERATION_KINDS,
  INSTITUTION_KINDS,
  RELATIONSHIP_TYPES,
  SECTORS,
  NODE_LABELS,
  VISIBILITIES,
  regionId,
  topicId,
  topicKeyByName,
} from '@nzr/graph-schema';
import type { ImportKind, NodeLabel } from '@nzr/graph-schema';
import { GRAPH_ROW_MAPPERS } from './graph-row-mappers.js';
import { location } from './location-cell.js';
import type { RowBuilder } from './row-builder.js';

/** A topic key as graph-schema specifies Topic.key. */
const TOPIC_KEY_SPEC = NODE_LABELS.Topic.properties.key;
const isTopicKey = (key: string): boolean =>
  key.length <= TOPIC_KEY_SPEC.maxLength && TOPIC_KEY_SPEC.pattern.test(key);

function locatedIn(b: RowBuilder, from: string): void {
  const ags = b.text('municipality_ags');
  if (ags === undefined) return;
  if (!AGS_PATTERN.test(ags)) {
    b.error('municipality_ags', 'agsFormat');
    return;
  }
  b.reference('municipality_ags', regionId(ags), ['Region']);
  b.relationship('LOCATED_IN', { from, to: regionId(ags) });
}

function worksOn(b: RowBuilder, from: string): void {
  for (const item of b.list('topics')) {
    // A reference topic may be named as the UI shows it ("Bürgerenergie"); other topics by their key.
    const key = topicKeyByName(item) ?? item;
    if (!isTopicKey(key)) {
      b.error('topics', 'unknownTopicName', { value: item });
      continue;
    }
    b.reference('topics', topicId(key), ['Topic']);
    b.relationship('WORKS_ON', { from, to: topicId(key) });
  }
}

function institution(b: RowBuilder): void {
  const id = b.id('id');
  const properties = {
    name: b.text('name'),
    kind: b.enumValue('kind', INSTITUTION_KINDS),
    sector: b.enumValue('sector', SECTORS),
    description: b.text('description'),
    url: b.text('url'),
    address: b.text('address'),
    location: location(b),
  };
  if (id === undefined) return;
  b.node('Institution', id, properties, { location: 'latitude' });
  locatedIn(b, id);
  worksOn(b, id);
}

function person(b: RowBuilder): void {
  const id = b.id('id');
  const properties = {
    name: b.text('name'),
    visibility: b.enumValue('visibility', VISIBILITIES),
    consentDate: b.date('consent_date'),
    email: b.text('email'),
    description: b.text('description'),
  };
  if (id === undefined) return;
  b.node('Person', id, properties, { consentDate: 'consent_date' });
  const institutionId = b.text('institution_id');
  if (institutionId !== undefined) {
    b.reference('institution_id', institutionId, ['Institution']);
    b.relationship('MEMBER_OF', { from: id, to: institutionId }, { role: b.text('role') });
  } else if (b.text('role') !== undefined) {
    b.error('role', 'needsInstitution');
  }
  locatedIn(b, id);
  worksOn(b, id);
}

function topic(b: RowBuilder): void {
  const key = b.text('key');
  if (key === undefined || !isTopicKey(key)) {
    if (key === undefined) b.error('key', 'required');
    else b.error('key', 'topicKeyFormat');
    return;
  }
  const properties = {
    key,
    name: b.text('name'),
    nameEn: b.text('name_en'),
    description: b.text('description'),
  };
  b.node('Topic', topicId(key), properties, { nameEn: 'name_en' });
  const parentCell = b.text('parent_key');
  if (parentCell === undefined) return;
  const parent = topicKeyByName(parentCell) ?? parentCell;
  if (parent === key) b.error('parent_key', 'ownParent');
  else if (!isTopicKey(parent)) b.error('parent_key', 'topicKeyFormat');
  else {
    b.reference('parent_key', topicId(parent), ['Topic']);
    b.relationship('PART_OF', { from: topicId(key), to: topicId(parent) });
  }
}

function cooperation(b: RowBuilder): void {
  const id = b.id('id');
  const from = b.id('from_id');
  const to = b.id('to_id');
  const properties = {
    kind: b.enumValue('kind', COOPERATION_KINDS),
    from: b.date('from_date'),
    until: b.date('until_date'),
  };
  if (id === undefined || from === undefined || to === undefined) return;
  if (from === to) b.error('to_id', 'sameEnds');
  if (properties.from && properties.until && properties.until < properties.from)
    b.error('until_date', 'untilBeforeFrom');
  b.reference('from_id', from, ['Institution']);
  b.reference('to_id', to, ['Institution']);
  b.relationship('COOPERATES_WITH', { id, from, to }, properties, {
    from: 'from_date',
    until: 'until_date',
  });
}

function membership(b: RowBuilder): void {
  const from = b.id('person_id');
  const to = b.id('institution_id');
  const properties = { role: b.text('role'), since: b.date('since') };
  if (from === undefined || to === undefined) return;
  b.reference('person_id', from, ['Person']);
  b.reference('institution_id', to, ['Institution']);
  b.relationship('MEMBER_OF', { from, to }, properties);
}

function theme(b: RowBuilder): void {
  const id = b.id('node_id');
  if (id === undefined) return;
  if (b.list('topics').length === 0) b.error('topics', 'required');
  b.reference('node_id', id, RELATIONSHIP_TYPES.WORKS_ON.from as readonly NodeLabel[]);
  worksOn(b, id);
}

export const ROW_MAPPERS: Readonly<Record<ImportKind, (b: RowBuilder) => void>> = {
  institutions: institution,
  persons: person,
  topics: topic,
  cooperations: cooperation,
  memberships: membership,
  themes: theme,
  ...GRAPH_ROW_MAPPERS,
};
