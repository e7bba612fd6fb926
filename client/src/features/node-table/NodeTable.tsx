import { gql } from '@apollo/client';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeTable_NodeFragment } from '../../generated/graphql';
import { headHeight, scrollWithin } from '../../lib/scrollWithin';

export const NODE_TABLE_NODE = gql`
  fragment NodeTable_node on GraphNode {
    id
    name
    label
    sector
  }
`;

export type NodeTableNode = NodeTable_NodeFragment;

export interface NodeTableProps {
  readonly nodes: readonly NodeTableNode[];
  readonly degrees: ReadonlyMap<string, number>;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}

const PAGE = 100;

/** The nodes on the map as a table, in step with the map's selection: the accessible view of the map. */
export function NodeTable({ nodes, degrees, selectedId, onSelect }: NodeTableProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [shown, setShown] = useState(PAGE);
  const body = useRef<HTMLTableSectionElement>(null);
  const format = new Intl.NumberFormat(i18n.resolvedLanguage);
  const rows = useMemo(() => {
    const collator = new Intl.Collator('de');
    return nodes.toSorted(
      (a, b) =>
        (degrees.get(b.id) ?? 0) - (degrees.get(a.id) ?? 0) || collator.compare(a.name, b.name),
    );
  }, [nodes, degrees]);
  const selectedIndex = rows.findIndex((node) => node.id === selectedId);
  const visible = rows.slice(0, Math.max(shown, selectedIndex + 1));

  useEffect(() => {
    const row = body.current?.querySelector('tr[data-selected]');
    scrollWithin(row, headHeight(row));
  }, [selectedId]);

  return (
    <section className="node-table" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('table.heading', { count: nodes.length })}</h2>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.name')}</th>
              <th scope="col">{t('table.kind')}</th>
              <th scope="col">{t('table.sector')}</th>
              <th scope="col" className="numeric">
                <abbr title={t('metrics.degree.explanation')}>{t('metrics.degree.name')}</abbr>
              </th>
            </tr>
          </thead>
          <tbody ref={body}>
            {visible.map((node) => (
              <tr key={node.id} data-selected={node.id === selectedId || undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={node.id === selectedId}
                    onClick={() => onSelect(node.id)}
                  >
                    {node.name}
                  </button>
                </th>
                <td>{t(`label.${node.label}`)}</td>
                <td>{node.sector ? t(`sector.${node.sector}`) : '–'}</td>
                <td className="numeric">{format.format(degrees.get(node.id) ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {visible.length < rows.length && (
        <button type="button" onClick={() => setShown((count) => count + PAGE * 5)}>
          {t('table.more', { count: rows.length - visible.length })}
        </button>
      )}
    </section>
  );
}
