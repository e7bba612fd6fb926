import { useMutation } from '@apollo/client/react';
import { INTRODUCTION_CHANNELS, INTRODUCTION_NOTE_MAX_LENGTH } from '@nzr/graph-schema';
import type { IntroductionSource } from '@nzr/graph-schema';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { IntroductionChannel } from '../../generated/graphql';
import { EmailText } from './EmailText';
import { RECORD_INTRODUCTION } from './introductions.queries';

export interface IntroduceButtonProps {
  readonly from: { readonly id: string; readonly name: string };
  readonly to: { readonly id: string; readonly name: string };
  readonly source: IntroductionSource;
}

/** "Vernetzung anstoßen" on a suggestion, ally or match: records the introduction and offers the e-mail. */
export function IntroduceButton({ from, to, source }: IntroduceButtonProps) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [channel, setChannel] = useState<IntroductionChannel | ''>('email');
  const [note, setNote] = useState('');
  const [onlySuggest, setOnlySuggest] = useState(false);
  const [record, { data, loading, error }] = useMutation(RECORD_INTRODUCTION);
  const names = { fromName: from.name, toName: to.name };
  const recorded = data?.recordIntroduction;
  if (recorded) {
    return (
      <div className="introduce">
        <p role="status">
          {t('introductions.recorded', { status: t(`enum.introductionStatus.${recorded.status}`) })}
        </p>
        <EmailText {...names} />
      </div>
    );
  }
  if (!open) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={t('introductions.introduceFor', names)}
      >
        {t('introductions.introduce')}
      </button>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      fromId: from.id,
      toId: to.id,
      source,
      status: onlySuggest ? ('suggested' as const) : ('introduced' as const),
      channel: channel === '' ? null : channel,
      note: note.trim() === '' ? null : note.trim(),
    };
    await record({ variables: { input } }).catch(() => null);
  };
  return (
    <form className="form introduce" onSubmit={(event) => void submit(event)}>
      <p className="muted">{t('introductions.introduceFor', names)}</p>
      <div className="field">
        <label htmlFor={`${id}-channel`}>{t('introductions.channel')}</label>
        <select
          id={`${id}-channel`}
          value={channel}
          onChange={(event) => setChannel(event.target.value as IntroductionChannel | '')}
        >
          <option value="">{t('introductions.noChannel')}</option>
          {INTRODUCTION_CHANNELS.map((entry) => (
            <option key={entry.value} value={entry.value}>
              {t(`enum.introductionChannel.${entry.value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('introductions.note')}</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={INTRODUCTION_NOTE_MAX_LENGTH}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={onlySuggest}
          onChange={(event) => setOnlySuggest(event.target.checked)}
        />{' '}
        {t('introductions.onlySuggest')}
      </label>
      {error && <ErrorMessage error={error} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={loading}>
          {t('introductions.save')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('introductions.cancel')}
        </button>
      </div>
    </form>
  );
}
