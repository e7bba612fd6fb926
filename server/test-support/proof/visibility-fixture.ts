/**
 * The analytics test network plus three persons with distinctive names, ids and e-mails, one per visibility,
 * wired into every path a query can take: members of institutions in two sectors and two districts (brokers),
 * acquainted with each other and with a public person, in two networks, near Görlitz, working on topics,
 * offering and needing resources, running a project. `FORBIDDEN[role]` lists what must never reach that role.
 */
import type { RelationshipType, Role, Visibility } from '@nzr/graph-schema';
import { ANALYTICS_NETWORK, analyticsNetwork } from '../analyses/network.js';
import type { UpsertBatch } from '../../src/store/port.js';
import { at } from '../fixture-builder.js';
import type { FixtureBuilder } from '../fixture-builder.js';

export interface ProbePerson {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly consentDate: string;
  readonly visibility: Visibility;
}

export const PROBES: readonly ProbePerson[] = (['public', 'members', 'coordinators'] as const).map(
  (visibility, i) => ({
    id: `per-qxz-${visibility}`,
    name: `Qxz${visibility}person Sondername`,
    email: `qxz${visibility}mail@example.org`,
    consentDate: `201${i}-11-1${i}`,
    visibility,
  }),
);

/**
 * Persons without valid consent (issue 15, item 3): public, and wired into every path like the probes, yet
 * hidden from every role in every query, analysis and export (only coordinators' `personsWithoutConsent` and
 * an admin's `personData` reach them, by design).
 */
export const CONSENTLESS: readonly ProbePerson[] = [
  { id: 'per-qxz-noconsent', name: 'Qxznoconsentperson Sondername', consentDate: '' },
  { id: 'per-qxz-withdrawn', name: 'Qxzwithdrawnperson Sondername', consentDate: '2018-05-25' },
].map((person) => ({
  ...person,
  email: `${person.id.slice(8)}mail@example.org`,
  visibility: 'public' as const,
}));

const PROBE_RELATIONS: readonly [RelationshipType, string][] = [
  ['LOCATED_IN', 'reg-14626110'],
  ['MEMBER_OF', 'ins-verein-a'],
  ['MEMBER_OF', 'ins-nabu'],
  ['MEMBER_OF', 'ins-schule'],
  ['MEMBER_OF_NETWORK', 'net-energie'],
  ['MEMBER_OF_NETWORK', 'net-leipzig'],
  ['WORKS_ON', 'top-citizen_energy'],
  ['WORKS_ON', 'top-energy_climate'],
  ['NEEDS', 'res-raum'],
  ['OFFERS', 'res-saal'],
  ['RUNS', 'proj-solarschule'],
  ['KNOWS', 'per-anna'],
  ['KNOWS', 'per-dora'],
];

const ROLE_OF: Partial<Record<RelationshipType, string>> = {
  MEMBER_OF_NETWORK: 'member',
  RUNS: 'lead',
};

/** The probe persons, each wired into every path, acquainted with the probes after it. */
function addProbes(b: FixtureBuilder, persons: readonly ProbePerson[]): FixtureBuilder {
  persons.forEach((person, i) => {
    const props = {
      name: person.name,
      visibility: person.visibility,
      email: person.email,
      ...(person.consentDate !== '' ? { consentDate: person.consentDate } : {}),
      ...(person.id === 'per-qxz-withdrawn' ? { consentWithdrawnOn: '2026-11-01' } : {}),
      description: `Beschreibung von ${person.name}`,
      ...at(51.1515 + i * 0.0003, 14.9865),
    };
    // Not `person()`, which records consent: a consent date missing means it was never given.
    b.node('Person', person.id, props);
    PROBE_RELATIONS.forEach(([type, to], j) => {
      const role = ROLE_OF[type];
      b.rel(type, person.id, to, role ? { role } : {}, `qxz-rel-${i}-${j}`);
    });
    persons.slice(i + 1).forEach((other, j) => {
      b.rel('KNOWS', person.id, other.id, {}, `qxz-knows-${i}-${j}`);
    });
  });
  return b;
}

/**
 * The full network (with the persons without consent), or (for a role) the network as if the persons it may
 * not see, and those without consent, had never been entered.
 */
export function visibilityFixture(visible?: readonly Visibility[]): UpsertBatch {
  if (visible === undefined) {
    const all = VISIBLE_TO.admin;
    return addProbes(analyticsNetwork(), [...PROBES, ...CONSENTLESS])
      .without(hiddenFrom(all))
      .batch();
  }
  return addProbes(
    analyticsNetwork(),
    PROBES.filter((person) => visible.includes(person.visibility)),
  )
    .without(hiddenFrom(visible))
    .batch();
}

function hiddenFrom(visible: readonly Visibility[]): string[] {
  const hidden = ANALYTICS_NETWORK.nodes
    .filter(
      (node) =>
        node.label === 'Person' && !visible.includes(node.properties.visibility as Visibility),
    )
    .map((node) => node.id);
  return hidden;
}

export const VISIBLE_TO: Readonly<Record<Role, readonly Visibility[]>> = {
  viewer: ['public'],
  member: ['public', 'members'],
  coordinator: ['public', 'members', 'coordinators'],
  admin: ['public', 'members', 'coordinators'],
};

/** Strings that must not appear in any answer to this role. */
export function forbiddenFor(role: Role): string[] {
  const visible = VISIBLE_TO[role];
  const personal = role === 'coordinator' || role === 'admin';
  const strings: string[] = [];
  for (const person of PROBES) {
    if (!visible.includes(person.visibility))
      strings.push(person.id, person.name.split(' ')[0] ?? '');
    if (!personal || !visible.includes(person.visibility))
      strings.push(person.email, person.consentDate);
  }
  for (const person of CONSENTLESS) strings.push(person.id, person.name.split(' ')[0] ?? '');
  for (const node of ANALYTICS_NETWORK.nodes) {
    if (node.label === 'Person' && !visible.includes(node.properties.visibility as Visibility)) {
      strings.push(node.id, String(node.properties.name));
    }
  }
  return strings.filter((text) => text !== '');
}
