import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CsvDownloadButton } from '../../components/CsvDownloadButton';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TieProposalRow } from './TieProposalRow';
import { REGION_TIE_PROPOSALS } from './ties.queries';
import './ties.css';

/** Coordinators: the open tie proposals of a region, to confirm or decline on behalf of a side. */
export function RegionTieProposals({
  regionId,
  myRegions,
}: {
  readonly regionId: string | null;
  /** Only the signed-in coordinator's own districts (none set: all of Saxony). */
  readonly myRegions: boolean;
}) {
  const { t } = useTranslation();
  const { data, error } = useQuery(REGION_TIE_PROPOSALS, {
    variables: { regionId, myRegions },
  });
  const items = data?.tieProposals.tieProposals ?? [];
  return (
    <section aria-labelledby="region-ties" className="region-ties">
      <h3 id="region-ties">{t('ties.regionHeading')}</h3>
      <p className="hint">{t('ties.regionHint')}</p>
      {/* Every proposal of the region, decided ones too: who confirmed and when. */}
      <CsvDownloadButton
        path="/api/export/tie-proposals"
        params={{ regionId }}
        fallbackName="nzr-tie-proposals.csv"
      />
      {error && <ErrorMessage error={error} />}
      {data && items.length === 0 && <p className="hint">{t('ties.noPending')}</p>}
      <ul className="result-list">
        {items.map((item) => (
          <TieProposalRow key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}
