import { useQuery } from '@apollo/client/react';
import type { NodeLabel } from '@nzr/graph-schema';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { OwnPersonCard } from './OwnPersonCard';
import { ProposeTie } from './ProposeTie';
import { TieProposalRow } from './TieProposalRow';
import { MY_AREA } from './ties.queries';
import './ties.css';

const TIE_LABELS: readonly string[] = ['Institution', 'Person'];

/** "Mein Bereich": the entries the account acts for, ties proposed to and by them, and persons' consent. */
export function MyArea() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MY_AREA, { fetchPolicy: 'cache-and-network' });
  if (error) return <ErrorMessage error={error} />;
  if (!data) return loading ? <p role="status">{t('common.loading')}</p> : null;
  const entries = (data.me?.actors ?? [])
    .filter((actor) => TIE_LABELS.includes(actor.label))
    .map((actor) => ({ id: actor.id, name: actor.name, label: actor.label as NodeLabel }));
  const own = new Set(entries.map((entry) => entry.id));
  const proposals = data.myTieProposals.tieProposals;
  const incoming = proposals.filter((p) => p.status === 'pending' && own.has(p.to?.id ?? ''));
  const outgoing = proposals.filter((p) => !incoming.includes(p));
  return (
    <div className="my-area">
      <section aria-labelledby="my-entries">
        <h3 id="my-entries">{t('ties.entriesHeading')}</h3>
        {entries.length === 0 && data.myConsent.length === 0 ? (
          <p className="hint">{t('ties.noEntries')}</p>
        ) : (
          <ul className="plain-list">
            {entries.map((entry) => (
              <li key={entry.id}>
                {entry.name} <span className="hint">{t(`label.${entry.label}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {entries.length > 0 && <ProposeTie entries={entries} />}
      <section aria-labelledby="incoming-ties">
        <h3 id="incoming-ties">{t('ties.incoming')}</h3>
        {incoming.length === 0 && <p className="hint">{t('ties.noIncoming')}</p>}
        <ul className="result-list">
          {incoming.map((item) => (
            <TieProposalRow key={item.id} item={item} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="own-ties">
        <h3 id="own-ties">{t('ties.outgoing')}</h3>
        {outgoing.length === 0 && <p className="hint">{t('ties.noOutgoing')}</p>}
        <ul className="result-list">
          {outgoing.map((item) => (
            <TieProposalRow key={item.id} item={item} />
          ))}
        </ul>
      </section>
      {data.myConsent.length > 0 && (
        <section aria-labelledby="own-consent">
          <h3 id="own-consent">{t('ties.consent.heading')}</h3>
          <ul className="result-list">
            {data.myConsent.map((person) => (
              <OwnPersonCard key={person.id} person={person} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
