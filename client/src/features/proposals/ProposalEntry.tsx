import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ProposalCardData } from './proposals.queries';

function valueText(t: TFunction, key: string, value: unknown): string {
  if (key === 'sector') return t(`sector.${String(value)}`);
  if (key === 'kind') return t(`enum.kind.${String(value)}`, { defaultValue: String(value) });
  if (typeof value === 'object' && value !== null && 'latitude' in value && 'longitude' in value) {
    const point = value as { latitude: number; longitude: number };
    return `${point.latitude}, ${point.longitude}`;
  }
  return String(value);
}

/** The proposed entry, readably: its properties, place, themes, offers and needs. */
export function ProposalEntry({ proposal }: { readonly proposal: ProposalCardData }) {
  const { t } = useTranslation();
  const { payload } = proposal;
  const properties = Object.entries(payload.properties as Record<string, unknown>);
  const resources = (list: readonly { name: string; kind: string }[]) =>
    list
      .map((r) => `${r.name} (${t(`enum.resourceKind.${r.kind}`, { defaultValue: r.kind })})`)
      .join(', ');
  return (
    <dl className="proposal-entry">
      <dt>{t('proposals.entryKind')}</dt>
      <dd>{t(`label.${payload.label}`)}</dd>
      {properties.map(([key, value]) => (
        <div key={key} className="term">
          <dt>{t(`editing.field.${key}`, { defaultValue: key })}</dt>
          <dd>{valueText(t, key, value)}</dd>
        </div>
      ))}
      <dt>{t('proposals.place')}</dt>
      <dd>{payload.region?.name ?? t('proposals.noPlace')}</dd>
      {payload.topics.length > 0 && (
        <>
          <dt>{t('proposals.topics')}</dt>
          <dd>{payload.topics.map((topic) => topic.name).join(', ')}</dd>
        </>
      )}
      {payload.offers.length > 0 && (
        <>
          <dt>{t('proposals.offers')}</dt>
          <dd>{resources(payload.offers)}</dd>
        </>
      )}
      {payload.needs.length > 0 && (
        <>
          <dt>{t('proposals.needs')}</dt>
          <dd>{resources(payload.needs)}</dd>
        </>
      )}
    </dl>
  );
}
