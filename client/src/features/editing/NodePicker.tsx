import { useQuery } from '@apollo/client/react';
import type { NodeLabel } from '@nzr/graph-schema';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { NODE_PICKER } from './editing.queries';
import type { PickedNode } from './editing.queries';

export interface NodePickerProps {
  readonly labels: readonly NodeLabel[];
  readonly picked: PickedNode | null;
  readonly onPick: (node: PickedNode | null) => void;
}

/** Finds the other end of a new relationship by name, among the allowed labels only. */
export function NodePicker({ labels, picked, onPick }: NodePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const debounced = useDebouncedValue(text.trim(), 200);
  const { data } = useQuery(NODE_PICKER, {
    variables: { text: debounced, labels },
    skip: debounced.length < 2,
  });
  const hits = debounced.length < 2 ? [] : (data?.search.edges.map((edge) => edge.node) ?? []);
  if (picked) {
    return (
      <p className="picked">
        {t('editing.relationship.picked', { name: picked.name, kind: t(`label.${picked.label}`) })}{' '}
        <button type="button" className="link-button" onClick={() => onPick(null)}>
          {t('editing.relationship.change')}
        </button>
      </p>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{t('editing.relationship.other')}</label>
      <input
        id={id}
        type="search"
        autoComplete="off"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <ul className="picker-results" aria-label={t('editing.relationship.results')}>
        {hits.map((node) => (
          <li key={node.id}>
            <button type="button" className="link-button" onClick={() => onPick(node)}>
              {node.name}
            </button>{' '}
            <span className="hint">{t(`label.${node.label}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
