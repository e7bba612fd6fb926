import { STATE_REGION_ID } from '@nzr/graph-schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { propertiesOf } from '../../lib/nodeProperties';
import { NODE_LABEL_VALUES, RELATIONSHIP_TYPE_VALUES, SECTOR_VALUES } from '../../lib/domain';
import { CheckboxGroup } from './CheckboxGroup';
import { DateFilter } from './DateFilter';
import { NO_FILTERS, countActiveFilters } from './filters';
import type { MapFilters } from './filters';
import type { FilterPanelOptions } from './options.fragment';
import { RegionPicker } from './RegionPicker';

export interface FilterPanelProps {
  readonly filters: MapFilters;
  readonly options: FilterPanelOptions | undefined;
  readonly onChange: (filters: MapFilters) => void;
}

/**
 * Region, topic, network, date, sector, node kind and relation kind; every change is applied at once (a typed
 * date after a short pause, see DateFilter).
 */
export function FilterPanel({ filters, options, onChange }: FilterPanelProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const set = (patch: Partial<MapFilters>) => onChange({ ...filters, ...patch });
  const english = i18n.resolvedLanguage === 'en';
  const topics = (options?.topics.edges ?? []).map(({ node }) => ({
    id: node.id,
    name: (english && propertiesOf<'Topic'>(node.properties).nameEn) || node.name,
  }));
  const active = countActiveFilters(filters);
  return (
    <section className="filters" aria-labelledby={`${id}-heading`}>
      <div className="section-heading">
        <h2 id={`${id}-heading`}>{t('filters.heading')}</h2>
        {active > 0 && (
          <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
            {t('filters.reset', { count: active })}
          </button>
        )}
      </div>
      <RegionPicker
        regionId={filters.regionId}
        districts={options?.districts.nodes.filter((node) => node.id !== STATE_REGION_ID) ?? []}
        onChange={(regionId) => set({ regionId })}
      />
      <label htmlFor={`${id}-topic`}>{t('filters.topic')}</label>
      <select
        id={`${id}-topic`}
        value={filters.topicId ?? ''}
        onChange={(event) => set({ topicId: event.target.value || null })}
      >
        <option value="">{t('filters.allTopics')}</option>
        {topics.map((topic) => (
          <option key={topic.id} value={topic.id}>
            {topic.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-network`}>{t('filters.network')}</label>
      <select
        id={`${id}-network`}
        value={filters.networkId ?? ''}
        onChange={(event) => set({ networkId: event.target.value || null })}
      >
        <option value="">{t('filters.allNetworks')}</option>
        {(options?.networks.edges ?? []).map(({ node }) => (
          <option key={node.id} value={node.id}>
            {node.name}
          </option>
        ))}
      </select>
      <DateFilter
        value={filters.activeOn}
        explanation={t('filters.dateExplanation')}
        onChange={(activeOn) => set({ activeOn })}
      />
      <CheckboxGroup
        legend={t('filters.sector')}
        values={SECTOR_VALUES}
        checked={filters.sectors}
        labelKey={(value) => `sector.${value}`}
        onChange={(sectors) => set({ sectors })}
      />
      <CheckboxGroup
        legend={t('filters.kind')}
        values={NODE_LABEL_VALUES}
        checked={filters.labels}
        labelKey={(value) => `label.${value}`}
        onChange={(labels) => set({ labels })}
      />
      <CheckboxGroup
        legend={t('filters.relation')}
        values={RELATIONSHIP_TYPE_VALUES}
        checked={filters.relationshipTypes}
        labelKey={(value) => `relation.${value}`}
        onChange={(relationshipTypes) => set({ relationshipTypes })}
      />
    </section>
  );
}
