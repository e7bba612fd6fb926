import { useMutation } from '@apollo/client/react';
import { COOPERATION_KINDS } from '@nzr/graph-schema';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import type {
  CooperationKind,
  IntroductionRow_IntroductionFragment,
} from '../../generated/graphql';
import { EmailText } from './EmailText';
import { INTRODUCTION_LIST, MOVE_INTRODUCTION } from './introductions.queries';

/** One introduced pair: where it stands, and the moves it may make next. */
export function IntroductionRow({ item }: { readonly item: IntroductionRow_IntroductionFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [kind, setKind] = useState<CooperationKind>('project');
  const [showEmail, setShowEmail] = useState(false);
  // A moved pair may leave the open list (cooperating, not now): the lists are asked again.
  const [move, { loading, error }] = useMutation(MOVE_INTRODUCTION, {
    refetchQueries: [INTRODUCTION_LIST],
  });
  const fromName = item.from?.name ?? t('introductions.missingActor');
  const toName = item.to?.name ?? t('introductions.missingActor');
  const status = (value: string) => t(`enum.introductionStatus.${value}`);
  const moveTo = (next: (typeof item.nextStatuses)[number]) =>
    move({
      variables: {
        input: {
          id: item.id,
          status: next,
          expectedVersion: item.version,
          cooperationKind:
            next === 'cooperating' && item.actorLabel === 'Institution' ? kind : null,
        },
      },
    }).catch(() => null);
  const details = [
    item.introducedOn
      ? t('introductions.introducedOn', { date: format.date(item.introducedOn) })
      : null,
    item.channel
      ? t('introductions.via', { channel: t(`enum.introductionChannel.${item.channel}`) })
      : null,
    t('introductions.from', { source: t(`enum.introductionSource.${item.source}`) }),
  ].filter((part): part is string => part !== null);
  return (
    <li className="result-card introduction-row" data-status={item.status}>
      <div className="result-head">
        <h3>
          {fromName} <span aria-hidden="true">↔</span> {toName}
        </h3>
        <span className="badge">{status(item.status)}</span>
      </div>
      <p className="muted">{details.join(' · ')}</p>
      {item.note && <p className="note">{item.note}</p>}
      {item.nextStatuses.includes('cooperating') && item.actorLabel === 'Institution' && (
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('introductions.cooperationKind')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(e.target.value as CooperationKind)}
          >
            {COOPERATION_KINDS.map((entry) => (
              <option key={entry.value} value={entry.value}>
                {t(`enum.cooperationKind.${entry.value}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="actions">
        {item.nextStatuses.map((next) => (
          <button key={next} type="button" disabled={loading} onClick={() => void moveTo(next)}>
            {t('introductions.moveTo', { status: status(next) })}
          </button>
        ))}
        <button type="button" aria-expanded={showEmail} onClick={() => setShowEmail((v) => !v)}>
          {t('introductions.copyEmail')}
        </button>
      </div>
      {showEmail && <EmailText fromName={fromName} toName={toName} />}
      {error && <ErrorMessage error={error} />}
    </li>
  );
}
