import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ProposalCard } from './ProposalCard';
import type { ProposalEditor } from './ProposalCard';
import { PROPOSAL_QUEUE } from './proposals.queries';

export interface ProposalQueueProps {
  readonly regionId: string | null;
  /** Only the signed-in coordinator's own districts (none set: all of Saxony). */
  readonly myRegions: boolean;
  readonly Editor: ProposalEditor;
}

/** The pending proposals of a region, newest first, each decided in place. */
export function ProposalQueue({ regionId, myRegions, Editor }: ProposalQueueProps) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const { data, loading, error } = useQuery(PROPOSAL_QUEUE, {
    variables: { regionId, myRegions, status: 'pending' },
    fetchPolicy: 'cache-and-network',
  });
  const items = data?.proposals.proposals ?? [];
  return (
    <section aria-live="polite">
      {message && (
        <p role="status" className="success">
          {message}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {data && items.length === 0 && <p className="empty">{t('proposals.none')}</p>}
      <ol className="result-list proposal-list">
        {items.map((item) => (
          <ProposalCard key={item.id} proposal={item} Editor={Editor} onDecided={setMessage} />
        ))}
      </ol>
    </section>
  );
}
