import { PROPOSAL_LIMITS, PROPOSAL_RESOURCE_LABELS } from '@nzr/graph-schema';
import type { ProposalTargetLabel } from '@nzr/graph-schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NodePicker } from '../../components/NodePicker';
import type { PickedNode } from '../../components/NodePicker';
import { ResourceRows } from './ResourceRows';
import type { ResourceRow } from './resources';

export interface ProposalExtrasValue {
  readonly region: PickedNode | null;
  readonly topicIds: readonly string[];
  readonly offers: readonly ResourceRow[];
  readonly needs: readonly ResourceRow[];
  readonly contactEmail: string;
  /** The honeypot: people never see it, bots fill it. */
  readonly website: string;
}

export const NO_EXTRAS: ProposalExtrasValue = {
  region: null,
  topicIds: [],
  offers: [],
  needs: [],
  contactEmail: '',
  website: '',
};

export interface ProposalExtrasProps {
  readonly label: ProposalTargetLabel;
  readonly topics: readonly { id: string; name: string }[];
  readonly value: ProposalExtrasValue;
  readonly onChange: (value: ProposalExtrasValue) => void;
  /** Changes by members: no contact field (the account is known). */
  readonly withContact: boolean;
}

/** The parts of a proposal beyond the entry's own properties: place, themes, offers, needs, contact. */
export function ProposalExtras({
  label,
  topics,
  value,
  onChange,
  withContact,
}: ProposalExtrasProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<ProposalExtrasValue>) => onChange({ ...value, ...patch });
  const toggle = (topicId: string, on: boolean) =>
    set({
      topicIds: on ? [...value.topicIds, topicId] : value.topicIds.filter((x) => x !== topicId),
    });
  const full = value.topicIds.length >= PROPOSAL_LIMITS.MAX_TOPICS;
  return (
    <>
      <NodePicker
        labels={['Region']}
        picked={value.region}
        onPick={(region) => set({ region })}
        fieldLabel={t('proposals.municipality')}
        pickedText={(region) => t('proposals.municipalityPicked', { name: region.name })}
      />
      <fieldset className="checkbox-group proposal-topics">
        <legend>{t('proposals.topics')}</legend>
        <p className="hint">{t('proposals.topicsHint', { count: PROPOSAL_LIMITS.MAX_TOPICS })}</p>
        {topics.map((topic) => {
          const checked = value.topicIds.includes(topic.id);
          return (
            <label key={topic.id}>
              <input
                type="checkbox"
                checked={checked}
                disabled={full && !checked}
                onChange={(event) => toggle(topic.id, event.target.checked)}
              />
              {topic.name}
            </label>
          );
        })}
      </fieldset>
      {PROPOSAL_RESOURCE_LABELS.includes(label) && (
        <>
          <ResourceRows
            legend={t('proposals.offers')}
            rows={value.offers}
            onChange={(offers) => set({ offers })}
          />
          <ResourceRows
            legend={t('proposals.needs')}
            rows={value.needs}
            onChange={(needs) => set({ needs })}
          />
        </>
      )}
      {withContact && (
        <div className="field">
          <label htmlFor={`${id}-contact`}>{t('proposals.contact')}</label>
          <input
            id={`${id}-contact`}
            type="email"
            autoComplete="email"
            value={value.contactEmail}
            aria-describedby={`${id}-contact-hint`}
            onChange={(e) => set({ contactEmail: e.target.value })}
          />
          <p className="hint" id={`${id}-contact-hint`}>
            {t('proposals.contactHint')}
          </p>
        </div>
      )}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor={`${id}-website`}>{t('proposals.honeypot')}</label>
        <input
          id={`${id}-website`}
          tabIndex={-1}
          autoComplete="off"
          value={value.website}
          onChange={(e) => set({ website: e.target.value })}
        />
      </div>
    </>
  );
}
