import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** "Not found? Propose an entry": under empty search results and on the overview. */
export function ProposeLink({ onNavigate }: { readonly onNavigate: (to: string) => void }) {
  const { t } = useTranslation();
  const to = '/vorschlagen';
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onNavigate(to);
  };
  return (
    <p className="propose-link">
      {t('proposals.missingHint')}{' '}
      <a href={to} onClick={follow}>
        {t('proposals.link')}
      </a>
    </p>
  );
}
