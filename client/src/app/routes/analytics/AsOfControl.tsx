import { useTranslation } from 'react-i18next';
import { DateFilter } from '../../../features/filters/DateFilter';

/**
 * The map's "Stand am" date in the analyses that take `asOf` (gaps, clusters, brokers): the same URL
 * parameter, explained for analyses, where no date means today rather than all relationships.
 */
export function AsOfControl(props: {
  readonly value: string | null;
  readonly onChange: (date: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <DateFilter
      value={props.value}
      explanation={t('filters.dateExplanationAnalysis')}
      onChange={props.onChange}
    />
  );
}
