/**
 * Statements for introductions: nodes labelled Introduction WITHOUT the Entity label (graph-schema
 * introductions.ts), so no graph statement (all anchored on :Entity) ever reaches them. The clear statement
 * (admin-statements.ts) removes them with the graph, whose actors they name.
 */
import { INTRODUCTION_LABEL } from '@nzr/graph-schema';
import { lines } from './names.js';
import type { Statement } from './names.js';

const INTRODUCTION = INTRODUCTION_LABEL;

export const GET_INTRODUCTION: Statement = {
  name: 'getIntroduction',
  cypher: lines(`MATCH (i:${INTRODUCTION} {id: $id})`, 'RETURN i'),
};

/** Reads an introduction and takes its write lock, so the version check holds until commit. */
export const LOCK_INTRODUCTION: Statement = {
  name: 'lockIntroduction',
  cypher: lines(
    `MATCH (i:${INTRODUCTION} {id: $id})`,
    'SET i._lock = true',
    'REMOVE i._lock',
    'RETURN i',
  ),
};

/** `$introduction` holds every property (nulls are left unset). */
export const CREATE_INTRODUCTION: Statement = {
  name: 'createIntroduction',
  cypher: lines(`CREATE (i:${INTRODUCTION})`, 'SET i = $introduction', 'RETURN i'),
};

export const REPLACE_INTRODUCTION: Statement = {
  name: 'replaceIntroduction',
  cypher: lines(`MATCH (i:${INTRODUCTION} {id: $id})`, 'SET i = $introduction', 'RETURN i'),
};

/**
 * Newest first (createdAt, then id, both descending); the cursor position ($afterCreatedAt, $afterId)
 * excludes the rows already returned ('~' sorts after every timestamp for the first page).
 */
export const LIST_INTRODUCTIONS: Statement = {
  name: 'listIntroductions',
  cypher: lines(
    `MATCH (i:${INTRODUCTION})`,
    'WHERE i.createdAt <= $afterCreatedAt',
    '  AND NOT (i.createdAt = $afterCreatedAt AND i.id >= $afterId)',
    '  AND ($regionId IS NULL OR $regionId IN i.regionIds)',
    '  AND ($regionIds IS NULL OR size(i.regionIds) = 0',
    '       OR any(scope IN $regionIds WHERE scope IN i.regionIds))',
    '  AND ($statuses IS NULL OR i.status IN $statuses)',
    'RETURN i',
    'ORDER BY i.createdAt DESC, i.id DESC',
    'LIMIT $limit',
  ),
};

export const COUNT_INTRODUCTIONS: Statement = {
  name: 'countIntroductions',
  cypher: lines(
    `MATCH (i:${INTRODUCTION})`,
    'WHERE ($regionId IS NULL OR $regionId IN i.regionIds)',
    '  AND ($actorLabel IS NULL OR i.actorLabel = $actorLabel)',
    'RETURN i.status AS status, count(*) AS count',
  ),
};

export function introductionStatements(): Statement[] {
  return [
    GET_INTRODUCTION,
    LOCK_INTRODUCTION,
    CREATE_INTRODUCTION,
    REPLACE_INTRODUCTION,
    LIST_INTRODUCTIONS,
    COUNT_INTRODUCTIONS,
  ];
}
