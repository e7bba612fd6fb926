/**
 * Machine-readable reasons and their plain-German rendering. Every result item carries `reasons` (so the client
 * can render any language) and `explanationDe`, produced here from the same reasons, so the two never disagree.
 * Display names come from graph-schema (SECTORS, RESOURCE_KINDS, TOPIC_TREE) or the snapshot's node names.
 */
import { RESOURCE_KINDS, SECTORS, TOPIC_TREE, topicId } from '@nzr/graph-schema';
import type { ResourceKind, Sector } from '@nzr/graph-schema';
import { nameOf } from './snapshot.js';
import type { Snapshot } from './snapshot.js';

export type Reason =
  | { readonly kind: 'sharedTopics'; readonly topicIds: readonly string[] }
  /** Themes a programme or resource shares with the asker. */
  | { readonly kind: 'matchingTopics'; readonly topicIds: readonly string[] }
  | { readonly kind: 'distance'; readonly km: number }
  | { readonly kind: 'commonPartners'; readonly ids: readonly string[] }
  | { readonly kind: 'crossSector'; readonly sectors: readonly [Sector, Sector] }
  /** Ties between the two sectors in the snapshot against chance (the pair score's sector affinity). */
  | {
      readonly kind: 'sectorAffinity';
      readonly sectors: readonly [Sector, Sector];
      readonly observed: number;
      readonly expected: number;
    }
  /** Cooperations of each of the pair, and the average per institution (the pair score's activity). */
  | {
      readonly kind: 'activity';
      readonly counts: readonly [number, number];
      readonly averageCount: number;
    }
  | { readonly kind: 'path'; readonly via: readonly string[] }
  | {
      readonly kind: 'offers';
      readonly resourceKind: ResourceKind;
      readonly resourceIds: readonly string[];
    }
  | {
      readonly kind: 'sectorGap';
      readonly sectors: readonly [Sector, Sector];
      readonly observed: number;
      readonly expected: number;
    }
  | {
      readonly kind: 'brokerage';
      readonly sectors: readonly [Sector, Sector];
      readonly openPairs: number;
    }
  | { readonly kind: 'cutOff'; readonly actors: number }
  | { readonly kind: 'sharedMembers'; readonly ids: readonly string[] }
  | { readonly kind: 'goodPractice'; readonly projectIds: readonly string[] }
  | { readonly kind: 'deadline'; readonly date: string }
  | {
      readonly kind: 'clusterProfile';
      readonly size: number;
      readonly topicIds: readonly string[];
      readonly topicShares: readonly number[];
      readonly sectors: readonly Sector[];
    }
  | { readonly kind: 'regions'; readonly ids: readonly string[] }
  | {
      readonly kind: 'regionProfile';
      readonly actorsPer10k: number | null;
      readonly crossSectorShare: number | null;
    }
  | { readonly kind: 'newCrossSector'; readonly count: number; readonly since: string }
  /** Sectors a programme is open to; empty = all. */
  | { readonly kind: 'eligibleSectors'; readonly sectors: readonly Sector[] };

const TOPIC_DE = new Map(TOPIC_TREE.map((t) => [topicId(t.key), t.de]));
const SECTOR_DE = new Map(SECTORS.map((s) => [s.value, s.de]));
const RESOURCE_DE = new Map(RESOURCE_KINDS.map((r) => [r.value, r.de]));

export function sectorDe(sector: Sector): string {
  return SECTOR_DE.get(sector) ?? sector;
}

export function topicDe(snapshot: Snapshot, id: string): string {
  return snapshot.nodes.has(id) ? nameOf(snapshot, id) : (TOPIC_DE.get(id) ?? id);
}

/** "A", "A und B", "A, B und C"; longer lists end in "und n weitere". */
export function listDe(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} und ${rest} weitere`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} und ${shown.at(-1) ?? ''}`;
}

export function kmDe(km: number): string {
  const rounded = km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
  return `${rounded.toLocaleString('de-DE')} km`;
}

export function numberDe(value: number, digits = 1): string {
  return value.toLocaleString('de-DE', { maximumFractionDigits: digits });
}

/** "1 Kooperation", "3 Kooperationen". */
export function countDe(count: number, one: string, many: string): string {
  return `${numberDe(count)} ${count === 1 ? one : many}`;
}

export function dateDe(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('de-DE', { timeZone: 'UTC' });
}

function sectorAffinityDe(
  sectors: readonly [Sector, Sector],
  observed: number,
  expected: number,
): string {
  const often = observed > expected ? 'oft' : 'selten';
  const who =
    sectors[0] === sectors[1]
      ? `Einrichtungen im Sektor ${sectorDe(sectors[0])} arbeiten in der Region ${often} miteinander zusammen`
      : `Einrichtungen dieser beiden Sektoren arbeiten in der Region ${often} zusammen`;
  return `${who} (${countDe(observed, 'Kooperation', 'Kooperationen')}, erwartet wären ${numberDe(expected)})`;
}

