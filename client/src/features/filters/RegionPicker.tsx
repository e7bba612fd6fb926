import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { STATE_REGION_ID, districtIdOf } from '@nzr/graph-schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionPickerQuery, RegionPickerQueryVariables } from '../../generated/graphql';

/** The municipalities of one district (its PART_OF children). */
export const REGION_PICKER: TypedDocumentNode<RegionPickerQuery, RegionPickerQueryVariables> = gql`
  query RegionPicker($district: ID!) {
    neighbourhood(
      ids: [$district]
      depth: 1
      limit: 200
      relationshipTypes: [PART_OF]
      filter: { labels: [Region] }
    ) {
      nodes {
        id
        name
      }
    }
  }
`;

export interface RegionPickerProps {
  readonly regionId: string | null;
  readonly districts: readonly { readonly id: string; readonly name: string }[];
  readonly onChange: (regionId: string | null) => void;
}

/** Region at any level: all of Saxony, a district or a municipality of that district. */
export function RegionPicker({ regionId, districts, onChange }: RegionPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const district = districtIdOf(regionId);
  const { data } = useQuery(REGION_PICKER, {
    variables: { district: district ?? '' },
    skip: !district,
  });
  const collator = new Intl.Collator('de');
  const municipalities = (data?.neighbourhood.nodes ?? [])
    .filter((node) => node.id !== district && node.id !== STATE_REGION_ID)
    .toSorted((a, b) => collator.compare(a.name, b.name));
  return (
    <fieldset className="region-picker">
      <legend>{t('filters.region')}</legend>
      <label htmlFor={`${id}-district`}>{t('filters.district')}</label>
      <select
        id={`${id}-district`}
        value={district ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{t('filters.allSaxony')}</option>
        {districts.map((node) => (
          <option key={node.id} value={node.id}>
            {node.name}
          </option>
        ))}
      </select>
      {district && (
        <>
          <label htmlFor={`${id}-municipality`}>{t('filters.municipality')}</label>
          <select
            id={`${id}-municipality`}
            value={regionId === district ? '' : (regionId ?? '')}
            onChange={(event) => onChange(event.target.value || district)}
          >
            <option value="">{t('filters.wholeDistrict')}</option>
            {municipalities.map((node) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        </>
      )}
    </fieldset>
  );
}
