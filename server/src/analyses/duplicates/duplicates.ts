/**
 * Possible duplicates (Doppeleinträge): two persons or two institutions whose names are equal or very similar
 * after normalisation (name-key.ts) AND that lie close together (same municipality or within NEAR_KM) or
 * share a web address / e-mail address.
 *
 * Bounded, never all pairs: entries are blocked by spatial cell (the 3×3 cells around an entry cover NEAR_KM)
 * × name word (the key, its first word and its longest word), and by contact key; only entries sharing a block
 * are compared, at most MAX_BLOCK per block (the first by id, so the result is deterministic).
 */
import type { GeoPoint } from '@nzr/graph-schema';
import { distanceKm } from '../../store/shared/geo.js';
import type { Snapshot } from '../kernel/snapshot.js';
import { locationOf, str } from '../kernel/snapshot.js';
import { nameTokens, urlKey } from './name-key.js';
import { diceSimilarity } from './similarity.js';

export const NEAR_KM = 5;
export const MIN_SIMILARITY = 0.88;
export const MAX_BLOCK = 200;
/** Cell size in degrees: 0.05° latitude ≈ 5.6 km, 0.08° longitude ≈ 5.6 km in Saxony (51° N), so the 3×3
 * cells around an entry hold everything within NEAR_KM. */
const CELL_LAT = 0.05;
const CELL_LON = 0.08;

export interface DuplicatePair {
  /** The two ids, a < b. */
  readonly a: string;
  readonly b: string;
  /** Dice similarity of the name keys, 1 for equal keys. */
  readonly similarity: number;
  readonly sameName: boolean;
  readonly sameMunicipality: boolean;
  /** Distance of the two locations (own or their municipality's), null when one is unknown. */
  readonly distanceKm: number | null;
  /** The contact both share, if any. */
  readonly sharedContact: 'url' | 'email' | null;
}

export interface DuplicateOptions {
  /** Only pairs with this entry. */
  readonly onlyId?: string;
}

interface Entry {
  readonly id: string;
  readonly label: string;
  readonly key: string;
  readonly words: readonly string[];
  readonly point: GeoPoint | null;
  readonly region: string | null;
  readonly contact: string | null;
}

function entryOf(snapshot: Snapshot, id: string): Entry | null {
  const node = snapshot.nodes.get(id);
  const name = str(node, 'name');
  if (!node || name === null) return null;
  const tokens = nameTokens(name);
  if (tokens.length === 0) return null;
  const longest = tokens.reduce((best, t) => (t.length > best.length ? t : best), '');
  const url = str(node, 'url');
  const email = str(node, 'email');
  const contact = url ? `url:${urlKey(url)}` : email ? `email:${email.trim().toLowerCase()}` : null;
  return {
    id,
    label: node.label,
    key: tokens.join(' '),
    words: [...new Set([tokens.join(' '), tokens[0] as string, longest])],
    point: locationOf(snapshot, id),
    region: snapshot.regionOf.get(id) ?? null,
    contact,
  };
}

/** The spatial cells an entry is filed under (one) and looks in (3×3), or its region when unplaced. */
function cells(entry: Entry, around: boolean): string[] {
  if (!entry.point) return entry.region === null ? [] : [`r:${entry.region}`];
  const y = Math.floor(entry.point.latitude / CELL_LAT);
  const x = Math.floor(entry.point.longitude / CELL_LON);
  if (!around) return [`${y}:${x}`];
  const out: string[] = [];
  for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) out.push(`${y + dy}:${x + dx}`);
  return out;
}

function file(blocks: Map<string, string[]>, key: string, id: string): void {
  const list = blocks.get(key);
  if (!list) blocks.set(key, [id]);
  else if (list.length < MAX_BLOCK) list.push(id);
}

function judge(a: Entry, b: Entry): DuplicatePair | null {
  if (a.label !== b.label) return null;
  const similarity = diceSimilarity(a.key, b.key);
  if (similarity < MIN_SIMILARITY) return null;
  const km = a.point && b.point ? distanceKm(a.point, b.point) : null;
  const sameMunicipality = a.region !== null && a.region === b.region;
  const sharedContact =
    a.contact !== null && a.contact === b.contact
      ? (a.contact.slice(0, a.contact.indexOf(':')) as 'url' | 'email')
      : null;
  if (!sameMunicipality && !(km !== null && km <= NEAR_KM) && sharedContact === null) return null;
  const [first, second] = a.id < b.id ? [a, b] : [b, a];
  return {
    a: first.id,
    b: second.id,
    similarity,
    sameName: a.key === b.key,
    sameMunicipality,
    distanceKm: km,
    sharedContact,
  };
}

export function findDuplicates(
  snapshot: Snapshot,
  options: DuplicateOptions = {},
): DuplicatePair[] {
  const entries = new Map<string, Entry>();
  const blocks = new Map<string, string[]>();
  for (const id of snapshot.actorIds) {
    const entry = entryOf(snapshot, id);
    if (!entry) continue;
    entries.set(id, entry);
    for (const cell of cells(entry, false))
      for (const word of entry.words) file(blocks, `${cell}|${word}`, id);
    if (entry.contact !== null) file(blocks, `c|${entry.contact}`, id);
  }
  const probes =
    options.onlyId === undefined ? [...entries.values()] : [entries.get(options.onlyId)];
  const pairs: DuplicatePair[] = [];
  const seen = new Set<string>();
  for (const entry of probes) {
    if (!entry) continue;
    const keys = cells(entry, true).flatMap((cell) => entry.words.map((w) => `${cell}|${w}`));
    if (entry.contact !== null) keys.push(`c|${entry.contact}`);
    for (const key of keys) {
      for (const other of blocks.get(key) ?? []) {
        if (other === entry.id) continue;
        const pairKey = entry.id < other ? `${entry.id} ${other}` : `${other} ${entry.id}`;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        const pair = judge(entry, entries.get(other) as Entry);
        if (pair) pairs.push(pair);
      }
    }
  }
  return pairs.sort(
    (x, y) => y.similarity - x.similarity || x.a.localeCompare(y.a) || x.b.localeCompare(y.b),
  );
}
