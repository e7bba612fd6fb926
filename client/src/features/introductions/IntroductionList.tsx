import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvDownloadButton } from '../../components/CsvDownloadButton';
import { ErrorMessage } from '../../components/ErrorMessage';
import { IntroductionRow } from './IntroductionRow';
import { INTRODUCTION_LIST } from './introductions.queries';

/** A coordinator's introductions in a region: open ones by default, finished ones on request. */
export function IntroductionList({
  regionId,
  myRegions,
}: {
  readonly regionId: string | null;
  /** Only the signed-in coordinator's own districts (none set: all of Saxony). */
  readonly myRegions: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [showAll, setShowAll] = useState(false);
  const { data, loading, error } = useQuery(INTRODUCTION_LIST, {
    variables: { regionId, myRegions, openOnly: !showAll },
    fetchPolicy: 'cache-and-network',
  });
  const items = data?.introductions.introductions ?? [];
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        {t(showAll ? 'introductions.allList' : 'introductions.openList')}
      </h3>
      <label className="checkbox">
        <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />{' '}
        {t('introductions.showAll')}
      </label>
      {/* Every introduction of the region, open or not (the file says which state each is in). */}
      <CsvDownloadButton
        path="/api/export/introductions"
        params={{ regionId }}
        fallbackName="nzr-introductions.csv"
      />
      {error && <ErrorMessage error={error} />}
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {data && items.length === 0 && <p className="empty">{t('introductions.none')}</p>}
      <ol className="result-list introduction-list">
        {items.map((item) => (
          <IntroductionRow key={item.id} item={item} />
        ))}
      </ol>
    </section>
  );
}
