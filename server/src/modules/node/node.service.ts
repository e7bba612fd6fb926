/**
 * Node lookups for one viewer: batched through the per-request loader, hidden persons treated as absent, and
 * personal data stripped unless the viewer may see it. Other services map store nodes through `toView` so
 * that these rules hold for every query.
 */
import { hasValidConsent, validateId } from '@nzr/graph-schema';
import type { GeoPoint, Sector, Visibility } from '@nzr/graph-schema';
import type { Viewer } from '../../auth/viewer.js';
import { validationError } from '../../store/errors.js';
import { LIMITS } from '../../store/port.js';
import type { GraphNode as StoredNode } from '../../store/port.js';
import type { NodeLoader } from './node.loader.js';
import type { GraphNode } from './node.type.js';

/** Person properties that only viewers with `seesPersonalData` get (GDPR: contact data and consent). */
const PERSONAL_PROPERTIES = new Set([
  'email',
  'consentDate',
  'consentPurpose',
  'consentWithdrawnOn',
]);

export class NodeService {
  constructor(
    private readonly loader: NodeLoader,
    readonly viewer: Viewer,
  ) {}

  async byId(id: string): Promise<GraphNode | null> {
    checkIds([id]);
    const node = await this.loader.load(id);
    return node && this.isVisible(node) ? this.toView(node) : null;
  }

  /** In the order asked; unknown and hidden ids give null. */
  async byIds(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    checkIds(ids);
    const nodes = await this.loader.loadMany(ids);
    return nodes.map((node) => {
      if (node instanceof Error) throw node;
      return node && this.isVisible(node) ? this.toView(node) : null;
    });
  }

  /** The stored node when it exists and the viewer may see it (writes need label and version). */
  async visibleStored(id: string): Promise<StoredNode | null> {
    checkIds([id]);
    const node = await this.loader.load(id);
    return node && this.isVisible(node) ? node : null;
  }

  /** Seeds the loader with nodes another query already fetched, so field resolvers need no round trip. */
  remember(nodes: readonly StoredNode[]): void {
    for (const node of nodes) this.loader.prime(node.id, node);
  }

  /** After a write: replaces cached nodes and forgets deleted ones. */
  refresh(nodes: readonly StoredNode[], deletedIds: readonly string[] = []): void {
    for (const node of nodes) this.loader.clear(node.id).prime(node.id, node);
    for (const id of deletedIds) this.loader.clear(id);
  }

  isVisible(node: StoredNode): boolean {
    if (node.label !== 'Person') return true;
    // The stores' visibility filter, applied to look-ups by id: visibility listed and valid consent.
    return (
      this.viewer.visibilities.includes(node.properties.visibility as Visibility) &&
      hasValidConsent(node.properties)
    );
  }

  /** `personal`: the person's own data for their own account (self-service), contact and consent included. */
  toView(node: StoredNode, options: { personal?: boolean } = {}): GraphNode {
    const { name, description, location, sector, visibility } = node.properties;
    const personal = this.viewer.seesPersonalData || options.personal === true;
    const properties = Object.fromEntries(
      Object.entries(node.properties).filter(
        ([key]) => personal || node.label !== 'Person' || !PERSONAL_PROPERTIES.has(key),
      ),
    );
    return {
      id: node.id,
      label: node.label,
      version: node.version,
      name: typeof name === 'string' ? name : node.id,
      description: typeof description === 'string' ? description : null,
      sector: node.label === 'Institution' ? ((sector as Sector | undefined) ?? null) : null,
      visibility: node.label === 'Person' ? ((visibility as Visibility | undefined) ?? null) : null,
      location: isGeoPoint(location) ? location : null,
      properties,
      createdAt: node.createdAt,
      updatedAt: node.updatedAt,
    };
  }
}

function checkIds(ids: readonly string[]): void {
  if (ids.length > LIMITS.MAX_IDS) {
    throw validationError([{ path: 'ids', message: `must list at most ${LIMITS.MAX_IDS} ids` }]);
  }
  const issues = ids.flatMap((id, index) =>
    validateId(id, ids.length === 1 ? 'id' : `ids[${index}]`),
  );
  if (issues.length > 0) throw validationError(issues.slice(0, 10));
}

function isGeoPoint(value: unknown): value is GeoPoint {
  return typeof value === 'object' && value !== null && 'latitude' in value && 'longitude' in value;
}
