import { useTranslation } from 'react-i18next';
import { ProposeLink } from '../../features/proposals/ProposeLink';
import { StatsSection } from '../../features/stats/StatsSection';
import { navigate } from '../router';

/** Überblick: the network in numbers. Analytics views will join it later. */
export function OverviewRoute() {
  const { t } = useTranslation();
  return (
    <div className="overview-route">
      <StatsSection />
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">{t('overview.heading')}</h2>
        <p>{t('overview.text')}</p>
        <ProposeLink onNavigate={navigate} />
      </section>
    </div>
  );
}
