import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import type { TieProposalRow_TieProposalFragment } from '../../generated/graphql';
import { DECIDE_TIE, MY_AREA, REGION_TIE_PROPOSALS } from './ties.queries';

/** One proposed tie: who proposed it to whom, where it stands, and the decisions this viewer may take. */
export function TieProposalRow({ item }: { readonly item: TieProposalRow_TieProposalFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [decide, { loading, error }] = useMutation(DECIDE_TIE, {
    refetchQueries: [MY_AREA, REGION_TIE_PROPOSALS],
  });
  const missing = t('ties.missingActor');
  const kind = t(item.type === 'KNOWS' ? 'ties.acquaintance' : 'ties.cooperation');
  const details = [
    kind,
    t('ties.proposedAt', { date: format.date(item.proposedAt.slice(0, 10)) }),
    item.decidedAt ? t('ties.decidedAt', { date: format.date(item.decidedAt.slice(0, 10)) }) : null,
  ].filter((part): part is string => part !== null);
  return (
    <li className="result-card tie-proposal-row" data-status={item.status}>
      <div className="result-head">
        <h3>
          {item.from?.name ?? missing} <span aria-hidden="true">→</span> {item.to?.name ?? missing}
        </h3>
        <span className="badge">{t(`enum.tieProposalStatus.${item.status}`)}</span>
      </div>
      <p className="muted">{details.join(' · ')}</p>
      {item.note && <p className="note">{item.note}</p>}
      {item.decisions.length > 0 && (
        <div className="actions">
          {item.decisions.map((status) => (
            <button
              key={status}
              type="button"
              className={status === 'confirmed' ? 'primary' : undefined}
              disabled={loading}
              onClick={() =>
                decide({
                  variables: { input: { id: item.id, status, expectedVersion: item.version } },
                }).catch(() => null)
              }
            >
              {t(`ties.decide.${status}`)}
            </button>
          ))}
        </div>
      )}
      {error && <ErrorMessage error={error} />}
    </li>
  );
}
