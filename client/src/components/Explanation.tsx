import type { Sector } from '@nzr/graph-schema';
import { useTranslation } from 'react-i18next';
import { reasonsToEnglish } from '../lib/reasons';
import type { Reason } from '../lib/reasons';

export interface ExplanationProps {
  readonly reasons: readonly Reason[];
  readonly explanationDe: string;
  /** Display names of the ids the reasons mention (topics, regions, actors). */
  readonly names?: ReadonlyMap<string, string>;
}

/** Why a result was found: the server's German sentence, or in English the sentence built from the reasons. */
export function Explanation({ reasons, explanationDe, names }: ExplanationProps) {
  const { t, i18n } = useTranslation();
  if (i18n.resolvedLanguage !== 'en') return <p className="explanation">{explanationDe}</p>;
  const text = reasonsToEnglish(reasons, {
    name: (id) => names?.get(id),
    sector: (sector: Sector) => t(`sector.${sector}`),
    resourceKind: (kind) => t(`enum.resourceKind.${kind}`).toLowerCase(),
  });
  return (
    <p className="explanation" lang="en">
      {text || explanationDe}
    </p>
  );
}
