/**
 * Admin views of the audit trail and the person rights of the GDPR: export everything about a person
 * (personData) and erase a person (erasePerson: node and relationships go, the audit entry names only ids).
 * Both are open to admins and, for their own data, to the account that acts for the person (self-service);
 * they find the person even without valid consent (a withdrawn person may still ask for their data).
 */
import { roleAtLeast, validateId } from '@nzr/graph-schema';
import { actsFor, requireRole } from '../../auth/viewer.js';
import { StoreError, validationError } from '../../store/errors.js';
import { LIMITS } from '../../store/port.js';
import type { AuditEntry, GraphStore } from '../../store/port.js';
import { toEdge } from '../neighbourhood/neighbourhood.service.js';
import type { NodeService } from '../node/node.service.js';
import type { WriteService } from '../write/write.service.js';
import type { ChangeResultView } from '../write/write.type.js';
import type { AuditPageView, PersonDataView } from './audit.type.js';

/** Bounds of a person export: relationships and audit pages (100 entries each). */
const MAX_PERSON_RELATIONSHIPS = LIMITS.MAX_LIMIT;
const MAX_AUDIT_PAGES = 20;

export interface AuditFilter {
  readonly first: number;
  readonly after?: string | null;
  readonly entityId?: string | null;
  readonly actorId?: string | null;
}

export class AuditService {
  constructor(
    private readonly store: GraphStore,
    private readonly nodes: NodeService,
    private readonly writes: WriteService,
  ) {}

  async log(filter: AuditFilter): Promise<AuditPageView> {
    requireRole(this.nodes.viewer, 'admin');
    if (
      !Number.isInteger(filter.first) ||
      filter.first < 1 ||
      filter.first > LIMITS.MAX_PAGE_SIZE
    ) {
      throw validationError([
        { path: 'first', message: `must be from 1 to ${LIMITS.MAX_PAGE_SIZE}` },
      ]);
    }
    return this.store.listAudit({
      first: filter.first,
      ...(filter.after ? { after: filter.after } : {}),
      ...(filter.entityId ? { entityId: filter.entityId } : {}),
      ...(filter.actorId ? { actorId: filter.actorId } : {}),
    });
  }

  async personData(id: string): Promise<PersonDataView> {
    this.requireAdminOrSelf(id);
    const person = await this.person(id);
    const graph = await this.store.neighbourhood({
      ids: [id],
      depth: 1,
      // The other ends as this viewer may see them: a member's own account as any member, and nobody
      // (admins included) the persons without valid consent.
      filter: { visibilities: this.nodes.viewer.visibilities },
      limit: MAX_PERSON_RELATIONSHIPS,
    });
    const relationships = graph.relationships.filter((rel) => rel.from === id || rel.to === id);
    const audit: AuditEntry[] = [];
    let after: string | undefined;
    let auditTruncated = false;
    for (let page = 0; page < MAX_AUDIT_PAGES; page++) {
      const result = await this.store.listAudit({
        first: LIMITS.MAX_PAGE_SIZE,
        entityId: id,
        ...(after ? { after } : {}),
      });
      audit.push(...result.entries);
      auditTruncated = result.hasNextPage;
      if (!result.hasNextPage || result.endCursor === null) break;
      after = result.endCursor;
    }
    return {
      node: this.nodes.toView(person, { personal: true }),
      relationships: relationships.map(toEdge),
      related: graph.nodes.filter((node) => node.id !== id).map((node) => this.nodes.toView(node)),
      audit,
      truncated: graph.truncated || auditTruncated,
    };
  }

  async erasePerson(id: string): Promise<ChangeResultView> {
    const self = this.requireAdminOrSelf(id);
    await this.person(id);
    return self ? this.writes.eraseOwn(id) : this.writes.erase(id, 'person.erase');
  }

  /** Admins, or the account acting for the person (then true: self-service). */
  private requireAdminOrSelf(id: string): boolean {
    const viewer = this.nodes.viewer;
    if (roleAtLeast(viewer.role, 'admin')) return false;
    if (viewer.accountId !== null && actsFor(viewer, id)) return true;
    requireRole(viewer, 'admin');
    return false;
  }

  /** The stored person, whatever its consent (only admins and the person's own account get here). */
  private async person(id: string) {
    const issues = validateId(id);
    if (issues.length > 0) throw validationError(issues);
    const [node] = await this.store.getNodes([id]);
    if (!node) throw new StoreError('NOT_FOUND', `node ${id} does not exist`);
    if (node.label !== 'Person') {
      throw validationError([{ path: 'id', message: `is a ${node.label}, not a Person` }]);
    }
    return node;
  }
}
