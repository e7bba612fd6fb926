/**
 * The system records of issue 15 the visibility proofs look for: introductions, pending tie proposals and
 * pending entry proposals, each naming probe persons or carrying a text only some roles may read.
 */
import type { TestApi } from '../api/test-server.js';
import { PROBES } from './visibility-fixture.js';

/** Text of an introduction's note: coordinators' work notes reach only coordinators and admins. */
export const INTRODUCTION_NOTE = 'Qxzintronotiz beim Stammtisch';
/** Text of a pending tie proposal's note: only its two sides and coordinators see a pending proposal. */
export const TIE_NOTE = 'Qxztienotiz Lastenrad';
/** A guest's and a member's pending proposals (issue 15): never public, in no query, search or export. */
export const PENDING_TITLE = 'Qxzvorschlag Reparaturinitiative';
export const OWN_TITLE = 'Qxzmeinvorschlag Tauschring';
export const CONTACT = 'qxzkontakt@example.org';

export async function seedParticipationProbes(api: TestApi): Promise<void> {
  // Introductions (issue 15): a pair of probe persons and a pair of institutions, both with a note.
  const [publicProbe, , hiddenProbe] = PROBES;
  const pairs = [
    ['int-qxz-persons', publicProbe?.id ?? '', hiddenProbe?.id ?? '', 'Person'],
    ['int-qxz-institutions', 'ins-verein-a', 'ins-nabu', 'Institution'],
  ] as const;
  for (const [id, fromId, toId, actorLabel] of pairs) {
    await api.store.saveIntroduction(
      {
        id,
        fromId,
        toId,
        actorLabel,
        source: 'link_suggestion',
        status: 'introduced',
        channel: 'meeting',
        note: INTRODUCTION_NOTE,
        introducedOn: '2026-11-30',
        introducedBy: api.accountIds.coordinator,
        regionIds: ['reg-14', 'reg-14626', 'reg-14626110'],
        tieId: null,
      },
      undefined,
      [],
    );
  }
  // Pending tie proposals (issue 15, item 2): two institutions, and a public and a hidden probe person.
  const ties = [
    ['tie-qxz-institutions', 'ins-verein-a', 'ins-nabu', 'Institution', 'COOPERATES_WITH'],
    ['tie-qxz-persons', publicProbe?.id ?? '', hiddenProbe?.id ?? '', 'Person', 'KNOWS'],
  ] as const;
  for (const [id, fromId, toId, actorLabel, type] of ties) {
    await api.store.saveTieProposal(
      {
        id,
        fromId,
        toId,
        actorLabel,
        type,
        status: 'pending',
        note: TIE_NOTE,
        proposedBy: api.accountIds.member,
        decidedBy: null,
        decidedAt: null,
        regionIds: ['reg-14', 'reg-14626', 'reg-14626110'],
        tieId: null,
      },
      undefined,
      [],
    );
  }
  for (const [id, title, submittedBy] of [
    ['pro-qxz-guest', PENDING_TITLE, null],
    ['pro-qxz-member', OWN_TITLE, api.accountIds.member],
  ] as const) {
    await api.store.saveProposal(
      {
        id,
        kind: 'new',
        targetId: null,
        label: 'Institution',
        title,
        payload: {
          label: 'Institution',
          properties: { name: title, kind: 'initiative', sector: 'civil_society' },
          regionId: 'reg-14626110',
          topicIds: ['top-citizen_energy'],
          offers: [{ name: 'Qxzwerkstatt', kind: 'rooms' }],
          needs: [],
        },
        status: 'pending',
        reason: null,
        submittedBy,
        contactEmail: CONTACT,
        sourceKey: null,
        regionIds: ['reg-14', 'reg-14626', 'reg-14626110'],
        decidedBy: null,
        decidedAt: null,
        createdIds: [],
      },
      undefined,
      [],
    );
  }
}
