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
import { Blocks, ownPlace, placesAround } from './blocking.js';
import { nameTokens, qualifiers, urlKey } from './name-key.js';
import { bigramProfile, diceOfProfiles, diceSimilarity, differingWords } from './similarity.js';
import type { BigramProfile } from './similarity.js';

export const NEAR_KM = 5;
/** The place of contact blocks (web or e-mail address, wherever the entries lie). */
const CONTACT = 'contact';
export const MIN_SIMILARITY = 0.88;
/**
 * The words that differ must themselves be alike (a typo, "Zittau"/"Zitau"), not two other words that share
 * a long common part ("St. Martin"/"St. Marien", "Bader GmbH"/"Bender GmbH": two entries).
 */
export const MIN_WORD_SIMILARITY = 0.75;

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
  readonly tokens: readonly string[];
  readonly profile: BigramProfile;
  /** Directions and numbers in the name: entries that differ in them are distinct (Nord/Süd, Schule 1/2). */
  readonly qualifiers: string;
  readonly words: readonly string[];
  readonly point: GeoPoint | null;
  readonly region: string | null;
  readonly contact: string | null;
}

function entryOf(snapshot: Snapshot, id: string): Omit<Entry, 'words'> | null {
  const node = snapshot.nodes.get(id);
  const name = str(node, 'name');
  if (!node || name === null) return null;
  const tokens = nameTokens(name);
  if (tokens.length === 0) return null;
  const url = str(node, 'url');
  const email = str(node, 'email');
  const contact = url ? `url:${urlKey(url)}` : email ? `email:${email.trim().toLowerCase()}` : null;
  return {
    id,
    label: node.label,
    key: tokens.join(' '),
    tokens,
    profile: bigramProfile(tokens.join(' ')),
    qualifiers: qualifiers(tokens),
    point: locationOf(snapshot, id),
    region: snapshot.regionOf.get(id) ?? null,
    contact,
  };
}

function judge(a: Entry, b: Entry): DuplicatePair | null {
  if (a.label !== b.label || a.qualifiers !== b.qualifiers) return null;
  // Dice ≥ MIN_SIMILARITY needs bigram totals within a factor MIN_SIMILARITY / (2 - MIN_SIMILARITY).
  const [short, long] = [a.profile.total, b.profile.total].sort((x, y) => x - y) as [
    number,
    number,
  ];
  if (short < long * (MIN_SIMILARITY / (2 - MIN_SIMILARITY))) return null;
  const similarity = a.key === b.key ? 1 : diceOfProfiles(a.profile, b.profile);
  if (similarity < MIN_SIMILARITY) return null;
  const [onlyA, onlyB] = differingWords(a.tokens, b.tokens);
  // An extra word ("Ingenieurbüro" / "Ingenieurbüro Lax") names another entry; reordered words do not.
  if ((onlyA === '') !== (onlyB === '')) return null;
  if (onlyA !== '' && diceSimilarity(onlyA, onlyB) < MIN_WORD_SIMILARITY) return null;
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

/**
 * The block words of an entry: its whole key and its two rarest words in the scope (a typo in one still
 * leaves the other shared; common words like "Verein" or a city's name would make huge blocks).
 */
function blockWords(tokens: readonly string[], frequency: ReadonlyMap<string, number>): string[] {
  const rarest = [...new Set(tokens)]
    .sort((x, y) => (frequency.get(x) ?? 0) - (frequency.get(y) ?? 0) || x.localeCompare(y))
    .slice(0, 2);
  return [...new Set([tokens.join(' '), ...rarest])];
}

function entriesOf(snapshot: Snapshot): Map<string, Entry> {
  const parsed = snapshot.actorIds.flatMap((id) => entryOf(snapshot, id) ?? []);
  const frequency = new Map<string, number>();
  for (const entry of parsed)
    for (const token of new Set(entry.tokens))
      frequency.set(token, (frequency.get(token) ?? 0) + 1);
  return new Map(
    parsed.map((entry) => [entry.id, { ...entry, words: blockWords(entry.tokens, frequency) }]),
  );
}

export function findDuplicates(
  snapshot: Snapshot,
  options: DuplicateOptions = {},
): DuplicatePair[] {
  const entries = entriesOf(snapshot);
  const blocks = new Blocks();
  // Per entry, the block words (and CONTACT) it was filed under; the contact is one place for all.
  const filed = new Map<string, Set<string>>();
  for (const entry of entries.values()) {
    const words = new Set<string>();
    const own = ownPlace(entry);
    if (own !== null)
      for (const word of entry.words) if (blocks.file(word, own, entry.id)) words.add(word);
    if (entry.contact !== null && blocks.file(entry.contact, CONTACT, entry.id)) words.add(CONTACT);
    filed.set(entry.id, words);
  }
  const probes =
    options.onlyId === undefined ? [...entries.values()] : [entries.get(options.onlyId)];
  const pairs: DuplicatePair[] = [];
  for (const entry of probes) {
    if (!entry) continue;
    const mine = filed.get(entry.id) as Set<string>;
    const around = placesAround(entry);
    // Every pair once: when both were filed, the smaller id asks; otherwise the one not filed asks (the
    // other cannot find it). For one entry (onlyId) it asks about everyone.
    const candidates = new Set<string>();
    const collect = (ids: readonly string[], filedHere: boolean) => {
      for (const other of ids)
        if (other !== entry.id && (options.onlyId !== undefined || !filedHere || other > entry.id))
          candidates.add(other);
    };
    for (const word of entry.words)
      for (const place of around) collect(blocks.get(word, place), mine.has(word));
    if (entry.contact !== null) collect(blocks.get(entry.contact, CONTACT), mine.has(CONTACT));
    for (const other of candidates) {
      const pair = judge(entry, entries.get(other) as Entry);
      if (pair) pairs.push(pair);
    }
  }
  return pairs.sort(
    (x, y) => y.similarity - x.similarity || x.a.localeCompare(y.a) || x.b.localeCompare(y.b),
  );
}
