import { useMutation, useQuery } from '@apollo/client/react';
import './proposals.css';
import type { ProposalTargetLabel } from '@nzr/graph-schema';
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../components/apiError';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NO_EXTRAS, ProposalExtras } from './ProposalExtras';
import type { ProposalExtrasValue } from './ProposalExtras';
import { PROPOSAL_FORM, SUBMIT_PROPOSAL } from './proposals.queries';
import { filledRows } from './resources';

export interface ProposalFormProps {
  readonly label: ProposalTargetLabel;
  /** The entry a change is for; absent for a new entry. */
  readonly targetId?: string;
  readonly initialExtras?: Partial<ProposalExtrasValue>;
  /** The entry's property fields (generated from graph-schema by the caller). */
  readonly propertyFields: ReactNode;
  /** The properties to send, or null when the fields show problems. */
  readonly readProperties: () => Record<string, unknown> | null;
  /** Shows BAD_USER_INPUT issues at the property fields; false for other errors. */
  readonly showIssues: (error: unknown) => boolean;
  readonly onSent: () => void;
}

/**
 * The proposal form: the entry's fields, place, themes, offers and needs. Fetches a form token when it opens
 * (the server refuses forms sent within seconds, the honeypot stays hidden) and sends the proposal.
 */
export function ProposalForm(props: ProposalFormProps) {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(PROPOSAL_FORM, { fetchPolicy: 'network-only' });
  const [extras, setExtras] = useState<ProposalExtrasValue>({
    ...NO_EXTRAS,
    ...props.initialExtras,
  });
  const [failure, setFailure] = useState<unknown>(null);
  const [send, { loading }] = useMutation(SUBMIT_PROPOSAL);
  const topics = (data?.topics.edges ?? []).map((edge) => edge.node);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const properties = props.readProperties();
    if (!properties || !data) return;
    const payload = {
      label: props.label,
      properties,
      regionId: extras.region?.id ?? null,
      topicIds: [...extras.topicIds],
      offers: filledRows(extras.offers),
      needs: filledRows(extras.needs),
    };
    const contact = extras.contactEmail.trim();
    try {
      await send({
        variables: {
          input: {
            payload,
            targetId: props.targetId ?? null,
            contactEmail: contact === '' ? null : contact,
            formToken: data.proposalFormToken,
            website: extras.website,
          },
        },
      });
      props.onSent();
    } catch (error) {
      // A stale form gets a fresh token, so sending again works.
      if (apiErrorInfo(error).code === 'PROPOSAL_FORM_INVALID') void refetch();
      if (!props.showIssues(error)) setFailure(error);
    }
  };

  return (
    <form className="form proposal-form" onSubmit={(event) => void submit(event)} noValidate>
      {props.propertyFields}
      <ProposalExtras
        label={props.label}
        topics={topics}
        value={extras}
        onChange={setExtras}
        withContact={props.targetId === undefined}
      />
      {failure !== null && <ErrorMessage error={failure} />}
      <p className="hint">{t('proposals.moderationHint')}</p>
      <div className="actions">
        <button type="submit" disabled={loading || !data}>
          {t(props.targetId ? 'proposals.sendChange' : 'proposals.send')}
        </button>
      </div>
    </form>
  );
}
