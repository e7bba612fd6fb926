/**
 * The German wording is the API's `explanationDe`; these sentences are the ones the server's analysis tests
 * expect, so a change here is a change of the API's text.
 */
import { describe, expect, it } from 'vitest';
import { explainReasons, listText, wordReason } from '../reasons.js';

const known = new Map([
  ['top-energy_climate', 'Energie & Klimaschutz'],
  ['ins-stadtwerke', 'Stadtwerke'],
  ['ins-verein', 'Energieverein'],
  ['prj-solar', 'Solarschule'],
]);
const names = (id: string) => known.get(id);

describe('reasons in German', () => {
  it('word a link suggestion as one sentence', () => {
    expect(
      explainReasons(
        [
          { kind: 'sharedTopics', topicIds: ['top-energy_climate'] },
          { kind: 'distance', km: 12.4 },
          { kind: 'commonPartners', ids: ['ins-stadtwerke'] },
          { kind: 'crossSector', sectors: ['civil_society', 'business'] },
          {
            kind: 'sectorAffinity',
            sectors: ['civil_society', 'business'],
            observed: 1,
            expected: 1.25,
          },
          { kind: 'activity', counts: [1, 1], averageCount: 2 },
        ],
        'de',
        names,
      ),
    ).toBe(
      'Beide arbeiten zu Energie & Klimaschutz, 12 km entfernt, gemeinsamer Partner: Stadtwerke, ' +
        'verbindet Zivilgesellschaft und Wirtschaft, Einrichtungen dieser beiden Sektoren arbeiten in der ' +
        'Region selten zusammen (1 Kooperation, erwartet wären 1,3), beide sind schon vernetzt (je 1 Kooperation).',
    );
  });

  it('word funding, regions, brokers, cut points and clusters', () => {
    const de = (reasons: Parameters<typeof explainReasons>[0]) =>
      explainReasons(reasons, 'de', names);
    expect(
      de([
        { kind: 'matchingTopics', topicIds: ['top-education_sd'] },
        { kind: 'eligibleSectors', sectors: ['civil_society', 'education'] },
        { kind: 'deadline', date: '2026-12-01' },
      ]),
    ).toBe(
      'Passt thematisch: Bildung für nachhaltige Entwicklung (BNE), offen für Zivilgesellschaft und Bildung, ' +
        'Frist: 01.12.2026.',
    );
    expect(
      de([
        { kind: 'regionProfile', actorsPer10k: 1, crossSectorShare: 2 / 3 },
        { kind: 'newCrossSector', count: 1, since: '2025-01-01' },
      ]),
    ).toBe(
      '1 Akteur:innen je 10.000 Einwohner:innen, 67 % sektorübergreifende Kooperationen, ' +
        'seit 01.01.2025 1 neue sektorübergreifende Kooperation.',
    );
    expect(
      de([{ kind: 'brokerage', sectors: ['civil_society', 'administration'], openPairs: 2 }]),
    ).toBe('Verbindet Zivilgesellschaft mit Verwaltung & Politik (2 sonst unverbundene Paare).');
    expect(de([{ kind: 'cutOff', actors: 1 }])).toBe(
      'Ohne sie/ihn verliert 1 Akteur:in die Verbindung zum übrigen Netz.',
    );
    expect(
      de([
        {
          kind: 'clusterProfile',
          size: 4,
          topicIds: ['top-citizen_energy', 'top-energy_climate'],
          topicShares: [1, 1],
          sectors: ['civil_society'],
        },
      ]),
    ).toBe(
      '4 Akteur:innen, vor allem Bürgerenergie (100 %) und Energie & Klimaschutz (100 %); ' +
        'Sektoren: Zivilgesellschaft.',
    );
  });

  it('name the nodes a reason mentions, by id when the name is unknown', () => {
    expect(wordReason({ kind: 'path', via: ['ins-verein'] }, 'de', names)).toBe(
      'Kontakt über Energieverein',
    );
    expect(wordReason({ kind: 'goodPractice', projectIds: ['prj-solar'] }, 'de', names)).toBe(
      'gemeinsame Good-Practice-Projekte: Solarschule',
    );
    expect(wordReason({ kind: 'sharedMembers', ids: ['per-x'] }, 'de')).toBe(
      'gemeinsame Mitglieder: per-x',
    );
    expect(
      wordReason({ kind: 'offers', resourceKind: 'rooms', resourceIds: ['res-1'] }, 'de'),
    ).toBe('bietet Räume an, was gebraucht wird');
  });

  it('list up to three items, then count the rest', () => {
    expect(listText([], 'de')).toBe('');
    expect(listText(['A'], 'de')).toBe('A');
    expect(listText(['A', 'B'], 'de')).toBe('A und B');
    expect(listText(['A', 'B', 'C'], 'de')).toBe('A, B und C');
    expect(listText(['A', 'B', 'C', 'D', 'E'], 'de')).toBe('A, B, C und 2 weitere');
    expect(listText(['A', 'B', 'C', 'D'], 'en')).toBe('A, B, C and 1 more');
  });
});
