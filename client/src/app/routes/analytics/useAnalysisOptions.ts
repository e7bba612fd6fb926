import { useQuery } from '@apollo/client/react';
import { STATE_REGION_ID } from '@nzr/graph-schema';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DistrictLabel } from '../../../features/network-map/graph.fragment';
import { propertiesOf } from '../../../lib/nodeProperties';
import { ANALYSIS_OPTIONS } from './options.query';

/** Themes by id in the reader's language, the districts, and a name lookup for explanations. */
export function useAnalysisOptions() {
  const { i18n } = useTranslation();
  const english = i18n.resolvedLanguage === 'en';
  const { data } = useQuery(ANALYSIS_OPTIONS);
  return useMemo(() => {
    const names = new Map<string, string>();
    const topics = (data?.topics.edges ?? []).map(({ node }) => {
      const name = (english && propertiesOf<'Topic'>(node.properties).nameEn) || node.name;
      names.set(node.id, name);
      return { id: node.id, name };
    });
    const districts = (data?.districts.nodes ?? []).flatMap((node): DistrictLabel[] => {
      names.set(node.id, node.name);
      return node.location && node.id !== STATE_REGION_ID
        ? [{ id: node.id, name: node.name, location: node.location }]
        : [];
    });
    const collator = new Intl.Collator(english ? 'en' : 'de');
    topics.sort((a, b) => collator.compare(a.name, b.name));
    districts.sort((a, b) => collator.compare(a.name, b.name));
    return { topics, districts, names };
  }, [data, english]);
}
