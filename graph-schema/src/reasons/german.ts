/** Reasons in German: the sentences of the API's `explanationDe`, which must not change. */
import type { Sector } from '../enums.js';
import type { NameLookup, Reason } from './kinds.js';
import {
  countText,
  dateText,
  listText,
  namesText,
  numberText,
  resourceKindName,
  sectorName,
  topicName,
} from './words.js';

const sector = (value: Sector) => sectorName(value, 'de');
const count = (n: number, one: string, many: string) => countText(n, 'de', one, many);
const number = (value: number) => numberText(value, 'de');
const list = (items: readonly string[], max?: number) => listText(items, 'de', max);

function km(value: number): string {
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${rounded.toLocaleString('de-DE')} km`;
}

const date = (isoDate: string): string => dateText(isoDate, 'de');

function sectorAffinity(sectors: readonly [Sector, Sector], observed: number, expected: number) {
  const often = observed > expected ? 'oft' : 'selten';
  const who =
    sectors[0] === sectors[1]
      ? `Einrichtungen im Sektor ${sector(sectors[0])} arbeiten in der Region ${often} miteinander zusammen`
      : `Einrichtungen dieser beiden Sektoren arbeiten in der Region ${often} zusammen`;
  return `${who} (${count(observed, 'Kooperation', 'Kooperationen')}, erwartet wären ${number(expected)})`;
}

/** "gut vernetzt" only when each of the two has at least the average number of cooperations. */
function activity(counts: readonly [number, number], average: number): string {
  const [a, b] = counts;
  const how = Math.min(a, b) >= average ? 'gut' : 'schon';
  const figures =
    a === b
      ? `je ${count(a, 'Kooperation', 'Kooperationen')}`
      : `${number(a)} und ${number(b)} Kooperationen`;
  return `beide sind ${how} vernetzt (${figures})`;
}

function regionProfile(actorsPer10k: number | null, crossSectorShare: number | null): string {
  const parts: string[] = [];
  if (actorsPer10k !== null) {
    parts.push(`${number(actorsPer10k)} Akteur:innen je 10.000 Einwohner:innen`);
  }
  if (crossSectorShare !== null) {
    parts.push(`${Math.round(crossSectorShare * 100)} % sektorübergreifende Kooperationen`);
  }
  return parts.length > 0 ? parts.join(', ') : 'keine Angaben';
}

export function reasonInGerman(reason: Reason, names: NameLookup): string {
  const named = (ids: readonly string[]) => namesText(ids, 'de', names);
  const topics = (ids: readonly string[]) => list(ids.map((id) => topicName(id, 'de', names)));
  switch (reason.kind) {
    case 'sharedTopics':
      return `beide arbeiten zu ${topics(reason.topicIds)}`;
    case 'matchingTopics':
      return `passt thematisch: ${topics(reason.topicIds)}`;
    case 'distance':
      return `${km(reason.km)} entfernt`;
    case 'commonPartners':
      return `${reason.ids.length === 1 ? 'gemeinsamer Partner' : 'gemeinsame Partner'}: ${named(reason.ids)}`;
    case 'crossSector':
      return `verbindet ${sector(reason.sectors[0])} und ${sector(reason.sectors[1])}`;
    case 'sectorAffinity':
      return sectorAffinity(reason.sectors, reason.observed, reason.expected);
    case 'activity':
      return activity(reason.counts, reason.averageCount);
    case 'path':
      return reason.via.length === 0
        ? 'bereits direkt verbunden'
        : `Kontakt über ${named(reason.via)}`;
    case 'offers':
      return `bietet ${resourceKindName(reason.resourceKind, 'de')} an, was gebraucht wird`;
    case 'sectorGap':
      return (
        `${count(reason.observed, 'Kooperation', 'Kooperationen')} zwischen ${sector(reason.sectors[0])} und ` +
        `${sector(reason.sectors[1])}, erwartet wären ${number(reason.expected)}`
      );
    case 'brokerage':
      return (
        `verbindet ${sector(reason.sectors[0])} mit ${sector(reason.sectors[1])} ` +
        `(${count(reason.openPairs, 'sonst unverbundenes Paar', 'sonst unverbundene Paare')})`
      );
    case 'cutOff':
      return `ohne sie/ihn ${reason.actors === 1 ? 'verliert' : 'verlieren'} ${count(reason.actors, 'Akteur:in', 'Akteur:innen')} die Verbindung zum übrigen Netz`;
    case 'sharedMembers':
      return `gemeinsame Mitglieder: ${named(reason.ids)}`;
    case 'goodPractice':
      return `gemeinsame Good-Practice-Projekte: ${named(reason.projectIds)}`;
    case 'deadline':
      return `Frist: ${date(reason.date)}`;
    case 'clusterProfile': {
      const themes = reason.topicIds.map(
        (id, i) =>
          `${topicName(id, 'de', names)} (${Math.round((reason.topicShares[i] ?? 0) * 100)} %)`,
      );
      const sectors = reason.sectors.map(sector);
      return (
        count(reason.size, 'Akteur:in', 'Akteur:innen') +
        (themes.length > 0 ? `, vor allem ${list(themes)}` : '') +
        (sectors.length > 0 ? `; Sektoren: ${list(sectors)}` : '')
      );
    }
    case 'regions':
      return `Regionen: ${named(reason.ids)}`;
    case 'regionProfile':
      return regionProfile(reason.actorsPer10k, reason.crossSectorShare);
    case 'newCrossSector':
      return `seit ${date(reason.since)} ${count(reason.count, 'neue sektorübergreifende Kooperation', 'neue sektorübergreifende Kooperationen')}`;
    case 'eligibleSectors':
      return reason.sectors.length === 0
        ? 'offen für alle Sektoren'
        : `offen für ${list(reason.sectors.map(sector), 6)}`;
  }
}
