/**
 * Visibility leakage (issue 6, item 6): as every role, every Query field (checked against introspection, so a
 * new query cannot slip through), search, neighbourhood, every export format and scope, the import dry-run
 * report and the audit log are searched as raw text for the ids, names and e-mails of persons that role may
 * not see (and for e-mails and consent dates below coordinator). Hidden must look exactly like missing.
 */
import 'reflect-metadata';
import type { Role } from '@nzr/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../../test-support/api/test-server.js';
import type { TestApi } from '../../test-support/api/test-server.js';
import { INTERNALS } from '../../test-support/proof/api-client.js';
import {
  CONSENTLESS,
  PROBES,
  VISIBLE_TO,
  forbiddenFor,
  visibilityFixture,
} from '../../test-support/proof/visibility-fixture.js';
import {
  CONTACT,
  OWN_TITLE,
  PENDING_TITLE,
  TIE_NOTE,
  INTRODUCTION_NOTE,
  seedParticipationProbes,
} from '../../test-support/proof/participation-probes.js';
import { QUERY_ARGUMENTS } from '../../test-support/proof/visibility-queries.js';
import { answersFor, clientFor, introspect } from '../../test-support/proof/visibility-run.js';
import type { Schema } from '../../test-support/proof/visibility-run.js';

const ROLES: readonly Role[] = ['viewer', 'member', 'coordinator', 'admin'];
let api: TestApi;
let schema: Schema;

beforeAll(async () => {
  api = await startTestApi({ fixture: visibilityFixture() });
  schema = await introspect(api);
  await seedParticipationProbes(api);
});

/** Answers that show persons without consent by design: coordinators' list to re-record or erase them. */
const CONSENT_LIST = 'personsWithoutConsent(';
afterAll(() => api.close());

function expectNoLeak(role: Role, label: string, text: string): void {
  const lower = text.toLowerCase();
  for (const secret of forbiddenFor(role)) {
    expect(
      lower.includes(secret.toLowerCase()),
      `${role} sees "${secret}" in ${label}: ${text.slice(0, 600)}`,
    ).toBe(false);
  }
  expect(text, label).not.toMatch(INTERNALS);
  expect(text, label).not.toMatch(/INTERNAL_SERVER_ERROR/);
}

