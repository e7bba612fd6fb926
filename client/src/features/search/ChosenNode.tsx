import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CHOSEN_NODE } from './search.query';

/**
 * Says which node a view works for once it was picked in the search box: the box itself empties after a
 * pick, and a permalink carries only the id. Announced politely to screen readers when it changes.
 */
export function ChosenNode({ id }: { readonly id: string | null }) {
  const { t } = useTranslation();
  const { data } = useQuery(CHOSEN_NODE, { variables: { id: id ?? '' }, skip: !id });
  const name = id ? data?.node?.name : undefined;
  return (
    <p className="hint chosen-node" aria-live="polite">
      {name ? t('search.chosen', { name }) : ''}
    </p>
  );
}
