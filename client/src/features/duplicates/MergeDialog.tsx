import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { DuplicatePair_PairFragment, MergeNodesMutation } from '../../generated/graphql';
import { MERGE_NODES } from './duplicates.queries';
import { conflictingProperties, filledProperties, valueText } from './propertyChoices';

export type MergeOutcome = MergeNodesMutation['mergeNodes'];

export interface MergeDialogProps {
  readonly pair: DuplicatePair_PairFragment;
  readonly onClose: () => void;
  readonly onMerged: (outcome: MergeOutcome) => void;
}

/**
 * "Zusammenführen": the coordinator picks the entry that stays and, per property both hold differently,
 * whose value it keeps; missing properties are taken without asking. Both versions shown here are sent, so a
 * change by someone else meanwhile is refused (CONFLICT) rather than overwritten.
 */
export function MergeDialog({ pair, onClose, onMerged }: MergeDialogProps) {
  const { t } = useTranslation();
  const [keepSide, setKeepSide] = useState<'a' | 'b'>('a');
  const [take, setTake] = useState<ReadonlySet<string>>(new Set());
  const [merge, { loading, error }] = useMutation(MERGE_NODES, { refetchQueries: 'active' });
  const keep = keepSide === 'a' ? pair.a : pair.b;
  const remove = keepSide === 'a' ? pair.b : pair.a;
  const keepProps = keep.properties as Record<string, unknown>;
  const removeProps = remove.properties as Record<string, unknown>;
  const conflicts = conflictingProperties(keepProps, removeProps);
  const filled = filledProperties(keepProps, removeProps);
  const propertyName = (key: string) => t(`property.${key}`, { defaultValue: key });
  const choose = (side: 'a' | 'b') => {
    setKeepSide(side);
    setTake(new Set());
  };
  const submit = async () => {
    const input = {
      keepId: keep.id,
      keepVersion: keep.version,
      removeId: remove.id,
      removeVersion: remove.version,
      takeProperties: [...take],
    };
    const result = await merge({ variables: { input } }).catch(() => null);
    if (result?.data) onMerged(result.data.mergeNodes);
  };
  return (
    <Dialog
      title={t('duplicates.mergeTitle')}
      onClose={onClose}
      closeLabel={t('duplicates.close')}
      wide
    >
      <div className="merge-dialog">
        <fieldset>
          <legend>{t('duplicates.whichStays')}</legend>
          {(['a', 'b'] as const).map((side) => (
            <label key={side} className="radio">
              <input
                type="radio"
                name="keep"
                checked={keepSide === side}
                onChange={() => choose(side)}
              />{' '}
              {pair[side].name}{' '}
              <span className="hint">{t('duplicates.idHint', { id: pair[side].id })}</span>
            </label>
          ))}
        </fieldset>
        {conflicts.length > 0 && (
          <table className="merge-properties">
            <caption>{t('duplicates.choose')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('duplicates.property')}</th>
                <th scope="col">{t('duplicates.keepValue')}</th>
                <th scope="col">{t('duplicates.takeValue')}</th>
              </tr>
            </thead>
            <tbody>
              {conflicts.map((key) => (
                <tr key={key}>
                  <th scope="row">{propertyName(key)}</th>
                  {[false, true].map((fromRemoved) => (
                    <td key={String(fromRemoved)}>
                      <label className="radio">
                        <input
                          type="radio"
                          name={`property-${key}`}
                          checked={take.has(key) === fromRemoved}
                          onChange={() => {
                            const next = new Set(take);
                            if (fromRemoved) next.add(key);
                            else next.delete(key);
                            setTake(next);
                          }}
                        />{' '}
                        {valueText(fromRemoved ? removeProps[key] : keepProps[key])}
                      </label>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {filled.length > 0 && (
          <p>{t('duplicates.filled', { names: filled.map(propertyName).join(', ') })}</p>
        )}
        <p>{t('duplicates.explain', { keep: keep.name, remove: remove.name })}</p>
        {error && <ErrorMessage error={error} />}
        <div className="button-row">
          <button
            type="button"
            className="primary"
            disabled={loading}
            onClick={() => void submit()}
          >
            {t('duplicates.mergeNow')}
          </button>
          <button type="button" onClick={onClose}>
            {t('duplicates.cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
