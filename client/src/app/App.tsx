import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from '../components/Header';
import { Nav } from '../components/Nav';
import { navigate, useLocation } from './router';
import { ROUTES, routeFor } from './routes';

/** The page frame: skip link, header, navigation and the current view in <main>. */
export function App() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const route = routeFor(pathname);
  useEffect(() => {
    document.title = route ? `${t(route.titleKey)} – ${t('app.title')}` : t('app.title');
  }, [route, t]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header>
        <Nav items={ROUTES} current={route?.id} search={search} onNavigate={navigate} />
      </Header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          {route ? <route.Component /> : <p className="empty">{t('app.notFound')}</p>}
        </Suspense>
      </main>
    </>
  );
}