/** "gut vernetzt" only when each of the two has at least the average number of cooperations. */
function activityDe(counts: readonly [number, number], average: number): string {
  const [a, b] = counts;
  const how = Math.min(a, b) >= average ? 'gut' : 'schon';
  const figures =
    a === b
      ? `je ${countDe(a, 'Kooperation', 'Kooperationen')}`
      : `${numberDe(a)} und ${numberDe(b)} Kooperationen`;
  return `beide sind ${how} vernetzt (${figures})`;
}

export function reasonDe(snapshot: Snapshot, reason: Reason): string {
  const names = (ids: readonly string[]): string => listDe(ids.map((id) => nameOf(snapshot, id)));
  switch (reason.kind) {
    case 'sharedTopics':
      return `beide arbeiten zu ${listDe(reason.topicIds.map((id) => topicDe(snapshot, id)))}`;
    case 'matchingTopics':
      return `passt thematisch: ${listDe(reason.topicIds.map((id) => topicDe(snapshot, id)))}`;
    case 'distance':
      return `${kmDe(reason.km)} entfernt`;
    case 'commonPartners':
      return `${reason.ids.length === 1 ? 'gemeinsamer Partner' : 'gemeinsame Partner'}: ${names(reason.ids)}`;
    case 'crossSector':
      return `verbindet ${sectorDe(reason.sectors[0])} und ${sectorDe(reason.sectors[1])}`;
    case 'sectorAffinity':
      return sectorAffinityDe(reason.sectors, reason.observed, reason.expected);
    case 'activity':
      return activityDe(reason.counts, reason.averageCount);
    case 'path':
      return reason.via.length === 0
        ? 'bereits direkt verbunden'
        : `Kontakt über ${names(reason.via)}`;
    case 'offers':
      return `bietet ${RESOURCE_DE.get(reason.resourceKind) ?? reason.resourceKind} an, was gebraucht wird`;
    case 'sectorGap':
      return (
        `${countDe(reason.observed, 'Kooperation', 'Kooperationen')} zwischen ${sectorDe(reason.sectors[0])} und ` +
        `${sectorDe(reason.sectors[1])}, erwartet wären ${numberDe(reason.expected)}`
      );
    case 'brokerage':
      return (
        `verbindet ${sectorDe(reason.sectors[0])} mit ${sectorDe(reason.sectors[1])} ` +
        `(${countDe(reason.openPairs, 'sonst unverbundenes Paar', 'sonst unverbundene Paare')})`
      );
    case 'cutOff':
      return `ohne sie/ihn ${reason.actors === 1 ? 'verliert' : 'verlieren'} ${countDe(reason.actors, 'Akteur:in', 'Akteur:innen')} die Verbindung zum übrigen Netz`;
    case 'sharedMembers':
      return `gemeinsame Mitglieder: ${names(reason.ids)}`;
    case 'goodPractice':
      return `gemeinsame Good-Practice-Projekte: ${names(reason.projectIds)}`;
    case 'deadline':
      return `Frist: ${dateDe(reason.date)}`;
    case 'clusterProfile': {
      const themes = reason.topicIds.map(
        (id, i) => `${topicDe(snapshot, id)} (${Math.round((reason.topicShares[i] ?? 0) * 100)} %)`,
      );
      const sectors = reason.sectors.map(sectorDe);
      return (
        countDe(reason.size, 'Akteur:in', 'Akteur:innen') +
        (themes.length > 0 ? `, vor allem ${listDe(themes)}` : '') +
        (sectors.length > 0 ? `; Sektoren: ${listDe(sectors)}` : '')
      );
    }
    case 'regions':
      return `Regionen: ${names(reason.ids)}`;
    case 'regionProfile': {
      const parts: string[] = [];
      if (reason.actorsPer10k !== null) {
        parts.push(`${numberDe(reason.actorsPer10k)} Akteur:innen je 10.000 Einwohner:innen`);
      }
      if (reason.crossSectorShare !== null) {
        parts.push(
          `${Math.round(reason.crossSectorShare * 100)} % sektorübergreifende Kooperationen`,
        );
      }
      return parts.length > 0 ? parts.join(', ') : 'keine Angaben';
    }
    case 'newCrossSector':
      return `seit ${dateDe(reason.since)} ${countDe(reason.count, 'neue sektorübergreifende Kooperation', 'neue sektorübergreifende Kooperationen')}`;
    case 'eligibleSectors':
      return reason.sectors.length === 0
        ? 'offen für alle Sektoren'
        : `offen für ${listDe(reason.sectors.map(sectorDe), 6)}`;
  }
}

/** Joins reasons into one sentence starting with a capital letter. */
export function explainDe(snapshot: Snapshot, reasons: readonly Reason[]): string {
  const text = reasons.map((r) => reasonDe(snapshot, r)).join(', ');
  return text.length === 0 ? '' : `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
