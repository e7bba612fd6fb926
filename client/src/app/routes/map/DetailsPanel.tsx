import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { NodeDetails } from '../../../features/node-details/NodeDetails';
import { MAP_DETAILS } from './map.queries';

export interface DetailsPanelProps {
  readonly id: string;
  readonly onFocus: (id: string) => void;
  readonly onExpand: (id: string) => void;
  readonly onShow: (id: string) => void;
  readonly onClose: () => void;
}

/** Owns the details query of the selected node and shows the result beside the map. */
export function DetailsPanel({ id, ...handlers }: DetailsPanelProps) {
  const { t } = useTranslation();
  const { data, error, loading } = useQuery(MAP_DETAILS, { variables: { id } });
  return (
    <aside className="details" aria-label={t('details.label')}>
      {error && <ErrorMessage error={error} />}
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {data && !data.node && <p>{t('map.notFound')}</p>}
      {data?.node && <NodeDetails node={data.node} graph={data.neighbourhood} {...handlers} />}
    </aside>
  );
}
