import { roleAtLeast } from '@nzr/graph-schema';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from '../components/Header';
import { Nav } from '../components/Nav';
import { SkipLinks } from '../components/SkipLinks';
import { AccountMenu } from '../features/auth/AccountMenu';
import { usePendingProposalCount } from '../features/proposals/usePendingProposalCount';
import { navigate, useLocation } from './router';
import { ROUTES, routeFor } from './routes';
import { countsOwnRegions } from './useQueueScope';
import { useViewer } from './viewer';

/** The page frame: skip link, header, navigation and the current view in <main>. */
export function App() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const route = routeFor(pathname);
  const { viewer, role } = useViewer();
  const items = ROUTES.filter((item) => !item.minRole || roleAtLeast(role, item.minRole));
  const pending = usePendingProposalCount(
    roleAtLeast(role, 'coordinator'),
    countsOwnRegions(viewer, role),
  );
  const badges = {
    proposals: { count: pending, text: t('proposals.pendingCount', { count: pending }) },
  };
  useEffect(() => {
    document.title = route ? `${t(route.titleKey)} – ${t('app.title')}` : t('app.title');
  }, [route, t]);
  return (
    <>
      <SkipLinks hasMap={route?.hasMap ?? false} />
      <Header>
        <Nav
          items={items}
          current={route?.id}
          search={search}
          onNavigate={navigate}
          badges={badges}
        />
        <AccountMenu viewer={viewer} />
      </Header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          {route ? <route.Component /> : <p className="empty">{t('app.notFound')}</p>}
        </Suspense>
      </main>
    </>
  );
}
