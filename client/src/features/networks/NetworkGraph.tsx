import { useId, useMemo, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayoutSpec } from '../../lib/cytoscape';
import { handleGraphKey } from '../../lib/graphKeys';
import { useCytoscape } from '../../lib/useCytoscape';
import { NETWORK_GRAPH_STYLE, networkElements } from './networkGraph';
import type { NetworkLinkData, NetworkSummaryData } from './networks.fragment';

export interface NetworkGraphProps {
  /** In the order of the table beside the graph: the arrow keys step through them in this order. */
  readonly networks: readonly NetworkSummaryData[];
  readonly links: readonly NetworkLinkData[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string | null) => void;
}

/**
 * The network of networks drawn as a graph. The canvas is operable by keyboard and says what it shows; the
 * table and the link list beside it carry the same content for screen readers.
 */
export function NetworkGraph({ networks, links, selectedId, onSelect }: NetworkGraphProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const container = useRef<HTMLDivElement>(null);
  const elements = useMemo(
    () =>
      networkElements(networks, links, (link) =>
        t('networks.linkLabel', {
          members: link.sharedMemberIds.length,
          topics: link.sharedTopicIds.length,
          projects: link.goodPracticeProjectIds.length,
        }),
      ),
    [networks, links, t],
  );
  const layout = useMemo(
    (): LayoutSpec => ({ name: 'fcose', elementCount: elements.length }),
    [elements.length],
  );
  const handlers = useMemo(() => ({ onSelect }), [onSelect]);
  const cy = useCytoscape(container, elements, layout, NETWORK_GRAPH_STYLE, selectedId, handlers);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const ids = networks.map((network) => network.node.id);
    if (handleGraphKey(event, { ids, selectedId, onSelect, cy: cy.current })) {
      event.preventDefault();
    }
  };

  return (
    <figure className="network-graph">
      <div
        ref={container}
        className="network-map network-graph-canvas"
        role="application"
        aria-label={t('networks.graphLabel', { networks: networks.length, links: links.length })}
        aria-describedby={hintId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="network-graph"
      />
      <figcaption>
        <p className="hint">{t('networks.graphCaption')}</p>
        <p id={hintId} className="hint">
          {t('networks.keyboardHint')}
        </p>
      </figcaption>
    </figure>
  );
}
