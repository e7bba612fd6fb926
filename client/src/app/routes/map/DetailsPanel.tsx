import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { CreateRelationshipButton } from '../../../features/editing/CreateRelationshipButton';
import { EditRelationshipsButton } from '../../../features/editing/EditRelationshipsButton';
import { NodeEditActions } from '../../../features/editing/NodeEditActions';
import { DuplicateFlag } from '../../../features/duplicates/DuplicateFlag';
import { NodeDetails } from '../../../features/node-details/NodeDetails';
import { useCan, useViewer } from '../../viewer';
import { ProposeChangeButton } from './ProposeChangeButton';
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
  const canEdit = useCan('coordinator');
  const { viewer } = useViewer();
  const node = data?.node;
  // Members who act for the entry propose changes; coordinators edit directly.
  const proposes =
    !canEdit &&
    node &&
    (node.label === 'Institution' || node.label === 'Project') &&
    (viewer?.actorIds ?? []).includes(node.id);
  const actions = node && canEdit && (
    <>
      <div className="edit-actions">
        <NodeEditActions id={node.id} name={node.name} onDeleted={handlers.onClose} />
        <CreateRelationshipButton node={node} />
        <EditRelationshipsButton id={node.id} name={node.name} />
      </div>
      <DuplicateFlag
        nodeId={node.id}
        // The entry shown may be the one removed: show the kept one instead.
        onMerged={(outcome) => handlers.onShow(outcome.node.id)}
      />
    </>
  );
  const proposeActions = node && proposes && (
    <div className="edit-actions">
      <ProposeChangeButton id={node.id} name={node.name} />
    </div>
  );
  return (
    <aside className="details" aria-label={t('details.label')}>
      {error && <ErrorMessage error={error} />}
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {data && !data.node && <p>{t('map.notFound')}</p>}
      {node && (
        <NodeDetails
          node={node}
          graph={data.neighbourhood}
          actions={actions || proposeActions}
          {...handlers}
        />
      )}
    </aside>
  );
}
