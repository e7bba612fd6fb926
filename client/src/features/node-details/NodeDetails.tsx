import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { relationsOf } from './details.fragment';
import type { NodeDetailsGraph, NodeDetailsNode } from './details.fragment';
import { propertyRows } from './properties';
import { RelationList } from './RelationList';

export interface NodeDetailsProps {
  readonly node: NodeDetailsNode;
  readonly graph: NodeDetailsGraph | undefined;
  readonly onFocus: (id: string) => void;
  readonly onExpand: (id: string) => void;
  readonly onShow: (id: string) => void;
  readonly onClose: () => void;
  /** Further actions composed in by app/ (e.g. editing for coordinators), shown below the buttons. */
  readonly actions?: ReactNode;
}

/** Everything about one node: kind and sector, properties with German names, themes, offers/needs, relations. */
export function NodeDetails(props: NodeDetailsProps) {
  const { node, graph, onFocus, onExpand, onShow, onClose, actions } = props;
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'de';
  const rows = propertyRows(node.properties, t, language);
  const relations = graph ? relationsOf(node.id, graph) : null;
  return (
    <article className="node-details" aria-labelledby="details-heading">
      <div className="section-heading">
        <h2 id="details-heading" tabIndex={-1}>
          {node.name}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('details.close')}>
          ×
        </button>
      </div>
      <p className="result-kind">
        {t(`label.${node.label}`)}
        {node.sector ? ` · ${t(`sector.${node.sector}`)}` : ''}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => onFocus(node.id)}>
          {t('details.focus')}
        </button>
        <button type="button" onClick={() => onExpand(node.id)}>
          {t('details.expand')}
        </button>
      </div>
      {actions}
      {node.description && <p>{node.description}</p>}
      {rows.length > 0 && (
        <dl className="properties">
          {rows.map((row) => (
            <div key={row.key}>
              <dt>{row.name}</dt>
              <dd>{row.href ? <a href={row.href}>{row.value}</a> : row.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {!relations && <p role="status">{t('common.loading')}</p>}
      {relations && (
        <>
          <RelationList
            heading={t('details.themes')}
            relations={relations.themes}
            onShow={onShow}
          />
          <RelationList
            heading={t('details.offers')}
            relations={relations.offers}
            onShow={onShow}
          />
          <RelationList heading={t('details.needs')} relations={relations.needs} onShow={onShow} />
          <RelationList
            heading={t('details.relations')}
            relations={relations.others}
            showType
            onShow={onShow}
          />
          {graph?.truncated && <p className="hint">{t('details.truncated')}</p>}
        </>
      )}
    </article>
  );
}
