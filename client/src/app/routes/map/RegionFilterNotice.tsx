import { useTranslation } from 'react-i18next';

export interface ClearedRegion {
  /** The region filter the search pick lifted. */
  readonly regionId: string;
  /** Name of the picked node. */
  readonly name: string;
}

/** Says that a search pick lifted the region filter, and offers to set it again. */
export function RegionFilterNotice(props: {
  readonly cleared: ClearedRegion;
  readonly regionName: string;
  readonly onRestore: () => void;
}) {
  const { t } = useTranslation();
  const region = props.regionName;
  return (
    <p className="hint region-filter-notice" role="status" data-testid="region-filter-notice">
      {t('map.regionFilterCleared', { region, name: props.cleared.name })}{' '}
      <button type="button" className="link-button" onClick={props.onRestore}>
        {t('map.restoreRegionFilter', { region })}
      </button>
    </p>
  );
}
