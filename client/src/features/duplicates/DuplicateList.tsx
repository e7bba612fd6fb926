import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DuplicatePairItem } from './DuplicatePairItem';
import type { MergeOutcome } from './MergeDialog';
import { POSSIBLE_DUPLICATES } from './duplicates.queries';

/** Datenpflege: the possible duplicates of a region, most similar first, each with "Zusammenführen". */
export function DuplicateList({ regionId }: { readonly regionId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [done, setDone] = useState<MergeOutcome | null>(null);
  const { data, loading, error } = useQuery(POSSIBLE_DUPLICATES, {
    variables: { regionId },
    fetchPolicy: 'cache-and-network',
  });
  const result = data?.possibleDuplicates;
  return (
    <section aria-labelledby={`${id}-heading`} aria-busy={loading}>
      <h3 id={`${id}-heading`}>{t('duplicates.listHeading')}</h3>
      {done && (
        <p role="status" className="success">
          {t('duplicates.merged', {
            name: done.node.name,
            moved: done.movedRelationships,
            skipped: done.skippedRelationships,
          })}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {result && result.pairs.length === 0 && <p className="empty">{t('duplicates.none')}</p>}
      {result && result.pairs.length > 0 && (
        <ul className="result-list duplicate-list">
          {result.pairs.map((pair) => (
            <DuplicatePairItem key={`${pair.a.id}+${pair.b.id}`} pair={pair} onMerged={setDone} />
          ))}
        </ul>
      )}
      {result?.more && <p className="hint">{t('duplicates.more')}</p>}
    </section>
  );
}
