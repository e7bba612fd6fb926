import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export type QueueScopeChoice = 'mine' | 'all';

/** "Nur meine Regionen / Ganz Sachsen": which part of a coordinator's queue is listed. */
export function QueueScopeSwitch({
  scope,
  onChange,
}: {
  readonly scope: QueueScopeChoice;
  readonly onChange: (scope: QueueScopeChoice) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  const choices: readonly QueueScopeChoice[] = ['mine', 'all'];
  return (
    <fieldset className="queue-scope">
      <legend>{t('queueScope.legend')}</legend>
      {choices.map((choice) => (
        <label key={choice}>
          <input
            type="radio"
            name={name}
            value={choice}
            checked={scope === choice}
            onChange={() => onChange(choice)}
          />{' '}
          {t(`queueScope.${choice}`)}
        </label>
      ))}
      <p className="hint">{t('queueScope.hint')}</p>
    </fieldset>
  );
}
