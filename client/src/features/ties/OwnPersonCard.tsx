import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import type { MyAreaQuery } from '../../generated/graphql';
import { ERASE_PERSON, OWN_PERSON_DATA, WITHDRAW_CONSENT } from './consent.queries';
import { MY_AREA } from './ties.queries';

type Consent = MyAreaQuery['myConsent'][number];

/** A person the account acts for: the recorded consent, withdrawing it, and the person's own data. */
export function OwnPersonCard({ person }: { readonly person: Consent }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useApolloClient();
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const options = { refetchQueries: [MY_AREA], awaitRefetchQueries: true };
  const [withdraw, withdrawing] = useMutation(WITHDRAW_CONSENT, options);
  const [erase, erasing] = useMutation(ERASE_PERSON, options);
  const download = () => {
    client
      .query({ query: OWN_PERSON_DATA, variables: { id: person.id }, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        const blob = new Blob([JSON.stringify(data?.personData, null, 2)], {
          type: 'application/json',
        });
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = `${person.id}.json`;
        link.click();
        URL.revokeObjectURL(link.href);
      })
      .catch(setFailure);
  };
  const state = person.consentWithdrawnOn
    ? t('ties.consent.withdrawnOn', { date: format.date(person.consentWithdrawnOn) })
    : person.consentDate
      ? t('ties.consent.givenOn', {
          date: format.date(person.consentDate),
          purpose: t(`enum.consentPurpose.${person.consentPurpose ?? 'network_map'}`),
        })
      : t('ties.consent.none');
  return (
    <li className="result-card own-person" data-valid={person.valid}>
      <h3>{person.name}</h3>
      <p>{state}</p>
      <p className="hint">{t(person.valid ? 'ties.consent.listed' : 'ties.consent.hidden')}</p>
      <div className="actions">
        {person.valid && (
          <ConfirmButton
            label={t('ties.consent.withdraw')}
            question={t('ties.consent.withdrawQuestion')}
            yesLabel={t('ties.consent.withdrawYes')}
            cancelLabel={t('ties.cancel')}
            disabled={withdrawing.loading}
            onConfirm={() =>
              withdraw({ variables: { personId: person.id } })
                .then(() => setDone(t('ties.consent.withdrawn')))
                .catch(setFailure)
            }
          />
        )}
        <button type="button" onClick={download}>
          {t('ties.consent.download')}
        </button>
        <ConfirmButton
          label={t('ties.consent.erase')}
          question={t('ties.consent.eraseQuestion', { name: person.name })}
          yesLabel={t('ties.consent.eraseYes')}
          cancelLabel={t('ties.cancel')}
          disabled={erasing.loading}
          onConfirm={() => erase({ variables: { id: person.id } }).catch(setFailure)}
        />
      </div>
      {done && <p role="status">{done}</p>}
      {failure !== null && <ErrorMessage error={failure} />}
    </li>
  );
}
