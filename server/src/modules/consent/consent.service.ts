/**
 * Consent of persons (GDPR). The stores hide persons without valid consent from every filtered query; this
 * service is the way back to them: the account acting for a person sees and withdraws its own consent, and
 * coordinators list the persons without valid consent (to re-record consent or erase them) and re-record
 * it. These paths read the store unfiltered, and only for these two kinds of viewer. Writes are audited by
 * property name only (no dates, no purposes).
 */
import { hasValidConsent, roleAtLeast, validateId } from '@nzr/graph-schema';
import type { ConsentPurpose } from '@nzr/graph-schema';
import { ForbiddenError, actsFor, requireRole } from '../../auth/viewer.js';
import { StoreError, validationError } from '../../store/errors.js';
import type { GraphNode, GraphStore } from '../../store/port.js';
import type { NodeService } from '../node/node.service.js';
import type { PersonConsentView } from './consent.type.js';

const today = (): string => new Date().toISOString().slice(0, 10);
/** Persons read per page while looking for those without consent, and pages at most (bounded scan). */
const SCAN_PAGE = 100;
const MAX_SCAN_PAGES = 50;

export class ConsentService {
  constructor(
    private readonly store: GraphStore,
    private readonly nodes: NodeService,
  ) {}

  private get viewer() {
    return this.nodes.viewer;
  }

  /** The consent of each person the signed-in account acts for (whether listed or not). */
  async mine(): Promise<PersonConsentView[]> {
    requireRole(this.viewer, 'member');
    const linked = await this.store.getNodes(this.viewer.actorIds);
    return linked.filter((node) => node.label === 'Person').map(toConsentView);
  }

  /** Withdraws consent: from now on the person is hidden everywhere (the stores' visibility filter). */
  async withdraw(personId: string): Promise<PersonConsentView> {
    requireRole(this.viewer, 'member');
    const coordinator = roleAtLeast(this.viewer.role, 'coordinator');
    if (!coordinator && !actsFor(this.viewer, personId)) {
      throw new ForbiddenError(
        'Only the person (their account) or a coordinator may withdraw consent.',
      );
    }
    const person = await this.person(personId);
    if (person.properties.consentWithdrawnOn !== undefined) return toConsentView(person);
    return this.update(person, { consentWithdrawnOn: today() }, 'person.consent.withdraw');
  }

  /** Coordinators record (again) that a person consented, for a purpose: the person is listed again. */
  async record(
    personId: string,
    consentDate: string,
    purpose: ConsentPurpose,
  ): Promise<PersonConsentView> {
    requireRole(this.viewer, 'coordinator');
    const person = await this.person(personId);
    return this.update(
      person,
      { consentDate, consentPurpose: purpose, consentWithdrawnOn: null },
      'person.consent.record',
    );
  }

  /** Persons without valid consent (coordinators), by name; `truncated` when the bounded scan stopped. */
  async withoutConsent(
    regionId: string | null,
    first: number,
  ): Promise<{ persons: PersonConsentView[]; truncated: boolean }> {
    requireRole(this.viewer, 'coordinator');
    if (regionId != null) {
      const issues = validateId(regionId, 'regionId');
      if (issues.length > 0) throw validationError(issues);
    }
    const persons: PersonConsentView[] = [];
    let after: string | undefined;
    for (let page = 0; page < MAX_SCAN_PAGES; page++) {
      const result = await this.store.search({
        text: '',
        // No visibilities: this trusted path must reach exactly the persons the filter hides.
        filter: { labels: ['Person'], ...(regionId != null ? { regionId } : {}) },
        first: SCAN_PAGE,
        ...(after !== undefined ? { after } : {}),
      });
      for (const hit of result.hits) {
        if (!hasValidConsent(hit.node.properties)) persons.push(toConsentView(hit.node));
        if (persons.length === first) return { persons, truncated: true };
      }
      if (!result.hasNextPage || result.endCursor === null) return { persons, truncated: false };
      after = result.endCursor;
    }
    return { persons, truncated: true };
  }

  private async person(id: string): Promise<GraphNode> {
    const issues = validateId(id, 'personId');
    if (issues.length > 0) throw validationError(issues);
    const [node] = await this.store.getNodes([id]);
    if (!node || node.label !== 'Person') {
      throw new StoreError('NOT_FOUND', `person ${id} does not exist`);
    }
    return node;
  }

  private async update(
    person: GraphNode,
    properties: Record<string, string | null>,
    action: string,
  ): Promise<PersonConsentView> {
    const result = await this.store.applyChanges(
      [{ op: 'updateNode', id: person.id, properties, expectedVersion: person.version }],
      { actorId: this.viewer.accountId, action },
    );
    this.nodes.refresh(result.nodes);
    const updated = result.nodes.find((node) => node.id === person.id) ?? person;
    return toConsentView(updated);
  }
}

function toConsentView(node: GraphNode): PersonConsentView {
  const text = (key: string): string | null => {
    const value = node.properties[key];
    return typeof value === 'string' ? value : null;
  };
  return {
    id: node.id,
    name: text('name') ?? node.id,
    consentDate: text('consentDate'),
    consentPurpose: text('consentPurpose') as ConsentPurpose | null,
    consentWithdrawnOn: text('consentWithdrawnOn'),
    valid: hasValidConsent(node.properties),
    version: node.version,
  };
}
