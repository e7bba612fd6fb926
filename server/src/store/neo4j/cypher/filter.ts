/**
 * NodeFilter as one fixed WHERE fragment over the variable `n`, every clause guarded by its parameter
 * (`$x IS NULL OR ...`). One statement text per operation keeps the plan cache small and lets the lint test
 * enumerate every statement; the runtime passes null for filters that are absent.
 */
import { CONSENT_DATE_PROPERTY, CONSENT_WITHDRAWN_PROPERTY } from '@nzr/graph-schema';
import { label, relType } from './names.js';

const N = {
  topic: label('Topic'),
  region: label('Region'),
  network: label('Network'),
  person: label('Person'),
};
const R = {
  worksOn: relType('WORKS_ON'),
  partOf: relType('PART_OF'),
  locatedIn: relType('LOCATED_IN'),
  memberOfNetwork: relType('MEMBER_OF_NETWORK'),
};

/**
 * Persons whose visibility is not listed are invisible, and so are persons without valid consent (graph-schema
 * hasValidConsent: a consent date and no withdrawal); other labels have no visibility.
 */
export const VISIBILITY_CLAUSE =
  `($visibilities IS NULL OR NOT n:${N.person}` +
  ` OR (n.visibility IN $visibilities AND n.${CONSENT_DATE_PROPERTY} IS NOT NULL` +
  ` AND n.${CONSENT_WITHDRAWN_PROPERTY} IS NULL))`;

// Subquery variables carry a `filter` prefix: an EXISTS subquery binds any outer variable of the same name,
// so a short name such as `r` would silently correlate with a relationship of the enclosing statement.

/** Sub-topics hang at most two levels below a key theme, regions at most three below the state. */
const TOPIC_CLAUSE =
  `($topicIds IS NULL` +
  ` OR EXISTS { MATCH (n)-[:${R.worksOn}]->(:${N.topic})-[:${R.partOf}*0..2]->(filterTopic:${N.topic}) WHERE filterTopic.id IN $topicIds }` +
  ` OR (n:${N.topic} AND EXISTS { MATCH (n)-[:${R.partOf}*0..2]->(filterTopic:${N.topic}) WHERE filterTopic.id IN $topicIds }))`;

const REGION_CLAUSE =
  `($regionId IS NULL` +
  ` OR EXISTS { MATCH (n)-[:${R.locatedIn}]->(:${N.region})-[:${R.partOf}*0..3]->(filterRegion:${N.region}) WHERE filterRegion.id = $regionId }` +
  ` OR (n:${N.region} AND EXISTS { MATCH (n)-[:${R.partOf}*0..3]->(filterRegion:${N.region}) WHERE filterRegion.id = $regionId }))`;

const NETWORK_CLAUSE =
  `($networkId IS NULL` +
  ` OR EXISTS { MATCH (n)-[:${R.memberOfNetwork}]->(filterNetwork:${N.network}) WHERE filterNetwork.id = $networkId })`;

/** All filter clauses, ANDed; cheap property tests first so that the subqueries run for fewer nodes. */
export const FILTER_CLAUSE = [
  '($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))',
  '($sectors IS NULL OR n.sector IN $sectors)',
  '($kinds IS NULL OR n.kind IN $kinds)',
  VISIBILITY_CLAUSE,
  NETWORK_CLAUSE,
  TOPIC_CLAUSE,
  REGION_CLAUSE,
].join('\n  AND ');
