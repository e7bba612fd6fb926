/**
 * The honest link-suggestion figures of issue 11, per district: evaluateHeldOut (server/src/analyses/
 * suggestions/held-out-eval.ts) on each district's snapshot (the server's suggestions recipe, as the
 * linkSuggestions query builds it), for the API score and the Adamic-Adar and common-neighbours baselines on
 * the same splits. Goal: AUC against hard negatives ≥ 0.85 in every district, and above every baseline.
 */
import { evaluateHeldOut } from '@nzr/server/analyses';
import type { HeldOutOptions, HeldOutQuality, MethodQuality } from '@nzr/server/analyses';
import type { Dataset } from './datasets.js';
import { table } from './report-format.js';
import type { SuggestionQualityRow } from './results.js';
import { INSTITUTION_TIES, MAX_CORE } from './subgraphs.js';

export const AUC_GOAL = 0.85;
/** Districts with fewer ties give AUCs from a handful of pairs: listed, but marked. */
const MIN_HIDDEN = 10;

export async function suggestionQuality(
  dataset: Dataset,
  options: HeldOutOptions,
  log: (line: string) => void = () => undefined,
): Promise<SuggestionQualityRow[]> {
  const rows: SuggestionQualityRow[] = [];
  for (const district of dataset.meta.districts) {
    const sub = await dataset.store.subgraph({
      scope: { regionId: district.id },
      ...INSTITUTION_TIES,
      limit: MAX_CORE,
    });
    const started = performance.now();
    const quality: HeldOutQuality = evaluateHeldOut(sub, options);
    const ms = performance.now() - started;
    log(
      `  ${district.name}: AUC hard ${quality.score.aucHard.toFixed(3)} (${(ms / 1000).toFixed(1)} s)`,
    );
    rows.push({ actors: dataset.actors, district: district.name, quality, ms });
  }
  return rows;
}

const f = (x: number): string => x.toFixed(3);
const auc = (m: MethodQuality): string => f(m.aucHard);

function verdict(q: HeldOutQuality): string {
  if (q.hiddenTies < MIN_HIDDEN) return 'too few ties';
  const beats =
    q.score.aucHard > q.adamicAdar.aucHard && q.score.aucHard > q.commonNeighbours.aucHard;
  return q.score.aucHard >= AUC_GOAL && beats ? '**met**' : '**missed**';
}

/** The markdown section: one row per district, the score next to both baselines. */
export function suggestionQualitySection(
  rows: readonly SuggestionQualityRow[],
  options: Required<Pick<HeldOutOptions, 'splits' | 'hiddenShare' | 'k' | 'negativesPerTie'>>,
): string[] {
  const met = rows.filter((r) => verdict(r.quality) === '**met**').length;
  const judged = rows.filter((r) => r.quality.hiddenTies >= MIN_HIDDEN).length;
  return [
    `Per district, ${options.splits} seeded splits with ${options.hiddenShare * 100} % of the institution ties held out; weights calibrated on the training ties only. ` +
      `AUC hard: held-out ties against ${options.negativesPerTie} non-cooperating pairs each, from the same district at the same distance (±20 %, at least ±0.5 km); ` +
      `AUC random: against random non-cooperating pairs of the district (the old figure). recall: share of held-out ties the candidate generation admits at all. ` +
      `P@${options.k}: share of held-out ties among the top ${options.k} region-wide suggestions (what a coordinator sees). AA: Adamic-Adar, CN: common neighbours, on the same splits and pairs.`,
    '',
    `Goal (AUC hard ≥ ${AUC_GOAL} and above both baselines) met in ${met} of ${judged} districts with at least ${MIN_HIDDEN} held-out ties.`,
    '',
    ...table(
      [
        'actors',
        'district',
        'institutions',
        'held-out ties',
        'AUC hard: score / AA / CN',
        'goal',
        'AUC random: score / AA / CN',
        'recall',
        `P@${options.k}: score / AA / CN`,
        'time s',
      ],
      rows.map(({ actors, district, quality: q, ms }) => [
        actors.toLocaleString('en'),
        district,
        String(q.institutions),
        q.hiddenTies.toFixed(0),
        `${auc(q.score)} / ${auc(q.adamicAdar)} / ${auc(q.commonNeighbours)}`,
        verdict(q),
        `${f(q.score.aucRandom)} / ${f(q.adamicAdar.aucRandom)} / ${f(q.commonNeighbours.aucRandom)}`,
        f(q.candidateRecall),
        `${q.score.precisionAtK.toFixed(2)} / ${q.adamicAdar.precisionAtK.toFixed(2)} / ${q.commonNeighbours.precisionAtK.toFixed(2)}`,
        (ms / 1000).toFixed(1),
      ]),
    ),
  ];
}
