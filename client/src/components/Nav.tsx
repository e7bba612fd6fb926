import { useId, useState } from 'react';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

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
  /** A number shown beside a view's link, by view id (e.g. pending proposals), with its spoken text. */
  readonly badges?: Readonly<Record<string, { readonly count: number; readonly text: string }>>;
}

/**
 * The main navigation: one link per view, the current one marked with aria-current. On narrow screens the
 * list folds behind a menu button that names the current view (ten links would fill a phone's first screen);
 * on wide screens the button is hidden and the list always shown (styles.css, responsive.css).
 */
export function Nav({ items, current, search, onNavigate, badges = {} }: NavProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const follow = (event: MouseEvent<HTMLAnchorElement>, to: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    setOpen(false);
    onNavigate(to);
  };
  const currentItem = items.find((item) => item.id === current);
  return (
    <nav className="main-nav" aria-label={t('nav.label')} data-open={open || undefined}>
      <button
        type="button"
        className="nav-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">☰</span> {t('nav.menu')}
        {currentItem && <span className="nav-current">: {t(currentItem.titleKey)}</span>}
      </button>
      <ul id={listId}>
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
                {(badges[item.id]?.count ?? 0) > 0 && (
                  <span className="nav-badge" title={badges[item.id]?.text}>
                    <span aria-hidden="true">{badges[item.id]?.count}</span>
                    <span className="visually-hidden">{badges[item.id]?.text}</span>
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
