/**
 * One route per view. Later views (Verbündete, Vernetzungslücken, Themencluster) are added here and in the
 * locale files' `nav` section; the views themselves are lazy chunks so the entry stays small.
 */
import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';

export interface RouteDefinition {
  readonly id: string;
  readonly path: string;
  /** Locale key of the nav entry and the page title. */
  readonly titleKey: string;
  readonly Component: LazyExoticComponent<ComponentType>;
}

export const ROUTES: readonly RouteDefinition[] = [
  {
    id: 'map',
    path: '/',
    titleKey: 'nav.map',
    Component: lazy(() => import('./routes/map/MapRoute').then((m) => ({ default: m.MapRoute }))),
  },
  {
    id: 'overview',
    path: '/ueberblick',
    titleKey: 'nav.overview',
    Component: lazy(() =>
      import('./routes/OverviewRoute').then((m) => ({ default: m.OverviewRoute })),
    ),
  },
];

export function routeFor(pathname: string): RouteDefinition | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return ROUTES.find((route) => route.path === path);
}
