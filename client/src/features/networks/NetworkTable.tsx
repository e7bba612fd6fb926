import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { headHeight, scrollWithin } from '../../lib/scrollWithin';
import type { NetworkSummaryData } from './networks.fragment';

export interface NetworkTableProps {
  readonly networks: readonly NetworkSummaryData[];
  readonly names: ReadonlyMap<string, string>;
  /** Links per network id in the current view. */
  readonly linkCounts: ReadonlyMap<string, number>;
  readonly selectedId: string | null;
  readonly onSelect: (id: string | null) => void;
}

/** The regional networks with members, links and themes; in step with the graph's selection. */
export function NetworkTable({
  networks,
  names,
  linkCounts,
  selectedId,
  onSelect,
}: NetworkTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const body = useRef<HTMLTableSectionElement>(null);

  // A selection made on the graph scrolls its row into view.
  useEffect(() => {
    const row = body.current?.querySelector('tr[data-selected]');
    scrollWithin(row, headHeight(row));
  }, [selectedId]);

  return (
    <div className="table-scroll network-table">
      <table>
        <caption className="visually-hidden">{t('networks.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('networks.network')}</th>
            <th scope="col" className="numeric">
              {t('networks.members')}
            </th>
            <th scope="col" className="numeric">
              {t('networks.links')}
            </th>
          </tr>
        </thead>
        <tbody ref={body}>
          {networks.map((network) => {
            const selected = network.node.id === selectedId;
            return (
              <tr key={network.node.id} data-selected={selected || undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={selected}
                    onClick={() => onSelect(selected ? null : network.node.id)}
                  >
                    {network.node.name}
                  </button>
                  {network.topicIds.length > 0 && (
                    // Under the name rather than in a column of its own: the table sits beside the graph.
                    <span className="network-themes">
                      {t('networks.themes')}:{' '}
                      {network.topicIds.map((id) => names.get(id) ?? id).join(', ')}
                    </span>
                  )}
                </th>
                <td className="numeric">{format.number(network.members)}</td>
                <td className="numeric">{format.number(linkCounts.get(network.node.id) ?? 0)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
