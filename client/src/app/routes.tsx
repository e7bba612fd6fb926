/**
 * One route per view. Later views (Verbündete, Vernetzungslücken, Themencluster) are added here and in the
 * locale files' `nav` section; the views themselves are lazy chunks so the entry stays small.
 */
import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import type { Role } from '@nzr/graph-schema';

export interface RouteDefinition {
  readonly id: string;
  readonly path: string;
  /** Locale key of the nav entry and the page title. */
  readonly titleKey: string;
  readonly Component: LazyExoticComponent<ComponentType>;
  /** Shown in the navigation and usable only from this role on (default: everyone). */
  readonly minRole?: Role;
  /** The view draws a graph canvas: the page's first Tab stop is a skip link to it. */
  readonly hasMap?: boolean;
}

export const ROUTES: readonly RouteDefinition[] = [
  {
    id: 'map',
    hasMap: true,
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
  // Analytics views (issue 5).
  {
    id: 'gaps',
    path: '/luecken',
    titleKey: 'nav.gaps',
    Component: lazy(() =>
      import('./routes/analytics/GapsRoute').then((m) => ({ default: m.GapsRoute })),
    ),
  },
  {
    id: 'allies',
    hasMap: true,
    path: '/verbuendete',
    titleKey: 'nav.allies',
    Component: lazy(() =>
      import('./routes/analytics/AlliesRoute').then((m) => ({ default: m.AlliesRoute })),
    ),
  },
  {
    id: 'clusters',
    hasMap: true,
    path: '/cluster',
    titleKey: 'nav.clusters',
    Component: lazy(() =>
      import('./routes/analytics/ClustersRoute').then((m) => ({ default: m.ClustersRoute })),
    ),
  },
  {
    id: 'regions',
    path: '/regionen',
    titleKey: 'nav.regions',
    Component: lazy(() =>
      import('./routes/analytics/RegionsRoute').then((m) => ({ default: m.RegionsRoute })),
    ),
  },
  {
    id: 'brokers',
    path: '/brueckenbauer',
    titleKey: 'nav.brokers',
    Component: lazy(() =>
      import('./routes/analytics/BrokersRoute').then((m) => ({ default: m.BrokersRoute })),
    ),
  },
  {
    id: 'funding',
    path: '/foerderprogramme',
    titleKey: 'nav.funding',
    Component: lazy(() =>
      import('./routes/analytics/FundingRoute').then((m) => ({ default: m.FundingRoute })),
    ),
  },
  {
    id: 'resources',
    path: '/angebote',
    titleKey: 'nav.resources',
    Component: lazy(() =>
      import('./routes/analytics/ResourcesRoute').then((m) => ({ default: m.ResourcesRoute })),
    ),
  },
  {
    id: 'networks',
    hasMap: true,
    path: '/netzwerke',
    titleKey: 'nav.networks',
    Component: lazy(() =>
      import('./routes/analytics/NetworksRoute').then((m) => ({ default: m.NetworksRoute })),
    ),
  },
  // Signed-in members: own entries, tie proposals, consent (issue 15).
  {
    id: 'my-area',
    path: '/mein-bereich',
    titleKey: 'nav.myArea',
    minRole: 'member',
    Component: lazy(() => import('./routes/MyAreaRoute').then((m) => ({ default: m.MyAreaRoute }))),
  },
  // Proposals (issue 15): anyone proposes, coordinators review.
  {
    id: 'propose',
    path: '/vorschlagen',
    titleKey: 'nav.propose',
    Component: lazy(() =>
      import('./routes/ProposeRoute').then((m) => ({ default: m.ProposeRoute })),
    ),
  },
  {
    id: 'proposals',
    path: '/vorschlaege',
    titleKey: 'nav.proposals',
    minRole: 'coordinator',
    Component: lazy(() =>
      import('./routes/ProposalsRoute').then((m) => ({ default: m.ProposalsRoute })),
    ),
  },
  // Coordinator and admin views (issue 5, item 7; introductions: issue 15).
  {
    id: 'introductions',
    path: '/vernetzung',
    titleKey: 'nav.introductions',
    minRole: 'coordinator',
    Component: lazy(() =>
      import('./routes/IntroductionsRoute').then((m) => ({ default: m.IntroductionsRoute })),
    ),
  },
  {
    id: 'dataCare',
    path: '/datenpflege',
    titleKey: 'nav.dataCare',
    minRole: 'coordinator',
    Component: lazy(() =>
      import('./routes/DataCareRoute').then((m) => ({ default: m.DataCareRoute })),
    ),
  },
  {
    id: 'import',
    path: '/import',
    titleKey: 'nav.import',
    minRole: 'coordinator',
    Component: lazy(() => import('./routes/ImportRoute').then((m) => ({ default: m.ImportRoute }))),
  },
  {
    id: 'admin',
    path: '/admin',
    titleKey: 'nav.admin',
    minRole: 'admin',
    Component: lazy(() => import('./routes/AdminRoute').then((m) => ({ default: m.AdminRoute }))),
  },
];

/** Test-only page of the browser bench (synthetic 10k/30k view); a lazy chunk, not in the navigation. */
const BENCH_ROUTE: RouteDefinition = {
  id: 'bench',
  path: '/bench',
  titleKey: 'nav.map',
  Component: lazy(() =>
    import('./routes/bench/BenchRoute').then((m) => ({ default: m.BenchRoute })),
  ),
};

export function routeFor(pathname: string): RouteDefinition | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return (
    ROUTES.find((route) => route.path === path) ??
    (path === BENCH_ROUTE.path ? BENCH_ROUTE : undefined)
  );
}
