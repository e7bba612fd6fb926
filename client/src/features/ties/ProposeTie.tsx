import { useMutation } from '@apollo/client/react';
import { TIE_PROPOSAL_NOTE_MAX_LENGTH } from '@nzr/graph-schema';
import type { NodeLabel } from '@nzr/graph-schema';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NodePicker } from '../../components/NodePicker';
import type { PickedNode } from '../../components/NodePicker';
import { MY_AREA, PROPOSE_TIE } from './ties.queries';

export interface OwnEntry {
  readonly id: string;
  readonly name: string;
  readonly label: NodeLabel;
}

/** Proposes a cooperation (institutions) or an acquaintance (persons) for an entry the account acts for. */
export function ProposeTie({ entries }: { readonly entries: readonly OwnEntry[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [fromId, setFromId] = useState(entries[0]?.id ?? '');
  const [other, setOther] = useState<PickedNode | null>(null);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [propose, { loading, error }] = useMutation(PROPOSE_TIE, { refetchQueries: [MY_AREA] });
  const from = entries.find((entry) => entry.id === fromId) ?? entries[0];
  if (!from) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!other) return;
    propose({
      variables: { input: { fromId: from.id, toId: other.id, note: note.trim() || null } },
    })
      .then(() => {
        setDone(t('ties.proposed', { fromName: from.name, toName: other.name }));
        setOther(null);
        setNote('');
      })
      .catch(() => setDone(null));
  };
  return (
    <form className="propose-tie" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('ties.proposeHeading')}</h3>
      <p className="hint">{t('ties.proposeHint')}</p>
      {entries.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('ties.forEntry')}</label>
          <select
            id={`${id}-from`}
            value={from.id}
            onChange={(e) => {
              setFromId(e.target.value);
              setOther(null);
            }}
          >
            {entries.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <NodePicker
        labels={[from.label]}
        picked={other}
        onPick={setOther}
        fieldLabel={t(from.label === 'Person' ? 'ties.pickPerson' : 'ties.pickInstitution')}
        pickedText={(node) => t('ties.with', { name: node.name })}
      />
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('ties.note')}</label>
        <textarea
          id={`${id}-note`}
          maxLength={TIE_PROPOSAL_NOTE_MAX_LENGTH}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <button type="submit" className="primary" disabled={!other || loading}>
        {t('ties.propose')}
      </button>
      {done && <p role="status">{done}</p>}
      {error && <ErrorMessage error={error} />}
    </form>
  );
}
