import { useTranslation } from 'react-i18next';
import type { MouseEvent } from 'react';

export interface NavProps {
  readonly items: readonly {
    readonly id: string;
    readonly path: string;
    readonly titleKey: string;
  }[];
  readonly current: string | undefined;
  /** Search string kept when switching views, so the map comes back as it was. */
  readonly search: string;
  readonly onNavigate: (to: string) => void;
}

/** The main navigation: one link per view, the current one marked with aria-current. */
export function Nav({ items, current, search, onNavigate }: NavProps) {
  const { t } = useTranslation();
  const follow = (event: MouseEvent<HTMLAnchorElement>, to: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onNavigate(to);
  };
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {items.map((item) => {
          const to = `${item.path}${search}`;
          return (
            <li key={item.id}>
              <a
                href={to}
                aria-current={item.id === current ? 'page' : undefined}
                onClick={(event) => follow(event, to)}
              >
                {t(item.titleKey)}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
