import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Every graph canvas is a focusable `.network-map` (NetworkMap, NetworkGraph). */
const MAP_SELECTOR = '.network-map[tabindex]';

/**
 * The first Tab stops of the page: "Zur Karte springen" on views with a graph canvas (otherwise some 50 Tab
 * presses lie between the page's top and the map), then "Zum Inhalt springen". Focus moves by script so the
 * URL keeps no fragment (it is a permalink); the href still works without it.
 */
export function SkipLinks({ hasMap }: { readonly hasMap: boolean }) {
  const { t } = useTranslation();
  const jump = (event: MouseEvent<HTMLAnchorElement>, selector: string) => {
    const target = document.querySelector<HTMLElement>(selector) ?? document.getElementById('main');
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  return (
    <div className="skip-links">
      {hasMap && (
        <a className="skip-link" href="#main" onClick={(event) => jump(event, MAP_SELECTOR)}>
          {t('app.skipToMap')}
        </a>
      )}
      <a className="skip-link" href="#main" onClick={(event) => jump(event, '#main')}>
        {t('app.skip')}
      </a>
    </div>
  );
}
