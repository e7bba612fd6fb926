/**
 * Which entries an account may be linked to: existing persons and institutions only, each once. Checked in the
 * service against the graph (the store only checks the ids' form), so a link never points at a region or topic.
 */
import { validateId } from '@nzr/graph-schema';
import type { ValidationIssue } from '@nzr/graph-schema';
import type { GraphStore } from '../../store/port.js';
import { MAX_ACCOUNT_ACTORS } from '../../store/shared/accounts.js';

const LINKABLE = new Set(['Person', 'Institution']);

export async function actorLinkIssues(
  store: GraphStore,
  actorIds: readonly string[],
): Promise<ValidationIssue[]> {
  if (new Set(actorIds).size !== actorIds.length) {
    return [{ path: 'actorIds', message: 'names an entry twice' }];
  }
  if (actorIds.length > MAX_ACCOUNT_ACTORS) {
    return [{ path: 'actorIds', message: `must name at most ${MAX_ACCOUNT_ACTORS} entries` }];
  }
  const malformed = actorIds.filter((id) => validateId(id).length > 0);
  if (malformed.length > 0) return [{ path: 'actorIds', message: 'contains an invalid entry id' }];
  const found = await store.getNodes(actorIds);
  const linkable = new Set(found.filter((node) => LINKABLE.has(node.label)).map((node) => node.id));
  const missing = actorIds.filter((id) => !linkable.has(id));
  return missing.length === 0
    ? []
    : [
        {
          path: 'actorIds',
          message: `must name existing persons or institutions; not: ${missing.join(', ')}`,
        },
      ];
}
