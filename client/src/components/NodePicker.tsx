import { useQuery } from '@apollo/client/react';
import type { NodeLabel } from '@nzr/graph-schema';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../lib/useDebouncedValue';
import { NODE_PICKER } from './nodePicker.query';
import type { PickedNode } from './nodePicker.query';

export type { PickedNode };

export interface NodePickerProps {
  readonly labels: readonly NodeLabel[];
  readonly picked: PickedNode | null;
  readonly onPick: (node: PickedNode | null) => void;
  /** Label of the search field, e.g. "Mit wem? (Name suchen)". */
  readonly fieldLabel: string;
  /** What is said once a node is picked, e.g. "Verbunden mit: …". */
  readonly pickedText: (node: PickedNode) => string;
}

/** Finds an entry by name, among the allowed labels only (the other end of a tie, an entry to link). */
export function NodePicker({ labels, picked, onPick, fieldLabel, pickedText }: NodePickerProps) {
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
        {pickedText(picked)}{' '}
        <button type="button" className="link-button" onClick={() => onPick(null)}>
          {t('common.change')}
        </button>
      </p>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{fieldLabel}</label>
      <input
        id={id}
        type="search"
        autoComplete="off"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <ul className="picker-results" aria-label={t('common.results')}>
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
