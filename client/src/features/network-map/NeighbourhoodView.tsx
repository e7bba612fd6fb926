import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Legend } from './Legend';
import { NetworkMap } from './NetworkMap';
import { MAX_MAP_NODES, NEIGHBOURHOOD_VIEW } from './neighbourhood.query';

export const DEPTHS = [1, 2] as const;

export interface NeighbourhoodViewProps {
  readonly nodeId: string;
  readonly depth: number;
  readonly onDepthChange: (depth: number) => void;
  readonly onSelectNode: (id: string) => void;
}

/** Owns the neighbourhood query for one node and shows it as a map with depth selector and legend. */
export function NeighbourhoodView({
  nodeId,
  depth,
  onDepthChange,
  onSelectNode,
}: NeighbourhoodViewProps) {
  const { t } = useTranslation();
  const depthId = useId();
  const { data, loading, error } = useQuery(NEIGHBOURHOOD_VIEW, {
    variables: { id: nodeId, depth, limit: MAX_MAP_NODES },
  });
  return (
    <section className="neighbourhood" aria-labelledby={`${depthId}-heading`} aria-busy={loading}>
      <div className="neighbourhood-header">
        <h2 id={`${depthId}-heading`}>{t('map.heading', { name: data?.node?.name ?? '…' })}</h2>
        <label htmlFor={depthId}>{t('map.depth')}</label>
        <select
          id={depthId}
          value={depth}
          onChange={(event) => onDepthChange(Number(event.target.value))}
        >
          {DEPTHS.map((value) => (
            <option key={value} value={value}>
              {t('map.depthOption', { count: value })}
            </option>
          ))}
        </select>
      </div>
      {error && <ErrorMessage error={error} />}
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {data && !data.node && <p>{t('map.notFound')}</p>}
      {data?.node && (
        <>
          {data.neighbourhood.truncated && <p role="note">{t('map.truncated')}</p>}
          <NetworkMap graph={data.neighbourhood} focusId={nodeId} onSelectNode={onSelectNode} />
          <Legend />
        </>
      )}
    </section>
  );
}
