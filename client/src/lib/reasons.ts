/**
 * The analytics API explains every result twice: `explanationDe` (one German sentence) and `reasons`
 * (machine-readable, a kind plus fields). German shows the server's sentence; English is rendered here from
 * the reasons, so both say the same thing. Pure: names and enum labels come in through the context.
 */
import { gql } from '@apollo/client';
import type { Sector } from '@nzr/graph-schema';

export type ReasonKind =
  | 'activity'
  | 'brokerage'
  | 'clusterProfile'
  | 'commonPartners'
  | 'crossSector'
  | 'cutOff'
  | 'deadline'
  | 'distance'
  | 'eligibleSectors'
  | 'goodPractice'
  | 'matchingTopics'
  | 'newCrossSector'
  | 'offers'
  | 'path'
  | 'regionProfile'
  | 'regions'
  | 'sectorAffinity'
  | 'sectorGap'
  | 'sharedMembers'
  | 'sharedTopics';

export interface Reason {
  readonly kind: ReasonKind;
  readonly actors?: number | null;
  readonly actorsPer10k?: number | null;
  readonly averageCount?: number | null;
  readonly count?: number | null;
  readonly counts?: readonly number[] | null;
  readonly crossSectorShare?: number | null;
  readonly date?: string | null;
  readonly expected?: number | null;
  readonly ids?: readonly string[] | null;
  readonly km?: number | null;
  readonly observed?: number | null;
  readonly openPairs?: number | null;
  readonly projectIds?: readonly string[] | null;
  readonly resourceIds?: readonly string[] | null;
  readonly resourceKind?: string | null;
  readonly sectors?: readonly Sector[] | null;
  readonly topicIds?: readonly string[] | null;
  readonly topicShares?: readonly number[] | null;
  readonly via?: readonly string[] | null;
}

/** Every field a reason may carry; spread into each analytics item's selection. */
export const EXPLANATION_REASON = gql`
  fragment Explanation_reason on Reason {
    kind
    actors
    actorsPer10k
    averageCount
    count
    counts
    crossSectorShare
    date
    expected
    ids
    km
    observed
    openPairs
    projectIds
    resourceIds
    resourceKind
    sectors
    topicIds
    topicShares
    via
  }
`;

export interface ReasonContext {
  /** Display name of a node id (topics, regions, institutions); undefined when unknown. */
  readonly name: (id: string) => string | undefined;
  readonly sector: (sector: Sector) => string;
  readonly resourceKind: (kind: string) => string;
}

const num = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const pct = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });
const list = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
const plural = (n: number, one: string, other = `${one}s`) =>
  `${num.format(n)} ${n === 1 ? one : other}`;
const dateText = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));

function names(ids: readonly string[] | null | undefined, ctx: ReasonContext, max = 3): string {
  const known = (ids ?? []).map((id) => ctx.name(id) ?? id);
  const shown = known.slice(0, max);
  if (known.length > max) shown.push(`${known.length - max} more`);
  return list.format(shown);
}

/** Actors are named only when every name is known (the API gives ids; ids are no text for readers). */
const allKnown = (ids: readonly string[] | null | undefined, ctx: ReasonContext) =>
  (ids ?? []).every((id) => ctx.name(id) !== undefined);

const sectors = (r: Reason, ctx: ReasonContext) => list.format((r.sectors ?? []).map(ctx.sector));

/** One English phrase for a reason. */
export function reasonToEnglish(r: Reason, ctx: ReasonContext): string {
  const n = (value: number | null | undefined) => value ?? 0;
  switch (r.kind) {
    case 'activity': {
      // As the server's German sentence: well connected when the geometric mean reaches the region's average.
      const [a = 0, b = 0] = r.counts ?? [];
      const how = Math.sqrt(a * b) >= n(r.averageCount) ? 'well' : 'already';
      const figures =
        a === b
          ? `${plural(a, 'cooperation')} each`
          : `${num.format(a)} and ${plural(b, 'cooperation')}`;
      return `both are ${how} connected (${figures})`;
    }
    case 'brokerage':
      return `bridges ${plural(n(r.openPairs), 'otherwise unconnected pair')} between ${sectors(r, ctx)}`;
    case 'clusterProfile': {
      const shares = r.topicShares ?? [];
      const topics = (r.topicIds ?? []).slice(0, 3).map((id, i) => {
        const share = shares[i];
        return `${ctx.name(id) ?? id}${share === undefined ? '' : ` (${pct.format(share)})`}`;
      });
      return `${plural(n(r.actors), 'actor')}, mainly ${list.format(topics)}; sectors: ${sectors(r, ctx)}`;
    }
    case 'commonPartners':
      return allKnown(r.ids, ctx)
        ? `common ${n(r.ids?.length) === 1 ? 'partner' : 'partners'}: ${names(r.ids, ctx)}`
        : plural(n(r.ids?.length), 'common partner');
    case 'crossSector':
      return `links ${sectors(r, ctx)}`;
    case 'cutOff':
      return `without this actor, ${plural(n(r.actors), 'actor')} lose their connection to the rest of the network`;
    case 'deadline':
      return r.date ? `deadline ${dateText(r.date)}` : 'no deadline';
    case 'distance':
      return `${num.format(n(r.km))} km away`;
    case 'eligibleSectors':
      return r.sectors?.length ? `open to ${sectors(r, ctx)}` : 'open to all sectors';
    case 'goodPractice':
      return `${plural(n(r.projectIds?.length), 'shared good-practice project')}`;
    case 'matchingTopics':
      return `matches the themes ${names(r.topicIds, ctx)}`;
    case 'newCrossSector':
      return `${plural(n(r.count), 'new cross-sector cooperation')}${r.date ? ` since ${dateText(r.date)}` : ''}`;
    case 'offers':
      return `offers ${r.resourceKind ? ctx.resourceKind(r.resourceKind) : 'resources'} that is needed`;
    case 'path':
      if (!r.via?.length) return 'already directly connected';
      return `reachable through ${allKnown(r.via, ctx) ? names(r.via, ctx) : plural(r.via.length, 'contact')}`;
    case 'regionProfile':
      return `${num.format(n(r.actorsPer10k))} actors per 10,000 inhabitants, ${pct.format(n(r.crossSectorShare))} of ties across sectors`;
    case 'regions':
      return `regions: ${names(r.ids, ctx)}`;
    case 'sectorAffinity': {
      const often = n(r.observed) > n(r.expected) ? 'often' : 'rarely';
      const [first, second] = r.sectors ?? [];
      const who =
        first && first === second
          ? `institutions in ${ctx.sector(first)} ${often} cooperate with each other in the region`
          : `institutions of these two sectors ${often} cooperate in the region`;
      return `${who} (${plural(n(r.observed), 'cooperation')}, ${num.format(n(r.expected))} expected)`;
    }
    case 'sectorGap':
      return `${plural(n(r.observed), 'cooperation')} between ${sectors(r, ctx)} where ${num.format(n(r.expected))} would be expected`;
    case 'sharedMembers':
      return `${plural(n(r.ids?.length), 'shared member')}`;
    case 'sharedTopics':
      return `both work on ${names(r.topicIds, ctx)}`;
  }
}

/** All reasons as one English sentence: capitalised, comma-separated, with a full stop. */
export function reasonsToEnglish(reasons: readonly Reason[], ctx: ReasonContext): string {
  const text = reasons.map((r) => reasonToEnglish(r, ctx)).join(', ');
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : '';
}
