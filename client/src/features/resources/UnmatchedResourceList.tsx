import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { UnmatchedResourceData } from './resources.fragment';

export interface UnmatchedResourceListProps {
  /** Which list: needs nothing meets, or offers no need asks for. */
  readonly side: 'needs' | 'offers';
  readonly items: readonly UnmatchedResourceData[];
  /** All of them; the list may show fewer. */
  readonly count: number;
}

/** Needs without a matching offer (or offers without a matching need): where a coordinator could look further. */
export function UnmatchedResourceList({ side, items, count }: UnmatchedResourceListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `unmatched-${side}`;
  return (
    <section aria-labelledby={headingId} className="unmatched-resources">
      <h3 id={headingId}>{t(`resources.unmatched.${side}`, { count: format.number(count) })}</h3>
      {count === 0 ? (
        <p className="empty">{t(`resources.unmatched.${side}None`)}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.resource.id}>
              <strong>{t(`enum.resourceKind.${item.kind}`)}:</strong> {item.resource.name}{' '}
              <span className="muted">– {item.owner.name}</span>
            </li>
          ))}
        </ul>
      )}
      {count > items.length && (
        <p className="hint">
          {t('resources.unmatched.more', {
            shown: format.number(items.length),
            count: format.number(count),
          })}
        </p>
      )}
    </section>
  );
}
