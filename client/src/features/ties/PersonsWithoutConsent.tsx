import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../lib/format';
import { PERSONS_WITHOUT_CONSENT, RECORD_CONSENT } from './consent.queries';

/**
 * Coordinators: "Personen ohne gültige Einwilligung", hidden everywhere else. Recording consent (today, for
 * the explorer's purpose) lists a person again; erasing is an admin's step (Verwaltung).
 */
export function PersonsWithoutConsent({ regionId }: { readonly regionId: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error } = useQuery(PERSONS_WITHOUT_CONSENT, { variables: { regionId } });
  const [record, recording] = useMutation(RECORD_CONSENT, {
    refetchQueries: [PERSONS_WITHOUT_CONSENT],
  });
  const persons = data?.personsWithoutConsent.persons ?? [];
  const today = new Date().toISOString().slice(0, 10);
  return (
    <section aria-labelledby="without-consent" className="without-consent">
      <h3 id="without-consent">{t('ties.consent.listHeading')}</h3>
      <p className="hint">{t('ties.consent.listHint')}</p>
      {(error ?? recording.error) && <ErrorMessage error={error ?? recording.error} />}
      {data && persons.length === 0 && <p className="hint">{t('ties.consent.listEmpty')}</p>}
      <ul className="plain-list">
        {persons.map((person) => (
          <li key={person.id}>
            <strong>{person.name}</strong>{' '}
            <span className="hint">
              {person.consentWithdrawnOn
                ? t('ties.consent.withdrawnOn', { date: format.date(person.consentWithdrawnOn) })
                : t('ties.consent.none')}
            </span>{' '}
            <button
              type="button"
              className="link-button"
              disabled={recording.loading}
              onClick={() =>
                record({
                  variables: { personId: person.id, consentDate: today, purpose: 'network_map' },
                }).catch(() => null)
              }
            >
              {t('ties.consent.recordToday')}
            </button>
          </li>
        ))}
      </ul>
      {data?.personsWithoutConsent.truncated && <p className="hint">{t('ties.consent.more')}</p>}
    </section>
  );
}
