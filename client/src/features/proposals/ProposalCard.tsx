import { useMutation } from '@apollo/client/react';
import './proposals.css';
import { useId, useState } from 'react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { ProposalEntry } from './ProposalEntry';
import { APPROVE_PROPOSAL, REJECT_PROPOSAL } from './proposals.queries';
import type { ProposalCardData } from './proposals.queries';

/** After a decision the queue and the nav count are asked again. */
const REFETCH = ['ProposalQueue', 'PendingProposalCount'];

/** The coordinator's editor of a proposed entry's properties (composed by app/: the editing feature's form). */
export type ProposalEditor = ComponentType<{
  readonly proposal: ProposalCardData;
  readonly onApprove: (properties: Record<string, unknown>) => void;
  readonly onCancel: () => void;
}>;

export interface ProposalCardProps {
  readonly proposal: ProposalCardData;
  readonly Editor: ProposalEditor;
  readonly onDecided: (message: string) => void;
}

/** One pending proposal: what it would write, hints, and approve / edit and approve / reject with reason. */
export function ProposalCard({ proposal, Editor, onDecided }: ProposalCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [mode, setMode] = useState<'view' | 'edit' | 'reject'>('view');
  const [reason, setReason] = useState('');
  const [approve, approving] = useMutation(APPROVE_PROPOSAL, { refetchQueries: REFETCH });
  const [reject, rejecting] = useMutation(REJECT_PROPOSAL, { refetchQueries: REFETCH });
  const base = { id: proposal.id, expectedVersion: proposal.version };
  const title = proposal.title;

  const doApprove = async (properties?: Record<string, unknown>) => {
    const { payload } = proposal;
    const edited = properties && {
      label: payload.label,
      properties,
      regionId: payload.region?.id ?? null,
      topicIds: payload.topics.map((topic) => topic.id),
      offers: payload.offers.map(({ name, kind }) => ({ name, kind })),
      needs: payload.needs.map(({ name, kind }) => ({ name, kind })),
    };
    await approve({ variables: { input: { ...base, payload: edited ?? null } } });
    onDecided(t('proposals.approved', { title: properties?.name ?? title }));
  };
  const doReject = async () => {
    await reject({ variables: { input: { ...base, reason } } });
    onDecided(t('proposals.rejected', { title }));
  };
  const error = approving.error ?? rejecting.error;
  return (
    <li className="proposal-card" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{title}</h4>
      <p className="hint">
        {proposal.target
          ? t('proposals.kindChange', { name: proposal.target.name })
          : t('proposals.kindNew')}{' '}
        · {t('proposals.proposedOn', { date: format.date(proposal.createdAt) })}
      </p>
      {proposal.duplicates.length > 0 && (
        <p className="warning">
          {t('proposals.duplicates', { names: proposal.duplicates.map((d) => d.name).join(', ') })}
        </p>
      )}
      {mode === 'edit' ? (
        <Editor
          proposal={proposal}
          onApprove={(properties) => void doApprove(properties).catch(() => undefined)}
          onCancel={() => setMode('view')}
        />
      ) : (
        <ProposalEntry proposal={proposal} />
      )}
      {proposal.contactEmail && (
        <p className="hint">{t('proposals.contactOf', { email: proposal.contactEmail })}</p>
      )}
      {error && <ErrorMessage error={error} />}
      {mode === 'reject' && (
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('proposals.reason')}</label>
          <textarea
            id={`${id}-reason`}
            value={reason}
            maxLength={1000}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      )}
      <div className="actions">
        {mode === 'view' && (
          <>
            <button type="button" onClick={() => void doApprove().catch(() => undefined)}>
              {t('proposals.approve')}
            </button>
            <button type="button" className="secondary" onClick={() => setMode('edit')}>
              {t('proposals.edit')}
            </button>
            <button type="button" className="secondary" onClick={() => setMode('reject')}>
              {t('proposals.reject')}
            </button>
          </>
        )}
        {mode === 'reject' && (
          <>
            <button
              type="button"
              disabled={reason.trim() === '' || rejecting.loading}
              onClick={() => void doReject().catch(() => undefined)}
            >
              {t('proposals.confirmReject')}
            </button>
            <button type="button" className="secondary" onClick={() => setMode('view')}>
              {t('proposals.cancel')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