describe('visibility leakage', () => {
  it('covers every Query field of the schema', () => {
    const fields = schema.queryFields.map((field) => field.name).sort();
    expect(
      fields.filter((name) => !(name in QUERY_ARGUMENTS)),
      'Query fields missing from QUERY_ARGUMENTS',
    ).toEqual([]);
    expect(Object.keys(QUERY_ARGUMENTS).filter((name) => !fields.includes(name))).toEqual([]);
  });

  it.each(ROLES)('no query or export shows %s a person hidden from them', async (role) => {
    const answers = await answersFor(api, schema, role);
    for (const [label, text] of answers) {
      const coordinating = role === 'coordinator' || role === 'admin';
      if (coordinating && label.startsWith(CONSENT_LIST)) continue;
      expectNoLeak(role, label, text);
    }
    // Not vacuous: the fixture reaches the queries, and each role does see the probe persons it may see.
    const all = [...answers.values()].join('\n');
    for (const person of PROBES) {
      if (VISIBLE_TO[role].includes(person.visibility)) expect(all).toContain(person.id);
      if (role === 'admin' || role === 'coordinator') expect(all).toContain(person.email);
    }
  });

  it.each(ROLES)(
    'introductions and their notes reach %s only when a coordinator, never through an export',
    async (role) => {
      const answers = await answersFor(api, schema, role);
      const coordinating = role === 'coordinator' || role === 'admin';
      for (const [label, text] of answers) {
        const allowed = coordinating && label.startsWith('introductions(');
        expect(text.includes(INTRODUCTION_NOTE), `${role}: ${label}`).toBe(allowed);
        if (!coordinating && label.startsWith('introductions(')) {
          expect(text).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
        }
      }
      // Guests are told about institution pairs only: the persons' pair is not counted for them.
      const summary = answers.get('introductionSummary()') ?? '';
      expect(summary).toContain(`"total":${coordinating ? 2 : 1}`);
      if (coordinating) {
        const listed = answers.get('introductions(first: 50)') ?? '';
        for (const person of [PROBES[0], PROBES[2]]) expect(listed).toContain(person?.id);
      }
      // The CSV export: coordinators get the pairs (not the note, checked above), others an auth error.
      const exported = answers.get('GET /api/export/introductions') ?? '';
      if (coordinating) {
        expect(exported).toMatch(/^200 /);
        for (const person of [PROBES[0], PROBES[2]]) expect(exported).toContain(person?.id);
      } else {
        expect(exported).toMatch(role === 'viewer' ? /^401 .*UNAUTHENTICATED/ : /^403 .*FORBIDDEN/);
      }
    },
  );

  it.each(ROLES)(
    "persons without consent reach %s only through the coordinators' consent list",
    async (role) => {
      const answers = await answersFor(api, schema, role);
      const coordinating = role === 'coordinator' || role === 'admin';
      for (const [label, text] of answers) {
        const listed = CONSENTLESS.every((person) => text.includes(person.id));
        expect(listed, `${role}: ${label}`).toBe(coordinating && label.startsWith(CONSENT_LIST));
      }
    },
  );

  it.each(ROLES)(
    'pending tie proposals and their notes reach %s only when a coordinator, never a guest',
    async (role) => {
      const answers = await answersFor(api, schema, role);
      const coordinating = role === 'coordinator' || role === 'admin';
      for (const [label, text] of answers) {
        const allowed = coordinating && label.startsWith('tieProposals(');
        // The coordinators' CSV export lists the proposals, never their notes.
        const exported = coordinating && label.startsWith('GET /api/export/tie-proposals');
        expect(text.includes(TIE_NOTE), `${role}: ${label}`).toBe(allowed);
        expect(text.includes('tie-qxz-'), `${role}: ${label}`).toBe(allowed || exported);
      }
      const exported = answers.get('GET /api/export/tie-proposals') ?? '';
      if (coordinating) {
        const listed = answers.get('tieProposals()') ?? '';
        expect(listed).toContain('tie-qxz-institutions');
        expect(listed).toContain('tie-qxz-persons');
        expect(exported).toMatch(/^200 /);
        expect(exported).toContain('tie-qxz-institutions');
      } else {
        expect(exported).toMatch(role === 'viewer' ? /^401 .*UNAUTHENTICATED/ : /^403 .*FORBIDDEN/);
      }
    },
  );

  it.each(ROLES)(
    'pending proposals reach %s only as a coordinator or as their own proposer, never elsewhere',
    async (role) => {
      const answers = await answersFor(api, schema, role);
      const coordinating = role === 'coordinator' || role === 'admin';
      for (const [label, text] of answers) {
        const listing = label.startsWith('proposals(');
        expect(text.includes(PENDING_TITLE), `${role}: ${label}`).toBe(coordinating && listing);
        expect(text.includes(CONTACT), `${role}: ${label}`).toBe(coordinating && listing);
        const own = listing && (coordinating || role === 'member');
        expect(text.includes(OWN_TITLE), `${role}: ${label}`).toBe(own);
        expect(text.includes('Qxzwerkstatt'), `${role}: ${label}`).toBe(own);
      }
      // Not vacuous: the queue and its count answer coordinators.
      if (coordinating) {
        expect(answers.get('pendingProposalCount()')).toContain('"pendingProposalCount":2');
      } else {
        expect(answers.get('pendingProposalCount()')).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      }
    },
  );

  it.each(ROLES)(
    'as %s, a hidden id answers exactly like an id that does not exist',
    async (role) => {
      const client = await clientFor(api, role);
      const missing = 'per-qxz-nobody';
      const queries = [
        (id: string) => `{ node(id: "${id}") { id name } }`,
        (id: string) => `{ nodes(ids: ["${id}"]) { id } }`,
        (id: string) => `{ neighbourhood(ids: ["${id}"], depth: 2) { nodes { id } edges { id } } }`,
        (id: string) =>
          `{ alliesNearby(actorId: "${id}", radiusKm: 50) { candidates allies { node { id } } } }`,
        (id: string) => `{ resourceMatches(actorId: "${id}") { matches { need { id } } } }`,
        (id: string) =>
          `{ linkSuggestions(regionId: "reg-14", actorId: "${id}") { suggestions { a { id } } } }`,
        (id: string) => `{ personData(id: "${id}") { node { id } } }`,
        (id: string) =>
          `{ search(text: "", filter: { networkId: "${id}" }) { edges { node { id } } } }`,
      ];
      for (const person of [...PROBES, ...CONSENTLESS]) {
        const consentless = CONSENTLESS.includes(person);
        for (const query of queries) {
          // Admins reach a person without consent through personData, by design (to answer or erase).
          if (consentless && role === 'admin' && query(person.id).includes('personData')) continue;
          const hidden = await client.gqlRaw(query(person.id));
          const absent = await client.gqlRaw(query(missing));
          if (consentless || !VISIBLE_TO[role].includes(person.visibility)) {
            expect(hidden.text.replaceAll(person.id, missing), `${role}: ${query(person.id)}`).toBe(
              absent.text,
            );
          }
          expectNoLeak(role, query(person.id), hidden.text.replaceAll(person.id, ''));
        }
      }
    },
  );

  it.each(ROLES)('the import dry-run report shows %s no stored person data', async (role) => {
    const client = await clientFor(api, role);
    const memberships = [
      'person_id,institution_id,role',
      ...PROBES.map((person) => `${person.id},ins-hof,Vorstand`),
      'per-dora,ins-hof,',
      'per-qxz-nobody,ins-hof,',
    ].join('\n');
    const persons = [
      'id,name,visibility',
      ...PROBES.map((person) => `${person.id},Neuer Name,public`),
      'per-bernd,Neuer Name,bogus',
    ].join('\n');
    for (const [kind, csv] of [
      ['memberships', memberships],
      ['persons', persons],
    ] as const) {
      const response = await client.importCsv(kind, csv, 'dry-run');
      expect(response.status).toBe(role === 'viewer' ? 401 : role === 'member' ? 403 : 200);
      // Even coordinators, who may see everyone, get back only what the file said: no stored names or e-mails.
      const stored = [
        ...PROBES.flatMap((person) => [person.name, person.email]),
        'Dora Verborgen',
        'Bernd Vertraulich',
      ];
      for (const secret of stored) expect(response.text, `${kind} report`).not.toContain(secret);
      expectNoLeak(role, `${kind} dry run`, response.text.replaceAll(/per-[a-z-]+/g, ''));
    }
  });

  it('the audit log names ids and properties, never values', async () => {
    const admin = await clientFor(api, 'admin');
    const person = PROBES[1];
    if (!person) throw new Error('no probe');
    const current = await admin.gql<{ node: { version: number } }>(
      `{ node(id: "${person.id}") { version } }`,
    );
    const updated = await admin.gqlRaw(
      'mutation ($id: ID!, $v: Int!) { updateNode(id: $id, expectedVersion: $v, properties: { name: "Qxzrenamed Person", email: "qxzrenamed@example.org", description: null }) { id } }',
      { id: person.id, v: current.data?.node.version ?? 0 },
    );
    expect(updated.text).not.toMatch(/errors/);
    const erased = await admin.gqlRaw(
      `mutation { erasePerson(id: "${PROBES[2]?.id}") { deletedNodeIds } }`,
    );
    expect(erased.text).not.toMatch(/errors/);
    for (const query of [
      '{ auditLog(first: 100) { entries { id action actorId at entityIds note items { op kind id properties } } } }',
      `{ auditLog(first: 100, entityId: "${person.id}") { entries { note items { id properties } } } }`,
    ]) {
      const text = (await admin.gqlRaw(query)).text;
      expect(text).toContain(person.id);
      expect(text).toMatch(/"properties":\[[^\]]*"name"/);
      for (const value of [
        'Qxzrenamed',
        'qxzrenamed@example.org',
        ...PROBES.flatMap((p) => [p.name, p.email]),
      ]) {
        expect(text, 'a value in the audit log').not.toContain(value);
      }
    }
    for (const role of ['viewer', 'member', 'coordinator'] as const) {
      const text = (
        await (
          await clientFor(api, role)
        ).gqlRaw('{ auditLog(first: 100) { entries { entityIds } } }')
      ).text;
      expect(text).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect(text).not.toContain(person.id);
    }
  });
});
