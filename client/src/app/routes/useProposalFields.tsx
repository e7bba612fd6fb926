/**
 * The property fields of a proposal, generated from graph-schema by the editing feature (app/ composes the
 * two features): the same fields, checks and messages as a coordinator's edit form.
 */
import type { ProposalTargetLabel } from '@nzr/graph-schema';
import { useMemo } from 'react';
import { nodeFields } from '../../features/editing/fieldSpecs';
import { toFormValues, toProperties } from '../../features/editing/formModel';
import { PropertiesFields } from '../../features/editing/PropertiesFields';
import { usePropertiesForm } from '../../features/editing/usePropertiesForm';

export function useProposalFields(
  label: ProposalTargetLabel,
  start: Record<string, unknown>,
  /** For a change: only what differs from these is sent. */
  base?: Record<string, unknown>,
) {
  const fields = useMemo(() => nodeFields(label), [label]);
  const form = usePropertiesForm(fields, toFormValues(fields, start));
  return {
    node: <PropertiesFields fields={fields} form={form} />,
    read: () => (form.check() ? toProperties(fields, form.values, base) : null),
    showIssues: (error: unknown) => form.showApiError(error),
  };
}
