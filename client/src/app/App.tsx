import { Suspense, lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from '../components/Header';
import { SearchPanel } from '../features/search/SearchPanel';
import { StatsSection } from '../features/stats/StatsSection';

// The map brings cytoscape (the largest dependency); load it only once a node is chosen.
const NeighbourhoodView = lazy(() =>
  import('../features/network-map/NeighbourhoodView').then((module) => ({
    default: module.NeighbourhoodView,
  })),
);

/** The first screen: overview and search on the left, the network of the chosen node on the right. */
export function App() {
  const { t } = useTranslation();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [depth, setDepth] = useState(1);
  return (
    <>
      <Header />
      <main className="layout">
        <div className="sidebar">
          <StatsSection />
          <SearchPanel selectedId={selectedId} onSelect={setSelectedId} />
        </div>
        <div className="content">
          {selectedId ? (
            <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
              <NeighbourhoodView
                nodeId={selectedId}
                depth={depth}
                onDepthChange={setDepth}
                onSelectNode={setSelectedId}
              />
            </Suspense>
          ) : (
            <p className="empty">{t('map.empty')}</p>
          )}
        </div>
      </main>
    </>
  );
}
