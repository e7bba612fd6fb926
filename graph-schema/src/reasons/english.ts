/**
 * Reasons in English, for readers of the client. The client knows fewer names than the server, so actors
 * are named only when every name is known and counted otherwise.
 */
import type { Sector } from '../enums.js';
import type { NameLookup, Reason } from './kinds.js';
import {
  allNamed,
  countText,
  dateText,
  listText,
  namesText,
  numberText,
  resourceKindName,
  sectorName,
  topicName,
} from './words.js';

const count = (n: number, one: string, many = `${one}s`) => countText(n, 'en', one, many);
const number = (value: number) => numberText(value, 'en');
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });
const sectors = (values: readonly Sector[]) =>
  listText(
    values.map((value) => sectorName(value, 'en')),
    'en',
    Infinity,
  );
const date = (iso: string) => dateText(iso, 'en');

/** "well connected" only when each of the two has at least the average number of cooperations. */
function activity(counts: readonly [number, number], average: number): string {
  const [a, b] = counts;
  const how = Math.min(a, b) >= average ? 'well' : 'already';
  const figures =
    a === b ? `${count(a, 'cooperation')} each` : `${number(a)} and ${count(b, 'cooperation')}`;
  return `both are ${how} connected (${figures})`;
}

function sectorAffinity(pair: readonly [Sector, Sector], observed: number, expected: number) {
  const often = observed > expected ? 'often' : 'rarely';
  const who =
    pair[0] === pair[1]
      ? `institutions in ${sectorName(pair[0], 'en')} ${often} cooperate with each other in the region`
      : `institutions of these two sectors ${often} cooperate in the region`;
  return `${who} (${count(observed, 'cooperation')}, ${number(expected)} expected)`;
}

function regionProfile(actorsPer10k: number | null, crossSectorShare: number | null): string {
  const parts: string[] = [];
  if (actorsPer10k !== null) parts.push(`${number(actorsPer10k)} actors per 10,000 inhabitants`);
  if (crossSectorShare !== null)
    parts.push(`${percent.format(crossSectorShare)} of ties across sectors`);
  return parts.length > 0 ? parts.join(', ') : 'no figures';
}

export function reasonInEnglish(reason: Reason, names: NameLookup): string {
  const named = (ids: readonly string[]) => namesText(ids, 'en', names);
  const topics = (ids: readonly string[]) =>
    listText(
      ids.map((id) => topicName(id, 'en', names)),
      'en',
    );
  switch (reason.kind) {
    case 'activity':
      return activity(reason.counts, reason.averageCount);
    case 'brokerage':
      return `bridges ${count(reason.openPairs, 'otherwise unconnected pair')} between ${sectors(reason.sectors)}`;
    case 'clusterProfile': {
      const themes = reason.topicIds.slice(0, 3).map((id, i) => {
        const share = reason.topicShares[i];
        return `${topicName(id, 'en', names)}${share === undefined ? '' : ` (${percent.format(share)})`}`;
      });
      return (
        count(reason.size, 'actor') +
        (themes.length > 0 ? `, mainly ${listText(themes, 'en')}` : '') +
        (reason.sectors.length > 0 ? `; sectors: ${sectors(reason.sectors)}` : '')
      );
    }
    case 'commonPartners':
      return allNamed(reason.ids, names)
        ? `common ${reason.ids.length === 1 ? 'partner' : 'partners'}: ${named(reason.ids)}`
        : count(reason.ids.length, 'common partner');
    case 'crossSector':
      return `links ${sectors(reason.sectors)}`;
    case 'cutOff':
      return `without this actor, ${count(reason.actors, 'actor')} lose their connection to the rest of the network`;
    case 'deadline':
      return reason.date ? `deadline ${date(reason.date)}` : 'no deadline';
    case 'distance':
      return `${number(reason.km)} km away`;
    case 'eligibleSectors':
      return reason.sectors.length > 0
        ? `open to ${sectors(reason.sectors)}`
        : 'open to all sectors';
    case 'goodPractice':
      return count(reason.projectIds.length, 'shared good-practice project');
    case 'matchingTopics':
      return `matches the themes ${topics(reason.topicIds)}`;
    case 'newCrossSector':
      return `${count(reason.count, 'new cross-sector cooperation')}${reason.since ? ` since ${date(reason.since)}` : ''}`;
    case 'offers':
      return `offers ${resourceKindName(reason.resourceKind, 'en').toLowerCase()} that is needed`;
    case 'path':
      if (reason.via.length === 0) return 'already directly connected';
      return `reachable through ${allNamed(reason.via, names) ? named(reason.via) : count(reason.via.length, 'contact')}`;
    case 'regionProfile':
      return regionProfile(reason.actorsPer10k, reason.crossSectorShare);
    case 'regions':
      return `regions: ${named(reason.ids)}`;
    case 'sectorAffinity':
      return sectorAffinity(reason.sectors, reason.observed, reason.expected);
    case 'sectorGap':
      return `${count(reason.observed, 'cooperation')} between ${sectors(reason.sectors)} where ${number(reason.expected)} would be expected`;
    case 'sharedMembers':
      return count(reason.ids.length, 'shared member');
    case 'sharedTopics':
      return `both work on ${topics(reason.topicIds)}`;
  }
}
