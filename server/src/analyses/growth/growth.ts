/**
 * The network's own growth, year by year: cooperations begun and ended, those still in force at the year's end,
 * how many of the new ones cross sectors, and how many came from an introduction ("Vernetzung anstoßen"), next
 * to the introductions made that year. Pure: the query hands in the region's cooperations (every one has an end
 * in the region: the snapshot holds the region's institutions and their partners) and its introductions.
 */
import type { Sector } from '@nzr/graph-schema';
import type { Cooperation } from '../kernel/snapshot.js';

/** Years shown at most: a coordinator looks back a decade or so, not to the first entry ever made. */
export const GROWTH_MAX_YEARS = 15;

/** What the growth needs of an introduction record (counts only leave this module). */
export interface IntroductionFacts {
  readonly introducedOn: string | null;
  readonly status: string;
  readonly tieId: string | null;
}

export interface GrowthYear {
  readonly year: number;
  /** Cooperations whose begin date lies in this year. */
  readonly started: number;
  /** Of those, between two different sectors. */
  readonly startedCrossSector: number;
  /** Of those, written when an introduced pair reached "cooperating". */
  readonly startedViaIntroduction: number;
  /** Cooperations whose end date lies in this year. */
  readonly ended: number;
  /** Dated cooperations in force on 31 December (or today, in the current year). */
  readonly activeAtEnd: number;
  /** Introductions made this year (by their day of introduction). */
  readonly introduced: number;
}

export interface NetworkGrowth {
  /** Oldest first, ending with the year of `today`. */
  readonly years: readonly GrowthYear[];
  /** Cooperations without a begin date: in force, but not placeable in a year. */
  readonly undated: number;
  /** Cooperations that began before the first year shown. */
  readonly startedEarlier: number;
  readonly introductions: number;
  readonly introductionsCooperating: number;
}

const yearOf = (isoDate: string | null): number | null =>
  isoDate === null ? null : Number(isoDate.slice(0, 4));

export function networkGrowth(
  cooperations: readonly Cooperation[],
  sectorOf: ReadonlyMap<string, Sector>,
  introductions: readonly IntroductionFacts[],
  today: string,
): NetworkGrowth {
  const lastYear = Number(today.slice(0, 4));
  const viaIntroduction = new Set(
    introductions.flatMap((i) => (i.status === 'cooperating' && i.tieId ? [i.tieId] : [])),
  );
  const dated = cooperations.filter((c) => c.from !== null && c.from <= today);
  const begun = dated.map((c) => yearOf(c.from) ?? lastYear);
  const earliest = Math.min(lastYear, ...begun);
  const firstYear = Math.max(earliest, lastYear - GROWTH_MAX_YEARS + 1);
  const years: GrowthYear[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const yearEnd = year === lastYear ? today : `${year}-12-31`;
    const startedThisYear = dated.filter((c) => yearOf(c.from) === year);
    years.push({
      year,
      started: startedThisYear.length,
      startedCrossSector: startedThisYear.filter(
        (c) => sectorOf.get(c.a) !== undefined && sectorOf.get(c.a) !== sectorOf.get(c.b),
      ).length,
      startedViaIntroduction: startedThisYear.filter((c) => viaIntroduction.has(c.id)).length,
      ended: dated.filter((c) => yearOf(c.until) === year).length,
      activeAtEnd: dated.filter(
        (c) => (c.from ?? '') <= yearEnd && (c.until === null || c.until >= yearEnd),
      ).length,
      introduced: introductions.filter((i) => yearOf(i.introducedOn) === year).length,
    });
  }
  return {
    years,
    undated: cooperations.filter((c) => c.from === null).length,
    startedEarlier: begun.filter((year) => year < firstYear).length,
    introductions: introductions.length,
    introductionsCooperating: introductions.filter((i) => i.status === 'cooperating').length,
  };
}
