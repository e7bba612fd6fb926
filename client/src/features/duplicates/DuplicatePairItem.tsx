import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicatePair_PairFragment } from '../../generated/graphql';
import { MergeDialog } from './MergeDialog';
import type { MergeOutcome } from './MergeDialog';
import { pairReasons } from './pairReasons';
import './duplicates.css';

export interface DuplicatePairItemProps {
  readonly pair: DuplicatePair_PairFragment;
  /** Leave out this entry's name (the details panel of one entry names only the other). */
  readonly besideId?: string;
  readonly onMerged: (outcome: MergeOutcome) => void;
}

/** One possible duplicate: both names (or the other one), why they look alike, and "Zusammenführen". */
export function DuplicatePairItem({ pair, besideId, onMerged }: DuplicatePairItemProps) {
  const { t, i18n } = useTranslation();
  const [merging, setMerging] = useState(false);
  const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'de');
  const reasons = pairReasons(pair)
    .map(({ key, values }) =>
      t(
        key,
        Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, number.format(v)])),
      ),
    )
    .join(' · ');
  const names =
    besideId === undefined
      ? `${pair.a.name} – ${pair.b.name}`
      : besideId === pair.a.id
        ? pair.b.name
        : pair.a.name;
  return (
    <li className="duplicate-pair">
      <strong>{names}</strong>
      <span className="hint"> {reasons}</span>{' '}
      <button type="button" onClick={() => setMerging(true)}>
        {t('duplicates.merge')}
      </button>
      {merging && (
        <MergeDialog
          pair={pair}
          onClose={() => setMerging(false)}
          onMerged={(outcome) => {
            setMerging(false);
            onMerged(outcome);
          }}
        />
      )}
    </li>
  );
}
