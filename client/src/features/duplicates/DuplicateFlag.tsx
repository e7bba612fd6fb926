import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DuplicatePairItem } from './DuplicatePairItem';
import type { MergeOutcome } from './MergeDialog';
import { POSSIBLE_DUPLICATES } from './duplicates.queries';

export interface DuplicateFlagProps {
  readonly nodeId: string;
  /** After a merge, e.g. to show the kept entry when this one was removed. */
  readonly onMerged: (outcome: MergeOutcome) => void;
}

/** "Möglicher Doppeleintrag: …" in a coordinator's details panel; nothing when there is none. */
export function DuplicateFlag({ nodeId, onMerged }: DuplicateFlagProps) {
  const { t } = useTranslation();
  const { data } = useQuery(POSSIBLE_DUPLICATES, { variables: { nodeId } });
  const pairs = data?.possibleDuplicates.pairs ?? [];
  if (pairs.length === 0) return null;
  return (
    <div className="duplicate-flag" role="note">
      <p>
        <strong>{t('duplicates.flag', { count: pairs.length })}</strong>
      </p>
      <ul>
        {pairs.map((pair) => (
          <DuplicatePairItem
            key={`${pair.a.id}+${pair.b.id}`}
            pair={pair}
            besideId={nodeId}
            onMerged={onMerged}
          />
        ))}
      </ul>
    </div>
  );
}
