import { useTranslation } from 'react-i18next';
import type { Relation } from './details.fragment';

export interface RelationListProps {
  readonly heading: string;
  readonly relations: readonly Relation[];
  readonly showType?: boolean;
  readonly onShow: (id: string) => void;
}

/** One group of relations; each entry is a button that shows the related node on the map. */
export function RelationList({ heading, relations, showType = false, onShow }: RelationListProps) {
  const { t } = useTranslation();
  if (relations.length === 0) return null;
  const detail = (relation: Relation) => {
    const parts: string[] = [];
    const { kind, role } = relation.properties;
    if (relation.type === 'COOPERATES_WITH' && typeof kind === 'string') {
      parts.push(t(`enum.cooperationKind.${kind}`, { defaultValue: kind }));
    }
    if (typeof role === 'string') parts.push(t(`enum.role.${role}`, { defaultValue: role }));
    const resourceKind = relation.other.properties.kind;
    if (relation.other.label === 'Resource' && typeof resourceKind === 'string') {
      parts.push(t(`enum.resourceKind.${resourceKind}`, { defaultValue: resourceKind }));
    }
    return parts.join(', ');
  };
  return (
    <>
      <h3>
        {heading} <span className="count">({relations.length})</span>
      </h3>
      <ul className="relation-list">
        {relations.map((relation) => (
          <li key={relation.key}>
            {showType && <span className="relation-type">{t(`relation.${relation.type}`)}: </span>}
            <button type="button" className="link-button" onClick={() => onShow(relation.other.id)}>
              {relation.other.name}
            </button>
            {detail(relation) && <span className="relation-detail"> · {detail(relation)}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
