/**
 * Rows of the record exports (introductions, tie proposals) for one coordinator: every record of the query,
 * paged through the store, with both entries' display names and the display names of the accounts that
 * acted. Never a note (free text that may name people) and never an e-mail. A record with an end the viewer
 * may not see (a person who withdrew consent) is left out, as in the GraphQL lists of tie proposals.
 */
import { INTRODUCTION_EXPORT_COLUMNS, TIE_PROPOSAL_EXPORT_COLUMNS } from '@nzr/graph-schema';
import type { IntroductionStatus, TieProposalStatus } from '@nzr/graph-schema';
import { ApiError } from '../../api-errors.js';
import { LIMITS } from '../../store/port.js';
import type { GraphStore, Introduction, TieProposal } from '../../store/port.js';
import type { NodeService } from '../node/node.service.js';
import type { FlatValue } from './export-formats/columns.js';
import { statusDays } from './introduction-steps.js';

/** More rows than a coordinator's region can hold in years; beyond it the export asks to narrow down. */
export const MAX_RECORD_EXPORT_ROWS = 20_000;

export interface RecordFilter<Status extends string> {
  readonly regionId?: string;
  readonly statuses?: readonly Status[];
}

type Page<T> = { items: T[]; endCursor: string | null; hasNextPage: boolean };

async function* allPages<T>(next: (after?: string) => Promise<Page<T>>): AsyncGenerator<T[]> {
  let after: string | undefined;
  let seen = 0;
  for (;;) {
    const page = await next(after);
    seen += page.items.length;
    if (seen > MAX_RECORD_EXPORT_ROWS) {
      throw new ApiError(
        'EXPORT_TOO_LARGE',
        `More than ${MAX_RECORD_EXPORT_ROWS} records; narrow the export down by regionId or status.`,
      );
    }
    yield page.items;
    if (!page.hasNextPage || page.endCursor === null) return;
    after = page.endCursor;
  }
}

/** Display names of accounts by id, each looked up once; '' for an account that no longer exists. */
function accountNames(store: GraphStore): (id: string | null) => Promise<string> {
  const names = new Map<string, Promise<string>>();
  return (id) => {
    if (id === null) return Promise.resolve('');
    let name = names.get(id);
    if (!name) {
      name = store.getAccount({ id }).then((account) => account?.displayName ?? '');
      names.set(id, name);
    }
    return name;
  };
}

const text = (value: string | null): FlatValue => value ?? '';

/**
 * Every record the store pages out, as rows: both ends looked up as the viewer sees them (a record with an end
 * the viewer may not see is left out), then the row built from the record and the two display names.
 */
async function* recordRows<T extends { fromId: string; toId: string }>(
  nodes: NodeService,
  pages: AsyncIterable<T[]>,
  rowOf: (record: T, fromName: string, toName: string) => Promise<FlatValue[]>,
): AsyncGenerator<FlatValue[]> {
  for await (const items of pages) {
    for (const record of items) {
      const [from, to] = await nodes.byIds([record.fromId, record.toId]);
      if (from && to) yield await rowOf(record, from.name, to.name);
    }
  }
}

export function introductionRows(
  store: GraphStore,
  nodes: NodeService,
  filter: RecordFilter<IntroductionStatus>,
): AsyncGenerator<FlatValue[]> {
  const nameOf = accountNames(store);
  const pages = allPages(async (after) => {
    const page = await store.listIntroductions({
      first: LIMITS.MAX_PAGE_SIZE,
      ...filter,
      ...(after !== undefined ? { after } : {}),
    });
    return { ...page, items: page.introductions };
  });
  return recordRows(nodes, pages, async (record, fromName, toName) => {
    const days = await statusDays(store, record);
    const row: Record<(typeof INTRODUCTION_EXPORT_COLUMNS)[number], FlatValue> = {
      ...introductionBasics(record),
      fromName,
      toName,
      introducedByName: await nameOf(record.introducedBy),
      suggestedOn: text(days.suggested),
      // The day the coordinator gave (it may lie before the day it was recorded).
      introducedOn: text(record.introducedOn ?? days.introduced),
      inContactOn: text(days.in_contact),
      cooperatingOn: text(days.cooperating),
      notNowOn: text(days.not_now),
    };
    return INTRODUCTION_EXPORT_COLUMNS.map((column) => row[column]);
  });
}

function introductionBasics(record: Introduction) {
  return {
    id: record.id,
    fromId: record.fromId,
    toId: record.toId,
    actorLabel: record.actorLabel,
    regionIds: record.regionIds.join('|'),
    source: record.source,
    status: record.status,
    channel: text(record.channel),
    introducedById: text(record.introducedBy),
    tieId: text(record.tieId),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

export function tieProposalRows(
  store: GraphStore,
  nodes: NodeService,
  filter: RecordFilter<TieProposalStatus>,
): AsyncGenerator<FlatValue[]> {
  const nameOf = accountNames(store);
  const pages = allPages(async (after) => {
    const page = await store.listTieProposals({
      first: LIMITS.MAX_PAGE_SIZE,
      ...filter,
      ...(after !== undefined ? { after } : {}),
    });
    return { ...page, items: page.tieProposals };
  });
  return recordRows(nodes, pages, async (record, fromName, toName) => {
    const row: Record<(typeof TIE_PROPOSAL_EXPORT_COLUMNS)[number], FlatValue> = {
      ...tieProposalBasics(record),
      fromName,
      toName,
      proposedByName: await nameOf(record.proposedBy),
      decidedByName: await nameOf(record.decidedBy),
    };
    return TIE_PROPOSAL_EXPORT_COLUMNS.map((column) => row[column]);
  });
}

function tieProposalBasics(record: TieProposal) {
  return {
    id: record.id,
    fromId: record.fromId,
    toId: record.toId,
    actorLabel: record.actorLabel,
    type: record.type,
    regionIds: record.regionIds.join('|'),
    status: record.status,
    proposedAt: record.createdAt,
    proposedById: record.proposedBy,
    decidedAt: text(record.decidedAt),
    decidedById: text(record.decidedBy),
    tieId: text(record.tieId),
  };
}
