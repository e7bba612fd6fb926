/**
 * A proposal as the API shows it: the proposed region and topics resolved, the target of a change, and for
 * coordinators the contact e-mail and possible duplicates (entries of the same label whose folded name equals
 * the proposed one: a cheap text search, no fuzzy matching).
 */
import { roleAtLeast } from '@nzr/graph-schema';
import type { GraphStore, Proposal } from '../../store/port.js';
import { foldText } from '../../store/shared/text.js';
import type { GraphNode } from '../node/node.type.js';
import type { NodeService } from '../node/node.service.js';
import type { ProposalView } from './proposal.type.js';

const DUPLICATE_CANDIDATES = 10;

async function duplicates(store: GraphStore, nodes: NodeService, record: Proposal) {
  const name = foldText(record.title).replace(/\s+/g, ' ').trim();
  if (name === '' || record.status !== 'pending') return [];
  const page = await store.search({
    text: record.title.slice(0, 200),
    filter: { labels: [record.label] },
    first: DUPLICATE_CANDIDATES,
  });
  return page.hits
    .filter((hit) => hit.node.id !== record.targetId)
    .filter(
      (hit) => foldText(String(hit.node.properties.name)).replace(/\s+/g, ' ').trim() === name,
    )
    .map((hit) => nodes.toView(hit.node));
}

export async function proposalView(
  store: GraphStore,
  nodes: NodeService,
  record: Proposal,
): Promise<ProposalView> {
  const coordinator = roleAtLeast(nodes.viewer.role, 'coordinator');
  const { payload } = record;
  const ids = [...(payload.regionId ? [payload.regionId] : []), ...payload.topicIds];
  const resolved = ids.length > 0 ? await nodes.byIds(ids) : [];
  const region = payload.regionId ? (resolved[0] ?? null) : null;
  const topics = resolved
    .slice(payload.regionId ? 1 : 0)
    .filter((node): node is GraphNode => node !== null);
  return {
    id: record.id,
    kind: record.kind,
    status: record.status,
    title: record.title,
    payload: {
      label: payload.label,
      properties: { ...payload.properties },
      region,
      topics,
      offers: [...payload.offers],
      needs: [...payload.needs],
    },
    target: record.targetId ? await nodes.byId(record.targetId) : null,
    reason: record.reason,
    contactEmail: coordinator ? record.contactEmail : null,
    duplicates: coordinator ? await duplicates(store, nodes, record) : [],
    createdIds: record.createdIds,
    createdAt: record.createdAt,
    decidedAt: record.decidedAt,
    version: record.version,
  };
}
